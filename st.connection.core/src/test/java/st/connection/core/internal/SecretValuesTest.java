package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretValuesTest {

    @Test
    void recognisesSecretKeys() {
        assertThat(SecretValues.isSecretKey("password")).isTrue();
        assertThat(SecretValues.isSecretKey("private_key_file_pwd")).isTrue();
        assertThat(SecretValues.isSecretKey("private_key_passphrase")).isTrue();
        assertThat(SecretValues.isSecretKey("OAuthToken")).isTrue();
        assertThat(SecretValues.isSecretKey("private_key_base64")).as("the key itself").isTrue();
        assertThat(SecretValues.isSecretKey("user")).isFalse();
    }

    @Test
    void wipesArraysAndEmptiesTheMap() {
        char[] password = "hunter2".toCharArray();
        Map<String, Object> params = new HashMap<>(Map.of("password", password, "user", "alice"));
        SecretValues.forget(params);
        assertThat(password).containsOnly('\0');
        assertThat(params).isEmpty();
        SecretValues.forget(Map.of("password", "immutable"));
    }
}
