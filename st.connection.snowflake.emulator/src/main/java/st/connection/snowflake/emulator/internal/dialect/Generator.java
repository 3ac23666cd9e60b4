package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code TABLE(GENERATOR(ROWCOUNT => n))} as a derived table of {@code n} rows whose column
 * {@value #SEQUENCE_COLUMN} numbers them from 0, which {@code SEQ4()}/{@code SEQ8()} then read.
 * {@code TIMELIMIT} and {@code SEQ*} outside a generator query are not emulated.
 */
final class Generator implements Rewrite {
    static final String SEQUENCE_COLUMN = "\"SF$SEQ\"";

    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 4; i >= 0; i--) {
            if (!text.is(i, "TABLE") || !text.is(i + 1, "(") || !text.is(i + 2, "GENERATOR") || !text.is(i + 3, "(")) {
                continue;
            }
            String rows = null;
            for (int[] argument : text.arguments(i + 3)) {
                if (text.is(argument[0], "ROWCOUNT") && text.is(argument[0] + 1, "=>")) {
                    rows = text.text(argument[0] + 2, argument[1]);
                } else {
                    throw new NotEmulatedException("GENERATOR(" + text.text(argument[0], argument[1]) + ")");
                }
            }
            if (rows == null) {
                throw new NotEmulatedException("GENERATOR without ROWCOUNT");
            }
            sql = text.replace(i, text.closing(i + 1),
                    "(SELECT X - 1 AS " + SEQUENCE_COLUMN + " FROM SYSTEM_RANGE(1, " + rows + "))");
            text = SqlText.of(sql);
        }
        return sql;
    }
}
