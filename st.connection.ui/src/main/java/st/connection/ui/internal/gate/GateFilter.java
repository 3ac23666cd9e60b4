package st.connection.ui.internal.gate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionService;
import st.connection.api.LoginRequiredException;
import st.connection.api.ManagedConnection;
import st.connection.ui.internal.SessionState;
import st.connection.ui.internal.WebResponses;

/**
 * Lets a request through only when its session has a live connection for the gate's login form,
 * which it puts in the request attribute {@link ManagedConnection#REQUEST_ATTRIBUTE}. Any other
 * request is sent to the login page with its own address to return to, and the protected servlet
 * never runs. A {@link LoginRequiredException} thrown by the servlet (its connection died while it
 * ran) sends the person to the login page too, if nothing was sent yet.
 */
final class GateFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(GateFilter.class);

    private final String form;
    private final ConnectionService connections;

    GateFilter(String form, ConnectionService connections) {
        this.form = form;
        this.connections = connections;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<ManagedConnection<?>> mine = SessionState.existing(request)
                .flatMap(session -> connections.user(session.scopeId()).current(form));
        if (mine.isEmpty()) {
            sendToLogin(request, response);
            return;
        }
        request.setAttribute(ManagedConnection.REQUEST_ATTRIBUTE, mine.get());
        try {
            chain.doFilter(request, response);
        } catch (LoginRequiredException e) {
            loginRequiredWhileServing(request, response, e);
        } catch (ServletException e) {
            if (!(e.getRootCause() instanceof LoginRequiredException ended)) {
                throw e;
            }
            loginRequiredWhileServing(request, response, ended);
        }
    }

    private void loginRequiredWhileServing(HttpServletRequest request, HttpServletResponse response,
            LoginRequiredException e) throws IOException {
        if (response.isCommitted()) {
            LOG.info("The connection of form '{}' ended while {} was being answered: {}", form, request.getRequestURI(),
                    e.getMessage());
            return;
        }
        response.reset();
        sendToLogin(request, response);
    }

    private void sendToLogin(HttpServletRequest request, HttpServletResponse response) {
        String login = request.getContextPath() + LoginPageServlet.PATH + "?form=" + encode(form) + "&return="
                + encode(ReturnAddress.of(request));
        WebResponses.seeOther(response, login);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
