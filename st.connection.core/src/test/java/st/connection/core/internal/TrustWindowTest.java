package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrustWindowTest {

    private final ManualClock clock = new ManualClock();
    private final TrustWindow<String> window = new TrustWindow<>(500, clock);

    @Test
    void trustsAViewFoundAliveUntilTheIntervalEnds() {
        window.trust("view", window.checkStarts());

        assertThat(window.trusted()).isEqualTo("view");
        clock.advance(500);
        assertThat(window.trusted()).isNull();
    }

    @Test
    void aFailureReportedWhileTheCheckRanIsNotForgotten() {
        long checkStarted = window.checkStarts();
        window.revoke();
        window.trust("view", checkStarted);

        assertThat(window.trusted()).isNull();
    }

    @Test
    void anIntervalOfZeroTrustsNothing() {
        TrustWindow<String> never = new TrustWindow<>(0, clock);
        never.trust("view", never.checkStarts());

        assertThat(never.trusted()).isNull();
    }
}
