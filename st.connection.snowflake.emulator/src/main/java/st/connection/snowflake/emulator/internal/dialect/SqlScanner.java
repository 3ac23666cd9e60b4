package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL into {@link Token}s, skipping whitespace and comments. */
final class SqlScanner {
    private SqlScanner() {
    }

    static List<Token> scan(String sql) {
        List<Token> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next(sql, i) == '-' || c == '/' && next(sql, i) == '/') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && next(sql, i) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                int end = endOfQuoted(sql, i, c);
                tokens.add(new Token(c == '"' ? Token.Kind.QUOTED : Token.Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next(sql, i))) {
                int end = endOfNumber(sql, i);
                tokens.add(new Token(Token.Kind.NUMBER, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                int length = symbolLength(sql, i);
                tokens.add(new Token(Token.Kind.SYMBOL, sql.substring(i, i + length), i, i + length));
                i += length;
            }
        }
        return tokens;
    }

    private static char next(String sql, int i) {
        return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    }

    private static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2;
                continue;
            }
            if (c == quote) {
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

    private static int endOfNumber(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
                i = exponent;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static int symbolLength(String sql, int i) {
        String two = i + 2 <= sql.length() ? sql.substring(i, i + 2) : "";
        switch (two) {
            case "::":
            case "=>":
            case "||":
            case "<=":
            case ">=":
            case "<>":
            case "!=":
                return 2;
            default:
                return 1;
        }
    }
}
