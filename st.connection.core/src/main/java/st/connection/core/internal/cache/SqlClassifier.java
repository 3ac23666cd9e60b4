package st.connection.core.internal.cache;

import java.util.Set;

/**
 * Tells reads from everything else by the statement's first keyword, after comments and
 * parentheses. Only reads are cached; anything not recognised as a read counts as a write, and so
 * does a read that mentions a writing word anywhere outside comments (a conservative test: words in
 * string literals count too). It runs on every cached {@code executeQuery}, so it scans the text
 * once, word by word, without regular expressions or copies.
 */
final class SqlClassifier {

    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "SHOW", "DESCRIBE", "DESC");
    private static final Set<String> WRITES_INSIDE_READ = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "INTO",
            "NEXTVAL", "SETVAL");
    /** Longer words cannot be a keyword of either set, so they are not upper-cased. */
    private static final int LONGEST_KEYWORD = 8;

    private SqlClassifier() {
    }

    /** @return whether the statement only reads and may be answered from the cache */
    static boolean isRead(String sql) {
        if (sql == null) {
            return false;
        }
        boolean first = true;
        String previous = null;
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
                String word = end - i > LONGEST_KEYWORD ? "" : sql.substring(i, end).toUpperCase(java.util.Locale.ROOT);
                if (first ? !READS.contains(word) : isWrite(previous, word)) {
                    return false;
                }
                first = false;
                previous = word;
                i = end;
            } else if (first && c != '(' && !Character.isWhitespace(c)) {
                return false;
            } else {
                i++;
            }
        }
        return !first;
    }

    private static boolean isWrite(String previous, String word) {
        return WRITES_INSIDE_READ.contains(word) || "VALUE".equals(word) && "NEXT".equals(previous);
    }

    /** As a regular expression's word character: ASCII letters, digits and the underscore. */
    private static boolean isWordPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
