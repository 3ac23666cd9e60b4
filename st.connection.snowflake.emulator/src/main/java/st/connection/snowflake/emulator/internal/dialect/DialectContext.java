package st.connection.snowflake.emulator.internal.dialect;

import java.util.Set;

/**
 * What a rewrite may need to know about the session running the statement.
 *
 * @param database the current database, or null
 * @param databases the names of the databases that exist
 * @param localTimestampColumns names of the current database's columns that are {@code TIMESTAMP_LTZ}
 *     wherever a column has that name
 * @param zonedTimestampColumns likewise for {@code TIMESTAMP_TZ}
 */
public record DialectContext(String user, String role, String database, String schema, String warehouse,
        String account, String sessionId, Set<String> databases, Set<String> localTimestampColumns,
        Set<String> zonedTimestampColumns) {

    /** A context for tests of rewrites that do not look at the session. */
    static DialectContext none() {
        return new DialectContext("ALICE", "PUBLIC", "DB", "PUBLIC", null, "EMULATOR", "1", Set.of("DB"), Set.of(),
                Set.of());
    }

    /** This context with columns of these names known as {@code TIMESTAMP_LTZ} and {@code TIMESTAMP_TZ}. */
    DialectContext withTimestampColumns(Set<String> local, Set<String> zoned) {
        return new DialectContext(user, role, database, schema, warehouse, account, sessionId, databases, local, zoned);
    }
}
