package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code FROM VALUES (...), (...) [AS] t(c1, c2)} (Snowflake needs no parentheses around a VALUES
 * table) as H2's {@code FROM (VALUES ...) AS t(c1, c2)}; without column names the columns are
 * {@code COLUMN1}, {@code COLUMN2}, ... as in Snowflake, and {@code $1} reads them. The alias may
 * also stand inside the parentheses, as Snowpark's {@code createDataFrame} writes it:
 * {@code FROM ( VALUES (...) AS t(c1, c2))}.
 */
final class ValuesTable implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 2; i >= 0; i--) {
            boolean wrapped = text.is(i, "(") && i > 0 && isTableStart(text, i - 1);
            if (!(wrapped || isTableStart(text, i)) || !text.is(i + 1, "VALUES") || !text.is(i + 2, "(")) {
                continue;
            }
            int end = i + 1;
            int columns = text.arguments(i + 2).size();
            while (text.is(end + 1, "(") || text.is(end + 1, ",") && text.is(end + 2, "(")) {
                end = text.closing(text.is(end + 1, "(") ? end + 1 : end + 2);
            }
            int aliasAt = text.is(end + 1, "AS") ? end + 2 : end + 1;
            String alias;
            int last = end;
            if (aliasAt < text.size() && text.get(aliasAt).isName() && !SqlText.isClauseWord(text.get(aliasAt))
                    && !text.is(aliasAt, "WHERE") && !text.is(aliasAt, "ORDER") && !text.is(aliasAt, "GROUP")) {
                alias = text.get(aliasAt).text();
                last = aliasAt;
                if (text.is(aliasAt + 1, "(")) {
                    last = text.closing(aliasAt + 1);
                    alias = text.text(aliasAt, last);
                } else {
                    alias += defaultColumns(columns);
                }
            } else {
                alias = "\"SF$VALUES\"" + defaultColumns(columns);
            }
            if (wrapped && (last == end || !text.is(last + 1, ")"))) {
                continue;
            }
            sql = wrapped ? text.replace(i, last + 1, "(" + text.text(i + 1, end) + ") AS " + alias)
                    : text.replace(i + 1, last, "(" + text.text(i + 1, end) + ") AS " + alias);
            text = SqlText.of(sql);
        }
        return positionalColumns(sql);
    }

    private static boolean isTableStart(SqlText text, int at) {
        return text.is(at, "FROM") || text.is(at, "JOIN") || text.is(at, ",");
    }

    private static String defaultColumns(int count) {
        StringBuilder columns = new StringBuilder("(");
        for (int c = 1; c <= count; c++) {
            columns.append(c > 1 ? ", " : "").append("\"COLUMN").append(c).append('"');
        }
        return columns.append(')').toString();
    }

    /** {@code $1} as {@code "COLUMN1"}. */
    private static String positionalColumns(String sql) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 1; i >= 0; i--) {
            Token word = text.get(i);
            if (word.kind() == Token.Kind.WORD && word.text().matches("\\$\\d+")) {
                sql = text.replace(i, i, "\"COLUMN" + word.text().substring(1) + "\"");
                text = SqlText.of(sql);
            }
        }
        return sql;
    }
}
