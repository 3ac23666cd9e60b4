package st.connection.ui.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ThrottleSettingsTest {

    @Test
    void theDefaultsAreThoseOfTheMetatype() {
        assertThat(ThrottleSettings.read("pid", Map.of()).settings()).isEqualTo(new ThrottleSettings(10, 5, 1, 900, 900));
    }

    @Test
    void readsStringsAndNumbersAndRefusesWhatIsNotAWholeNumberInRange() {
        ThrottleSettings.Read read = ThrottleSettings.read("pid", Map.of("user.failures", " 20 ", "address.failures", 3L,
                "delay.first", 1.5, "delay.max", "-1", "forget.after", "1e3"));
        assertThat(read.settings()).isEqualTo(new ThrottleSettings(20, 3, 1, 900, 900));
        assertThat(read.problems()).extracting(p -> p.key()).containsExactly("delay.first", "delay.max", "forget.after");
    }

    @Test
    void theLongestWaitIsNeverShorterThanTheFirst() {
        ThrottleSettings.Read read = ThrottleSettings.read("pid", Map.of("delay.first", 60, "delay.max", 30));
        assertThat(read.settings().maxDelaySeconds()).isEqualTo(60);
        assertThat(read.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("pid: delay.max is '30'; expected at least delay.first (60)."));
    }

    @Test
    void waitsDoubleWithoutOverflowing() {
        ThrottleSettings settings = new ThrottleSettings(1, 1, 3, 1000, 1);
        assertThat(settings.delayNanosAfter(0)).isEqualTo(3_000_000_000L);
        assertThat(settings.delayNanosAfter(2)).isEqualTo(12_000_000_000L);
        assertThat(settings.delayNanosAfter(40)).isEqualTo(1_000_000_000_000L);
        assertThat(settings.delayNanosAfter(Integer.MAX_VALUE)).isEqualTo(1_000_000_000_000L);
    }
}
