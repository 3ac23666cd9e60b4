package st.connection.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionStateTest {

    @Test
    void tokensAndScopeKeysAreRandomAndOnlyTheSessionsOwnTokenIsAccepted() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            SessionState state = new SessionState();
            assertThat(seen.add(state.csrfToken())).isTrue();
            assertThat(seen.add(state.scopeId())).isTrue();
            assertThat(state.csrfToken()).hasSize(32).matches("[A-Za-z0-9_-]+");
        }
        SessionState state = new SessionState();
        assertThat(state.acceptsToken(state.csrfToken())).isTrue();
        assertThat(state.acceptsToken(null)).isFalse();
        assertThat(state.acceptsToken("")).isFalse();
        assertThat(state.acceptsToken(new SessionState().csrfToken())).isFalse();
    }

    @Test
    void aRotatedTokenReplacesTheOldOne() {
        SessionState state = new SessionState();
        String before = state.csrfToken();
        state.rotateCsrfToken();
        assertThat(state.csrfToken()).isNotEqualTo(before);
        assertThat(state.acceptsToken(before)).isFalse();
        assertThat(state.acceptsToken(state.csrfToken())).isTrue();
    }

    @Test
    void noticesAreShownOnceAndAForgottenLoginIsForgottenOnce() {
        SessionState state = new SessionState();
        state.notice("h2", new FormNotice("Wrong.", Map.of("user", "alice")));
        assertThat(state.takeNotice("h2")).map(FormNotice::message).contains("Wrong.");
        assertThat(state.takeNotice("h2")).isEmpty();
        state.loggedIn("h2", "alice");
        assertThat(state.userOf("h2")).contains("alice");
        assertThat(state.forgetLogin("h2")).isTrue();
        assertThat(state.forgetLogin("h2")).isFalse();
        state.pageNotice("Done.");
        assertThat(state.takePageNotice()).contains("Done.");
        assertThat(state.takePageNotice()).isEmpty();
    }
}
