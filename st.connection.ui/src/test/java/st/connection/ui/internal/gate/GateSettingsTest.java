package st.connection.ui.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.ConfigurationProblem;

class GateSettingsTest {

    private static final String PID = "st.connection.gate~demo";

    @Test
    void patternsMayBeOneCommaSeparatedStringOrMultiValued() {
        assertThat(GateSettings.read(PID, Map.of("patterns", " /demo , /demo/* ", "form", "h2")).settings())
                .isEqualTo(new GateSettings(List.of("/demo", "/demo/*"), "h2", "default"));
        assertThat(GateSettings.read(PID, Map.of("patterns", new String[] {"*.report", "/r"}, "form", "h2")).settings())
                .isEqualTo(new GateSettings(List.of("*.report", "/r"), "h2", "default"));
    }

    @Test
    void theApplicationStartsAtTheFirstExactPathElseAtThePathOfAPrefixPattern() {
        assertThat(new GateSettings(List.of("/demo/*", "/demo"), "h2", "default").startPath()).contains("/demo");
        assertThat(new GateSettings(List.of("/reports/*"), "h2", "default").startPath()).contains("/reports");
        assertThat(new GateSettings(List.of("*.report"), "h2", "default").startPath()).isEmpty();
    }

    @Test
    void missingValuesNameTheKeyAndTheExpectedForm() {
        assertThat(GateSettings.read(PID, Map.of()).problems()).containsExactly(
                new ConfigurationProblem(PID, "form", null, GateSettings.NAME_FORM),
                new ConfigurationProblem(PID, "patterns", null, GateSettings.PATTERN_FORM));
    }

    @Test
    void malformedPatternsAndFormNamesAreRejectedOneByOne() {
        GateSettings.Read read = GateSettings.read(PID, Map.of("patterns", "demo,/a*b,/ok/*,/x/*/y", "form", "no such"));
        assertThat(read.settings()).isNull();
        assertThat(read.problems()).extracting(ConfigurationProblem::key, ConfigurationProblem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("form", "no such"),
                org.assertj.core.groups.Tuple.tuple("patterns", "demo"),
                org.assertj.core.groups.Tuple.tuple("patterns", "/a*b"),
                org.assertj.core.groups.Tuple.tuple("patterns", "/x/*/y"));
    }

    @Test
    void aGateMayNotCoverTheLoginPage() {
        for (String pattern : List.of("/*", "/", "/login", "/login/*")) {
            List<ConfigurationProblem> problems = GateSettings.read(PID, Map.of("patterns", pattern, "form", "h2")).problems();
            assertThat(problems).as(pattern).singleElement().satisfies(problem -> assertThat(problem.message())
                    .isEqualTo(PID + ": patterns is '" + pattern + "'; expected patterns that leave the login page "
                            + "/login unprotected."));
        }
        assertThat(GateSettings.read(PID, Map.of("patterns", "/loginhelp", "form", "h2")).problems()).isEmpty();
    }

    @Test
    void aServletContextOtherThanTheConsolesMayBeChosen() {
        assertThat(GateSettings.read(PID, Map.of("patterns", "/r/*", "form", "h2", "context", "reports-app")).settings())
                .isEqualTo(new GateSettings(List.of("/r/*"), "h2", "reports-app"));
        for (String context : List.of("org.apache.felix.webconsole", "(name=*)", "a b")) {
            assertThat(GateSettings.read(PID, Map.of("patterns", "/r/*", "form", "h2", "context", context)).problems())
                    .as(context).singleElement().extracting(ConfigurationProblem::key).isEqualTo("context");
        }
    }
}
