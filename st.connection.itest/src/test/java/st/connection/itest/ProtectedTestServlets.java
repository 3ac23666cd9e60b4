package st.connection.itest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import st.connection.api.ManagedConnection;

/** Servlets of an application under test: one behind a gate, one that ends the session; and a session counter. */
final class ProtectedTestServlets {

    /** How often the protected servlet ran. */
    static final AtomicInteger SERVED = new AtomicInteger();

    private ProtectedTestServlets() {
    }

    /** A protected servlet: it reads with the person's own connection, got in one call. */
    static final class CurrentUser extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            SERVED.incrementAndGet();
            @SuppressWarnings("unchecked")
            ManagedConnection<Connection> mine = (ManagedConnection<Connection>) request
                    .getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);
            try {
                String body = ITestSupport.queryString(mine.get(), "SELECT CURRENT_USER") + " read "
                        + ITestSupport.queryInt(mine.get(), "SELECT COUNT(*) FROM ITEMS") + " items";
                response.getWriter().write(body);
            } catch (SQLException e) {
                mine.get();
                response.sendError(500, "query failed");
            }
        }
    }

    /** Ends the HTTP session, as a logout of the application or an expiry would. */
    static final class EndSession extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession().invalidate();
            response.getWriter().write("ended");
        }
    }

    /** Counts the HTTP sessions created in the context it is registered in. */
    static final class SessionCounter implements HttpSessionListener {
        static final AtomicInteger CREATED = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            CREATED.incrementAndGet();
        }
    }
}
