package st.connection.snowflake.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a SQL text, enough to classify a statement and to read the few session commands
 * the emulator runs itself ({@code USE}, {@code ALTER SESSION}, transaction control). Comments are
 * skipped; a quoted identifier or string literal is one token, kept with its quotes.
 */
final class SqlTokens {
    private final List<String> tokens;

    private SqlTokens(List<String> tokens) {
        this.tokens = tokens;
    }

    static SqlTokens of(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = endOfLine(sql, i);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                int end = endOfQuoted(sql, i, c);
                tokens.add(sql.substring(i, end));
                i = end;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                tokens.add(sql.substring(start, i));
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return new SqlTokens(tokens);
    }

    private static int endOfLine(String sql, int from) {
        int end = sql.indexOf('\n', from);
        return end < 0 ? sql.length() : end + 1;
    }

    /** The index after the closing quote; a doubled quote inside stands for one. */
    private static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }

    int size() {
        return tokens.size();
    }

    /** The token at {@code index} in upper case, or "" past the end. */
    String keyword(int index) {
        return index < tokens.size() ? tokens.get(index).toUpperCase(Locale.ROOT) : "";
    }

    String token(int index) {
        return index < tokens.size() ? tokens.get(index) : "";
    }

    /** The leading keyword, skipping opening parentheses such as in {@code (SELECT 1)}. */
    int firstKeywordIndex() {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).equals("(")) {
            i++;
        }
        return i;
    }

    /**
     * Reads a possibly qualified name starting at {@code index}, e.g. {@code db."My Schema"}, as its
     * parts in Snowflake's form: unquoted parts upper case, quoted parts as written.
     */
    List<String> qualifiedName(int index) {
        List<String> parts = new ArrayList<>();
        for (int i = index; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("\"")) {
                parts.add(unquote(token));
            } else if (isWordChar(token.charAt(0))) {
                for (String part : token.split("\\.")) {
                    if (!part.isEmpty()) {
                        parts.add(part.toUpperCase(Locale.ROOT));
                    }
                }
            } else {
                break;
            }
            boolean continues = token.endsWith(".")
                    || (i + 1 < tokens.size() && tokens.get(i + 1).startsWith("."));
            if (!continues) {
                break;
            }
        }
        return parts;
    }

    /** A Snowflake identifier as given to the server in a login or USE: quoted keeps case. */
    static String identifier(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return unquote(name);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    private static String unquote(String quoted) {
        String inner = quoted.length() >= 2 && quoted.endsWith("\"")
                ? quoted.substring(1, quoted.length() - 1)
                : quoted.substring(1);
        return inner.replace("\"\"", "\"");
    }
}
