package st.connection.core.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Finds SQL that changes the session rather than data: {@code USE}, {@code SET}, {@code UNSET},
 * {@code RESET}, {@code ALTER SESSION}, and what opens a transaction ({@code BEGIN},
 * {@code START TRANSACTION}, {@code SAVEPOINT}). Such a statement on a shared connection would
 * change it for every other caller, or leave them inside a transaction someone else opened. Each
 * statement of a multi-statement text is looked at by its first word, outside comments and
 * quotes. Immutable.
 */
final class SessionStatements {

    private static final Set<String> SESSION_WORDS = Set.of("USE", "SET", "UNSET", "RESET", "BEGIN", "START",
            "SAVEPOINT");

    private SessionStatements() {
    }

    /** @return the words that make the text change the session, e.g. {@code "ALTER SESSION"}; {@code null} if none */
    static String sessionChange(String sql) {
        if (sql == null) {
            return null;
        }
        boolean statementStart = true;
        String previous = null;
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i + 2);
                i = end < 0 ? length : end + 1;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? length : end + 1;
                statementStart = false;
                previous = null;
            } else if (c == ';') {
                statementStart = true;
                previous = null;
                i++;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end).toUpperCase(Locale.ROOT);
                if (statementStart && SESSION_WORDS.contains(word)) {
                    return word;
                }
                if ("ALTER".equals(previous) && "SESSION".equals(word)) {
                    return "ALTER SESSION";
                }
                previous = statementStart ? word : null;
                statementStart = false;
                i = end;
            } else {
                if (!Character.isWhitespace(c)) {
                    statementStart = false;
                    previous = null;
                }
                i++;
            }
        }
        return null;
    }
}
