package st.connection.commands.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain text table for the shell: a header, a rule, and columns padded to their widest cell. */
final class TextTable {

    private static final int WIDEST_CELL = 100;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(TextTable::cell).toList());
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(text, rule, widths);
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** @return the value on one line, shortened to {@value #WIDEST_CELL} characters */
    private static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value).replaceAll("[\\r\\n\\t]+", " ");
        return text.length() > WIDEST_CELL ? text.substring(0, WIDEST_CELL - 3) + "..." : text;
    }
}
