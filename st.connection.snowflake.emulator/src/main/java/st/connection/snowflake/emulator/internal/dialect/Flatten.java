package st.connection.snowflake.emulator.internal.dialect;

import java.util.Locale;
import java.util.Set;

/**
 * {@code TABLE(FLATTEN(...))} and {@code LATERAL FLATTEN(...)} in a {@code FROM} clause, as a range
 * of element numbers whose columns ({@code SEQ, KEY, PATH, INDEX, VALUE, THIS}) the emulator's
 * {@code SF_FLATTEN_*} functions read (see {@link FlattenCall}).
 *
 * <p>As the first item of {@code FROM}, FLATTEN reads no other table and becomes a subquery with
 * the six columns ({@code SEQ} is 1). After a comma or {@code [CROSS] JOIN} it reads the rows before
 * it, which H2 cannot correlate with a table function or subquery: it becomes
 * {@code LEFT JOIN SYSTEM_RANGE(...) f ON f.X < <elements>} (a left join keeps H2 from scanning the
 * range first), with {@code f.X IS NOT NULL} added to {@code WHERE} unless {@code OUTER => TRUE},
 * and every reference to its columns in that query ({@code f.value}, {@code value}, {@code f.*})
 * replaced by the column's expression; {@code SEQ} is the row id of the one table the input reads.
 * {@code SELECT *} next to a lateral FLATTEN, other placements and {@code RECURSIVE => TRUE} are
 * refused as not emulated.
 */
final class Flatten implements Rewrite {
    private static final String RANGE = "SYSTEM_RANGE(0, 2147483646)";
    private static final String ELEMENT = "X";
    /** Words after FLATTEN(...) that end the FROM item rather than name it. */
    private static final Set<String> NOT_ALIASES = Set.of("WHERE", "GROUP", "ORDER", "LIMIT", "QUALIFY", "HAVING",
            "UNION", "ON", "JOIN", "LEFT", "RIGHT", "INNER", "CROSS", "FULL", "NATURAL", "LATERAL", "EXCEPT", "MINUS",
            "INTERSECT", "FETCH", "OFFSET", "WINDOW", "USING");
    /** Words that end the FROM and WHERE clauses of a query. */
    private static final Set<String> AFTER_WHERE = Set.of("GROUP", "HAVING", "QUALIFY", "ORDER", "LIMIT", "UNION",
            "EXCEPT", "MINUS", "INTERSECT", "FETCH", "OFFSET", "WINDOW", ";");

    @Override
    public String apply(String sql, DialectContext context) {
        int flattened = 0;
        while (true) {
            SqlText text = SqlText.of(sql);
            int at = next(text);
            if (at < 0) {
                return sql;
            }
            sql = rewrite(text, at, ++flattened);
        }
    }

    private static int next(SqlText text) {
        for (int i = 0; i + 1 < text.size(); i++) {
            if (text.is(i, "FLATTEN") && text.is(i + 1, "(") && !text.is(i - 1, ".")) {
                return i;
            }
        }
        return -1;
    }

    private static String rewrite(SqlText text, int flatten, int number) {
        int callEnd = text.closing(flatten + 1);
        int itemStart;
        int itemEnd;
        if (text.is(flatten - 1, "(") && text.is(flatten - 2, "TABLE") && text.closing(flatten - 1) == callEnd + 1) {
            itemStart = flatten - 2;
            itemEnd = callEnd + 1;
        } else if (text.is(flatten - 1, "LATERAL")) {
            itemStart = flatten - 1;
            itemEnd = callEnd;
        } else {
            throw new NotEmulatedException("FLATTEN other than TABLE(FLATTEN(...)) or LATERAL FLATTEN(...) in a FROM clause");
        }
        FlattenCall call = FlattenCall.parse(text, flatten + 1);
        int aliasAt = text.is(itemEnd + 1, "AS") ? itemEnd + 2 : itemEnd + 1;
        boolean aliased = aliasAt < text.size() && text.get(aliasAt).isName() && !SqlText.isClauseWord(text.get(aliasAt))
                && !NOT_ALIASES.contains(text.get(aliasAt).upper());
        if (aliased && text.is(aliasAt + 1, "(")) {
            throw new NotEmulatedException("FLATTEN with column aliases");
        }
        String alias = aliased ? text.get(aliasAt).text() : "\"SF$FLATTEN" + number + "\"";
        int last = aliased ? aliasAt : itemEnd;
        if (text.is(itemStart - 1, "FROM")) {
            return firstItem(text, call, itemStart, last, alias);
        }
        return lateral(text, call, itemStart, last, alias);
    }

    /** The first item of FROM reads nothing before it: a subquery with FLATTEN's columns. */
    private static String firstItem(SqlText text, FlattenCall call, int itemStart, int last, String alias) {
        StringBuilder columns = new StringBuilder();
        for (String column : FlattenCall.COLUMNS) {
            columns.append(columns.length() == 0 ? "" : ", ").append(call.column(column, ELEMENT, "1")).append(" AS \"")
                    .append(column).append('"');
        }
        return text.replace(itemStart, last, "(SELECT " + columns + " FROM " + RANGE + " WHERE " + ELEMENT + " < "
                + call.rowCount() + ") AS " + alias);
    }

