package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One column of a result as Snowflake describes it in {@code rowtype}.
 *
 * @param scaleFromValues true for H2 {@code DECFLOAT} (Snowflake's unqualified {@code NUMBER}),
 *     whose scale is taken from the values returned since the type has none
 */
record ResultColumn(String name, SnowflakeColumnType type, int precision, int scale, long length,
        boolean nullable, boolean scaleFromValues) {

    /** Snowflake's largest text length, announced for unbounded H2 text columns. */
    static final long MAX_TEXT_LENGTH = 16_777_216L;

    ResultColumn withScale(int newScale) {
        return new ResultColumn(name, type, precision, newScale, length, nullable, scaleFromValues);
    }

    ObjectNode toRowtype() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        node.put("database", "");
        node.put("schema", "");
        node.put("table", "");
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
