package st.connection.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.ConfigurationProblem;

class UnresolvedReferencesTest {

    private static final String PID = "st.connection.singleton~sales";

    @Test
    void aSecretLeftAsWrittenIsAProblemNamingTheReferenceAndTheFile() {
        List<ConfigurationProblem> problems = UnresolvedReferences.in(PID,
                Map.of("password", "$[secret:sales-db]", "user", "sa"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).key()).isEqualTo("password");
        assertThat(problems.get(0).value()).isEqualTo("$[secret:sales-db]");
        assertThat(problems.get(0).message()).contains("the file 'sales-db' of the secrets directory");
    }

    @Test
    void theProblemShowsOnlyTypeAndNameNeverADefaultOrTheTextAround() {
        List<ConfigurationProblem> problems = UnresolvedReferences.in(PID,
                Map.of("token", "prefix-in-clear$[env:SALES_TOKEN;default=fallback-in-clear]"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("$[env:SALES_TOKEN]");
            assertThat(problem.message()).doesNotContain("in-clear").contains("environment variable");
        });
    }

    @Test
    void resolvedValuesAndOtherDollarsAreNoProblem() {
        assertThat(UnresolvedReferences.in(PID, Map.of("password", "pa$$[word]", "url", "jdbc:h2:mem:x",
                "ttl", 5L, "names", new String[] {"a", "b"}))).isEmpty();
    }

    @Test
    void aReferenceInAMultiValuedPropertyIsFound() {
        assertThat(UnresolvedReferences.in(PID, Map.of("users", new String[] {"alice", "$[prop:missing]"})))
                .singleElement().extracting(ConfigurationProblem::value).isEqualTo("$[prop:missing]");
    }
}
