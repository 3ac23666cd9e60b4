package st.connection.snowflake.emulator.internal.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of the outermost {@code SELECT} list of a query, each as a token range, and where the
 * clauses after it start: what {@code GROUP BY 1} and {@code QUALIFY} need.
 */
final class SelectList {
    private final SqlText text;
    private final List<int[]> items;
    private final int select;
    private final int from;

    private SelectList(SqlText text, int select, int from, List<int[]> items) {
        this.text = text;
        this.select = select;
        this.from = from;
        this.items = items;
    }

    /** The select list starting at {@code select} (the index of SELECT), or null. */
    static SelectList at(SqlText text, int select) {
        int depth = 0;
        int start = select + 1;
        if (text.is(start, "DISTINCT") || text.is(start, "ALL")) {
            start++;
        }
        if (text.is(start, "TOP")) {
            start += 2;
        }
        List<int[]> items = new ArrayList<>();
        int itemStart = start;
        for (int i = start; i < text.size(); i++) {
            if (text.is(i, "(")) {
                depth++;
            } else if (text.is(i, ")")) {
                if (depth == 0) {
                    items.add(new int[] {itemStart, i - 1});
                    return new SelectList(text, select, i, items);
                }
                depth--;
            } else if (depth == 0 && text.is(i, ",")) {
                items.add(new int[] {itemStart, i - 1});
                itemStart = i + 1;
            } else if (depth == 0 && (text.is(i, "FROM") || text.is(i, "WHERE") || text.is(i, "GROUP")
                    || text.is(i, "QUALIFY") || text.is(i, "ORDER") || text.is(i, "LIMIT") || text.is(i, "UNION")
                    || text.is(i, "HAVING"))) {
                items.add(new int[] {itemStart, i - 1});
                return new SelectList(text, select, i, items);
            }
        }
        items.add(new int[] {itemStart, text.size() - 1});
        return new SelectList(text, select, text.size(), items);
    }

    int size() {
        return items.size();
    }

    /** The token after the list: FROM, WHERE, ... or the end. */
    int end() {
        return from;
    }

    int selectIndex() {
        return select;
    }

    /** The expression of item {@code index} (0-based) without its alias. */
    String expression(int index) {
        int[] range = items.get(index);
        int last = range[1];
        if (last > range[0] && text.get(last).isName() && !SqlText.isClauseWord(text.get(last))) {
            int before = last - 1;
            if (text.is(before, "AS")) {
                return text.text(range[0], before - 1);
            }
            Token previous = text.get(before);
            boolean previousEndsOperand = previous.kind() != Token.Kind.SYMBOL || previous.text().equals(")");
            if (previousEndsOperand && !text.is(before, ".")) {
                return text.text(range[0], before);
            }
        }
        return text.text(range[0], last);
    }
}
