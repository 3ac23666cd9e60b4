package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.FormField;
import st.connection.api.LoginFailedException;

class SnowflakeParametersTest {

    @Test
    void buildsTheAccountUrlAndPassesDriverPropertiesThrough() throws Exception {
        SnowflakeParameters parameters = SnowflakeParameters.of(new HashMap<>(Map.of("account", "xy12345",
                "user", "alice", "password", "secret".toCharArray(), "database", "PROJECT_DB", "warehouse", "WH",
                "private_key_file", "/keys/rsa.p8", "schema", "")));
        assertThat(parameters.url()).isEqualTo("jdbc:snowflake://xy12345.snowflakecomputing.com/");
        assertThat(parameters.driverProperties()).containsEntry("db", "PROJECT_DB").containsEntry("password", "secret")
                .containsEntry("private_key_file", "/keys/rsa.p8").doesNotContainKeys("database", "schema");
        assertThat(parameters.toString()).doesNotContain("secret");
    }

    @Test
    void anExplicitUrlOrHostWins() throws Exception {
        assertThat(SnowflakeParameters.of(Map.of("url", "jdbc:snowflake://127.0.0.1:4711/", "account", "a")).url())
                .isEqualTo("jdbc:snowflake://127.0.0.1:4711/");
        SnowflakeParameters byHost = SnowflakeParameters.of(Map.of("host", "127.0.0.1", "port", "4711", "account", "a"));
        assertThat(byHost.url()).isEqualTo("jdbc:snowflake://127.0.0.1:4711/");
        assertThat(byHost.endpoint()).isEqualTo("127.0.0.1:4711");
        assertThat(byHost.driverProperties()).doesNotContainKeys("host", "port");
    }

    @Test
    void anAccountIsRequiredWithoutUrl() {
        assertThatThrownBy(() -> SnowflakeParameters.of(Map.of("user", "alice")))
                .isInstanceOf(LoginFailedException.class).hasMessage("A Snowflake account is required.");
    }

    /** Lengths, control characters, what separates host, port, path and fragment, other scripts, encodings. */
    static final List<String> FUZZ = List.of("x".repeat(256), "x".repeat(5000), "\u0000", "a\u0000b", "a\r\nb", "\t",
            "\u001b[31m", ";", "a;b", "x;INIT=RUNSCRIPT FROM 'http://127.0.0.1:9/x.sql'", ":", "/", "#", "127.0.0.1:9/#",
            "evil.example:443/#", "a/b", "a#b", "user@127.0.0.1:9/", "Åsa", "名前", "\u202eevil", "ｘｙ１２３", "%00",
            "a%00b", "%2F%2F127.0.0.1", "..", ".", "a..b", "-a", "a b", "\"", "'");

    @Test
    void theAccountTakesAccountIdentifiersOnly() throws Exception {
        for (String account : List.of("xy12345", "xy12345.eu-central-1", "xy12345.us-east-2.aws", "myorg-my_account")) {
            assertThat(SnowflakeParameters.of(Map.of("account", account)).url())
                    .isEqualTo("jdbc:snowflake://" + account + ".snowflakecomputing.com/");
        }
        for (String account : FUZZ) {
            assertThatThrownBy(() -> SnowflakeParameters.of(Map.of("account", account, "user", "alice")))
                    .as(account).isInstanceOf(LoginFailedException.class).hasMessage("The Snowflake account must be an "
                            + "account identifier such as xy12345, xy12345.eu-central-1 or myorg-myaccount.");
        }
    }

    /**
     * Every field of the default login form, fuzzed: refused with one sentence that does not repeat the
     * value, or passed to the driver as that one property while the server stays the account's.
     */
    @Test
    void noLoginFormFieldCanSteerTheConnectionElsewhere() {
        List<String> fields = new SnowflakeConnector().defaultFormFields().stream().map(FormField::name).toList();
        for (String field : fields) {
            for (String value : FUZZ) {
                Map<String, Object> params = new HashMap<>(Map.of("account", "xy12345", "user", "alice",
                        "password", "secret".toCharArray()));
                params.put(field, field.equals("password") ? value.toCharArray() : value);
                try {
                    SnowflakeParameters parameters = SnowflakeParameters.of(params);
                    assertThat(parameters.url()).as(field + "=" + value)
                            .isEqualTo("jdbc:snowflake://xy12345.snowflakecomputing.com/");
                    String key = field.equals("database") ? "db" : field;
                    assertThat(parameters.driverProperties().stringPropertyNames()).as(field + "=" + value)
                            .containsOnly("account", "user", "password", key);
                    assertThat(parameters.driverProperties().getProperty(key)).isEqualTo(value);
                } catch (LoginFailedException refused) {
                    assertThat(refused.getMessage()).as(field + "=" + value).matches("[^\\n]+\\.")
                            .doesNotContain(value.length() > 1 ? value : "\u0000");
                }
            }
        }
    }

    @Test
    void aUrlOrHostOfAnotherFormIsAClearError() {
        assertThatThrownBy(() -> SnowflakeParameters.of(Map.of("url", "https://127.0.0.1:4711/", "account", "a")))
                .isInstanceOf(LoginFailedException.class)
                .hasMessage("The Snowflake URL must start with jdbc:snowflake:// and name a host.");
        assertThatThrownBy(() -> SnowflakeParameters.of(Map.of("url", "jdbc:snowflake://")))
                .isInstanceOf(LoginFailedException.class);
        assertThatThrownBy(() -> SnowflakeParameters.of(Map.of("host", "127.0.0.1:9/#", "account", "a")))
                .hasMessage("The Snowflake host must be a host name or an IP address.");
        assertThatThrownBy(() -> SnowflakeParameters.of(Map.of("host", "127.0.0.1", "port", "99999", "account", "a")))
                .hasMessage("The Snowflake port must be a number from 1 to 65535.");
    }
}
