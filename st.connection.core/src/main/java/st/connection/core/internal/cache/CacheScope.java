package st.connection.core.internal.cache;

import java.io.Serializable;

/**
 * Whose results these are: one session's on a connection, or everybody's on a shared connection
 * configured with {@code cache.scope=shared}.
 *
 * @param connection the connection's name
 * @param sessionId the session, or {@code null} for the shared scope
 */
public record CacheScope(String connection, String sessionId) implements Serializable {

    static final String SHARED = "shared";
    static final String SESSION = "session";

    public static CacheScope shared(String connection) {
        return new CacheScope(connection, null);
    }

    public static CacheScope session(String connection, String sessionId) {
        return new CacheScope(connection, sessionId);
    }

    /** @return {@code shared} or {@code session}, for statistics */
    String kind() {
        return sessionId == null ? SHARED : SESSION;
    }
}
