package st.connection.snowflake.emulator.internal.dialect;

import java.util.Set;

/**
 * What a rewrite may need to know about the session running the statement.
 *
 * @param database the current database, or null
 * @param databases the names of the databases that exist
 */
public record DialectContext(String user, String role, String database, String schema, String warehouse,
        String account, String sessionId, Set<String> databases) {

    /** A context for tests of rewrites that do not look at the session. */
    static DialectContext none() {
        return new DialectContext("ALICE", "PUBLIC", "DB", "PUBLIC", null, "EMULATOR", "1", Set.of("DB"));
    }
}
