package st.connection.api.servlet;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import st.connection.api.ConnectionService;
import st.connection.api.UserConnections;

/**
 * Binds a person's {@link UserConnections} scope to their HTTP session, so that an application
 * does not key scopes by {@code session.getId()}, which changes at every login (session fixation
 * protection). The scope's key is random and kept in the session under {@value #ATTRIBUTE}; it is
 * the key the platform's login page, console panel and gates use, so an application servlet and
 * the gate in front of it see the same personal connections. When the session ends (logout,
 * invalidation, expiry) the platform's web bundle ({@code st.connection.ui}) ends the scope and
 * closes its connections; without it, the scope expires after the idle timeout of
 * {@code st.connection.personal}.
 * <pre>{@code UserConnections mine = HttpSessionScopes.of(connections, request.getSession());
 * mine.current("sales").ifPresentOrElse(this::render, this::showLoginForm);}</pre>
 *
 * <p>The API bundle imports the Servlet API optionally: it must resolve where the Servlet API is
 * installed (the launcher installs everything at once) for this class to load.
 *
 * <p><b>Threading.</b> Thread safe; concurrent requests of one session get the same scope.
 *
 * @since 1.0
 */
public final class HttpSessionScopes {

    /** The session attribute holding the scope's key, a {@code String}. */
    public static final String ATTRIBUTE = "st.connection.scope";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HttpSessionScopes() {
    }

    /**
     * @return the person's scope of this session, made on first use
     * @throws IllegalStateException if the session was invalidated
     */
    public static UserConnections of(ConnectionService connections, HttpSession session) {
        return connections.user(keyOf(session));
    }

    /** @return the key of this session's scope, made on first use: what {@link ConnectionService#user} takes */
    public static String keyOf(HttpSession session) {
        // one lock for all sessions: a session's wrappers differ between requests, and this is brief
        synchronized (HttpSessionScopes.class) {
            if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** @return the key of this session's scope, if it has one; empty also for an invalidated session */
    public static Optional<String> existingKeyOf(HttpSession session) {
        try {
            return session.getAttribute(ATTRIBUTE) instanceof String key ? Optional.of(key) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
