package st.connection.api.cache;

import java.util.Locale;
import java.util.Set;

/**
 * Tells the reads whose results may be cached from everything else, by the words of the SQL
 * outside comments, string literals and quoted names. A statement is a cacheable read when
 * <ul>
 * <li>its first word is {@code SELECT}, {@code WITH}, {@code VALUES}, {@code TABLE}, {@code SHOW}
 * or {@code DESCRIBE}/{@code DESC};</li>
 * <li>it is one statement (nothing but a trailing {@code ;} after its end);</li>
 * <li>no word writes or locks ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE},
 * {@code INTO}, {@code SHARE} as in {@code FOR SHARE}, sequence calls); and</li>
 * <li>it calls no function evaluated at execution time, following Snowflake's own result-cache
 * rule: random values, UUIDs, the current time (not the current date), sequence and row number
 * generators, the results of earlier queries, and Snowflake's {@code SYSTEM$} functions.</li>
 * </ul>
 * Anything else is treated as a write. The test is conservative: a column named like one of
 * these functions makes a read uncached, never the other way round. It scans the text once,
 * word by word, comparing in place.
 *
 * <p>For adapters of connection types that speak SQL (the JDBC adapter, Snowpark's): the same
 * statement is then cached, or not, whichever way it is sent.
 */
public final class SqlReads {

    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "SHOW", "DESCRIBE", "DESC");
    private static final Set<String> WRITES_OR_LOCKS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "INTO", "SHARE",
            "NEXTVAL", "CURRVAL", "SETVAL", "LASTVAL");
    /** Evaluated each time a statement runs, so its result must never be reused. */
    private static final Set<String> VOLATILE = Set.of("RAND", "RANDOM", "RANDOM_UUID", "UUID", "UUID_STRING",
            "GEN_RANDOM_UUID", "NEWID", "SECURE_RAND", "RANDSTR", "UNIFORM", "NORMAL", "ZIPF", "CURRENT_TIMESTAMP",
            "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME", "NOW", "SYSDATE", "SYSTIMESTAMP", "GETDATE", "SYSDATETIME",
            "UNIX_TIMESTAMP", "SEQ1", "SEQ2", "SEQ4", "SEQ8", "LAST_QUERY_ID", "RESULT_SCAN", "SCOPE_IDENTITY",
            "LAST_INSERT_ID", "TRANSACTION_ID");
    private static final int LONGEST_KEYWORD = 24;

    private SqlReads() {
    }

    /** @return whether the statement only reads and its result may be cached */
    public static boolean isCacheableRead(String sql) {
        return classify(sql) == Kind.CACHEABLE_READ;
    }

    /** @return whether the statement only reads (cacheable or not): running it changes nothing cached */
    public static boolean isRead(String sql) {
        return classify(sql) != Kind.WRITE;
    }

    /** What running a statement does, for the cache. */
    public enum Kind {
        CACHEABLE_READ, VOLATILE_READ, WRITE
    }

    /** @return what the statement is; {@code null} is a write */
    public static Kind classify(String sql) {
        if (sql == null) {
            return Kind.WRITE;
        }
        boolean first = true;
        boolean afterNext = false;
        boolean ended = false;
        boolean volatileCall = false;
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
            } else if (c == '\'' || c == '"') {
                i = afterQuoted(sql, i, c);
                if (first || i < 0) {
                    return Kind.WRITE;
                }
            } else if (c == '$' && sql.startsWith("$$", i)) {
                int end = sql.indexOf("$$", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == ';') {
                ended = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (ended) {
                return Kind.WRITE;
            } else if (isWordPart(c)) {
                int end = i;
                while (end < length && isWordPart(sql.charAt(end))) {
                    end++;
                }
                if (end < length && sql.charAt(end) == '$') {
                    volatileCall = true;
                }
                String word = end - i <= LONGEST_KEYWORD ? sql.substring(i, end).toUpperCase(Locale.ROOT) : "";
                if (first ? !READS.contains(word)
                        : WRITES_OR_LOCKS.contains(word) || afterNext && word.equals("VALUE")) {
                    return Kind.WRITE;
                }
                volatileCall |= VOLATILE.contains(word);
                first = false;
                afterNext = word.equals("NEXT");
                i = end;
            } else if (first && c != '(') {
                return Kind.WRITE;
            } else {
                i++;
            }
        }
        if (first) {
            return Kind.WRITE;
        }
        return volatileCall ? Kind.VOLATILE_READ : Kind.CACHEABLE_READ;
    }

    /**
     * @return the index after a quoted literal or name starting at {@code start} (doubled quotes
     *     stay inside), or -1 for a literal with a backslash: databases disagree on whether it
     *     escapes the quote (Snowflake: yes, H2: no), so where the literal ends is unknown
     */
    private static int afterQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (quote == '\'' && c == '\\') {
                return -1;
            }
            i++;
        }
        return sql.length();
    }

    /** As a regular expression's word character: ASCII letters, digits and the underscore. */
    private static boolean isWordPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
