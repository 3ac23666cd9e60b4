package st.connection.snowflake.emulator.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * A {@code SHOW} or {@code DESCRIBE} statement as the emulator reads it:
 * {@code SHOW [TERSE] <what> [LIKE '<pattern>'] [IN ACCOUNT | DATABASE [db] | SCHEMA [db.]schema |
 * [TABLE] [db.schema.]table]} and {@code DESC[RIBE] [TABLE|VIEW] name}.
 *
 * @param what {@code TABLES}, {@code PRIMARY KEYS}, ... or {@code DESCRIBE}
 * @param like the LIKE pattern as a regular expression (case insensitive), or null
 * @param scope {@code ACCOUNT}, {@code DATABASE}, {@code SCHEMA}, {@code TABLE} or {@code CURRENT}
 * @param name the scope's name parts (database, schema, table as far as given)
 */
record ShowStatement(String what, Pattern like, String scope, List<String> name) {

    static ShowStatement parse(SqlTokens sql) throws SQLException {
        int i = sql.firstKeywordIndex();
        if (sql.keyword(i).startsWith("DESC")) {
            int nameAt = sql.keyword(i + 1).equals("TABLE") || sql.keyword(i + 1).equals("VIEW") ? i + 2 : i + 1;
            return new ShowStatement("DESCRIBE", null, "TABLE", sql.qualifiedName(nameAt));
        }
        i++;
        if (sql.keyword(i).equals("TERSE")) {
            i++;
        }
        String what = sql.keyword(i);
        if (what.equals("PRIMARY") || what.equals("IMPORTED") || what.equals("EXPORTED") || what.equals("USER")) {
            i++;
            what = what + " " + sql.keyword(i);
        }
        i++;
        Pattern like = null;
        if (sql.keyword(i).equals("LIKE")) {
            like = likePattern(sql.token(i + 1));
            i += 2;
        }
        if (!sql.keyword(i).equals("IN") && !sql.keyword(i).equals("FROM")) {
            return new ShowStatement(what, like, "CURRENT", List.of());
        }
        String scope = sql.keyword(i + 1);
        switch (scope) {
            case "ACCOUNT", "SESSION":
                return new ShowStatement(what, like, scope, List.of());
            case "DATABASE", "SCHEMA", "TABLE", "VIEW":
                return new ShowStatement(what, like, scope.equals("VIEW") ? "TABLE" : scope, sql.qualifiedName(i + 2));
            default:
                List<String> name = sql.qualifiedName(i + 1);
                if (name.isEmpty()) {
                    throw new SQLException("Syntax error: unexpected '" + sql.token(i + 1) + "' in SHOW", "42000",
                            ErrorCode.SYNTAX_ERROR_1);
                }
                return new ShowStatement(what, like, "TABLE", name);
        }
    }

    /** SHOW's LIKE: {@code %} and {@code _} wildcards, {@code \} escapes, case insensitive. */
    static Pattern likePattern(String quoted) {
        String text = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1).replace("''", "'") : quoted;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                regex.append(Pattern.quote(String.valueOf(text.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    boolean matches(String value) {
        return like == null || like.matcher(value).matches();
    }

    String whatLowerCase() {
        return what.toLowerCase(Locale.ROOT);
    }
}
