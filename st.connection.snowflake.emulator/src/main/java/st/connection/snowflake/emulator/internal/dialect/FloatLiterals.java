package st.connection.snowflake.emulator.internal.dialect;

import java.util.Locale;

/**
 * Numeric literals with an exponent ({@code 1e0}, {@code 2.5E-3}) as {@code FLOAT}s, which they are
 * in Snowflake; H2 reads them as {@code DECFLOAT}, whose division keeps only as many digits as the
 * literal has ({@code 1e0 / 3} would be {@code 0.33333333333}).
 */
final class FloatLiterals implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        StringBuilder rewritten = new StringBuilder(sql);
        for (int i = text.size() - 1; i >= 0; i--) {
            Token literal = text.get(i);
            if (literal.kind() == Token.Kind.NUMBER && literal.text().toUpperCase(Locale.ROOT).contains("E")) {
                rewritten.replace(literal.start(), literal.end(), "CAST(" + literal.text() + " AS DOUBLE PRECISION)");
            }
        }
        return rewritten.toString();
    }
}
