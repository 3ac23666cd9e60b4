package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
