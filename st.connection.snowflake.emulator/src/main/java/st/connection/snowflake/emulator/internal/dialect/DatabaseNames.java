package st.connection.snowflake.emulator.internal.dialect;

import java.util.Locale;

/**
 * Names qualified with a database, {@code DB.SCHEMA.TABLE} (and {@code DB.SCHEMA.TABLE.COLUMN}):
 * each Snowflake database is its own H2 database, so the current database's name is dropped and
 * another database's is refused as not emulated (a query runs in one database).
 */
final class DatabaseNames implements Rewrite {
    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 5; i >= 0; i--) {
            if (!text.get(i).isName() || !text.is(i + 1, ".") || !text.get(i + 2).isName() || !text.is(i + 3, ".")
                    || !text.get(i + 4).isName() || i > 0 && text.is(i - 1, ".")) {
                continue;
            }
            String database = name(text.get(i));
            if (!context.databases().contains(database)) {
                continue;
            }
            if (!database.equals(context.database())) {
                throw new NotEmulatedException("a query that reaches database " + database + " from database "
                        + context.database() + " (each query runs in its session's current database)");
            }
            sql = text.sql().substring(0, text.get(i).start()) + text.sql().substring(text.get(i + 2).start());
            text = SqlText.of(sql);
        }
        return sql;
    }

    static String name(Token token) {
        return token.kind() == Token.Kind.QUOTED ? token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"")
                : token.text().toUpperCase(Locale.ROOT);
    }
}
