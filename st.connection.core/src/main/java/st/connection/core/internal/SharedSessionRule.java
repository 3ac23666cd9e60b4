package st.connection.core.internal;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;

/**
 * The rule that keeps a shared JDBC connection the same for every caller: what would change its
 * session (auto-commit, isolation, read-only, schema, catalog, client info, timeouts, holdability,
 * type map) is refused, and so is SQL that changes the session or opens a transaction
 * ({@link SessionStatements}). Without it, one caller's {@code setAutoCommit(false)} or
 * {@code USE} changes what everybody else's statements do, and a caller that fails before its
 * commit leaves a transaction open that others' writes then join. Session settings of a shared
 * connection come from its configuration instead; a person who needs transactions uses a personal
 * connection. Immutable.
 */
final class SharedSessionRule {

    /** SQLState class 0A, "feature not supported": the statement's failure, not the connection's. */
    static final String REFUSED = "0A000";

    private static final Set<String> SESSION_SETTERS = Set.of("setAutoCommit", "setTransactionIsolation",
            "setReadOnly", "setSchema", "setCatalog", "setClientInfo", "setNetworkTimeout", "setHoldability",
            "setTypeMap", "setSavepoint", "releaseSavepoint");
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch", "prepareStatement", "prepareCall");

    private final String name;

    SharedSessionRule(String name) {
        this.name = name;
    }

    /** @throws SQLException if the call would change the shared session */
    void check(boolean onConnection, Method method, Object[] args) throws SQLException {
        String what = method.getName();
        if (onConnection && SESSION_SETTERS.contains(what) && !isHarmless(what, args)) {
            throw refused(what + "(...)");
        }
        if (EXECUTING.contains(what) && args != null && args.length > 0 && args[0] instanceof String sql) {
            String change = SessionStatements.sessionChange(sql);
            if (change != null) {
                throw refused(change);
            }
        }
    }

    /** Setting what every shared connection has anyway changes nothing. */
    private static boolean isHarmless(String what, Object[] args) {
        return what.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])
                || what.equals("setReadOnly") && Boolean.FALSE.equals(args[0]);
    }

    private SQLException refused(String what) {
        return new SQLException("The shared connection '" + name + "' refuses " + what + ", which would change it for "
                + "every caller; use a personal connection, or set session settings in its configuration.", REFUSED);
    }
}
