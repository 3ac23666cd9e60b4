package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code expr::type} as {@code CAST(expr AS type)}, and the type inside every {@code CAST} and
 * {@code TRY_CAST} as H2's equivalent (see {@link TypeNames}). A cast to {@code TIMESTAMP_LTZ}
 * gives the instant in the session's time zone ({@code AT LOCAL}), as Snowflake shows and reads it;
 * H2 would keep an offset the text names.
 */
final class CastOperator implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = 1; i < text.size() - 1; i++) {
            if (text.is(i, "::")) {
                int start = text.operandStart(i - 1);
                int[] next = new int[1];
                String type = TypeNames.h2Type(text, i + 1, next);
                int end = type == null ? typeEnd(text, i + 1) : next[0] - 1;
                sql = text.replace(start, end, "CAST(" + text.text(start, i - 1) + " AS " + text.text(i + 1, end) + ")");
                text = SqlText.of(sql);
                i = start;
            }
        }
        return castTypes(sql);
    }

    private static int typeEnd(SqlText text, int index) {
        return text.is(index + 1, "(") ? text.closing(index + 1) : index;
    }

    /** The type after {@code AS} at the top level of every {@code CAST(...)} and {@code TRY_CAST(...)}. */
    private static String castTypes(String sql) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 2; i >= 0; i--) {
            if ((text.is(i, "CAST") || text.is(i, "TRY_CAST")) && text.is(i + 1, "(")) {
                int close = text.closing(i + 1);
                int as = topLevelAs(text, i + 1, close);
                if (as > 0 && as + 1 < close) {
                    int[] next = new int[1];
                    String type = TypeNames.h2Type(text, as + 1, next);
                    if (type != null && next[0] == close) {
                        String cast = text.text(i, as) + " " + type + ")";
                        sql = text.replace(i, close, text.is(as + 1, "TIMESTAMP_LTZ") ? "(" + cast + " AT LOCAL)" : cast);
                        text = SqlText.of(sql);
                    }
                }
            }
        }
        return sql;
    }

    private static int topLevelAs(SqlText text, int open, int close) {
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                depth--;
            } else if (depth == 0 && text.is(i, "AS")) {
                return i;
            }
        }
        return -1;
    }
}
