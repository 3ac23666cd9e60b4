package st.connection.demo.internal;

import static com.snowflake.snowpark_java.Functions.col;
import static com.snowflake.snowpark_java.Functions.count;
import static com.snowflake.snowpark_java.Functions.sum;
import static org.owasp.encoder.Encode.forHtml;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.snowflake.snowpark_java.DataFrame;
import com.snowflake.snowpark_java.Row;
import com.snowflake.snowpark_java.Session;

import st.connection.api.GatedLogin;
import st.connection.api.ManagedConnection;

/**
 * The demo application through Snowpark, at {@code /snowpark-demo}: the person's latest orders as
 * a DataFrame of their own Snowpark session (the gate's form {@code snowpark}), and the totals per
 * city from the shared Snowpark session {@value #SHARED}. Both have a {@code ttl}, so a reload
 * within it reads from the cache. There only while that shared session is configured (the
 * launcher does with {@code --snowflake-emulator}); without it the path is not served at all.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(SnowparkOrdersServlet.PATH)
public final class SnowparkOrdersServlet extends HttpServlet {

    static final String PATH = "/snowpark-demo";
    static final String SHARED = "snowpark-shared";
    static final String TITLE = "Recent orders through Snowpark";
    private static final List<String> CITY_HEADINGS = List.of("City", "Orders", "Total");
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SnowparkOrdersServlet.class);

    private final transient ManagedConnection<Session> shared;

    @Activate
    public SnowparkOrdersServlet(
            @Reference(target = "(" + ManagedConnection.NAME + "=" + SHARED + ")") ManagedConnection<Session> shared) {
        this.shared = shared;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GatedRequest<Session> gated = GatedRequest.of(request, response);
        if (gated == null) {
            return;
        }
        ManagedConnection<Session> mine = gated.connection();
        GatedLogin login = gated.login();
        StringBuilder main = new StringBuilder(4096);
        try {
            main.append("<p class='source' id='source'>Read from <b>").append(forHtml(login.formTitle()))
                    .append("</b> as a DataFrame of your own Snowpark session.</p>\n");
            OrdersTable.write(main, "orders", "order", OrdersTable.HEADINGS, values(recentOrders(mine.get()).collect()));
            main.append("<h2>Per city</h2>\n<p class='source'>From the shared Snowpark session <code>").append(SHARED)
                    .append("</code>.</p>\n");
            OrdersTable.write(main, "cities", "city", CITY_HEADINGS, values(perCity(shared.get()).collect()));
        } catch (RuntimeException e) {
            // A failed call makes the next get() check the session: if it died, get() throws
            // LoginRequiredException and the gate sends the person to the login page.
            mine.get();
            main.append("<p id='error'>The orders could not be read; the server log says why.</p>\n");
            LOG.warn("Reading the demo orders through Snowpark session '{}' failed", mine.name(), e);
        }
        DemoPage.send(response, TITLE, DemoPage.account(login), main);
    }

    private static DataFrame recentOrders(Session session) {
        DataFrame orders = session.table("ORDERS");
        DataFrame customers = session.table("CUSTOMERS");
        return orders.join(customers, orders.col("CUSTOMER_ID").equal_to(customers.col("ID")))
                .select(orders.col("ID"), customers.col("NAME"), customers.col("CITY"), orders.col("ORDERED_AT"),
                        orders.col("STATUS"), orders.col("AMOUNT"))
                .sort(col("ORDERED_AT").desc(), col("ID")).limit(15);
    }

    private static DataFrame perCity(Session session) {
        DataFrame orders = session.table("ORDERS");
        DataFrame customers = session.table("CUSTOMERS");
        return orders.join(customers, orders.col("CUSTOMER_ID").equal_to(customers.col("ID")))
                .groupBy(customers.col("CITY")).agg(count(orders.col("ID")), sum(orders.col("AMOUNT")))
                .sort(col("CITY"));
    }

    private static List<List<Object>> values(Row[] rows) {
        return Arrays.stream(rows).map(Row::toList).toList();
    }
}
