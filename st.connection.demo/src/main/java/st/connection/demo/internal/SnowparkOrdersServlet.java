package st.connection.demo.internal;

import static com.snowflake.snowpark_java.Functions.col;
import static com.snowflake.snowpark_java.Functions.count;
import static com.snowflake.snowpark_java.Functions.sum;
import static org.owasp.encoder.Encode.forHtml;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.snowflake.snowpark_java.DataFrame;
import com.snowflake.snowpark_java.Row;
import com.snowflake.snowpark_java.Session;

import st.connection.api.ManagedConnection;

/**
 * The demo application through Snowpark, at {@code /snowpark-demo}: the person's latest orders as
 * a DataFrame of their own Snowpark session (the gate's form {@code snowpark}), and the totals per
 * city from the shared Snowpark session {@value #SHARED}. Both have a {@code ttl}, so a reload
 * within it reads from the cache. There only while that shared session is configured (the
 * launcher does with {@code --snowflake-emulator}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/snowpark-demo")
public final class SnowparkOrdersServlet extends HttpServlet {

    static final String SHARED = "snowpark-shared";
    private static final long serialVersionUID = 1L;

    private final transient ManagedConnection<Session> shared;

    @Activate
    public SnowparkOrdersServlet(
            @Reference(target = "(" + ManagedConnection.NAME + "=" + SHARED + ")") ManagedConnection<Session> shared) {
        this.shared = shared;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        @SuppressWarnings("unchecked")
        ManagedConnection<Session> mine = (ManagedConnection<Session>) request
                .getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);
        if (mine == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The Snowpark demo page needs an st.connection.gate configuration for /snowpark-demo.");
            return;
        }
        StringBuilder page = new StringBuilder(4096);
        try {
            Session session = mine.get();
            DataFrame orders = session.table("ORDERS");
            DataFrame customers = session.table("CUSTOMERS");
            DataFrame recent = orders.join(customers, orders.col("CUSTOMER_ID").equal_to(customers.col("ID")))
                    .select(orders.col("ID"), customers.col("NAME").as("CUSTOMER"), customers.col("CITY"),
                            orders.col("ORDERED_AT"), orders.col("STATUS"), orders.col("AMOUNT"))
                    .sort(col("ORDERED_AT").desc(), col("ID")).limit(15);
            page.append("<h2>Recent orders</h2>\n<p id='reader'>Read as <b>")
                    .append(forHtml(session.jdbcConnection().getMetaData().getUserName()))
                    .append("</b> as a DataFrame of your own Snowpark session.</p>\n");
            table(page, "orders", "order", new String[] {"ID", "CUSTOMER", "CITY", "ORDERED_AT", "STATUS", "AMOUNT"},
                    recent.collect());
            Session everybody = shared.get();
            DataFrame allOrders = everybody.table("ORDERS");
            DataFrame allCustomers = everybody.table("CUSTOMERS");
            DataFrame perCity = allOrders.join(allCustomers, allOrders.col("CUSTOMER_ID").equal_to(allCustomers.col("ID")))
                    .groupBy(allCustomers.col("CITY")).agg(count(allOrders.col("ID")).as("ORDERS"),
                            sum(allOrders.col("AMOUNT")).as("TOTAL"))
                    .sort(col("CITY"));
            page.append("<h2>Per city</h2>\n<p>From the shared Snowpark session <code>").append(SHARED)
                    .append("</code>.</p>\n");
            table(page, "cities", "city", new String[] {"CITY", "ORDERS", "TOTAL"}, perCity.collect());
        } catch (RuntimeException | SQLException e) {
            // A failed call makes the next get() check the session: if it died, get() throws
            // LoginRequiredException and the gate sends the person to the login page.
            mine.get();
            page.append("<p id='error'>The query failed: ").append(forHtml(String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse(""))).append("</p>\n");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>Orders through "
                + "Snowpark</title><style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}</style></head><body>\n"
                + "<h1>Orders through Snowpark</h1>\n" + page
                + "<p><a id='account' href='" + request.getContextPath() + "/login?form=" + forHtml(mine.name())
                + "'>Your login</a></p>\n"
                + "</body></html>\n");
    }

    private static void table(StringBuilder page, String id, String rowClass, String[] columns, Row[] rows) {
        page.append("<table id='").append(id).append("'>\n<tr>");
        for (String column : columns) {
            page.append("<th>").append(forHtml(column)).append("</th>");
        }
        page.append("</tr>\n");
        for (Row row : rows) {
            page.append("<tr class='").append(rowClass).append("'>");
            for (int i = 0; i < row.size(); i++) {
                page.append("<td>").append(forHtml(String.valueOf(row.get(i)))).append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</table>\n");
    }
}
