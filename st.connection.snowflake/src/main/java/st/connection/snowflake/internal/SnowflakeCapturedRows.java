package st.connection.snowflake.internal;

import java.util.List;

import net.snowflake.client.core.SFException;
import net.snowflake.client.core.SFResultSet;
import net.snowflake.client.core.SFResultSetMetaData;
import net.snowflake.client.core.SFStatementType;
import net.snowflake.client.jdbc.SnowflakeColumnMetadata;

import st.connection.api.jdbc.CapturedResult;

/**
 * A Snowflake JSON result as the server sent it: each cell's raw text (every conversion of the
 * driver starts from it), the columns' metadata and the converters of the query's session
 * settings. Immutable once complete; an incomplete one also holds the driver's cursor, on the row
 * after the captured ones.
 */
final class SnowflakeCapturedRows implements CapturedResult {

    private static final long ROW_OVERHEAD_BYTES = 16;
    private static final long CELL_OVERHEAD_BYTES = 44;

    private final Object[][] rows;
    private final SFResultSetMetaData metaData;
    private final Columns columns;
    private final SnowflakeConverterPool converters;
    private final SFStatementType statementType;
    private final String queryId;
    private final SFResultSet rest;
    private final SFException failure;
    private final long approximateBytes;
    private final SnowflakeDefaultObjects defaultObjects;

    /**
     * @param rest the driver's cursor on the first row not captured (or, after a failure, where
     *     it failed), or {@code null} if all rows were captured
     * @param failure what the driver threw when asked for the row after the captured ones (a chunk
     *     that could not be downloaded), or {@code null}: the replay throws it there
     */
    /**
     * The columns as the server described them, and whether labels are found ignoring case: what
     * the driver made the result's metadata from.
     */
    record Columns(List<SnowflakeColumnMetadata> descriptions, boolean caseInsensitive) {
    }

    SnowflakeCapturedRows(Object[][] rows, SFResultSetMetaData metaData, Columns columns, SnowflakeConverterPool converters,
            SFStatementType statementType, String queryId, SFResultSet rest, SFException failure,
            long approximateBytes) {
        this.rows = rows;
        this.metaData = metaData;
        this.columns = columns;
        this.converters = converters;
        this.statementType = statementType;
        this.queryId = queryId;
        this.rest = rest;
        this.failure = failure;
        this.approximateBytes = approximateBytes;
        this.defaultObjects = new SnowflakeDefaultObjects(rows.length, metaData.getColumnCount());
    }

    /** @return the heap a captured cell keeps */
    static long cellBytes(Object cell) {
        return cell instanceof String text ? CELL_OVERHEAD_BYTES + 2L * text.length() : 4;
    }

    /** @return the heap a captured row keeps besides its cells */
    static long rowBytes(int columnCount) {
        return ROW_OVERHEAD_BYTES + 16 + 4L * columnCount;
    }

    /** @return the heap the metadata and converters of a result keep */
    static long metaDataBytes(int columnCount) {
        return 256L * columnCount;
    }

    Object[][] rows() {
        return rows;
    }

    SFResultSetMetaData metaData() {
        return metaData;
    }

    Columns columns() {
        return columns;
    }

    SnowflakeConverterPool converters() {
        return converters;
    }

    SFStatementType statementType() {
        return statementType;
    }

    String queryId() {
        return queryId;
    }

    /** @return the driver's cursor on the first row not captured, or {@code null} if all were */
    SFResultSet rest() {
        return rest;
    }

    /** @return what {@code getObject} answered for the cells, remembered */
    SnowflakeDefaultObjects defaultObjects() {
        return defaultObjects;
    }

    /** @return what the driver threw for the row after the captured ones, or {@code null} */
    SFException failure() {
        return failure;
    }

    @Override
    public long rowCount() {
        return rows.length;
    }

    @Override
    public boolean isComplete() {
        return rest == null;
    }

    @Override
    public long approximateBytes() {
        return approximateBytes;
    }

    @Override
    public String toString() {
        return "SnowflakeCapturedRows[" + rows.length + " rows, query " + queryId
                + (rest == null ? "" : ", continuing on the driver's cursor") + "]";
    }
}
