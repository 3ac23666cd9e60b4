package st.connection.core.internal.cache;

/**
 * Tells reads from everything else by the statement's first keyword, after comments and
 * parentheses. Only reads are cached; anything not recognised as a read counts as a write, and so
 * does a read that mentions a writing word anywhere outside comments (a conservative test: words in
 * string literals count too). It runs on every cached {@code executeQuery}, so it scans the text
 * once, word by word, comparing in place: no regular expressions, no copies.
 */
final class SqlClassifier {

    private static final String[] READS = {"SELECT", "WITH", "VALUES", "TABLE", "SHOW", "DESCRIBE", "DESC"};
    private static final String[] WRITES_INSIDE_READ = {"INSERT", "UPDATE", "DELETE", "MERGE", "INTO", "NEXTVAL",
        "SETVAL"};

    private SqlClassifier() {
    }

    /** @return whether the statement only reads and may be answered from the cache */
    static boolean isRead(String sql) {
        if (sql == null) {
            return false;
        }
        boolean first = true;
        boolean afterNext = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i + 2);
                i = end < 0 ? sql.length() : end + 1;
            } else if (isWordPart(c)) {
                int end = i;
                while (end < sql.length() && isWordPart(sql.charAt(end))) {
                    end++;
                }
                if (first ? !isOneOf(sql, i, end, READS)
                        : isOneOf(sql, i, end, WRITES_INSIDE_READ) || afterNext && is(sql, i, end, "VALUE")) {
                    return false;
                }
                first = false;
                afterNext = is(sql, i, end, "NEXT");
                i = end;
            } else if (first && c != '(' && !Character.isWhitespace(c)) {
                return false;
            } else {
                i++;
            }
        }
        return !first;
    }

    private static boolean isOneOf(String sql, int start, int end, String[] keywords) {
        for (String keyword : keywords) {
            if (is(sql, start, end, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(String sql, int start, int end, String keyword) {
        return end - start == keyword.length() && sql.regionMatches(true, start, keyword, 0, keyword.length());
    }

    /** As a regular expression's word character: ASCII letters, digits and the underscore. */
    private static boolean isWordPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
