package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code GROUP BY 1, 2}: the numbers stand for the items of the select list; H2 would group by the
 * constants. Each ordinal becomes the item's expression.
 */
final class GroupByOrdinals implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 1; i > 0; i--) {
            if (!text.is(i, "BY") || !text.is(i - 1, "GROUP")) {
                continue;
            }
            int select = enclosingSelect(text, i - 1);
            if (select < 0) {
                continue;
            }
            SelectList list = SelectList.at(text, select);
            StringBuilder rewritten = new StringBuilder();
            int j = i + 1;
            int last = i;
            boolean changed = false;
            while (j < text.size()) {
                int end = itemEnd(text, j);
                String item = text.text(j, end);
                if (end == j && text.get(j).kind() == Token.Kind.NUMBER) {
                    int ordinal = Integer.parseInt(item);
                    if (ordinal < 1 || ordinal > list.size()) {
                        throw new NotEmulatedException("GROUP BY position " + ordinal + " of a select list with "
                                + list.size() + " items");
                    }
                    item = list.expression(ordinal - 1);
                    changed = true;
                }
                rewritten.append(rewritten.length() == 0 ? "" : ", ").append(item);
                last = end;
                if (!text.is(end + 1, ",")) {
                    break;
                }
                j = end + 2;
            }
            if (changed) {
                sql = text.replace(i + 1, last, rewritten.toString());
                text = SqlText.of(sql);
            }
        }
        return sql;
    }

    private static int itemEnd(SqlText text, int start) {
        int depth = 0;
        for (int i = start; i < text.size(); i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                if (depth == 0) {
                    return i - 1;
                }
                depth--;
            } else if (depth == 0 && (text.is(i, ",") || text.is(i, "HAVING") || text.is(i, "ORDER")
                    || text.is(i, "LIMIT") || text.is(i, "QUALIFY") || text.is(i, "UNION") || text.is(i, ";"))) {
                return i - 1;
            }
        }
        return text.size() - 1;
    }

    /** The SELECT at the same parenthesis depth before {@code index}. */
    static int enclosingSelect(SqlText text, int index) {
        int depth = 0;
        for (int i = index; i >= 0; i--) {
            if (text.is(i, ")")) {
                depth++;
            } else if (text.is(i, "(")) {
                if (depth == 0) {
                    return -1;
                }
                depth--;
            } else if (depth == 0 && text.is(i, "SELECT")) {
                return i;
            }
        }
        return -1;
    }
}
