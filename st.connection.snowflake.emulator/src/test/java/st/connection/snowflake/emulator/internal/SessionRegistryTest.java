package st.connection.snowflake.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import st.connection.snowflake.emulator.SnowflakeErrorCodes;

/** Idle expiry of sessions, with a hand-driven clock. */
class SessionRegistryTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final SessionRegistry sessions = new SessionRegistry(new IdleExpiry(TIMEOUT, nanos::get));
    private final EmulatedSession session = sessions.open("alice", null, new SessionParameters(Map.of(), Map.of()));

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    @Test
    void aSessionIdleForTheTimeoutExpiresAndCannotBeRenewed() {
        pass(TIMEOUT);

        assertThatThrownBy(() -> sessions.authenticate(session.sessionToken())).isInstanceOfSatisfying(
                SnowflakeError.class, e -> assertThat(e.code()).isEqualTo(SnowflakeErrorCodes.SESSION_EXPIRED));
        assertThatThrownBy(() -> sessions.renew(session.masterToken())).isInstanceOfSatisfying(
                SnowflakeError.class, e -> assertThat(e.code()).isEqualTo(SnowflakeErrorCodes.MASTER_TOKEN_EXPIRED));
    }

    @Test
    void aRenewalOfAnIdleSessionIsRefusedToo() {
        pass(TIMEOUT.plusSeconds(1));

        assertThatThrownBy(() -> sessions.renew(session.masterToken())).isInstanceOfSatisfying(
                SnowflakeError.class, e -> assertThat(e.code()).isEqualTo(SnowflakeErrorCodes.MASTER_TOKEN_EXPIRED));
    }

    @Test
    void requestsWithinTheTimeoutKeepTheSessionAlive() throws SnowflakeError {
        for (int i = 0; i < 5; i++) {
            pass(TIMEOUT.minusSeconds(1));
            assertThat(sessions.authenticate(session.sessionToken())).isSameAs(session);
        }
        assertThat(session.state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void theEndOfALongStatementCountsAsUse() throws SnowflakeError {
        pass(TIMEOUT.minusSeconds(1));
        sessions.used(session);
        pass(TIMEOUT.minusSeconds(1));

        assertThat(sessions.authenticate(session.sessionToken())).isSameAs(session);
    }

    @Test
    void aRenewableExpiryRenewsWithinTheTimeout() throws SnowflakeError {
        session.state(SessionState.EXPIRED_RENEWABLE);
        pass(TIMEOUT.minusSeconds(1));

        EmulatedSession renewed = sessions.renew(session.masterToken());

        assertThat(renewed.state()).isEqualTo(SessionState.ACTIVE);
        pass(TIMEOUT.minusSeconds(1));
        assertThat(sessions.authenticate(renewed.sessionToken())).isSameAs(session);
    }

    @Test
    void theLoginAnswerTellsTheTimeoutAsTheMasterTokensValidity() {
        IdleExpiry fourHours = new IdleExpiry(Duration.ofHours(4), nanos::get);
        IdleExpiry eightSeconds = new IdleExpiry(Duration.ofSeconds(8), nanos::get);

        assertThat(fourHours.masterTokenValiditySeconds()).isEqualTo(14_400);
        assertThat(fourHours.sessionTokenValiditySeconds()).isEqualTo(3_600);
        assertThat(eightSeconds.masterTokenValiditySeconds()).isEqualTo(8);
        assertThat(eightSeconds.sessionTokenValiditySeconds()).isEqualTo(8);
    }
}
