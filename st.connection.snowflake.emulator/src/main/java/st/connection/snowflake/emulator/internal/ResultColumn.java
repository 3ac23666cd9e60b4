package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One column of a result as Snowflake describes it in {@code rowtype}.
 *
 * @param scaleFromValues true for H2 {@code DECFLOAT} (Snowflake's unqualified {@code NUMBER}),
 *     whose scale is taken from the values returned since the type has none
 */
record ResultColumn(String name, Origin origin, SnowflakeColumnType type, int precision, int scale, long length,
        boolean nullable, boolean scaleFromValues) {

    /** Snowflake's largest text length, announced for unbounded H2 text columns. */
    static final long MAX_TEXT_LENGTH = 16_777_216L;
    /** Snowflake's largest (and default) binary length. */
    static final long MAX_BINARY_LENGTH = 8_388_608L;

    /** The table a column belongs to, empty names for computed columns. */
    record Origin(String database, String schema, String table) {
        static final Origin NONE = new Origin("", "", "");
    }

    ResultColumn(String name, SnowflakeColumnType type, int precision, int scale, long length, boolean nullable,
            boolean scaleFromValues) {
        this(name, Origin.NONE, type, precision, scale, length, nullable, scaleFromValues);
    }

    ResultColumn withScale(int newScale) {
        return new ResultColumn(name, origin, type, precision, newScale, length, nullable, scaleFromValues);
    }

    ObjectNode toRowtype() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        node.put("database", origin.database() == null ? "" : origin.database());
        node.put("schema", origin.schema());
        node.put("table", origin.table());
        node.put("type", type.rowtypeName());
        node.put("nullable", nullable);
        node.putNull("collation");
        switch (type) {
            case FIXED:
                node.put("precision", precision);
                node.put("scale", scale);
                node.putNull("length");
                node.putNull("byteLength");
                break;
            case TEXT:
            case VARIANT:
            case BINARY:
                node.putNull("precision");
                node.putNull("scale");
                node.put("length", length);
                node.put("byteLength", type == SnowflakeColumnType.TEXT ? length * 4 : length);
                break;
            case TIME:
            case TIMESTAMP_NTZ:
            case TIMESTAMP_LTZ:
            case TIMESTAMP_TZ:
                node.put("precision", 0);
                node.put("scale", SnowflakeColumnType.TIME_SCALE);
                node.putNull("length");
                node.putNull("byteLength");
                break;
            default:
                node.putNull("precision");
                node.putNull("scale");
                node.putNull("length");
                node.putNull("byteLength");
                break;
        }
        return node;
    }
}
