package st.connection.snowflake.internal.snowpark;

import com.snowflake.snowpark.Row;
import com.snowflake.snowpark.internal.analyzer.Attribute;

import scala.collection.Seq;
import st.connection.api.cache.Weighted;

/**
 * The rows of one Snowpark result as the data source sent them, with the result's columns when
 * the caller asked for them. Each caller gets rows of its own: the same immutable values, copies
 * of dates and bytes. Immutable.
 */
final class CachedRows implements Weighted {

    private static final long ROW_BYTES = 48;
    private static final long ARRAY_BYTES = 16;
    private static final long REFERENCE_BYTES = 8;

    private final Row[] rows;
    private final Seq<Attribute> attributes;
    private final boolean copied;
    private final long bytes;
    private final SnowparkInternals internals;

    private CachedRows(Row[] rows, Seq<Attribute> attributes, boolean copied, long bytes, SnowparkInternals internals) {
        this.rows = rows;
        this.attributes = attributes;
        this.copied = copied;
        this.bytes = bytes;
        this.internals = internals;
    }

    /**
     * @param rows what the data source answered; kept, so the caller must hand out {@link #rows()}
     * @param attributes the result's columns, or {@code null} when they were not asked for
     * @return the rows to cache, or {@code null} if there are more than {@code maxRows} or a value
     *     the cache cannot hand out again
     */
    static CachedRows of(Row[] rows, Seq<Attribute> attributes, long maxRows, SnowparkInternals internals) {
        if (rows.length > maxRows) {
            return null;
        }
        boolean copied = false;
        long bytes = ARRAY_BYTES + (long) rows.length * (ROW_BYTES + REFERENCE_BYTES);
        for (Row row : rows) {
            for (int i = 0; i < row.length(); i++) {
                Object value = row.get(i);
                switch (RowValues.handling(value)) {
                    case NOT_KEPT -> {
                        return null;
                    }
                    case COPIED -> copied = true;
                    case SHARED -> { }
                }
                bytes += REFERENCE_BYTES + RowValues.bytes(value);
            }
        }
        return new CachedRows(rows, attributes, copied, bytes, internals);
    }

    /** @return the rows, for one caller */
    Row[] rows() {
        if (!copied) {
            return rows.clone();
        }
        Row[] handed = new Row[rows.length];
        for (int r = 0; r < rows.length; r++) {
            Row row = rows[r];
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                Object value = row.get(i);
                values[i] = RowValues.handling(value) == RowValues.Handling.COPIED ? RowValues.copy(value) : value;
            }
            handed[r] = new Row(values, internals.schemaOf(row));
        }
        return handed;
    }

    /** @return the result's columns; {@code null} if they were not asked for */
    Seq<Attribute> attributes() {
        return attributes;
    }

    @Override
    public long approximateBytes() {
        return bytes;
    }
}
