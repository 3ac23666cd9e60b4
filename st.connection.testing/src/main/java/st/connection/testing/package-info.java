/**
 * What the project's tests and benchmarks share: {@link st.connection.testing.ResultSetProbe},
 * which records every getter's answer for every cell of a result set,
 * {@link st.connection.testing.TerracottaServer}, a server from Ehcache's clustered kit on
 * 127.0.0.1, and {@link st.connection.testing.SnowflakeAllTypes}, the emulator's table of every
 * Snowflake type. A bundle too, so that tests inside a framework can use them.
 */
@Export
@Version("1.0.0")
package st.connection.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
