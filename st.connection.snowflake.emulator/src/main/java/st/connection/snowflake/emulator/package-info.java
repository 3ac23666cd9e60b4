/**
 * A Snowflake emulator for tests and offline demos: {@link st.connection.snowflake.emulator.SnowflakeEmulator}
 * serves, on 127.0.0.1, the part of Snowflake's REST protocol that the unmodified snowflake-jdbc
 * driver uses (login, queries with binds, heartbeat, token renewal, session close) and runs the SQL
 * on an in-memory H2 database shared by all sessions.
 *
 * <p>Tests use it to inject faults (expired or killed sessions, refused logins, latency, a failing
 * query) and to read counters (logins, queries, heartbeats), for example to prove that a cached
 * result never reached the server.
 *
 * <p>In OSGi the bundle imports {@code com.sun.net.httpserver}, which a framework does not export by
 * default: add it to {@code org.osgi.framework.system.packages.extra}. Jackson and H2 are imported as
 * the bundles they are.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package st.connection.snowflake.emulator;
