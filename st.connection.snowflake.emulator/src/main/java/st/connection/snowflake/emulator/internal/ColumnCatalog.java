package st.connection.snowflake.emulator.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Snowflake types of the table columns of one database that H2's result metadata cannot tell:
 * {@code TIMESTAMP_TZ} and {@code TIMESTAMP_LTZ} are both H2's {@code TIMESTAMP WITH TIME ZONE}
 * ({@code TIMESTAMP_TZ} columns have the emulator's domain of that name), and H2's {@code DECFLOAT}
 * is a {@code NUMBER} when it is a column seeded in H2's SQL but a {@code FLOAT} when H2 computed it
 * from one. Result columns that H2 names after a table column are typed by that column; columns
 * of subqueries, which H2 names after the subquery, by their name when every column of that name has
 * the same type. Read from the session's own connection, so that its temporary tables count.
 * Immutable.
 *
 * @param database the Snowflake database read
 * @param version the database's {@linkplain H2Database#schemaVersion() schema version} read
 * @param localTimestampNames names of columns that are {@code TIMESTAMP_LTZ} in every table with a
 *     column of that name
 * @param zonedTimestampNames likewise for {@code TIMESTAMP_TZ}
 */
record ColumnCatalog(String database, long version, Map<String, SnowflakeColumnType> byColumn,
        Map<String, SnowflakeColumnType> byName, Set<String> localTimestampNames, Set<String> zonedTimestampNames) {

    static final ColumnCatalog EMPTY = new ColumnCatalog("", -1, Map.of(), Map.of(), Set.of(), Set.of());

    /** The catalog of the session's current database, read again only after DDL changed it. */
    static ColumnCatalog of(EmulatedSession session) throws SQLException {
        H2Database database = session.databases().byName(session.currentDatabase()).orElse(null);
        if (database == null) {
            return EMPTY;
        }
        ColumnCatalog cached = session.columnCatalog();
        long version = database.schemaVersion();
        if (cached.database().equals(database.name()) && cached.version() == version) {
            return cached;
        }
        ColumnCatalog read = read(database.name(), version, session.connection());
        session.columnCatalog(read);
        return read;
    }

    /** Reads the catalog through this connection. */
    static ColumnCatalog read(String database, long version, Connection connection) throws SQLException {
        Map<String, SnowflakeColumnType> byColumn = new HashMap<>();
        Map<String, Set<SnowflakeColumnType>> typesByName = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, DOMAIN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            while (rs.next()) {
                SnowflakeColumnType type = typeOf(rs.getString(4), rs.getString(5));
                String column = rs.getString(3);
                if (type != null) {
                    byColumn.put(key(rs.getString(1), rs.getString(2), column), type);
                }
                typesByName.computeIfAbsent(column, name -> new HashSet<>()).add(type == null ? SnowflakeColumnType.TEXT : type);
            }
        }
        Map<String, SnowflakeColumnType> byName = new HashMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() == 1 && types.iterator().next() != SnowflakeColumnType.TEXT) {
                byName.put(name, types.iterator().next());
            }
        });
        return new ColumnCatalog(database, version, Map.copyOf(byColumn), Map.copyOf(byName),
                namesOf(byName, SnowflakeColumnType.TIMESTAMP_LTZ), namesOf(byName, SnowflakeColumnType.TIMESTAMP_TZ));
    }

    /** @return the type of a column H2 cannot tell, or null for any other column */
    private static SnowflakeColumnType typeOf(String h2Type, String domain) {
        if ("DECFLOAT".equals(h2Type)) {
            return SnowflakeColumnType.FIXED;
        }
        if ("TIMESTAMP WITH TIME ZONE".equals(h2Type)) {
            return "TIMESTAMP_TZ".equals(domain) ? SnowflakeColumnType.TIMESTAMP_TZ : SnowflakeColumnType.TIMESTAMP_LTZ;
        }
        return null;
    }

    private static String key(String schema, String table, String column) {
        return schema + '\0' + table + '\0' + column;
    }

    /**
     * The type of a result column H2 reports with this origin (the table is a subquery's name for
     * columns of subqueries), if the catalog can tell it.
     */
    SnowflakeColumnType typeOf(String schema, String table, String column) {
        SnowflakeColumnType type = byColumn.get(key(schema, table, column));
        return type != null ? type : byName.get(column);
    }

    private static Set<String> namesOf(Map<String, SnowflakeColumnType> byName, SnowflakeColumnType type) {
        Set<String> names = new HashSet<>();
        byName.forEach((name, nameType) -> {
            if (nameType == type) {
                names.add(name);
            }
        });
        return Set.copyOf(names);
    }
}
