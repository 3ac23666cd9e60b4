package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigurationReader;

class LoginFormSettingsTest {

    @Test
    void readsFieldsWithSecretsAndDefaultsAndFixedOptions() {
        ConfigurationReader reader = new ConfigurationReader("pid", Map.of("name", "snowflake", "connector",
                "snowflake", "title", "Project warehouse", "fields", "user, password:secret, database=PROJECT_DB",
                "options", new String[] {"account=XXX", "warehouse=PROJECT_WH"}, "ttl", "60",
                "description", "For the reports: your warehouse user."));
        LoginForm form = LoginFormSettings.read(reader);
        assertThat(form.fields()).containsExactly(FormField.text("user", ""), FormField.secret("password"),
                FormField.text("database", "PROJECT_DB"));
        assertThat(form.options()).containsExactlyInAnyOrderEntriesOf(
                Map.of("account", "XXX", "warehouse", "PROJECT_WH"));
        assertThat(form.title()).isEqualTo("Project warehouse");
        assertThat(form.ttlSeconds()).isEqualTo(60);
        assertThat(form.description()).isEqualTo("For the reports: your warehouse user.");
    }

    @Test
    void keepsEverythingAfterTheFirstEqualsSignAsTheDefault() {
        LoginForm form = LoginFormSettings.read(new ConfigurationReader("pid", Map.of("name", "h2", "connector",
                "jdbc", "fields", new String[] {"url=jdbc:h2:mem:demo;MODE=PostgreSQL", "user"})));
        assertThat(form.fields().get(0).defaultValue()).isEqualTo("jdbc:h2:mem:demo;MODE=PostgreSQL");
        assertThat(form.title()).isEqualTo("h2");
        assertThat(form.description()).as("none configured").isEmpty();
    }

    @Test
    void rejectsMalformedFieldsAndOptions() {
        ConfigurationReader reader = new ConfigurationReader("pid", Map.of("name", "x", "connector", "jdbc",
                "fields", "user, password:secret=preset, bad name", "options", "noequals"));
        assertThat(LoginFormSettings.read(reader)).isNull();
        assertThat(reader.problems()).extracting(p -> p.key() + "=" + p.value())
                .containsExactly("fields=password:secret=preset", "fields=bad name", "options=noequals");
    }

    @Test
    void personalConnectionsNeverShareTheirCache() {
        ConfigurationReader reader = new ConfigurationReader("pid", Map.of("name", "x", "connector", "jdbc",
                "fields", "user", "ttl", "60", "cache.scope", "shared"));
        assertThat(LoginFormSettings.read(reader)).isNull();
        assertThat(reader.problems()).singleElement().satisfies(p -> assertThat(p.expected()).isEqualTo("one of session"));
    }

    @Test
    void requiresAtLeastOneField() {
        ConfigurationReader reader = new ConfigurationReader("pid", Map.of("name", "x", "connector", "jdbc"));
        assertThat(LoginFormSettings.read(reader)).isNull();
        assertThat(reader.problems()).extracting(p -> p.key()).containsExactly("fields");
    }

    @Test
    void ttlValidationIntervalAndCacheScopeAmongTheOptionsSetTheFormAndAreNoConnectOptions() {
        LoginForm form = LoginFormSettings.read(new ConfigurationReader("pid", Map.of("name", "wh", "connector",
                "snowflake", "fields", "user,password:secret", "options", new String[] {"account=XXX", "ttl=60",
                    "validation.interval=0", "cache.scope=session"}, "ttl", "0", "validation.interval", "500")));
        assertThat(form.ttlSeconds()).isEqualTo(60);
        assertThat(form.validationIntervalMillis()).isZero();
        assertThat(form.options()).isEqualTo(Map.of("account", "XXX"));
    }

    @Test
    void aFormThatSetsTtlTwiceDifferentlyIsAConfigurationProblem() {
        ConfigurationReader reader = new ConfigurationReader("pid", Map.of("name", "wh", "connector", "snowflake",
                "fields", "user", "options", "ttl=30", "ttl", "60"));
        assertThat(LoginFormSettings.read(reader)).isNull();
        assertThat(reader.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("pid: ttl is '60'; expected the same value as ttl=30 in options, or ttl in one place only."));
        assertThat(LoginFormSettings.read(new ConfigurationReader("pid", Map.of("name", "wh", "connector", "snowflake",
                "fields", "user", "options", "ttl=60", "ttl", "60"))).ttlSeconds()).as("the same value twice").isEqualTo(60);
    }

    @Test
    void aMalformedTtlOrASharedScopeAmongTheOptionsIsAProblem() {
        ConfigurationReader reader = new ConfigurationReader("pid", Map.of("name", "wh", "connector", "snowflake",
                "fields", "user", "options", new String[] {"ttl=soon", "cache.scope=shared"}));
        assertThat(LoginFormSettings.read(reader)).isNull();
        assertThat(reader.problems()).extracting(p -> p.key() + "=" + p.value())
                .containsExactly("options=ttl=soon", "options=cache.scope=shared");
    }
}
