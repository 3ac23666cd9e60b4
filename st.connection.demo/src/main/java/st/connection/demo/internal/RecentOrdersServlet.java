package st.connection.demo.internal;

import static org.owasp.encoder.Encode.forHtml;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import st.connection.api.ManagedConnection;

/**
 * The demo application: the latest orders, read through the person's own connection, at
 * {@code /demo} (H2) and, when the launcher runs a Snowflake emulator, at {@code /snowflake-demo}
 * (the real Snowflake driver). The launcher's {@code st.connection.gate} configurations protect
 * the paths, so this servlet only runs for a person logged in with the gate's form ({@code h2} or
 * {@code snowflake}), and it gets their connection in one call.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/demo", "/demo/*", "/snowflake-demo"})
public final class RecentOrdersServlet extends HttpServlet {

    static final String SQL = "SELECT O.ID, C.NAME AS CUSTOMER, C.CITY, O.ORDERED_AT, O.STATUS, O.AMOUNT "
            + "FROM ORDERS O JOIN CUSTOMERS C ON C.ID = O.CUSTOMER_ID ORDER BY O.ORDERED_AT DESC, O.ID LIMIT 15";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        @SuppressWarnings("unchecked")
        ManagedConnection<Connection> mine = (ManagedConnection<Connection>) request
                .getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);
        if (mine == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The demo page needs an st.connection.gate configuration for /demo.");
            return;
        }
        StringBuilder page = new StringBuilder(4096);
        try (Statement statement = mine.get().createStatement(); ResultSet rows = statement.executeQuery(SQL)) {
            page.append("<p id='reader'>Read as <b>").append(forHtml(mine.get().getMetaData().getUserName()))
                    .append("</b> through your own connection.</p>\n");
            table(page, rows);
        } catch (SQLException e) {
            // A failed call makes the next get() check the connection: if it died, get() throws
            // LoginRequiredException and the gate sends the person to the login page.
            mine.get();
            page.append("<p id='error'>The query failed: ").append(forHtml(String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse(""))).append("</p>\n");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>Recent orders"
                + "</title><style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}</style></head><body>\n"
                + "<h1>Recent orders</h1>\n" + page
                + "<p><a id='account' href='" + request.getContextPath() + "/login?form=" + forHtml(mine.name())
                + "'>Your login</a></p>\n"
                + "</body></html>\n");
    }

    private static void table(StringBuilder page, ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        page.append("<table id='orders'>\n<tr>");
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            page.append("<th>").append(forHtml(meta.getColumnLabel(i))).append("</th>");
        }
        page.append("</tr>\n");
        while (rows.next()) {
            page.append("<tr class='order'>");
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                page.append("<td>").append(forHtml(String.valueOf(rows.getObject(i)))).append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }
}
