package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /session/heartbeat}, which {@code Connection.isValid} sends: success for an active
 * session, else the session's error (390112 expired, 390111 gone). Counts every heartbeat received.
 */
final class HeartbeatHandler implements EndpointHandler {
    private final SessionRegistry sessions;
    private final Counters counters;

    HeartbeatHandler(SessionRegistry sessions, Counters counters) {
        this.sessions = sessions;
        this.counters = counters;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws SnowflakeError {
        counters.heartbeatReceived();
        sessions.authenticate(request.token());
        return Replies.emptySuccess();
    }
}
