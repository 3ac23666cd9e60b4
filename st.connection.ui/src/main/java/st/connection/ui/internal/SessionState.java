package st.connection.ui.internal;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import st.connection.api.servlet.HttpSessionScopes;

/**
 * What the UI keeps in one HTTP session, and nothing secret: the key of the person's
 * {@link st.connection.api.UserConnections} scope, the CSRF token of its forms (a new one at each
 * login), the forms the person logged in with (so that a connection found dead can be told from one
 * never opened), and notices to show once on the next page.
 *
 * <p>The scope key is random and kept in the session rather than derived from the session id,
 * because the session id changes on every login; it is the session's {@link HttpSessionScopes}
 * key, so an application's servlet sees the connections its person opened on the login page.
 *
 * <p><b>Threading.</b> Thread safe: requests of one session may run concurrently.
 */
public final class SessionState implements Serializable {

    static final String ATTRIBUTE = SessionState.class.getName();
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String scopeId;
    private volatile String csrfToken = randomToken();
    private final Map<String, String> usersByForm = new ConcurrentHashMap<>();
    private final Map<String, FormNotice> formNotices = new ConcurrentHashMap<>();
    private final AtomicReference<String> pageNotice = new AtomicReference<>();

    SessionState() {
        this(randomToken());
    }

    /** @param scopeId the key of the person's scope: the session's {@link HttpSessionScopes} key, shared with applications */
    private SessionState(String scopeId) {
        this.scopeId = scopeId;
    }

    /** @return the state of the request's session, creating the session and the state if needed */
    public static SessionState of(HttpServletRequest request) {
        return of(request.getSession(true));
    }

    /** @return the state kept in a session, created in it if it has none yet */
    public static SessionState of(HttpSession session) {
        synchronized (SessionState.class) {
            Object state = session.getAttribute(ATTRIBUTE);
            if (state instanceof SessionState existing) {
                return existing;
            }
            // the constant only (compiled in): this bundle does not need the API's servlet package at run time
            Object key = session.getAttribute(HttpSessionScopes.ATTRIBUTE);
            String scopeId = key instanceof String shared ? shared : randomToken();
            session.setAttribute(HttpSessionScopes.ATTRIBUTE, scopeId);
            SessionState created = new SessionState(scopeId);
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** @return the state of the request's session, if it has a session with state */
    public static Optional<SessionState> existing(HttpServletRequest request) {
        Optional<SessionState> state = in(request.getSession(false));
        // Felix HTTP (jetty12 1.1.8) wraps the session of a forwarded or included request once more and
        // then finds no session at all: ask the requests this dispatch wraps, of the same context only.
        ServletRequest dispatched = request;
        while (state.isEmpty() && dispatched.getDispatcherType() != DispatcherType.REQUEST
                && dispatched instanceof ServletRequestWrapper wrapper) {
            dispatched = wrapper.getRequest();
            if (dispatched instanceof HttpServletRequest outer && Objects.equals(contextName(outer), contextName(request))) {
                state = in(outer.getSession(false));
            }
        }
        return state;
    }

    private static String contextName(HttpServletRequest request) {
        return request.getServletContext() == null ? null : request.getServletContext().getServletContextName();
    }

    /** @return the state kept in a session, if any */
    public static Optional<SessionState> in(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof SessionState state ? Optional.of(state) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** @return the key of this session's connection scope */
    public String scopeId() {
        return scopeId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** @return whether a submitted token is this session's, compared in constant time */
    public boolean acceptsToken(String submitted) {
        return submitted != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    /** A new token, together with the new session id at login: a token seen before the login is worth nothing after it. */
    void rotateCsrfToken() {
        csrfToken = randomToken();
    }

    void loggedIn(String form, String user) {
        usersByForm.put(form, user);
        formNotices.remove(form);
    }

    /** @return the user name the person logged in with, if this session logged in with the form */
    public Optional<String> userOf(String form) {
        return Optional.ofNullable(usersByForm.get(form));
    }

    /** @return whether the session had logged in with the form (and forgets it) */
    boolean forgetLogin(String form) {
        return usersByForm.remove(form) != null;
    }

    void notice(String form, FormNotice notice) {
        formNotices.put(form, notice);
    }

    /** @return the notice for a form, removed: it is shown once */
    Optional<FormNotice> takeNotice(String form) {
        return Optional.ofNullable(formNotices.remove(form));
    }

    public void pageNotice(String message) {
        pageNotice.set(message);
    }

    /** @return the page notice, removed: it is shown once */
    public Optional<String> takePageNotice() {
        return Optional.ofNullable(pageNotice.getAndSet(null));
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "SessionState[forms=" + usersByForm.keySet() + "]";
    }
}
