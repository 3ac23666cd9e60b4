package st.connection.demo.internal;

import static org.owasp.encoder.Encode.forHtml;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes the rows of {@link RecentOrdersServlet#SQL}, or other rows, as an HTML table, each value as a person reads it. */
final class OrdersTable {

    static final List<String> HEADINGS = List.of("Order", "Customer", "City", "Ordered at", "Status", "Amount");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private OrdersTable() {
    }

    static void write(StringBuilder page, ResultSet rows) throws SQLException {
        List<List<Object>> values = new ArrayList<>();
        while (rows.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= HEADINGS.size(); i++) {
                row.add(rows.getObject(i));
            }
            values.add(row);
        }
        write(page, "orders", "order", HEADINGS, values);
    }

    /** Writes a table of rows of values, each as a person reads it. */
    static void write(StringBuilder page, String id, String rowClass, List<String> headings, List<List<Object>> rows) {
        page.append("<table id='").append(id).append("'>\n<tr>");
        headings.forEach(heading -> page.append("<th>").append(forHtml(heading)).append("</th>"));
        page.append("</tr>\n");
        for (List<Object> row : rows) {
            page.append("<tr class='").append(rowClass).append("'>");
            for (Object value : row) {
                page.append(value instanceof Number ? "<td class='number'>" : "<td>").append(forHtml(shown(value)))
                        .append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }

    /** @return the value as a person reads it: times to the minute, amounts with their cents, nothing for null */
    static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp timestamp) {
            return MINUTES.format(timestamp.toLocalDateTime());
        }
        if (value instanceof LocalDateTime time) {
            return MINUTES.format(time);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }
}
