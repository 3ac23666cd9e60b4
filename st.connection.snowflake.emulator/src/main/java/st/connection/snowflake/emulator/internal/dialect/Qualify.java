package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code QUALIFY cond}, the filter on window functions, as a filter of an outer query:
 * {@code SELECT * EXCEPT (flag) FROM (SELECT ..., (cond) AS flag FROM ...) WHERE flag}, with the
 * query's {@code ORDER BY} and {@code LIMIT} moved outside. The condition may use window functions
 * and columns, not the select list's aliases.
 */
final class Qualify implements Rewrite {
    private static final String FLAG = "\"SF$QUALIFY\"";

    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 1; i > 0; i--) {
            if (!text.is(i, "QUALIFY")) {
                continue;
            }
            int select = GroupByOrdinals.enclosingSelect(text, i);
            if (select < 0) {
                continue;
            }
            SelectList list = SelectList.at(text, select);
            int conditionEnd = conditionEnd(text, i + 1);
            int queryEnd = queryEnd(text, conditionEnd + 1);
            String items = text.text(select + 1, list.end() - 1);
            String rest = text.text(list.end(), i - 1);
            String tail = conditionEnd + 1 <= queryEnd ? " " + text.text(conditionEnd + 1, queryEnd) : "";
            String rewritten = "SELECT * EXCEPT (" + FLAG + ") FROM (SELECT " + items + ", ("
                    + text.text(i + 1, conditionEnd) + ") AS " + FLAG + " " + rest + ") AS \"SF$Q\" WHERE " + FLAG + tail;
            sql = text.replace(select, queryEnd, rewritten);
            text = SqlText.of(sql);
        }
        return sql;
    }

    private static int conditionEnd(SqlText text, int start) {
        int depth = 0;
        for (int i = start; i < text.size(); i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                if (depth == 0) {
                    return i - 1;
                }
                depth--;
            } else if (depth == 0 && (text.is(i, "ORDER") || text.is(i, "LIMIT") || text.is(i, ";")
                    || text.is(i, "UNION") || text.is(i, "OFFSET") || text.is(i, "FETCH"))) {
                return i - 1;
            }
        }
        return text.size() - 1;
    }

    private static int queryEnd(SqlText text, int start) {
        int depth = 0;
        for (int i = start; i < text.size(); i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                if (depth == 0) {
                    return i - 1;
                }
                depth--;
            } else if (depth == 0 && (text.is(i, ";") || text.is(i, "UNION"))) {
                return i - 1;
            }
        }
        return text.size() - 1;
    }
}
