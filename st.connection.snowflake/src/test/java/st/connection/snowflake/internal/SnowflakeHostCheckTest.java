package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import st.connection.api.LoginFailedException;

class SnowflakeHostCheckTest {

    private final List<String> resolved = new ArrayList<>();
    private final SnowflakeHostCheck.Resolver nothingResolves = host -> {
        resolved.add(host);
        throw new UnknownHostException(host);
    };

    @Test
    void aHostThatDoesNotResolveFailsAtOnceWithTheAccountSentence() {
        assertThatThrownBy(() -> new SnowflakeHostCheck(nothingResolves, false)
                .requireResolvable("madeup.snowflakecomputing.com", new Properties()))
                .isInstanceOf(LoginFailedException.class)
                .hasMessage("The Snowflake account was not found; check the account name.")
                .hasCauseInstanceOf(UnknownHostException.class);
        assertThat(resolved).containsExactly("madeup.snowflakecomputing.com");
    }

    @Test
    void throughAProxyTheProxyResolvesSoNothingIsCheckedHere() throws LoginFailedException {
        Properties viaProxy = new Properties();
        viaProxy.setProperty("useProxy", "true");
        new SnowflakeHostCheck(nothingResolves, false).requireResolvable("madeup.snowflakecomputing.com", viaProxy);
        new SnowflakeHostCheck(nothingResolves, true).requireResolvable("madeup.snowflakecomputing.com", new Properties());
        assertThat(resolved).isEmpty();
    }

    @Test
    void theJvmsResolverFailsAReservedNameFastAndAcceptsAnAddress() throws LoginFailedException {
        SnowflakeHostCheck check = new SnowflakeHostCheck(SnowflakeHostCheck.DNS, false);
        long started = System.nanoTime();
        assertThatThrownBy(() -> check.requireResolvable("no-such-account.invalid", new Properties()))
                .isInstanceOf(LoginFailedException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
        assertThatCode(() -> check.requireResolvable("127.0.0.1", new Properties())).doesNotThrowAnyException();
    }

    @Test
    void theHostIsTakenFromTheUrlWithoutPortOrBrackets() throws LoginFailedException {
        assertThat(SnowflakeParameters.of(Map.of("account", "xy12345.eu-central-1")).host())
                .isEqualTo("xy12345.eu-central-1.snowflakecomputing.com");
        assertThat(SnowflakeParameters.of(Map.of("url", "jdbc:snowflake://127.0.0.1:8085/", "account", "emulator")).host())
                .isEqualTo("127.0.0.1");
        assertThat(SnowflakeParameters.of(Map.of("host", "[::1]", "port", "8085", "account", "emulator")).host())
                .isEqualTo("::1");
    }
}
