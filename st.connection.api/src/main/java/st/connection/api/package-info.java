/**
 * The st.connection API: connectors contribute connections, the platform hands them out as shared
 * singletons or per-user connections.
 *
 * <p>Applications use {@link st.connection.api.ConnectionService}, {@link st.connection.api.ManagedConnection}
 * and {@link st.connection.api.UserConnections}; connector bundles implement {@link st.connection.api.Connector}.
 */
@Export
@Version("1.3.0")
package st.connection.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
