package st.connection.snowflake.internal;

import java.sql.SQLException;
import java.sql.Statement;

import net.snowflake.client.jdbc.SnowflakeResultSetSerializableV1;
import net.snowflake.client.jdbc.SnowflakeResultSetV1;

/**
 * The driver's own JDBC result set over replayed rows, belonging to the statement that executed
 * (its {@code getStatement()}, type, concurrency and holdability), with the query's session.
 */
final class ReplayedSnowflakeResultSet extends SnowflakeResultSetV1 {

    private final Statement statement;
    private final int type;
    private final int concurrency;
    private final int holdability;

    ReplayedSnowflakeResultSet(ReplayedSnowflakeRows rows, Statement statement) throws SQLException {
        super(rows, new SnowflakeResultSetSerializableV1());
        this.session = rows.getSession();
        this.statement = statement;
        this.type = statement.getResultSetType();
        this.concurrency = statement.getResultSetConcurrency();
        this.holdability = statement.getResultSetHoldability();
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
