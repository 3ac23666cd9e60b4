package st.connection.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigDefaultsTest {

    @interface Sample {
        long validation_interval() default 500;

        String cache_scope() default "session";

        String name();

        String[] fields() default {"user", "password:secret"};

        String odd__name$$() default "x";
    }

    private final ConfigDefaults defaults = ConfigDefaults.of(Sample.class);

    @Test
    void mapsMethodNamesToKeysAsDeclarativeServicesDoes() {
        assertThat(defaults.keys()).containsExactlyInAnyOrder("validation.interval", "cache.scope", "name", "fields",
                "odd_name$");
    }

    @Test
    void readsDefaultsAndTellsRequiredKeys() {
        assertThat(defaults.number("validation.interval")).isEqualTo(500);
        assertThat(defaults.text("cache.scope")).isEqualTo("session");
        assertThat(defaults.text("fields")).isEqualTo("user");
        assertThat(defaults.hasDefault("name")).isFalse();
        assertThatThrownBy(() -> defaults.text("ttl")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The configuration type declares no key 'ttl'");
    }
}
