package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import st.connection.core.internal.config.ConfigurationReader;

class SharedConnectionSettingsTest {

    private static SharedConnectionSettings read(Map<String, Object> properties) {
        return SharedConnectionSettings.read(new ConfigurationReader("pid", properties), properties);
    }

    @Test
    void separatesOwnKeysFromConnectParameters() {
        SharedConnectionSettings settings = read(Map.of("name", "sales", "connector", "jdbc", "ttl", "60",
                "cache.scope", "shared", "validation.interval", "0", "url", "jdbc:h2:mem:x", "password", "pw",
                "service.pid", "st.connection.singleton~sales", "felix.fileinstall.filename", "file:/x.cfg"));
        assertThat(settings.name()).isEqualTo("sales");
        assertThat(settings.ttlSeconds()).isEqualTo(60);
        assertThat(settings.cacheScope()).isEqualTo("shared");
        assertThat(settings.validationIntervalMillis()).isZero();
        assertThat(settings.params()).containsOnlyKeys("url", "password");
    }

    @Test
    void whatTheFrameworkAddsIsNoConnectParameterButTheJdbcDriverSelectorsAre() {
        SharedConnectionSettings settings = read(Map.of("name", "sales", "connector", "jdbc", "url", "jdbc:h2:mem:x",
                "osgi.ds.satisfying.condition.target", "(osgi.condition.id=true)", "component.id", 12L,
                "webconsole.configurationFactory.nameHint", "{name}", "osgi.jdbc.driver.class", "org.h2.Driver"));
        assertThat(settings.params()).containsOnlyKeys("url", "osgi.jdbc.driver.class");
    }

    @Test
    void everyKeyThePlatformReadsIsInTheMetatypeWithTheSameDefault() {
        assertThat(SharedConnectionSettings.DEFAULTS.keys()).containsAll(SharedConnectionSettings.OWN_KEYS);
        assertThat(SharedConnectionSettings.DEFAULTS.hasDefault("connector")).as("required, as the reader says").isFalse();
        SharedConnectionSettings settings = read(Map.of("name", "a", "connector", "jdbc"));
        assertThat(settings.validationIntervalMillis()).isEqualTo(SharedConnectionSettings.DEFAULTS.number("validation.interval"));
        assertThat(settings.retryDelayMillis()).isEqualTo(SharedConnectionSettings.DEFAULTS.number("retry.delay"));
    }

    @Test
    void defaultsToNoCacheSessionScopeAndHalfASecondValidation() {
        SharedConnectionSettings settings = read(Map.of("name", "a", "connector", "jdbc"));
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
        SharedConnectionSettings one = read(Map.of("name", "a", "connector", "jdbc", "password", "hunter2"));
        SharedConnectionSettings two = read(Map.of("name", "a", "connector", "jdbc", "password", "hunter2"));
        SharedConnectionSettings other = read(Map.of("name", "a", "connector", "jdbc", "password", "other"));
        assertThat(one.identity()).isEqualTo(two.identity()).isNotEqualTo(other.identity());
        assertThat(one.toString()).contains("password").doesNotContain("hunter2");
    }
}
