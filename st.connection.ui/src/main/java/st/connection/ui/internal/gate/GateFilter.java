package st.connection.ui.internal.gate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
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
import st.connection.api.GatedLogin;
import st.connection.api.LoginForm;
import st.connection.api.LoginRequiredException;
import st.connection.api.ManagedConnection;
import st.connection.ui.internal.SessionState;
import st.connection.ui.internal.WebResponses;

/**
 * Lets a request through only when its session has a live connection for the gate's login form,
 * which it puts in the request attribute {@link ManagedConnection#REQUEST_ATTRIBUTE}, with the
 * {@link GatedLogin} that tells the page who is logged in and how to log out. Any other
 * request is sent to the login page with its own address to return to, and the protected servlet
 * never runs, however it was reached: directly, by a forward, or by an include (which cannot
 * redirect, so the includer gets a {@link LoginRequiredException}). A {@link LoginRequiredException}
 * thrown while serving (a connection died), also wrapped in other exceptions, sends the person to
 * the login page too, if nothing was sent yet.
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
        Optional<SessionState> session = SessionState.existing(request);
        Optional<ManagedConnection<?>> mine = session.flatMap(state -> connections.user(state.scopeId()).current(form));
        if (mine.isEmpty()) {
            if (request.getDispatcherType() == DispatcherType.INCLUDE) {
                throw new LoginRequiredException(form, "This part of the page needs a login; it was left out.");
            }
            if (!response.isCommitted()) {
                response.reset();
                sendToLogin(request, response, form);
            }
            return;
        }
        request.setAttribute(ManagedConnection.REQUEST_ATTRIBUTE, mine.get());
        request.setAttribute(GatedLogin.REQUEST_ATTRIBUTE, gatedLogin(request, session.get()));
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            LoginRequiredException ended = loginRequiredIn(e);
            if (ended == null || request.getDispatcherType() == DispatcherType.INCLUDE) {
                throw e;
            }
            loginRequiredWhileServing(request, response, ended);
        }
    }

    /** Logging out from the application's page leads to the login page, which offers the way back. */
    private GatedLogin gatedLogin(HttpServletRequest request, SessionState session) {
        String title = connections.loginForm(form).map(LoginForm::title).orElse(form);
        return new GatedLogin(session.userOf(form).orElse(""), title, request.getContextPath() + LoginPageServlet.PATH,
                Map.of("csrf", session.csrfToken(), "action", "logout", "form", form, "return", ReturnAddress.of(request)));
    }

    /** @return the {@link LoginRequiredException} anywhere in the failure's causes, or {@code null} */
    static LoginRequiredException loginRequiredIn(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++) {
            if (cause instanceof LoginRequiredException loginRequired) {
                return loginRequired;
            }
            Throwable next = cause instanceof ServletException servlet && servlet.getRootCause() != null
                    ? servlet.getRootCause() : cause.getCause();
            cause = next == cause ? null : next;
        }
        return null;
    }

    private void loginRequiredWhileServing(HttpServletRequest request, HttpServletResponse response,
            LoginRequiredException e) {
        if (response.isCommitted()) {
            LOG.info("The connection of form '{}' ended while {} was being answered: {}", e.formName(),
                    request.getRequestURI(), e.getMessage());
            return;
        }
        response.reset();
        sendToLogin(request, response, e.formName());
    }

    private static void sendToLogin(HttpServletRequest request, HttpServletResponse response, String form) {
        String login = request.getContextPath() + LoginPageServlet.PATH + "?form=" + encode(form) + "&return="
                + encode(ReturnAddress.of(request));
        WebResponses.seeOther(response, login);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
