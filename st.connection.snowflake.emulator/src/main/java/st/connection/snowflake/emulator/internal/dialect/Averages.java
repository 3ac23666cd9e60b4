package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code AVG(x)} as {@code SUM(x) / COUNT(x)} (with the same {@code DISTINCT} and window), which
 * {@link Division} then divides as Snowflake does: the average of integers is a {@code NUMBER} with
 * six decimals ({@code AVG} of 1, 2, 2 is {@code 1.666667}), of {@code NUMBER(p,s)} one with
 * {@code min(s + 6, 12)}, of {@code FLOAT}s a {@code FLOAT}. H2 averages integers as a
 * {@code DOUBLE} and {@code FLOAT}s as a {@code DECFLOAT}.
 */
final class Averages implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 2; i >= 0; i--) {
            if (!text.is(i, "AVG") || !text.is(i + 1, "(") || i > 0 && text.is(i - 1, ".")) {
                continue;
            }
            int close = text.closing(i + 1);
            if (close < 0 || close == i + 2) {
                continue;
            }
            int last = close;
            String window = "";
            if (text.is(close + 1, "OVER") && text.is(close + 2, "(")) {
                last = text.closing(close + 2);
                window = " " + text.text(close + 1, last);
            }
            String arguments = text.text(i + 1, close);
            sql = text.replace(i, last, "(SUM" + arguments + window + " / COUNT" + arguments + window + ")");
            text = SqlText.of(sql);
        }
        return sql;
    }
}
