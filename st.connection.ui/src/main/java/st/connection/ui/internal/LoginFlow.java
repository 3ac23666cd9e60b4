package st.connection.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionException;
import st.connection.api.ConnectionService;
import st.connection.api.ConnectorInfo;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.ui.internal.throttle.LoginThrottle;
import st.connection.ui.internal.throttle.LoginThrottledException;

/**
 * Logging in and out through a login form on behalf of the person behind an HTTP session, for the
 * console panel and the application login page alike. The session id and the session's CSRF token
 * change on every login.
 *
 * <p><b>Threading.</b> Thread safe; holds no state of its own.
 */
public final class LoginFlow {

    public static final String SESSION_ENDED = "Your session ended; please log in again.";

    private static final Logger LOG = LoggerFactory.getLogger(LoginFlow.class);

    private final ConnectionService connections;
    private final LoginThrottle throttle;

    public LoginFlow(ConnectionService connections, LoginThrottle throttle) {
        this.connections = connections;
        this.throttle = throttle;
    }

    /** @return what to show for the form; takes the form's pending notice, which is shown once */
    public FormState state(HttpServletRequest request, LoginForm form) {
        Optional<SessionState> existing = SessionState.existing(request);
        if (existing.isEmpty()) {
            return new FormState.Asking(form, defaults(form), unavailableMessage(form));
        }
        SessionState session = existing.get();
        Optional<ManagedConnection<?>> current = connections.user(session.scopeId()).current(form.name());
        if (current.isPresent()) {
            return new FormState.Connected(form, session.userOf(form.name()).orElse(""),
                    current.get().status().openedAt());
        }
        Optional<FormNotice> notice = session.takeNotice(form.name());
        if (notice.isPresent()) {
            Map<String, String> values = defaults(form);
            values.putAll(notice.get().values());
            return new FormState.Asking(form, values, notice.get().message());
        }
        String ended = session.forgetLogin(form.name()) ? SESSION_ENDED : null;
        String unavailable = unavailableMessage(form);
        return new FormState.Asking(form, defaults(form), unavailable != null ? unavailable : ended);
    }

    /**
     * Logs in with what the request carries for the form's fields, if the throttle lets the attempt
     * through. A failure is kept as a notice for the form, with the non-secret values to show again;
     * the HTTP session starts here, with the first login attempt, if there was none.
     *
     * @return whether the person is connected now
     * @throws BadRequestException if the request cannot be read
     * @throws LoginThrottledException if the user name or the client address must wait: nothing was
     *     tried, and no session was started
     */
    public boolean login(HttpServletRequest request, LoginForm form) {
        FormInput input = FormInput.read(request, form);
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.start(form.name(), input.userName(), request.getRemoteAddr());
        } catch (LoginThrottledException e) {
            input.forget();
            throw e;
        }
        boolean connected = false;
        try {
            connected = connect(request, form, input);
            return connected;
        } finally {
            attempt.end(connected);
        }
    }

    private boolean connect(HttpServletRequest request, LoginForm form, FormInput input) {
        SessionState session = SessionState.of(request);
        try {
            connections.user(session.scopeId()).login(form, input.entered());
        } catch (LoginFailedException | ConnectionException e) {
            session.notice(form.name(), new FormNotice(e.getMessage(), input.shownAgain()));
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Login with form '{}' failed unexpectedly", form.name(), e);
            session.notice(form.name(), new FormNotice("The login failed unexpectedly; the server log says why.",
                    input.shownAgain()));
            return false;
        }
        request.changeSessionId();
        session.rotateCsrfToken();
        session.loggedIn(form.name(), input.user());
        return true;
    }

    /** Closes the person's connection for the form, if any. */
    public void logout(HttpServletRequest request, String formName) {
        SessionState.existing(request).ifPresent(session -> {
            connections.user(session.scopeId()).logout(formName);
            session.forgetLogin(formName);
        });
    }

    private String unavailableMessage(LoginForm form) {
        boolean available = connections.connectors().stream()
                .anyMatch(c -> c.name().equals(form.connector()) && c.state() == ConnectorInfo.State.ACTIVE);
        return available ? null : "The connector '" + form.connector() + "' is not available; ask an administrator "
                + "to install or start it.";
    }

    private static Map<String, String> defaults(LoginForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (!field.secret()) {
                values.put(field.name(), field.defaultValue());
            }
        }
        return values;
    }
}
