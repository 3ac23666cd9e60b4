/**
 * What happens to connections, told as it happens: connectors arriving and leaving, shared
 * connections opening, reopening, failing and closing, people logging in and out, sessions ending,
 * caches cleared.
 *
 * <p>The core bundle calls every {@link st.connection.api.event.ConnectionEventListener} service.
 * The operations bundle turns the events into Event Admin events, health checks and JMX figures;
 * an application may listen as well. An event never holds a secret: only names, the user name a
 * person logged in with, and a sentence that says why.
 */
@Export
@Version("1.0.0")
package st.connection.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
