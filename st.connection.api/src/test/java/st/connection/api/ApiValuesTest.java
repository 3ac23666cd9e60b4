package st.connection.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiValuesTest {

    @Test
    void secretFieldsAreNeverPrefilledAndLabelsComeFromNames() {
        FormField secret = new FormField("private_key.passphrase", "leaked", true, null);
        assertThat(secret.defaultValue()).isEmpty();
        assertThat(secret.label()).isEqualTo("Private key passphrase");
        assertThat(FormField.text("user", null).defaultValue()).isEmpty();
        assertThatThrownBy(() -> FormField.text(" ", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loginFormsAreImmutableAndRejectNegativeTtl() {
        List<FormField> fields = new ArrayList<>(List.of(FormField.text("user", "")));
        Map<String, String> options = new HashMap<>(Map.of("account", "XXX"));
        LoginForm form = new LoginForm("sf", "snowflake", null, fields, options, 0);
        fields.clear();
        options.clear();
        assertThat(form.fields()).hasSize(1);
        assertThat(form.options()).containsEntry("account", "XXX");
        assertThat(form.title()).isEqualTo("sf");
        assertThatThrownBy(() -> new LoginForm("sf", "snowflake", "t", List.of(), Map.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemsSayPidKeyValueAndExpectedForm() {
        assertThat(new ConfigurationProblem("st.connection.singleton~a", "ttl", "abc", "a whole number").message())
                .isEqualTo("st.connection.singleton~a: ttl is 'abc'; expected a whole number.");
        assertThat(new ConfigurationProblem("p", "connector", null, "a connector name").message())
                .isEqualTo("p: connector is missing; expected a connector name.");
    }

    @Test
    void unavailableConnectorsSayWhatToDo() {
        assertThat(new ConnectorUnavailableException("snowflake").getMessage())
                .isEqualTo("The connector 'snowflake' is not available; install or start its bundle.");
    }
}
