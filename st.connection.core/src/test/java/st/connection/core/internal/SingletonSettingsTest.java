package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import st.connection.core.internal.config.ConfigurationReader;

class SingletonSettingsTest {

    private static SingletonSettings read(Map<String, Object> properties) {
        return SingletonSettings.read(new ConfigurationReader("pid", properties), properties);
    }

    @Test
    void separatesOwnKeysFromConnectParameters() {
        SingletonSettings settings = read(Map.of("name", "sales", "connector", "jdbc", "ttl", "60",
                "cache.scope", "shared", "validation.interval", "0", "url", "jdbc:h2:mem:x", "password", "pw",
                "service.pid", "st.connection.singleton~sales", "felix.fileinstall.filename", "file:/x.cfg"));
        assertThat(settings.name()).isEqualTo("sales");
        assertThat(settings.ttlSeconds()).isEqualTo(60);
        assertThat(settings.cacheScope()).isEqualTo("shared");
        assertThat(settings.validationIntervalMillis()).isZero();
        assertThat(settings.params()).containsOnlyKeys("url", "password");
    }

    @Test
    void defaultsToNoCacheSessionScopeAndHalfASecondValidation() {
        SingletonSettings settings = read(Map.of("name", "a", "connector", "jdbc"));
        assertThat(settings.ttlSeconds()).isZero();
        assertThat(settings.cacheScope()).isEqualTo("session");
        assertThat(settings.validationIntervalMillis()).isEqualTo(500);
    }

    @Test
    void isNullWhenAnyValueIsMalformed() {
        assertThat(read(Map.of("name", "a", "connector", "jdbc", "ttl", "abc"))).isNull();
        assertThat(read(Map.of("name", "a"))).isNull();
    }

    @Test
    void equalSettingsHaveEqualIdentitiesAndToStringHidesValues() {
        SingletonSettings one = read(Map.of("name", "a", "connector", "jdbc", "password", "hunter2"));
        SingletonSettings two = read(Map.of("name", "a", "connector", "jdbc", "password", "hunter2"));
        SingletonSettings other = read(Map.of("name", "a", "connector", "jdbc", "password", "other"));
        assertThat(one.identity()).isEqualTo(two.identity()).isNotEqualTo(other.identity());
        assertThat(one.toString()).contains("password").doesNotContain("hunter2");
    }
}
