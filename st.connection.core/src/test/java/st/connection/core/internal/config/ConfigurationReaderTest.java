package st.connection.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import st.connection.api.ConfigurationProblem;

class ConfigurationReaderTest {

    private static ConfigurationReader reader(Map<String, ?> properties) {
        return new ConfigurationReader("st.connection.singleton~sales", properties);
    }

    @Test
    void readsWholeNumbersFromStringsAndNumbers() {
        ConfigurationReader reader = reader(Map.of("ttl", "30", "validation.interval", 250L));
        assertThat(reader.nonNegative("ttl", 0, "seconds")).isEqualTo(30);
        assertThat(reader.nonNegative("validation.interval", 500, "milliseconds")).isEqualTo(250);
        assertThat(reader.nonNegative("missing", 7, "seconds")).isEqualTo(7);
        assertThat(reader.isValid()).isTrue();
    }

    @Test
    void rejectsNegativeAndNonNumericValuesNamingKeyAndForm() {
        ConfigurationReader reader = reader(Map.of("ttl", "-3", "validation.interval", "abc"));
        reader.nonNegative("ttl", 0, "seconds");
        reader.nonNegative("validation.interval", 500, "milliseconds");
        assertThat(reader.problems()).containsExactly(
                new ConfigurationProblem("st.connection.singleton~sales", "ttl", "-3",
                        "a whole number of seconds, 0 or more"),
                new ConfigurationProblem("st.connection.singleton~sales", "validation.interval", "abc",
                        "a whole number of milliseconds, 0 or more"));
        assertThat(reader.problems().get(0).message())
                .isEqualTo("st.connection.singleton~sales: ttl is '-3'; expected a whole number of seconds, 0 or more.");
    }

    @Test
    void requiresNamesOfSafeCharacters() {
        ConfigurationReader reader = reader(Map.of("name", "sales (EU)", "connector", " jdbc "));
        assertThat(reader.requiredName("name")).isNull();
        assertThat(reader.requiredName("connector")).isEqualTo("jdbc");
        assertThat(reader.requiredName("missing")).isNull();
        assertThat(reader.problems()).extracting(ConfigurationProblem::key).containsExactly("name", "missing");
        assertThat(reader.problems().get(1).message()).contains("missing is missing");
    }

    @Test
    void acceptsOneOfTheAllowedValuesIgnoringCase() {
        ConfigurationReader reader = reader(Map.of("cache.scope", "SHARED", "other", "everyone"));
        assertThat(reader.oneOf("cache.scope", "session", Set.of("session", "shared"))).isEqualTo("shared");
        assertThat(reader.oneOf("other", "session", Set.of("session", "shared"))).isEqualTo("session");
        assertThat(reader.problems()).singleElement()
                .satisfies(p -> assertThat(p.expected()).isEqualTo("one of session, shared"));
    }

    @Test
    void readsListsFromCommaSeparatedStringsArraysAndCollections() {
        ConfigurationReader reader = reader(Map.of("a", "user, password:secret,,", "b", new String[] {"x", " y "},
                "c", List.of("z")));
        assertThat(reader.list("a")).containsExactly("user", "password:secret");
        assertThat(reader.list("b")).containsExactly("x", "y");
        assertThat(reader.list("c")).containsExactly("z");
        assertThat(reader.list("none")).isEmpty();
    }

    @Test
    void neverReportsTheValueOfASecretKey() {
        ConfigurationReader reader = reader(Map.of());
        reader.reject("password", "hunter2", "text");
        assertThat(reader.problems().get(0).value()).isNull();
        assertThat(reader.problems().get(0).message()).doesNotContain("hunter2");
    }

    @Test
    void aHugeValueIsShownByItsStartAndLength() {
        ConfigurationReader reader = reader(Map.of("ttl", "9".repeat(100_000) + "x"));
        reader.nonNegative("ttl", 0, "seconds");
        assertThat(reader.problems().get(0).value()).isEqualTo("9".repeat(100) + "... (100001 characters)");
    }
}
