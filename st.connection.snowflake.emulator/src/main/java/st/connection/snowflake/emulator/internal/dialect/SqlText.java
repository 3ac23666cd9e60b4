package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A SQL text and its tokens, with the navigation the dialect rewrites need: matching parentheses,
 * the arguments of a call, and the extent of an operand. Comments are skipped by the scanner but
 * stay in the text. Immutable.
 */
final class SqlText {
    /** Words after which an operand cannot continue backwards. */
    private static final Set<String> CLAUSE_WORDS = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "ON",
            "BY", "HAVING", "QUALIFY", "WHEN", "THEN", "ELSE", "AS", "IN", "IS", "LIKE", "ILIKE", "BETWEEN",
            "DISTINCT", "RETURN", "VALUES", "SET", "CASE", "END", "JOIN", "USING", "LIMIT", "OFFSET", "INTO", "TOP");

    private final String sql;
    private final List<Token> tokens;

    private SqlText(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    static SqlText of(String sql) {
        return new SqlText(sql, SqlScanner.scan(sql));
    }

    String sql() {
        return sql;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** True if the token at {@code index} exists and is this word or symbol. */
    boolean is(int index, String word) {
        return index >= 0 && index < tokens.size() && tokens.get(index).is(word);
    }

    /** The original text of tokens {@code from} to {@code to}, both inclusive. */
    String text(int from, int to) {
        return sql.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** The text with tokens {@code from} to {@code to} (inclusive) replaced. */
    String replace(int from, int to, String replacement) {
        return sql.substring(0, tokens.get(from).start()) + replacement + sql.substring(tokens.get(to).end());
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (is(i, "(") || is(i, "[")) {
                depth++;
            } else if (is(i, ")") || is(i, "]")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the parenthesis opening the one at {@code close}, or -1. */
    int opening(int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (is(i, ")") || is(i, "]")) {
                depth++;
            } else if (is(i, "(") || is(i, "[")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The arguments of the call whose opening parenthesis is at {@code open}, each as the token
     * range {@code [first, last]} (inclusive), split at top-level commas; empty for {@code f()}.
     */
    List<int[]> arguments(int open) {
        int close = closing(open);
        List<int[]> arguments = new ArrayList<>();
        if (close < 0 || close == open + 1) {
            return arguments;
        }
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            if (is(i, "(") || is(i, "[")) {
                depth++;
            } else if (is(i, ")") || is(i, "]")) {
                depth--;
            } else if (depth == 0 && is(i, ",")) {
                arguments.add(new int[] {start, i - 1});
                start = i + 1;
            }
        }
        arguments.add(new int[] {start, close - 1});
        return arguments;
    }

    /**
     * The first token of the operand that ends at {@code end}: a literal, a (qualified) name, a call
     * with its arguments (and its window, {@code OVER (...)}), a parenthesized expression or
     * {@code CASE ... END}, with postfix path access ({@code col:a.b}, {@code [0]}) included.
     */
    int operandStart(int end) {
        int i = end;
        if (is(i, ")") || is(i, "]")) {
            int open = opening(i);
            if (open < 0) {
                return end;
            }
            i = open;
            if (i > 0 && isCallName(i - 1)) {
                i--;
            }
            if (is(i, "OVER") && is(i - 1, ")")) {
                return operandStart(i - 1);
            }
        } else if (is(i, "END")) {
            i = caseStart(i);
        }
        while (i > 0 && (is(i - 1, ".") || is(i - 1, ":") && !is(i - 2, ":")) && i - 2 >= 0) {
            int previous = i - 2;
            if (is(previous, ")") || is(previous, "]")) {
                i = operandStart(previous);
            } else {
                i = previous;
            }
        }
        if (i > 0 && (is(i, "(") || is(i, "[")) && is(i - 1, "]")) {
            return operandStart(i - 1);
        }
        if (i > 0 && is(i, "[") ) {
            return operandStart(i - 1);
        }
        if (i > 0 && tokens.get(i).kind() == Token.Kind.STRING && tokens.get(i - 1).kind() == Token.Kind.WORD
                && isTypedLiteralPrefix(tokens.get(i - 1))) {
            return i - 1;
        }
        return i;
    }

    /** The last token of the operand that starts at {@code start}; see {@link #operandStart}. */
    int operandEnd(int start) {
        int i = start;
        if (is(i, "-") || is(i, "+")) {
            i++;
        }
        if (is(i, "CASE")) {
            i = caseEnd(i);
        } else if (is(i, "(")) {
            i = closing(i);
        } else if (i + 1 < tokens.size() && isCallName(i) && is(i + 1, "(")) {
            i = closing(i + 1);
            if (is(i + 1, "OVER") && is(i + 2, "(")) {
                i = closing(i + 2);
            }
        } else if (i + 1 < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
                && isTypedLiteralPrefix(tokens.get(i)) && tokens.get(i + 1).kind() == Token.Kind.STRING) {
            i++;
        }
        if (i < 0) {
            return start;
        }
        while (i + 2 < tokens.size() && (is(i + 1, ".") || is(i + 1, ":") && !is(i + 2, ":"))) {
            i += 2;
        }
        while (i + 1 < tokens.size() && is(i + 1, "[")) {
            int close = closing(i + 1);
            if (close < 0) {
                break;
            }
            i = close;
        }
        return i;
    }

    private boolean isCallName(int index) {
        Token token = tokens.get(index);
        return token.isName() && !CLAUSE_WORDS.contains(token.upper());
    }

    private static boolean isTypedLiteralPrefix(Token token) {
        String word = token.upper();
        return word.equals("DATE") || word.equals("TIME") || word.equals("TIMESTAMP") || word.equals("X")
                || word.equals("INTERVAL");
    }

    private int caseStart(int end) {
        int depth = 0;
        for (int i = end; i >= 0; i--) {
            if (is(i, "END")) {
                depth++;
            } else if (is(i, "CASE")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return end;
    }

    private int caseEnd(int start) {
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            if (is(i, "CASE")) {
                depth++;
            } else if (is(i, "END")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /** True if the token at {@code index} starts a clause word (so nothing before it is an operand). */
    static boolean isClauseWord(Token token) {
        return token.kind() == Token.Kind.WORD && CLAUSE_WORDS.contains(token.upper());
    }
}
