package st.connection.api.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells the JDBC failures that may mean a connection is dead from those that only concern one
 * call, for {@link st.connection.api.Connector#isFatal}. Fatal are SQLState class {@code 08}
 * (connection exception), the connection, recoverable and timeout exception types, a query that
 * was cancelled or timed out ({@code 57014}), and, to be safe, every failure whose SQLState is not
 * a standard class that concerns only the statement (a driver's own class, such as H2's {@code 90},
 * or none). Not fatal: syntax and access rule violations ({@code 42}), data exceptions
 * ({@code 22}), constraint violations ({@code 23}), invalid cursor or transaction states
 * ({@code 24}, {@code 25}), serialization failures and deadlocks ({@code 40}) and the like.
 *
 * @since 1.1
 */
public final class JdbcFailures {

    /** Standard SQLState classes of failures that concern the statement, not the connection. */
    private static final Set<String> STATEMENT_CLASSES = Set.of("01", "02", "07", "0A", "21", "22", "23", "24",
            "25", "26", "27", "2B", "2C", "2D", "2F", "34", "3B", "3D", "3F", "40", "42", "44");
    private static final String QUERY_CANCELLED = "57014";

    private JdbcFailures() {
    }

    /** @return whether the failure may mean the connection is dead; anything but an {@link SQLException} is */
    public static boolean isFatal(Throwable failure) {
        if (!(failure instanceof SQLException e)) {
            return true;
        }
        if (e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException || e instanceof SQLTimeoutException) {
            return true;
        }
        String state = e.getSQLState();
        if (state == null || state.length() < 2 || QUERY_CANCELLED.equals(state)) {
            return true;
        }
        return !STATEMENT_CLASSES.contains(state.substring(0, 2).toUpperCase(java.util.Locale.ROOT));
    }
}
