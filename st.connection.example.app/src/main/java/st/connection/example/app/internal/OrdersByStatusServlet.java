package st.connection.example.app.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import st.connection.api.GatedLogin;
import st.connection.api.ManagedConnection;
import st.connection.api.servlet.RequireLogin;

/**
 * The application's page: orders by status, read through the person's own connection. The gate that
 * {@link RequireLogin} asks for runs first: without a live connection through the form the person is
 * sent to the login page and this code never runs (the seed's "everything below {@code login(...)}
 * runs only once the person is logged in").
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/example/orders")
@RequireLogin(form = OrdersLoginForm.NAME)
public class OrdersByStatusServlet extends HttpServlet {

    static final String SQL = "SELECT STATUS, COUNT(*) FROM ORDERS GROUP BY STATUS ORDER BY STATUS";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        @SuppressWarnings("unchecked")
        ManagedConnection<Connection> mine = (ManagedConnection<Connection>) request
                .getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);
        GatedLogin login = (GatedLogin) request.getAttribute(GatedLogin.REQUEST_ATTRIBUTE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter page = response.getWriter();
        page.println("Orders by status, read as " + login.user() + " from " + login.formTitle());
        try (Statement statement = mine.get().createStatement(); ResultSet rows = statement.executeQuery(SQL)) {
            while (rows.next()) {
                page.println(rows.getString(1) + ": " + rows.getLong(2));
            }
        } catch (SQLException e) {
            mine.get(); // checks the connection after a failure: a dead one sends the person to log in again
            throw new IOException("The orders could not be read", e);
        }
    }
}
