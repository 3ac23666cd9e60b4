package st.connection.snowflake.internal;

import java.sql.SQLException;
import java.sql.Statement;

import net.snowflake.client.jdbc.SnowflakeResultSetSerializableV1;
import net.snowflake.client.jdbc.SnowflakeResultSetV1;

/**
 * The driver's own JDBC result set over replayed rows, belonging to the statement that executed
 * (its {@code getStatement()}, type, concurrency and holdability), with the query's session, and
 * {@code getObject} answers remembered across replays.
 */
final class ReplayedSnowflakeResultSet extends SnowflakeResultSetV1 {

    private final ReplayedSnowflakeRows rows;
    private final SnowflakeDefaultObjects defaultObjects;
    private final Statement statement;
    private final int type;
    private final int concurrency;
    private final int holdability;

    ReplayedSnowflakeResultSet(ReplayedSnowflakeRows rows, SnowflakeDefaultObjects defaultObjects,
            Statement statement) throws SQLException {
        super(rows, new SnowflakeResultSetSerializableV1());
        this.rows = rows;
        this.defaultObjects = defaultObjects;
        this.session = rows.getSession();
        this.statement = statement;
        this.type = statement.getResultSetType();
        this.concurrency = statement.getResultSetConcurrency();
        this.holdability = statement.getResultSetHoldability();
    }

    /** The driver's answer, remembered for the captured rows (see {@link SnowflakeDefaultObjects}). */
    @Override
    public Object getObject(int columnIndex) throws SQLException {
        int row = rows.capturedRow();
        if (row < 0 || columnIndex < 1 || columnIndex > getMetaData().getColumnCount()) {
            return super.getObject(columnIndex);
        }
        raiseSQLExceptionIfResultSetIsClosed();
        if (rows.readRemembered(row, columnIndex)) {
            return null;
        }
        return defaultObjects.answer(row, columnIndex, () -> super.getObject(columnIndex));
    }

    @Override
    public Statement getStatement() throws SQLException {
        raiseSQLExceptionIfResultSetIsClosed();
        return statement;
    }

    @Override
    public int getType() throws SQLException {
        raiseSQLExceptionIfResultSetIsClosed();
        return type;
    }

    @Override
    public int getConcurrency() throws SQLException {
        raiseSQLExceptionIfResultSetIsClosed();
        return concurrency;
    }

    @Override
    public int getHoldability() throws SQLException {
        raiseSQLExceptionIfResultSetIsClosed();
        return holdability;
    }
}
