package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Snowflake's forms of {@code CREATE TABLE} as H2 statements: {@code [SCOPED] TEMPORARY} (also
 * {@code TEMP}, {@code LOCAL}, {@code VOLATILE}) as H2's session-local temporary table,
 * {@code TRANSIENT} dropped, Snowpark's {@code CREATE TABLE t IF NOT EXISTS}, {@code OR REPLACE} as a
 * drop before the create, {@code AUTOINCREMENT} as H2's identity, and the column types through
 * {@link TypeNames}. {@code ALTER TABLE ... ADD [COLUMN]} types too.
 */
final class TableDefinitions {
    private TableDefinitions() {
    }

    /** The H2 statements for one statement: usually itself, two for {@code CREATE OR REPLACE TABLE}. */
    static List<String> rewrite(String sql) {
        SqlText text = SqlText.of(sql);
        if (text.size() < 3 || !text.is(0, "CREATE") && !text.is(0, "ALTER")) {
            return List.of(sql);
        }
        if (text.is(0, "ALTER")) {
            return List.of(columnTypes(sql, 0));
        }
        int i = 1;
        boolean replace = false;
        boolean temporary = false;
        if (text.is(i, "OR") && text.is(i + 1, "REPLACE")) {
            replace = true;
            i += 2;
        }
        while (text.is(i, "LOCAL") || text.is(i, "GLOBAL") || text.is(i, "SCOPED") || text.is(i, "TEMP")
                || text.is(i, "TEMPORARY") || text.is(i, "VOLATILE") || text.is(i, "TRANSIENT")) {
            temporary |= !text.is(i, "TRANSIENT");
            i++;
        }
        if (!text.is(i, "TABLE")) {
            return List.of(sql);
        }
        int nameAt = i + 1;
        boolean ifNotExists = false;
        if (text.is(nameAt, "IF") && text.is(nameAt + 1, "NOT") && text.is(nameAt + 2, "EXISTS")) {
            ifNotExists = true;
            nameAt += 3;
        }
        int nameEnd = nameAt;
        while (text.is(nameEnd + 1, ".")) {
            nameEnd += 2;
        }
        int after = nameEnd + 1;
        if (text.is(after, "IF") && text.is(after + 1, "NOT") && text.is(after + 2, "EXISTS")) {
            ifNotExists = true;
            after += 3;
        }
        String name = text.text(nameAt, nameEnd);
        String body = after < text.size() ? " " + text.sql().substring(text.get(after).start()) : "";
        String create = "CREATE " + (temporary ? "LOCAL TEMPORARY " : "") + "TABLE " + (ifNotExists ? "IF NOT EXISTS " : "")
                + name + body;
        create = columnTypes(create, 0).replaceAll("(?i)\\bAUTOINCREMENT\\b", "AUTO_INCREMENT");
        List<String> statements = new ArrayList<>();
        if (replace) {
            statements.add("DROP TABLE IF EXISTS " + name);
        }
        statements.add(create);
        return statements;
    }

    /** Types of the column definitions: a name followed by a type, inside the first parentheses or after ADD [COLUMN]. */
    private static String columnTypes(String sql, int from) {
        SqlText text = SqlText.of(sql);
        for (int i = text.size() - 1; i > from; i--) {
            Token previous = text.get(i - 1);
            boolean definition = previous.isName() && (text.is(i - 2, "(") && isTableElementList(text, i - 2)
                    || text.is(i - 2, ",") && isTableElementList(text, enclosingParenthesis(text, i - 2))
                    || text.is(i - 2, "ADD") || text.is(i - 2, "COLUMN"));
            if (!definition) {
                continue;
            }
            int[] next = new int[1];
            String type = TypeNames.h2ColumnType(text, i, next);
            if (type != null) {
                sql = text.replace(i, next[0] - 1, type);
                text = SqlText.of(sql);
            }
        }
        return sql;
    }

    private static boolean isTableElementList(SqlText text, int open) {
        return open > 0 && text.is(open, "(") && text.get(open - 1).isName()
                && enclosingParenthesis(text, open) < 0 && !text.is(open - 1, "VALUES");
    }

    private static int enclosingParenthesis(SqlText text, int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            if (text.is(i, ")")) {
                depth++;
            } else if (text.is(i, "(")) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
