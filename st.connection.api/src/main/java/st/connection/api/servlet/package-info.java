/**
 * Servlet glue for applications: a person's {@link st.connection.api.UserConnections} scope bound
 * to their {@code jakarta.servlet.http.HttpSession} (needs the Jakarta Servlet API, imported
 * optionally: the rest of the API works without it), and {@link st.connection.api.servlet.RequireLogin},
 * which gates a servlet through its service properties.
 */
@Export
@Version("1.1.0")
package st.connection.api.servlet;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
