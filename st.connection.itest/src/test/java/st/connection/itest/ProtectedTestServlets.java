package st.connection.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import st.connection.api.LoginRequiredException;
import st.connection.api.ManagedConnection;

/**
 * Servlets of an application under test: behind a gate, forwarding and including, ending the
 * session; and a session counter.
 */
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

    /** A public page that forwards to the path given in {@code to}. */
    static final class Forwarding extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
            request.getRequestDispatcher(request.getParameter("to")).forward(request, response);
        }
    }

    /** A public page that includes the path given in {@code to}, and says so when the part needs a login. */
    static final class Including extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
            response.getWriter().write("before|");
            try {
                request.getRequestDispatcher(request.getParameter("to")).include(request, response);
            } catch (LoginRequiredException e) {
                response.getWriter().write("login needed for " + e.formName());
            }
            response.getWriter().write("|after");
        }
    }

    /** A protected servlet whose connection ends, and which wraps that in exceptions of its own. */
    static final class Wrapping extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            ManagedConnection<?> mine = (ManagedConnection<?>) request.getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);
            throw new IllegalStateException("The report failed", new UncheckedIOException(new IOException("reading",
                    new LoginRequiredException(mine.name(), "Your session ended; please log in again."))));
        }
    }
}
