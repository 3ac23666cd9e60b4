package st.connection.api.servlet;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import st.connection.api.ConnectionService;
import st.connection.api.UserConnections;

/**
 * Binds a person's {@link UserConnections} scope to their HTTP session, so that an application
 * does not key scopes by {@code session.getId()}, which changes at every login (session fixation
 * protection). The scope's key is random, kept in the session under {@value #ATTRIBUTE}, and the
 * same one the platform's login page, console panel and gates use: an application servlet and
 * the gate in front of it see the same personal connections. When the session ends (logout,
 * invalidation, expiry) the scope is ended and its connections are closed.
 * <pre>{@code UserConnections mine = HttpSessionScopes.of(connections, request.getSession());
 * mine.current("sales").ifPresentOrElse(this::render, this::showLoginForm);}</pre>
 *
 * <p><b>Threading.</b> Thread safe; concurrent requests of one session get the same scope.
 *
 * @since 1.0
 */
public final class HttpSessionScopes {

    /** The session attribute holding the scope's key. */
    public static final String ATTRIBUTE = "st.connection.scope";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HttpSessionScopes() {
    }

    /**
     * @return the person's scope of this session, made on first use; it ends when the session ends
     * @throws IllegalStateException if the session was invalidated
     */
    public static UserConnections of(ConnectionService connections, HttpSession session) {
        ScopeKey key = keyIn(session);
        UserConnections scope = connections.user(key.key);
        key.endsWithTheSession(scope);
        return scope;
    }

    /** @return the key of this session's scope, made on first use: what {@link ConnectionService#user} takes */
    public static String keyOf(HttpSession session) {
        return keyIn(session).key;
    }

    /** @return the key of this session's scope, if it has one; empty also for an invalidated session */
    public static Optional<String> existingKeyOf(HttpSession session) {
        try {
            return session.getAttribute(ATTRIBUTE) instanceof ScopeKey key ? Optional.of(key.key) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static ScopeKey keyIn(HttpSession session) {
        // one lock for all sessions: a session's wrappers differ between requests, and this is brief
        synchronized (HttpSessionScopes.class) {
            if (session.getAttribute(ATTRIBUTE) instanceof ScopeKey existing) {
                return existing;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            ScopeKey created = new ScopeKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** The key in the session; ends its scope when the session lets go of it. */
    private static final class ScopeKey implements HttpSessionBindingListener, Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private transient volatile UserConnections scope;

        ScopeKey(String key) {
            this.key = key;
        }

        void endsWithTheSession(UserConnections scope) {
            this.scope = scope;
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            UserConnections bound = scope;
            if (bound != null) {
                bound.end();
            }
        }

        @Override
        public String toString() {
            return "st.connection scope";
        }
    }
}
