package st.connection.snowflake.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /session/token-request} with the master token: issues a new session token, or answers
 * 390114 when the session's expiry is final.
 */
final class TokenRenewalHandler implements EndpointHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TokenRenewalHandler.class);

    private final SessionRegistry sessions;
    private final Counters counters;

    TokenRenewalHandler(SessionRegistry sessions, Counters counters) {
        this.sessions = sessions;
        this.counters = counters;
    }

    @Override
    public JsonNode handle(EmulatorRequest request) throws SnowflakeError {
        EmulatedSession session = sessions.renew(request.token());
        counters.tokenRenewed();
        LOG.debug("Renewed the session token of session {}", session.id());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("sessionToken", session.sessionToken());
        data.put("validityInSecondsST", sessions.idleExpiry().sessionTokenValiditySeconds());
        data.put("masterToken", session.masterToken());
        data.put("validityInSecondsMT", sessions.idleExpiry().masterTokenValiditySeconds());
        data.put("sessionId", Long.parseLong(session.id()));
        return Replies.success(data);
    }
}
