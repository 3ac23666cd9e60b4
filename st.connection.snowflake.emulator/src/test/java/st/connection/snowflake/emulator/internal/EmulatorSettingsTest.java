package st.connection.snowflake.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.snowflake.emulator.internal.ConfiguredEmulator.EmulatorSettings;

class EmulatorSettingsTest {

    @Test
    void defaultsToAFreePortAnyUserAndUtc() {
        EmulatorSettings settings = EmulatorSettings.read(Map.of());

        assertThat(settings.port()).isZero();
        assertThat(settings.users()).isEmpty();
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.account()).isEqualTo("emulator");
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void readsTheIdleTimeoutInSecondsAndRefusesOneTheDriverCannotHeartbeatFor() {
        assertThat(EmulatorSettings.read(Map.of("idle.timeout.seconds", "600")).idleTimeout())
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(EmulatorSettings.read(Map.of("idle.timeout.seconds", 30L)).idleTimeout())
                .isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("idle.timeout.seconds", "3")))
                .hasMessageStartingWith("idle.timeout.seconds is '3'; expected whole seconds, at least 4");
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("idle.timeout.seconds", "4h")))
                .hasMessageStartingWith("idle.timeout.seconds is '4h'");
    }

    @Test
    void readsUsersCommaSeparatedOrMultiValued() {
        assertThat(EmulatorSettings.read(Map.of("users", "alice:wonderland, bob:build:er")).users())
                .containsExactly(Map.entry("alice", "wonderland"), Map.entry("bob", "build:er"));
        assertThat(EmulatorSettings.read(Map.of("users", new String[] {"alice:a", "bob:b,carol:c"})).users())
                .containsOnlyKeys("alice", "bob", "carol");
        assertThat(EmulatorSettings.read(Map.of("users", List.of("alice:a"))).users()).containsOnlyKeys("alice");
    }

    @Test
    void aUserWithoutPasswordIsRejectedWithoutEchoingAnyPassword() {
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("users", "alice:s3cret-value,bob")))
                .hasMessageContaining("'bob'").hasMessageContaining("alice:wonderland")
                .hasMessageNotContaining("s3cret-value");
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("users", ":orphan-password")))
                .hasMessageNotContaining("orphan-password");
    }

    @Test
    void malformedPortAndZoneNameTheKeyAndTheExpectedForm() {
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("port", "abc")))
                .hasMessage("port is 'abc'; expected a port number from 0 (a free port) to 65535");
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("port", 70000))).hasMessageStartingWith("port is '70000'");
        assertThatThrownBy(() -> EmulatorSettings.read(Map.of("timezone", "Mars/Olympus")))
                .hasMessageStartingWith("timezone is 'Mars/Olympus'");
    }

    @Test
    void toStringShowsNoPassword() {
        assertThat(EmulatorSettings.read(Map.of("users", "alice:wonderland")).toString()).doesNotContain("wonderland");
    }
}
