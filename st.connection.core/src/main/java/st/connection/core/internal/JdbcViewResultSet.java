package st.connection.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A driver's result set as the platform hands it out: {@code getStatement()} answers the
 * platform's view of the statement (whose {@code getConnection()} is the view of the connection,
 * whose {@code close()} the platform owns), a failed call is reported to the managed handle, so
 * the next {@code get()} checks the connection at once, and the end of the rows is only reported
 * while the connection is open.
 */
final class JdbcViewResultSet extends ForwardingResultSet {

    private final Statement statement;
    private final Connection raw;
    private final FailureListener failures;

    JdbcViewResultSet(ResultSet rows, Statement statement, Connection raw, FailureListener failures) {
        super(rows);
        this.statement = statement;
        this.raw = raw;
        this.failures = failures;
    }

    /** A driver may answer "no more rows" when the platform closed the connection under the reader: never passed on. */
    @Override
    public boolean next() throws SQLException {
        boolean more = super.next();
        if (!more && ClosedUnderTheCall.happened(raw)) {
            throw failed(ClosedUnderTheCall.exception(null));
        }
        return more;
    }

    @Override
    protected SQLException failed(SQLException e) {
        failures.failed(e);
        return e;
    }

    @Override
    public Statement getStatement() throws SQLException {
        try {
            Statement own = result.getStatement();
            return own == null ? null : statement;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : result.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || result.isWrapperFor(type);
    }
}
