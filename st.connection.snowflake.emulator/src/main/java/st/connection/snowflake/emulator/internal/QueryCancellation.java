package st.connection.snowflake.emulator.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SYSTEM$CANCEL_ALL_QUERIES(session_id)} (Snowpark's close sends it): cancels the statements
 * the session is running and answers with Snowflake's text, as a literal in place of the call.
 */
final class QueryCancellation {
    private static final Pattern CALL = Pattern.compile("(?i)SYSTEM\\$CANCEL_ALL_QUERIES\\s*\\(\\s*([^)]*)\\)");

    private QueryCancellation() {
    }

    static String apply(EmulatedSession session, String sql) {
        Matcher call = CALL.matcher(sql);
        if (!call.find()) {
            return sql;
        }
        int cancelled = session.cancelAll();
        return sql.substring(0, call.start()) + "CAST('Cancelled " + cancelled + " queries' AS VARCHAR)"
                + sql.substring(call.end());
    }
}
