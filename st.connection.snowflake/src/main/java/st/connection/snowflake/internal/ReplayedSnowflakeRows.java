package st.connection.snowflake.internal;

import java.sql.SQLException;
import java.util.TimeZone;

import net.snowflake.client.core.SFException;
import net.snowflake.client.core.SFJsonResultSet;
import net.snowflake.client.core.SFResultSet;
import net.snowflake.client.core.SFStatementType;
import net.snowflake.client.core.json.Converters;
import net.snowflake.client.jdbc.ErrorCode;
import net.snowflake.client.jdbc.SnowflakeLoggedFeatureNotSupportedException;
import net.snowflake.client.jdbc.SnowflakeSQLException;

/**
 * The driver's JSON result, over captured raw cells: every getter of the driver's
 * {@link SFJsonResultSet} converts a cell exactly as it does for a result read from the server,
 * with converters of the query's own session settings. The cursor follows the driver's rules for
 * a JSON result; an incomplete capture continues on the driver's cursor after its rows.
 *
 * <p>Not thread safe, like the driver's result set.
 */
final class ReplayedSnowflakeRows extends SFJsonResultSet {

    private final SnowflakeCapturedRows captured;
    private final SnowflakeInternals internals;
    private final Object[][] rows;
    private final SFResultSet rest;
    private final Converters borrowed;
    /** The driver's index in its rows: -1 before the first. */
    private int index = -1;
    private boolean onRest;
    private boolean lastWasNull;

    ReplayedSnowflakeRows(SnowflakeCapturedRows captured, Converters borrowed, SnowflakeInternals internals) {
        super(captured.converters().timeZone(), borrowed);
        this.captured = captured;
        this.internals = internals;
        this.rows = captured.rows();
        this.rest = captured.rest();
        this.borrowed = borrowed;
        this.resultSetMetaData = captured.metaData();
        this.session = captured.converters().session();
    }

    @Override
    public boolean next() throws SFException, SnowflakeSQLException {
        if (isClosed()) {
            return false;
        }
        if (onRest) {
            if (rest.next()) {
                row++;
                return true;
            }
            return false;
        }
        if (index + 1 < rows.length) {
            index++;
            row++;
            return true;
        }
        if (rest != null) {
            index++;
            onRest = true;
            if (captured.failure() != null) {
                throw captured.failure();
            }
            row++;
            return true;
        }
        if (index < rows.length) {
            index++;
        }
        return false;
    }

    @Override
    protected Object getObjectInternal(int columnIndex) throws SFException {
        if (columnIndex <= 0 || columnIndex > resultSetMetaData.getColumnCount()) {
            throw new SFException(captured.queryId(), ErrorCode.COLUMN_DOES_NOT_EXIST, columnIndex);
        }
        Object cell;
        if (onRest) {
            cell = internals.rawCell(rest, columnIndex);
        } else if (index >= 0 && index < rows.length) {
            cell = rows[index][columnIndex - 1];
        } else if (index < 0) {
            // the driver (3.28) reads row -1 of its first chunk here, and fails as it does
            throw new NullPointerException("No current row: call next() first");
        } else {
            throw new SFException(captured.queryId(), ErrorCode.COLUMN_DOES_NOT_EXIST, columnIndex);
        }
        lastWasNull = cell == null;
        return cell;
    }

    /** @return the captured row the cursor is on (0-based), or -1 when it is on none of them */
    int capturedRow() {
        return !onRest && index >= 0 && index < rows.length && !isClosed() ? index : -1;
    }

    /**
     * A cell of a captured row read without the driver's conversion (its answer was remembered):
     * {@code wasNull()} says of it what the driver would.
     *
     * @return whether the cell is SQL NULL
     */
    boolean readRemembered(int row, int column) {
        lastWasNull = rows[row][column - 1] == null;
        return lastWasNull;
    }

    @Override
    public boolean wasNull() {
        return lastWasNull;
    }

    @Override
    public boolean isLast() {
        if (onRest) {
            return rest.isLast();
        }
        return rest == null && index + 1 == rows.length;
    }

    @Override
    public boolean isAfterLast() {
        if (onRest) {
            return rest.isAfterLast();
        }
        return rest == null && index >= rows.length;
    }

    @Override
    public TimeZone getSessionTimeZone() {
        return captured.converters().timeZone();
    }

    @Override
    public void close() throws SnowflakeSQLException {
        if (isClosed()) {
            return;
        }
        super.close();
        captured.converters().giveBack(borrowed);
        if (rest != null) {
            rest.close();
        }
    }

    @Override
    public SFStatementType getStatementType() {
        return captured.statementType();
    }

    @Override
    public void setStatementType(SFStatementType statementType) throws SQLException {
        throw new SnowflakeLoggedFeatureNotSupportedException(session);
    }

    @Override
    public String getQueryId() {
        return captured.queryId();
    }
}
