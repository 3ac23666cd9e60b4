package st.connection.launcher.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.util.tracker.ServiceTracker;

import st.connection.api.ConnectionService;
import st.connection.api.ManagedConnection;

/**
 * A test's window into one node: {@code GET ?name=N&sql=S} reads through the shared JDBC connection
 * {@code N} and answers its cells, one row a line, tab-separated; {@code POST} with the same
 * parameters runs a write and answers its update count. 404 while the connection is not there yet.
 */
final class SharedQueryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServiceTracker<ConnectionService, ConnectionService> connections;

    SharedQueryServlet(ServiceTracker<ConnectionService, ConnectionService> connections) {
        this.connections = connections;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Connection> connection = connection(request.getParameter("name"));
        if (connection.isEmpty()) {
            response.sendError(404, "no shared connection " + request.getParameter("name"));
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter page = response.getWriter();
        try (Statement statement = connection.get().createStatement();
                ResultSet rows = statement.executeQuery(request.getParameter("sql"))) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    line.append(column > 1 ? "\t" : "").append(rows.getString(column));
                }
                page.println(line);
            }
        } catch (SQLException e) {
            response.sendError(500, e.toString());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Connection> connection = connection(request.getParameter("name"));
        if (connection.isEmpty()) {
            response.sendError(404, "no shared connection " + request.getParameter("name"));
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        try (Statement statement = connection.get().createStatement()) {
            response.getWriter().println(statement.executeUpdate(request.getParameter("sql")));
        } catch (SQLException e) {
            response.sendError(500, e.toString());
        }
    }

    private Optional<Connection> connection(String name) {
        ConnectionService service = connections.getService();
        if (service == null || name == null) {
            return Optional.empty();
        }
        return service.singletons().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(ManagedConnection::get).filter(Connection.class::isInstance).map(Connection.class::cast);
    }
}
