package st.connection.snowflake.emulator.internal.dialect;

/**
 * Path access into semi-structured values, {@code v:a.b[0]} and {@code v['a']}, as a call of the
 * emulator's {@code SF_GET_PATH} (a {@code VARIANT}); followed by a cast, {@code v:a::string}, as
 * {@code SF_GET_PATH_TEXT}, which gives a JSON string's text without quotes as Snowflake's cast does.
 */
final class VariantPath implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = 1; i < text.size() - 1; i++) {
            boolean colon = text.is(i, ":") && text.get(i + 1).isName() && !text.is(i - 1, ":")
                    && pathBase(text, i - 1);
            boolean bracket = text.is(i, "[") && pathBase(text, i - 1) && !text.is(i - 1, "ARRAY");
            if (!colon && !bracket) {
                continue;
            }
            int start = text.operandStart(i - 1);
            StringBuilder path = new StringBuilder();
            int end = readPath(text, i, path);
            String function = text.is(end + 1, "::") ? "SF_GET_PATH_TEXT" : "SF_GET_PATH";
            String call = function + "(" + text.text(start, i - 1) + ", '" + path.toString().replace("'", "''") + "')";
            sql = text.replace(start, end, function.equals("SF_GET_PATH") ? "CAST(" + call + " AS VARIANT)" : call);
            text = SqlText.of(sql);
            i = start;
        }
        return sql;
    }

    private static boolean pathBase(SqlText text, int index) {
        Token token = text.get(index);
        return token.isName() && !SqlText.isClauseWord(token) || text.is(index, ")") || text.is(index, "]");
    }

    /** Appends the path in Snowflake's text form ({@code a.b[0]}) and returns its last token. */
    private static int readPath(SqlText text, int index, StringBuilder path) {
        int i = index;
        while (i < text.size()) {
            if (text.is(i, ":") && i == index || text.is(i, ".") && i > index) {
                if (i + 1 >= text.size() || !text.get(i + 1).isName()) {
                    return i - 1;
                }
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(name(text.get(i + 1)));
                i += 2;
            } else if (text.is(i, "[")) {
                int close = text.closing(i);
                Token key = text.get(i + 1);
                path.append('[').append(key.kind() == Token.Kind.STRING ? "\"" + key.text().substring(1, key.text().length() - 1) + "\"" : key.text()).append(']');
                i = close + 1;
            } else {
                break;
            }
        }
        return i - 1;
    }

    private static String name(Token token) {
        return token.kind() == Token.Kind.QUOTED ? token.text().substring(1, token.text().length() - 1) : token.text();
    }
}
