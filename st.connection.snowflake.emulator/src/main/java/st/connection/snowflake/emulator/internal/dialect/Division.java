package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code a / b} as {@code SF_DIV(a, b)}: Snowflake divides exactly with scale
 * {@code max(s1, min(s1 + 6, 12))} ({@code 10/4} is {@code 2.500000}); H2 divides integers as
 * integers. The left operand is the whole chain of {@code *}, {@code /} and {@code %} before the
 * operator (they bind left to right), the right one a single operand.
 */
final class Division implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = 1; i < text.size() - 1; i++) {
            if (!text.is(i, "/") || !isOperandEnd(text, i - 1)) {
                continue;
            }
            int start = text.operandStart(i - 1);
            while (start >= 2 && (text.is(start - 1, "*") || text.is(start - 1, "/") || text.is(start - 1, "%"))
                    && isOperandEnd(text, start - 2)) {
                start = text.operandStart(start - 2);
            }
            int end = text.operandEnd(i + 1);
            sql = text.replace(start, end, "SF_DIV(" + text.text(start, i - 1) + ", " + text.text(i + 1, end) + ")");
            text = SqlText.of(sql);
            i = start;
        }
        return sql;
    }

    private static boolean isOperandEnd(SqlText text, int index) {
        Token token = text.get(index);
        return token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.STRING || token.kind() == Token.Kind.QUOTED
                || token.kind() == Token.Kind.WORD && !SqlText.isClauseWord(token) || text.is(index, ")")
                || text.is(index, "]") || text.is(index, "END");
    }
}
