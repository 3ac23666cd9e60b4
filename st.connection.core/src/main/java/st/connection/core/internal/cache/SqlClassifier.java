package st.connection.core.internal.cache;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells reads from everything else by the statement's first keyword, after comments and
 * parentheses. Only reads are cached; anything not recognised as a read counts as a write.
 */
final class SqlClassifier {

    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "SHOW", "DESCRIBE", "DESC");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|--[^\\n]*");
    private static final Pattern WRITES_INSIDE_READ = Pattern.compile(
            "\\b(INSERT|UPDATE|DELETE|MERGE|FOR\\s+UPDATE|INTO|NEXT\\s+VALUE|NEXTVAL|SETVAL)\\b");

    private SqlClassifier() {
    }

    /** @return whether the statement only reads and may be answered from the cache */
    static boolean isRead(String sql) {
        if (sql == null) {
            return false;
        }
        String text = COMMENTS.matcher(sql).replaceAll(" ").strip();
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '(' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String keyword = text.substring(start, end).toUpperCase(Locale.ROOT);
        return READS.contains(keyword) && !WRITES_INSIDE_READ.matcher(text.toUpperCase(Locale.ROOT)).find();
    }
}
