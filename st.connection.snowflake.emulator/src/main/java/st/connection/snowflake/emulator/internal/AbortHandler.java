package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /queries/v1/abort-request}, sent for {@code Statement.cancel()} and query timeouts:
 * cancels the H2 statement of that request if it still runs.
 */
final class AbortHandler implements EndpointHandler {
    private final SessionRegistry sessions;

    AbortHandler(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws SnowflakeError {
        EmulatedSession session = sessions.authenticate(request.token());
        session.cancel(request.body().path("requestId").asText(null));
        return Replies.emptySuccess();
    }
}
