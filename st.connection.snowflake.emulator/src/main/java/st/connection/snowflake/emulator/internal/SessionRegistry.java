package st.connection.snowflake.emulator.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/**
 * The open sessions by id, session token and master token. A killed or closed session is gone: its
 * tokens answer 390111. A token replaced by renewal answers 390112, so that a request that raced the
 * renewal renews (the driver then sees the new token) rather than failing. A session idle for the
 * {@link IdleExpiry} timeout expires for good when it is next used. Thread safe; a session's state
 * changes under the session's own lock.
 */
public final class SessionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

    private final IdleExpiry idleExpiry;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong nextId = new AtomicLong(1_000_001);
    private final ConcurrentMap<String, EmulatedSession> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, EmulatedSession> bySessionToken = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, EmulatedSession> byMasterToken = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, EmulatedSession> byRenewedToken = new ConcurrentHashMap<>();

    SessionRegistry(IdleExpiry idleExpiry) {
        this.idleExpiry = idleExpiry;
    }

    IdleExpiry idleExpiry() {
        return idleExpiry;
    }

    EmulatedSession open(String user, Databases databases, SessionParameters parameters) {
        String id = Long.toString(nextId.getAndIncrement());
        EmulatedSession session = new EmulatedSession(id, user, newToken("ST"), newToken("MT"), databases, parameters,
                idleExpiry.now());
        byId.put(id, session);
        bySessionToken.put(session.sessionToken(), session);
        byMasterToken.put(session.masterToken(), session);
        return session;
    }

    private String newToken(String prefix) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return prefix + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The session a request's session token belongs to, if it may run requests; the request counts
     * as use of the session.
     *
     * @throws SnowflakeError 390112 if the session expired, 390111 if it does not exist
     */
    EmulatedSession authenticate(String sessionToken) throws SnowflakeError {
        EmulatedSession session = sessionToken == null ? null : bySessionToken.get(sessionToken);
        if (session == null) {
            if (sessionToken != null && byRenewedToken.containsKey(sessionToken)) {
                throw expired();
            }
            throw noLongerExists();
        }
        synchronized (session) {
            expireIfIdle(session);
            if (session.state() != SessionState.ACTIVE) {
                throw expired();
            }
            session.touch(idleExpiry.now());
        }
        return session;
    }

    /** Marks the session used now, e.g. when a long statement of it finishes. */
    void used(EmulatedSession session) {
        session.touch(idleExpiry.now());
    }

    private void expireIfIdle(EmulatedSession session) {
        if (session.state() != SessionState.EXPIRED_FINAL && idleExpiry.hasExpired(session.lastUsedNanos())) {
            session.state(SessionState.EXPIRED_FINAL);
            LOG.debug("Session {} expired after {} s without requests", session.id(),
                    idleExpiry.masterTokenValiditySeconds());
        }
    }

    /** The session for a session token in any state, for closing it. */
    Optional<EmulatedSession> bySessionToken(String sessionToken) {
        return Optional.ofNullable(sessionToken == null ? null : bySessionToken.get(sessionToken));
    }

    /**
     * Issues a new session token for the session that holds {@code masterToken}.
     *
     * @throws SnowflakeError 390114 if the session's expiry is final, 390111 if it does not exist
     */
    EmulatedSession renew(String masterToken) throws SnowflakeError {
        EmulatedSession session = masterToken == null ? null : byMasterToken.get(masterToken);
        if (session == null) {
            throw noLongerExists();
        }
        synchronized (session) {
            expireIfIdle(session);
            if (session.state() == SessionState.EXPIRED_FINAL) {
                throw SnowflakeError.of(SnowflakeErrorCodes.MASTER_TOKEN_EXPIRED, ErrorMessages.MASTER_TOKEN_EXPIRED);
            }
            String oldToken = session.sessionToken();
            String newToken = newToken("ST");
            session.sessionToken(newToken);
            bySessionToken.put(newToken, session);
            bySessionToken.remove(oldToken);
            byRenewedToken.put(oldToken, session);
            session.state(SessionState.ACTIVE);
            session.touch(idleExpiry.now());
        }
        return session;
    }

    Optional<EmulatedSession> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<EmulatedSession> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public int size() {
        return byId.size();
    }

    /** Forgets the session and closes its H2 connection; its tokens then answer 390111. */
    void remove(EmulatedSession session) {
        if (byId.remove(session.id(), session)) {
            bySessionToken.values().removeIf(s -> s == session);
            byMasterToken.values().removeIf(s -> s == session);
            byRenewedToken.values().removeIf(s -> s == session);
            session.close();
        }
    }

    void removeAll() {
        all().forEach(this::remove);
    }

    private static SnowflakeError expired() {
        return SnowflakeError.of(SnowflakeErrorCodes.SESSION_EXPIRED, ErrorMessages.SESSION_EXPIRED);
    }

    private static SnowflakeError noLongerExists() {
        return SnowflakeError.of(SnowflakeErrorCodes.SESSION_NO_LONGER_EXISTS, ErrorMessages.SESSION_NO_LONGER_EXISTS);
    }
}
