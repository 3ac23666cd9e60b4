package st.connection.demo.internal;

import static org.owasp.encoder.Encode.forHtml;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.GatedLogin;
import st.connection.api.ManagedConnection;

/**
 * The demo application: the latest orders, read through the person's own connection. A
 * {@code st.connection.gate} configuration protects the page's path, so the servlet only runs for
 * a person logged in with the gate's form, and it gets their connection, who they are and how they
 * log out from two request attributes. {@link H2OrdersServlet} and {@link SnowflakeOrdersServlet}
 * are the two pages.
 */
abstract class RecentOrdersServlet extends HttpServlet {

    static final String SQL = "SELECT O.ID, C.NAME AS CUSTOMER, C.CITY, O.ORDERED_AT, O.STATUS, O.AMOUNT "
            + "FROM ORDERS O JOIN CUSTOMERS C ON C.ID = O.CUSTOMER_ID ORDER BY O.ORDERED_AT DESC, O.ID LIMIT 15";
    static final String TITLE = "Recent orders";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RecentOrdersServlet.class);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GatedRequest<Connection> gated = GatedRequest.of(request, response);
        if (gated == null) {
            return;
        }
        ManagedConnection<Connection> mine = gated.connection();
        GatedLogin login = gated.login();
        StringBuilder main = new StringBuilder(4096);
        try (Statement statement = mine.get().createStatement(); ResultSet rows = statement.executeQuery(SQL)) {
            main.append("<p class='source' id='source'>Read from <b>").append(forHtml(login.formTitle())).append("</b> (")
                    .append(forHtml(mine.get().getMetaData().getDatabaseProductName()))
                    .append(") through your own connection.</p>\n");
            OrdersTable.write(main, rows);
        } catch (SQLException e) {
            // A failed call makes the next get() check the connection: if it died, get() throws
            // LoginRequiredException and the gate sends the person to the login page.
            mine.get();
            main.append("<p id='error'>The orders could not be read; the server log says why.</p>\n");
            LOG.warn("Reading the demo orders through '{}' failed", mine.name(), e);
        }
        DemoPage.send(response, TITLE, DemoPage.account(login), main);
    }
}
