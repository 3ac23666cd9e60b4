package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsToLoopbackAndPort8080() {
        LaunchOptions options = LaunchOptions.parse(new String[0]);

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.help()).isFalse();
        assertThat(options.consoleUrl()).isEqualTo("http://127.0.0.1:8080/system/console");
        assertThat(options.demoUrl()).isEqualTo("http://127.0.0.1:8080/demo");
        assertThat(options.snowflakeDemoUrl()).isEqualTo("http://127.0.0.1:8080/snowflake-demo");
    }

    @Test
    void takesPortAndHostFromArguments() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--port", "9090", "--host", "::1"});

        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.consoleUrl()).isEqualTo("http://[::1]:9090/system/console");
    }

    @Test
    void probesAWildcardBindAddressOnLoopback() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--host", "0.0.0.0"});

        assertThat(options.consoleUrl()).isEqualTo("http://0.0.0.0:8080/system/console");
        assertThat(options.localConsoleUrl()).isEqualTo("http://127.0.0.1:8080/system/console");
    }

    @Test
    void knowsWhetherItListensOnLoopbackOnly() {
        for (String loopback : new String[] {"127.0.0.1", "::1", "localhost", "127.0.0.2"}) {
            assertThat(LaunchOptions.parse(new String[] {"--host", loopback}).isLoopbackOnly()).as(loopback).isTrue();
        }
        for (String exposed : new String[] {"0.0.0.0", "::", "192.0.2.10", "no-such-host.invalid"}) {
            assertThat(LaunchOptions.parse(new String[] {"--host", exposed}).isLoopbackOnly()).as(exposed).isFalse();
        }
    }

    @Test
    void runsTheSnowflakeEmulatorOnlyWhenAskedTo() {
        assertThat(LaunchOptions.parse(new String[0]).snowflakeEmulator()).isFalse();
        assertThat(LaunchOptions.parse(new String[] {"--snowflake-emulator"}).snowflakeEmulator()).isTrue();
    }

    @Test
    void recognisesHelp() {
        assertThat(LaunchOptions.parse(new String[] {"--help"}).help()).isTrue();
    }

    @Test
    void rejectsWhatItDoesNotKnowWithAMessageThatSaysWhatToDo() {
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(new String[] {"--prot", "1"}))
                .withMessage("Unknown argument '--prot'; see --help");
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(new String[] {"--port"}))
                .withMessage("--port needs a value; see --help");
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(new String[] {"--port", "http"}))
                .withMessage("Port must be a number from 1 to 65535, got 'http'");
    }
}
