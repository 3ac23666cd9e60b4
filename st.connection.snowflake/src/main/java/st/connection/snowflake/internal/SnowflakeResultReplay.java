package st.connection.snowflake.internal;

import java.io.IOException;
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
import net.snowflake.client.jdbc.SnowflakeResultSetSerializableV1;
import net.snowflake.client.jdbc.SnowflakeResultSetV1;

import st.connection.api.jdbc.CapturedResult;
import st.connection.api.jdbc.ResultReplay;

/**
 * The result replay of the embedded snowflake-jdbc driver: it keeps each cell of a JSON result as
 * the server sent it (read once) and serves it again through the driver's own result set and
 * conversions, with the session settings of the query, so every getter answers exactly as the
 * driver does. Arrow results are not captured (they are served uncached): ask for JSON results
 * with {@code JDBC_QUERY_RESULT_FORMAT=JSON}, as the emulator does. Complete results are portable
 * (see {@link SnowflakeResultBytes}): nodes sharing a result cache serve them to each other.
 */
@Component
public class SnowflakeResultReplay implements ResultReplay {

    private final SnowflakeInternals internals = new SnowflakeInternals();
    private final SnowflakeResultBytes bytes = new SnowflakeResultBytes();

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
        SnowflakeResultSetSerializableV1 response = internals.responseOf(core);
        SnowflakeConverterPool converters = new SnowflakeConverterPool(core.getSession(), response);
        SnowflakeCapturedRows.Columns columns = new SnowflakeCapturedRows.Columns(
                response.getResultColumnMetadata(), internals.hasCaseInsensitiveColumns(response));
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
                    bytes += SnowflakeCapturedRows.cellBytes(cell);
                }
                rows.add(row);
                bytes += SnowflakeCapturedRows.rowBytes(columnCount);
                more = json.next();
            }
        } catch (SFException failed) {
            failure = failed;
            more = true;
        }
        return new SnowflakeCapturedRows(rows.toArray(new Object[0][]), core.getMetaData(), columns, converters,
                core.getStatementType(), core.getQueryId(), more ? json : null, failure,
                bytes + SnowflakeCapturedRows.metaDataBytes(columnCount));
    }

    @Override
    public ResultSet replay(CapturedResult captured, Statement statement) throws SQLException {
        SnowflakeCapturedRows rows = (SnowflakeCapturedRows) captured;
        return new ReplayedSnowflakeResultSet(new ReplayedSnowflakeRows(rows, rows.converters().borrow(), internals),
                rows.defaultObjects(), statement);
    }

    @Override
    public String portableForm(Connection connection) throws SQLException {
        return bytes.formOf(connection.unwrap(SnowflakeConnectionV1.class).getSFBaseSession());
    }

    @Override
    public byte[] write(CapturedResult captured) {
        return captured instanceof SnowflakeCapturedRows rows ? bytes.write(rows) : null;
    }

    @Override
    public CapturedResult read(byte[] written, Connection connection) throws SQLException {
        try {
            return bytes.read(written, connection.unwrap(SnowflakeConnectionV1.class).getSFBaseSession());
        } catch (IOException | RuntimeException e) {
            throw new SQLException("A shared Snowflake result could not be read: " + e.getMessage(), "HY000", e);
        }
    }
}
