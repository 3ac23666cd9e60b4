package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory H2 database behind the emulator: one per emulator, shared by all sessions like a
 * warehouse, kept alive by an administrative connection until {@link #close()}.
 *
 * <p>Each Snowflake database is one H2 database. Every schema gets domains named like Snowflake's
 * types ({@code TIMESTAMP_LTZ}, {@code VARIANT}, ...) so that Snowflake DDL runs, and the emulator's
 * {@code SF_*} functions ({@link SnowflakeFunctions}). {@code VARIANT} has a size no other type gets
 * (see {@link ColumnTypeMapper}), so that result columns keep their Snowflake type through
 * subqueries, which H2's metadata does not tell; {@code TIMESTAMP_TZ} columns are told from
 * {@code TIMESTAMP_LTZ} ones by their domain ({@link ColumnCatalog}). Thread safe: H2 connections
 * serialize their use.
 */
public final class H2Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Database.class);

    /** Snowflake type names H2 lacks, as domains in every schema. */
    private static final Map<String, String> SNOWFLAKE_DOMAINS = Map.of(
            "TIMESTAMP_NTZ", "TIMESTAMP(9)",
            "TIMESTAMP_LTZ", "TIMESTAMP(9) WITH TIME ZONE",
            "TIMESTAMP_TZ", "TIMESTAMP(9) WITH TIME ZONE",
            "VARIANT", "CHARACTER VARYING(" + ColumnTypeMapper.VARIANT_LENGTH + ")",
            "STRING", "CHARACTER VARYING",
            "BYTEINT", "TINYINT");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final String name;
    private final ZoneId timeZone;
    private final Connection admin;
    private final String createdOn = java.time.Instant.now().getEpochSecond() + ".000000000";
    private final AtomicLong schemaVersion = new AtomicLong();

    /** @param name the Snowflake database's name */
    public H2Database(String name, ZoneId timeZone) throws SQLException {
        this.name = name;
        this.timeZone = timeZone;
        dataSource.setURL("jdbc:h2:mem:snowflake-emulator-" + UUID.randomUUID() + ";NON_KEYWORDS=VALUE,KEY");
        admin = open();
        addSnowflakeDomains();
    }

    /** The administrative connection, for reading metadata. */
    Connection admin() {
        return admin;
    }

    /** When the database was created, as the cell of a TIMESTAMP_LTZ column. */
    String createdOn() {
        return createdOn;
    }

    /** The Snowflake name of this database. */
    public String name() {
        return name;
    }

    /** A new H2 session, in the emulator's time zone, with auto-commit on. */
    Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE '" + timeZone.getId().replace("'", "''") + "'");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Runs SQL on the administrative connection, e.g. to seed data. */
    public int execute(String sql) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
            int count = Math.max(statement.getUpdateCount(), 0);
            ddlExecuted(SqlTokens.of(sql));
            return count;
        }
    }

    /**
     * Counts changes of tables and schemas, so that what was read about them ({@link ColumnCatalog})
     * is read again after one.
     */
    long schemaVersion() {
        return schemaVersion.get();
    }

    /** Gives new schemas the Snowflake domains and functions; counts the change. */
    void ddlExecuted(SqlTokens sql) throws SQLException {
        schemaVersion.incrementAndGet();
        int first = sql.firstKeywordIndex();
        if (sql.keyword(first).equals("CREATE") && sql.keyword(first + 1).equals("SCHEMA")) {
            addSnowflakeDomains();
        }
    }

    /** Creates a schema if it is missing, with the Snowflake domains. */
    void ensureSchema(String schema) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
        }
        addSnowflakeDomains();
    }

    private void addSnowflakeDomains() throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement statement = admin.createStatement();
                ResultSet rs = statement.executeQuery("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA s"
                        + " WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA' AND NOT EXISTS (SELECT 1 FROM"
                        + " INFORMATION_SCHEMA.DOMAINS d WHERE d.DOMAIN_SCHEMA = s.SCHEMA_NAME"
                        + " AND d.DOMAIN_NAME = 'TIMESTAMP_LTZ')")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // H2 loads alias classes by name: in OSGi only through the context class loader.
        thread.setContextClassLoader(SnowflakeFunctions.class.getClassLoader());
        try {
            for (String schema : schemas) {
                try (Statement statement = admin.createStatement()) {
                    for (Map.Entry<String, String> domain : SNOWFLAKE_DOMAINS.entrySet()) {
                        statement.execute("CREATE DOMAIN IF NOT EXISTS " + quote(schema) + "." + quote(domain.getKey())
                                + " AS " + domain.getValue());
                    }
                    createAliases(statement, schema, SnowflakeFunctions.class, SnowflakeFunctions.ALIASES);
                    createAliases(statement, schema, FlattenFunctions.class, FlattenFunctions.ALIASES);
                }
                LOG.debug("Added Snowflake types and functions to schema {} of database {}", schema, name);
            }
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static void createAliases(Statement statement, String schema, Class<?> functions, List<String[]> aliases)
            throws SQLException {
        for (String[] alias : aliases) {
            statement.execute("CREATE ALIAS IF NOT EXISTS " + quote(schema) + "." + quote(alias[0]) + " FOR '"
                    + functions.getName() + "." + alias[1] + "'");
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Drops the database and closes the administrative connection. */
    @Override
    public void close() {
        try (Statement statement = admin.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("H2 shutdown failed", e);
        }
        try {
            admin.close();
        } catch (SQLException e) {
            LOG.debug("Closing the H2 administrative connection failed", e);
        }
    }
}
