package st.connection.core.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A call whose connection the platform closed while it ran (a reopen after an expiry, a connector
 * or driver leaving). Drivers answer such a call in their own ways, some of them wrong: an
 * unchecked exception from inside the driver, or a result set that says it has no rows. The views
 * turn these into one {@link SQLException}, so that no caller mistakes them for an answer.
 */
final class ClosedUnderTheCall {

    /** SQLState: the connection does not exist. */
    static final String SQL_STATE = "08003";

    private ClosedUnderTheCall() {
    }

    /** @return whether the driver's connection is closed (or cannot even say) */
    static boolean happened(Connection raw) {
        try {
            return raw.isClosed();
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    static SQLException exception(Throwable cause) {
        return new SQLException("The connection was closed while this call ran; ask for the connection again and "
                + "repeat the call.", SQL_STATE, cause);
    }
}
