package st.connection.snowflake.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import net.snowflake.client.core.SFBaseResultSet;
import net.snowflake.client.core.SFException;
import net.snowflake.client.core.SFResultSet;
import net.snowflake.client.jdbc.SnowflakeConnectionV1;
import net.snowflake.client.jdbc.SnowflakeResultSetV1;

import st.connection.api.jdbc.CapturedResult;
import st.connection.api.jdbc.ResultReplay;

/**
 * The result replay of the embedded snowflake-jdbc driver: it keeps each cell of a JSON result as
 * the server sent it (read once) and serves it again through the driver's own result set and
 * conversions, with the session settings of the query, so every getter answers exactly as the
 * driver does. Arrow results are not captured (they are served uncached): ask for JSON results
 * with {@code JDBC_QUERY_RESULT_FORMAT=JSON}, as the emulator does.
 */
@Component
public class SnowflakeResultReplay implements ResultReplay {

    private static final long ROW_OVERHEAD_BYTES = 16;
    private static final long CELL_OVERHEAD_BYTES = 44;

    private final SnowflakeInternals internals = new SnowflakeInternals();

    @Override
    public boolean accepts(Connection connection) throws SQLException {
        return connection.isWrapperFor(SnowflakeConnectionV1.class);
    }

    @Override
    public CapturedResult capture(ResultSet result, long maxRows) throws SQLException {
        SnowflakeResultSetV1 driverResult = result.unwrap(SnowflakeResultSetV1.class);
        SFBaseResultSet core = internals.coreResultOf(driverResult);
        if (!(core instanceof SFResultSet json)) {
            return null;
        }
        SnowflakeConverterPool converters = new SnowflakeConverterPool(core.getSession(), internals.responseOf(core));
        int columnCount = core.getMetaData().getColumnCount();
        List<Object[]> rows = new ArrayList<>();
        long bytes = 0;
        SFException failure = null;
        boolean more;
        try {
            more = json.next();
            while (more && rows.size() < maxRows) {
                Object[] row = new Object[columnCount];
                for (int column = 0; column < columnCount; column++) {
                    Object cell = internals.rawCell(json, column + 1);
                    row[column] = cell;
                    bytes += cell instanceof String text ? CELL_OVERHEAD_BYTES + 2L * text.length() : 4;
                }
                rows.add(row);
                bytes += ROW_OVERHEAD_BYTES + 16 + 4L * columnCount;
                more = json.next();
            }
        } catch (SFException failed) {
            failure = failed;
            more = true;
        }
        return new SnowflakeCapturedRows(rows.toArray(new Object[0][]), core.getMetaData(), converters,
                core.getStatementType(), core.getQueryId(), more ? json : null, failure, bytes + 256L * columnCount);
    }

    @Override
    public ResultSet replay(CapturedResult captured, Statement statement) throws SQLException {
        SnowflakeCapturedRows rows = (SnowflakeCapturedRows) captured;
        return new ReplayedSnowflakeResultSet(new ReplayedSnowflakeRows(rows, rows.converters().borrow(), internals),
                rows.defaultObjects(), statement);
    }
}
