package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code a / b} as Snowflake divides: exactly, with scale {@code max(s1, min(s1 + 6, 12))}
 * ({@code 10/4} is {@code 2.500000}), through the emulator's {@code SF_DIV}; but when either
 * operand is a {@code FLOAT}, as a {@code FLOAT}. H2 divides integers as integers, and a function's
 * result has one type, so the choice is made per row by {@code SF_FLOATING}, and H2's own division
 * in the {@code FLOAT} branch gives the whole expression a floating type when an operand has one.
 *
 * <p>The left operand is the whole chain of {@code *}, {@code /} and {@code %} before the operator
 * (they bind left to right), the right one a single operand.
 */
final class Division implements Rewrite {
    /** Marks the divisions this rewrite leaves to H2, so that it does not rewrite them again. */
    static final String NATIVE = "/*SF$FLOAT*/ ";

    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = 1; i < text.size() - 1; i++) {
            if (!text.is(i, "/") || !isOperandEnd(text, i - 1) || isNative(text, i)) {
                continue;
            }
            int start = text.operandStart(i - 1);
            while (start >= 2 && (text.is(start - 1, "*") || text.is(start - 1, "/") || text.is(start - 1, "%"))
                    && isOperandEnd(text, start - 2)) {
                start = text.operandStart(start - 2);
            }
            int end = text.operandEnd(i + 1);
            String dividend = text.text(start, i - 1);
            String divisor = text.text(i + 1, end);
            sql = text.replace(start, end, "CASE WHEN SF_FLOATING(" + dividend + ", " + divisor + ") THEN "
                    + floatDivision(dividend, divisor) + " ELSE SF_DIV(" + dividend + ", " + divisor + ") END");
            text = SqlText.of(sql);
            i = start;
        }
        return sql;
    }

    /** H2's own division, which this rewrite leaves alone. */
    static String floatDivision(String dividend, String divisor) {
        return "(" + dividend + ") " + NATIVE + "/ (" + divisor + ")";
    }

    private static boolean isNative(SqlText text, int slash) {
        int at = text.get(slash).start();
        return at >= NATIVE.length() && text.sql().startsWith(NATIVE, at - NATIVE.length());
    }

    private static boolean isOperandEnd(SqlText text, int index) {
        Token token = text.get(index);
        return token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.STRING || token.kind() == Token.Kind.QUOTED
                || token.kind() == Token.Kind.WORD && !SqlText.isClauseWord(token) || text.is(index, ")")
                || text.is(index, "]") || text.is(index, "END");
    }
}
