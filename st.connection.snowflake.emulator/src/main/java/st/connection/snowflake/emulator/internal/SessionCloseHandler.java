package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /session?delete=true}: closes the session and its H2 connection, rolling back what is
 * uncommitted. Succeeds for unknown tokens too: the driver ignores the answer.
 */
final class SessionCloseHandler implements EndpointHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCloseHandler.class);

    private final SessionRegistry sessions;

    SessionCloseHandler(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) {
        sessions.bySessionToken(request.token()).ifPresent(session -> {
            sessions.remove(session);
            LOG.debug("Session {} closed by the client", session.id());
        });
        return Replies.emptySuccess();
    }
}
