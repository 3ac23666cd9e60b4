package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * References to {@code TIMESTAMP_LTZ} and {@code TIMESTAMP_TZ} columns inside calls. H2 reads the
 * fields of a value with a time zone ({@code HOUR}, {@code DATE_TRUNC}, casts to a date or text) in
 * the value's own offset, whereas Snowflake reads a {@code TIMESTAMP_LTZ} in the session's time
 * zone: such a reference becomes {@code (c AT LOCAL)}, the same instant in the session's zone. A
 * {@code TIMESTAMP_TZ} reference becomes a cast to {@link TypeNames#TZ_TYPE}, so that what a call
 * computes from it is still known as a {@code TIMESTAMP_TZ}; {@code DATEADD} of such a timestamp too.
 *
 * <p>Only names that are columns of the one type in every table of the database are changed (see
 * {@link DialectContext}), only inside the parentheses of calls (not table or column lists), and
 * statements that define tables are left alone.
 */
final class ZonedColumnReferences implements Rewrite {
    /** Calls whose first argument is a unit such as {@code day}, never a column. */
    private static final Set<String> UNIT_FIRST = Set.of("DATEADD", "DATEDIFF", "TIMESTAMPADD", "TIMESTAMPDIFF",
            "DATE_TRUNC", "DATE_PART", "EXTRACT", "TIME_SLICE");
    private static final Set<String> DEFINITIONS = Set.of("CREATE", "ALTER", "DROP");
    /** Words before a name whose parentheses hold a table's columns, not a call's arguments. */
    private static final Set<String> BEFORE_TABLE_NAMES = Set.of("INTO", "TABLE", "AS", "JOIN", "FROM", "UPDATE");

    @Override
    public String apply(String sql, DialectContext context) {
        SqlText text = SqlText.of(sql);
        if (text.size() == 0 || DEFINITIONS.contains(text.get(0).upper())) {
            return sql;
        }
        return keepZonedMark(references(sql, text, context));
    }

    private static String references(String sql, SqlText text, DialectContext context) {
        if (context.localTimestampColumns().isEmpty() && context.zonedTimestampColumns().isEmpty()) {
            return sql;
        }
        boolean[] inCall = insideCalls(text);
        StringBuilder rewritten = new StringBuilder(sql);
        for (int i = text.size() - 1; i >= 0; i--) {
            if (!inCall[i] || !isColumnReference(text, i)) {
                continue;
            }
            String name = name(text.get(i));
            boolean local = context.localTimestampColumns().contains(name);
            if (!local && !context.zonedTimestampColumns().contains(name)) {
                continue;
            }
            int start = i;
            while (start >= 2 && text.is(start - 1, ".") && text.get(start - 2).isName()) {
                start -= 2;
            }
            String reference = text.text(start, i);
            rewritten.replace(text.get(start).start(), text.get(i).end(), local ? "(" + reference + " AT LOCAL)"
                    : "CAST(" + reference + " AS " + TypeNames.TZ_TYPE + ")");
            i = start;
        }
        return rewritten.toString();
    }

    private static boolean isColumnReference(SqlText text, int i) {
        Token token = text.get(i);
        if (!token.isName() || SqlText.isClauseWord(token) || text.is(i + 1, "(") || text.is(i + 1, ".")
                || isTimeZoneClause(text, i) || isTimeZoneClause(text, i + 1)) {
            return false;
        }
        boolean unitArgument = i >= 2 && text.is(i - 1, "(") && UNIT_FIRST.contains(text.get(i - 2).upper())
                && (text.is(i + 1, ",") || text.is(i + 1, "FROM"));
        return !unitArgument;
    }

    /**
     * H2 gives {@code DATEADD} nine fraction digits whatever its argument has, which would lose the
     * mark of a {@code TIMESTAMP_TZ}; the call keeps it when its timestamp has it.
     */
    private static String keepZonedMark(String sql) {
        SqlText text = SqlText.of(sql);
        String mark = "AS " + TypeNames.TZ_TYPE;
        for (int i = text.size() - 2; i >= 0; i--) {
            if (!(text.is(i, "DATEADD") || text.is(i, "TIMESTAMPADD")) || !text.is(i + 1, "(")) {
                continue;
            }
            List<int[]> arguments = text.arguments(i + 1);
            if (arguments.size() == 3 && text.text(arguments.get(2)[0], arguments.get(2)[1]).contains(mark)) {
                int close = text.closing(i + 1);
                sql = text.replace(i, close, "CAST(" + text.text(i, close) + " " + mark + ")");
                text = SqlText.of(sql);
            }
        }
        return sql;
    }

    /** {@code AT LOCAL} or {@code AT TIME ZONE} starting at {@code i}: a reference already in the session's zone. */
    private static boolean isTimeZoneClause(SqlText text, int i) {
        return text.is(i, "AT") && (text.is(i + 1, "LOCAL") || text.is(i + 1, "TIME"));
    }

    /** For each token, whether it stands inside the parentheses of a call (at any depth). */
    private static boolean[] insideCalls(SqlText text) {
        boolean[] inside = new boolean[text.size()];
        Deque<Boolean> open = new ArrayDeque<>();
        for (int i = 0; i < text.size(); i++) {
            boolean enclosed = !open.isEmpty() && open.peek();
            if (text.is(i, "(") || text.is(i, "[")) {
                open.push(enclosed || text.is(i, "(") && isCall(text, i));
            } else if ((text.is(i, ")") || text.is(i, "]")) && !open.isEmpty()) {
                open.pop();
            } else {
                inside[i] = enclosed;
            }
        }
        return inside;
    }

    private static boolean isCall(SqlText text, int open) {
        if (open == 0) {
            return false;
        }
        Token name = text.get(open - 1);
        if (!name.isName() || SqlText.isClauseWord(name) || name.is("INSERT")) {
            return false;
        }
        int start = open - 1;
        while (start >= 2 && text.is(start - 1, ".") && text.get(start - 2).isName()) {
            start -= 2;
        }
        if (start > 0 && BEFORE_TABLE_NAMES.contains(text.get(start - 1).upper())) {
            return false;
        }
        int close = text.closing(open);
        boolean commonTableColumns = close > 0 && text.is(close + 1, "AS") && text.is(close + 2, "(");
        return !commonTableColumns;
    }

    private static String name(Token token) {
        return token.kind() == Token.Kind.QUOTED ? token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"")
                : token.text().toUpperCase(Locale.ROOT);
    }
}
