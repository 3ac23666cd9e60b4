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
    void secretFieldsAreNeverPrefilled() {
        FormField secret = new FormField("private_key_file_pwd", "leaked", true, null);
        assertThat(secret.defaultValue()).isEmpty();
        assertThat(FormField.text("user", null).defaultValue()).isEmpty();
        assertThatThrownBy(() -> FormField.text(" ", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsComeFromTheTableOfKnownNamesAndAnUnknownNameIsItsOwnLabel() {
        assertThat(FormField.text("url", "").label()).isEqualTo("URL");
        assertThat(FormField.secret("private_key_file_pwd").label()).isEqualTo("Private key passphrase");
        assertThat(FormField.text("db", "").label()).isEqualTo("Database");
        assertThat(FormField.text("tenant_id", "").label()).isEqualTo("tenant_id");
        assertThat(new FormField("url", "", false, "JDBC URL").label()).isEqualTo("JDBC URL");
    }

    @Test
    void aFormWithoutADescriptionHasAnEmptyOneAndAGatedLoginNeverPrintsItsToken() {
        assertThat(new LoginForm("sf", "snowflake", null, List.of(), Map.of(), 0).description()).isEmpty();
        assertThat(new LoginForm("sf", "snowflake", null, List.of(), Map.of(), 0, " For the demo. ").description())
                .isEqualTo("For the demo.");
        GatedLogin login = new GatedLogin("alice", "H2 demo database", "/login", Map.of("csrf", "token-7f3a"));
        assertThat(login.toString()).contains("alice", "H2 demo database").doesNotContain("token-7f3a");
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

    @Test
    void theMeanMissTimeIsTheSummedTimeOverTheMisses() {
        assertThat(new CacheStatistics("sales", "shared", 5, 4, 0, 0, 1, 10, 10_000_000).meanMissMillis()).isEqualTo(2.5);
        assertThat(new CacheStatistics("sales", "shared", 5, 0, 0, 0, 1, 10).meanMissMillis()).isZero();
    }

    @Test
    void anEventNeedsItsTypeReasonAndTime() {
        assertThatThrownBy(() -> new st.connection.api.event.ConnectionEvent(
                st.connection.api.event.ConnectionEvent.Type.SHARED_OPENED, "sales", "jdbc", null, null,
                java.time.Instant.now())).isInstanceOf(NullPointerException.class).hasMessage("reason");
    }

    @Test
    void ttlValidationIntervalAndCacheScopeAmongTheOptionsSetTheFormAndNeverReachTheConnector() {
        LoginForm form = new LoginForm("orders", "jdbc", "Orders", List.of(FormField.text("user", "")),
                Map.of("url", "jdbc:h2:mem:orders", "ttl", "60", "validation.interval", "0", "cache.scope", "session"), 0);
        assertThat(form.ttlSeconds()).isEqualTo(60);
        assertThat(form.validationIntervalMillis()).isZero();
        assertThat(form.options()).containsOnlyKeys("url");
        assertThat(new LoginForm("o", "jdbc", null, List.of(), Map.of("ttl", "60"), 60).ttlSeconds())
                .as("the same value twice is no conflict").isEqualTo(60);
    }

    @Test
    void aFormThatSetsTtlTwiceDifferentlyOrSharesItsCacheIsRefused() {
        assertThatThrownBy(() -> new LoginForm("o", "jdbc", null, List.of(), Map.of("ttl", "30"), 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The form sets ttl twice, differently: ttlSeconds is 60 and the option ttl is 30; set it in one place");
        assertThatThrownBy(() -> new LoginForm("o", "jdbc", null, List.of(), Map.of("validation.interval", "10"), 0, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validation.interval twice");
        assertThatThrownBy(() -> new LoginForm("o", "jdbc", null, List.of(), Map.of("ttl", "soon"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The option ttl must be a whole number, 0 or more, was 'soon'");
        assertThatThrownBy(() -> new LoginForm("o", "jdbc", null, List.of(), Map.of("cache.scope", "shared"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can only be 'session'");
    }
}
