/**
 * Servlet glue for applications: a person's {@link st.connection.api.UserConnections} scope bound
 * to their {@code jakarta.servlet.http.HttpSession}. Needs the Jakarta Servlet API (imported
 * optionally: the rest of the API works without it).
 */
@Export
@Version("1.0.0")
package st.connection.api.servlet;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
