package st.connection.snowflake.emulator.internal.dialect;

/**
 * {@code CURRENT_DATABASE()}, {@code CURRENT_USER()} and the other context functions, answered
 * from the session as literals (H2's own would name H2's user and schema).
 */
final class ContextFunctions implements Rewrite {
    static final String VERSION = "8.40.0";
    static final String REGION = "EMULATOR";

    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 3; i >= 0; i--) {
            if (text.get(i).kind() != Token.Kind.WORD || !text.is(i + 1, "(") || !text.is(i + 2, ")") || text.is(i - 1, ".")) {
                continue;
            }
            String value;
            switch (text.get(i).upper()) {
                case "CURRENT_DATABASE" -> value = context.database();
                case "CURRENT_SCHEMA" -> value = context.schema();
                case "CURRENT_WAREHOUSE" -> value = context.warehouse();
                case "CURRENT_ROLE" -> value = context.role();
                case "CURRENT_USER" -> value = context.user();
                case "CURRENT_ACCOUNT", "CURRENT_ACCOUNT_NAME" -> value = context.account();
                case "CURRENT_REGION" -> value = REGION;
                case "CURRENT_VERSION" -> value = VERSION;
                case "CURRENT_SESSION" -> value = context.sessionId();
                case "CURRENT_CLIENT" -> value = "JDBC";
                default -> {
                    continue;
                }
            }
            sql = text.replace(i, i + 2, literal(value));
            text = SqlText.of(sql);
        }
        return sql;
    }

    private static String literal(String value) {
        return value == null ? "CAST(NULL AS VARCHAR)" : "CAST('" + value.replace("'", "''") + "' AS VARCHAR)";
    }
}
