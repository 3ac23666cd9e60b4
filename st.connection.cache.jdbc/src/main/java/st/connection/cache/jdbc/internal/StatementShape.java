package st.connection.cache.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the driver answered for a statement's result set type, concurrency and holdability, so a
 * statement whose driver statement is not opened yet (a cache hit needs none) answers the same.
 */
record StatementShape(int type, int concurrency, int holdability) {

    static StatementShape of(Statement raw) throws SQLException {
        return new StatementShape(raw.getResultSetType(), raw.getResultSetConcurrency(),
                raw.getResultSetHoldability());
    }

    boolean isUpdatable() {
        return concurrency == ResultSet.CONCUR_UPDATABLE;
    }
}