    private static String lateral(SqlText text, FlattenCall call, int itemStart, int last, String alias) {
        int joinStart = itemStart - 1;
        if (text.is(joinStart, "JOIN")) {
            if (text.is(joinStart - 1, "CROSS") || text.is(joinStart - 1, "INNER")) {
                joinStart--;
            }
            if (text.is(last + 1, "ON")) {
                throw new NotEmulatedException("a FLATTEN joined with ON");
            }
        } else if (!text.is(joinStart, ",")) {
            throw new NotEmulatedException("FLATTEN after " + (joinStart < 0 ? "nothing" : text.get(joinStart).text()));
        }
        int select = GroupByOrdinals.enclosingSelect(text, itemStart);
        if (select < 0) {
            throw new NotEmulatedException("FLATTEN outside a SELECT");
        }
        String element = alias + "." + ELEMENT;
        Set<String> qualifiers = call.inputQualifiers();
        String seq = qualifiers.size() == 1 ? qualifiers.iterator().next() + "._ROWID_" : null;
        TextEdits edits = new TextEdits(text.sql());
        int queryEnd = queryEnd(text, last + 1);
        replaceReferences(text, edits, select, queryEnd, itemStart, last, alias, call, element, seq);
        edits.replace(text.get(joinStart).start(), text.get(last).end(),
                " LEFT JOIN " + RANGE + " AS " + alias + " ON " + element + " < " + call.rowCount());
        if (!call.outer()) {
            requireElement(text, edits, last + 1, queryEnd, element + " IS NOT NULL");
        }
        return edits.apply();
    }

    /** References to FLATTEN's columns in the query, except inside FLATTEN(...) itself. */
    private static void replaceReferences(SqlText text, TextEdits edits, int select, int queryEnd, int itemStart,
            int itemLast, String alias, FlattenCall call, String element, String seq) {
        SelectList list = SelectList.at(text, select);
        for (int i = select + 1; i <= queryEnd; i++) {
            if (i >= itemStart && i <= itemLast) {
                continue;
            }
            Token here = text.get(i);
            if (text.is(i, "*") && i < list.end() && !text.is(i - 1, ".") && (text.is(i - 1, "SELECT")
                    || text.is(i - 1, ",") || text.is(i - 1, "DISTINCT"))) {
                throw new NotEmulatedException("SELECT * next to a lateral FLATTEN (name the columns)");
            }
            boolean qualified = here.isName() && text.is(i + 1, ".") && sameName(here, alias) && !text.is(i - 1, ".");
            if (qualified && text.is(i + 2, "*")) {
                edits.replace(here.start(), text.get(i + 2).end(), allColumns(call, element, seq));
                i += 2;
            } else if (qualified && isColumn(text, i + 2)) {
                edits.replace(here.start(), text.get(i + 2).end(), call.column(name(text.get(i + 2)), element, seq));
                i += 2;
            } else if (isColumn(text, i) && !text.is(i - 1, ".") && !text.is(i - 1, "AS")) {
                edits.replace(here.start(), here.end(), call.column(name(here), element, seq));
            }
        }
    }

    private static boolean isColumn(SqlText text, int i) {
        return i < text.size() && text.get(i).isName() && FlattenCall.COLUMNS.contains(name(text.get(i)))
                && !text.is(i + 1, "(") && !text.is(i + 1, ".");
    }

    private static String allColumns(FlattenCall call, String element, String seq) {
        StringBuilder columns = new StringBuilder();
        for (String column : FlattenCall.COLUMNS) {
            columns.append(columns.length() == 0 ? "" : ", ").append(call.column(column, element, seq)).append(" AS \"")
                    .append(column).append('"');
        }
        return columns.toString();
    }

    /** Adds a condition to the query's WHERE clause, or a WHERE clause with it. */
    private static void requireElement(SqlText text, TextEdits edits, int from, int queryEnd, String condition) {
        int where = -1;
        int depth = 0;
        for (int i = from; i <= queryEnd; i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                depth--;
            } else if (depth == 0 && text.is(i, "WHERE")) {
                where = i;
            } else if (depth == 0 && AFTER_WHERE.contains(text.get(i).upper())) {
                if (where < 0) {
                    edits.insert(text.get(i).start(), "WHERE " + condition + " ");
                } else {
                    wrapCondition(text, edits, where, i - 1, condition);
                }
                return;
            }
        }
        if (where < 0) {
            edits.insert(text.get(queryEnd).end(), " WHERE " + condition);
        } else {
            wrapCondition(text, edits, where, queryEnd, condition);
        }
    }

    private static void wrapCondition(SqlText text, TextEdits edits, int where, int last, String condition) {
        edits.insert(text.get(where + 1).start(), "(");
        edits.insert(text.get(last).end(), ") AND " + condition);
    }

    /** The last token of the query that {@code from} is in: before its closing parenthesis or the end. */
    private static int queryEnd(SqlText text, int from) {
        int depth = 0;
        for (int i = from; i < text.size(); i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                if (depth == 0) {
                    return i - 1;
                }
                depth--;
            }
        }
        return text.size() - 1;
    }

    private static boolean sameName(Token token, String alias) {
        return name(token).equals(alias.startsWith("\"") ? alias.substring(1, alias.length() - 1)
                : alias.toUpperCase(Locale.ROOT));
    }

    private static String name(Token token) {
        return DatabaseNames.name(token);
    }
}
