package st.connection.snowflake.emulator.internal.dialect;

/**
 * Snowflake type names as H2 types with Snowflake's defaults: {@code NUMBER} is
 * {@code NUMBER(38,0)}, {@code TIME} and {@code TIMESTAMP} keep nanoseconds, {@code BINARY} is
 * variable length up to 8 MB, {@code VARIANT}/{@code OBJECT}/{@code ARRAY} are the emulator's
 * {@code VARIANT} domain.
 *
 * <p>H2 has one type with a time zone. A {@code TIMESTAMP_TZ} column has the emulator's domain of
 * that name (nine fraction digits), by which the emulator tells its results from those of a
 * {@code TIMESTAMP_LTZ} column; a {@code TIMESTAMP_TZ} computed by a cast or function has
 * {@link #TZ_TYPE}, whose eight fraction digits tell it through expressions and subqueries.
 */
final class TypeNames {
    static final String TZ_TYPE = "TIMESTAMP(8) WITH TIME ZONE";
    static final String LTZ_TYPE = "TIMESTAMP(9) WITH TIME ZONE";
    /** The domain of {@code TIMESTAMP_TZ} columns. */
    static final String TZ_COLUMN_TYPE = "TIMESTAMP_TZ";

    private TypeNames() {
    }

    /** As {@link #h2Type}, for the type of a column definition. */
    static String h2ColumnType(SqlText text, int index, int[] next) {
        String type = h2Type(text, index, next);
        return TZ_TYPE.equals(type) ? TZ_COLUMN_TYPE : type;
    }

    /**
     * The H2 type for the Snowflake type named at {@code index} (with its size, if given), as the
     * type of a value; the index after the type is {@code next[0]}. Null when the name is not a type
     * to change.
     */
    static String h2Type(SqlText text, int index, int[] next) {
        Token name = text.get(index);
        if (name.kind() != Token.Kind.WORD) {
            return null;
        }
        boolean sized = text.is(index + 1, "(");
        int close = sized ? text.closing(index + 1) : index;
        next[0] = close + 1;
        String size = sized ? text.text(index + 1, close) : "";
        switch (name.upper()) {
            case "NUMBER":
            case "NUMERIC":
            case "DECIMAL":
            case "DEC":
                return sized ? "NUMERIC" + size : "NUMERIC(38,0)";
            case "FLOAT":
            case "FLOAT4":
            case "FLOAT8":
            case "DOUBLE":
            case "REAL":
                return text.is(index + 1, "PRECISION") ? null : "DOUBLE PRECISION";
            case "STRING":
            case "TEXT":
                return "VARCHAR" + size;
            case "BINARY":
            case "VARBINARY":
                return "VARBINARY" + (sized ? size : "(8388608)");
            case "TIME":
                return text.is(index + 1, "WITH") || text.is(index + 1, "ZONE") ? null : "TIME" + (sized ? size : "(9)");
            case "DATETIME":
            case "TIMESTAMP_NTZ":
                return "TIMESTAMP" + (sized ? size : "(9)");
            case "TIMESTAMP":
                return text.is(index + 1, "WITH") || text.is(index + 1, "WITHOUT") ? null
                        : "TIMESTAMP" + (sized ? size : "(9)");
            case "TIMESTAMP_LTZ":
                return sized ? "TIMESTAMP" + size + " WITH TIME ZONE" : LTZ_TYPE;
            case "TIMESTAMP_TZ":
                return TZ_TYPE;
            case "VARIANT":
            case "OBJECT":
            case "ARRAY":
                return "VARIANT";
            case "BYTEINT":
                return "TINYINT";
            default:
                return null;
        }
    }
}
