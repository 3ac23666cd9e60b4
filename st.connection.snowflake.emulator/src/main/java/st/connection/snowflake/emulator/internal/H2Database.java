package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory H2 database behind the emulator: one per emulator, shared by all sessions like a
 * warehouse, kept alive by an administrative connection until {@link #close()}.
 *
 * <p>Every schema gets domains named like Snowflake's types ({@code TIMESTAMP_LTZ}, {@code VARIANT},
 * ...) so that Snowflake DDL runs, and so that result columns of those domains are reported with the
 * Snowflake type. Thread safe: H2 connections serialize their use.
 */
public final class H2Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Database.class);

    /** Snowflake type names H2 lacks, as domains in every schema. */
    private static final Map<String, String> SNOWFLAKE_DOMAINS = Map.of(
            "TIMESTAMP_NTZ", "TIMESTAMP(9)",
            "TIMESTAMP_LTZ", "TIMESTAMP(9) WITH TIME ZONE",
            "TIMESTAMP_TZ", "TIMESTAMP(9) WITH TIME ZONE",
            "VARIANT", "CHARACTER VARYING",
            "STRING", "CHARACTER VARYING",
            "BYTEINT", "TINYINT");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final ZoneId timeZone;
    private final Connection admin;
    /** Domain of a base-table column, "" for none, by "schema.table.column"; cleared by DDL. */
    private final Map<String, String> columnDomains = new ConcurrentHashMap<>();

    public H2Database(ZoneId timeZone) throws SQLException {
        this.timeZone = timeZone;
        dataSource.setURL("jdbc:h2:mem:snowflake-emulator-" + UUID.randomUUID() + ";NON_KEYWORDS=VALUE,KEY");
        admin = open();
        addSnowflakeDomains();
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

    /** Forgets cached column domains after DDL and gives new schemas the Snowflake domains. */
    void ddlExecuted(SqlTokens sql) throws SQLException {
        int first = sql.firstKeywordIndex();
        String keyword = sql.keyword(first);
        if (keyword.equals("CREATE") || keyword.equals("ALTER") || keyword.equals("DROP")) {
            columnDomains.clear();
            if (keyword.equals("CREATE") && sql.keyword(first + 1).equals("SCHEMA")) {
                addSnowflakeDomains();
            }
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
        for (String schema : schemas) {
            try (Statement statement = admin.createStatement()) {
                for (Map.Entry<String, String> domain : SNOWFLAKE_DOMAINS.entrySet()) {
                    statement.execute("CREATE DOMAIN IF NOT EXISTS " + quote(schema) + "." + quote(domain.getKey())
                            + " AS " + domain.getValue());
                }
            }
            LOG.debug("Added Snowflake type domains to schema {}", schema);
        }
    }

    /** The domain of a base-table column, or "" if it has none or is not a table column. */
    String domainOf(String schema, String table, String column) throws SQLException {
        if (table == null || table.isEmpty()) {
            return "";
        }
        String key = schema + '\u0000' + table + '\u0000' + column;
        String cached = columnDomains.get(key);
        if (cached != null) {
            return cached;
        }
        String domain = "";
        try (PreparedStatement statement = admin.prepareStatement("SELECT DOMAIN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            statement.setString(3, column);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    domain = rs.getString(1);
                }
            }
        }
        columnDomains.put(key, domain);
        return domain;
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
