package st.connection.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigDefaults;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * Reads a {@code st.connection.login} configuration into a {@link LoginForm}.
 * Fields are written {@code name}, {@code name:secret} or {@code name=default}; options
 * {@code key=value}.
 */
final class LoginFormSettings {

    static final String FIELD_FORM = "entries like 'user', 'password:secret' or 'database=PROJECT_DB'";
    static final String OPTION_FORM = "entries like 'account=XXX'";
    static final ConfigDefaults DEFAULTS = ConfigDefaults.of(LoginFormConfiguration.Config.class);

    private LoginFormSettings() {
    }

    /** @return the form, or {@code null} if the reader found problems */
    static LoginForm read(ConfigurationReader reader) {
        String name = reader.requiredName("name");
        String connector = reader.requiredName("connector");
        String title = reader.text("title", name);
        String description = reader.text("description", "");
        List<FormField> fields = fields(reader);
        Map<String, String> options = options(reader);
        long ttl = reader.nonNegative("ttl", DEFAULTS.number("ttl"), "seconds");
        long interval = reader.nonNegative("validation.interval", DEFAULTS.number("validation.interval"),
                "milliseconds");
        reader.oneOf("cache.scope", "session", Set.of("session"));
        return reader.isValid() ? new LoginForm(name, connector, title, fields, options, ttl, interval, description)
                : null;
    }

    private static List<FormField> fields(ConfigurationReader reader) {
        List<FormField> fields = new ArrayList<>();
        List<String> entries = reader.list("fields");
        if (entries.isEmpty()) {
            reader.reject("fields", null, FIELD_FORM);
        }
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String declaration = (equals < 0 ? entry : entry.substring(0, equals)).strip();
            String defaultValue = equals < 0 ? "" : entry.substring(equals + 1).strip();
            boolean secret = declaration.endsWith(":secret");
            String fieldName = secret ? declaration.substring(0, declaration.length() - ":secret".length()) : declaration;
            if (!ConfigurationReader.NAME.matcher(fieldName).matches() || (secret && equals >= 0)) {
                reader.reject("fields", entry, FIELD_FORM + " (a secret field has no default)");
            } else {
                fields.add(new FormField(fieldName, defaultValue, secret, null));
            }
        }
        return fields;
    }

    private static Map<String, String> options(ConfigurationReader reader) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String entry : reader.list("options")) {
            int equals = entry.indexOf('=');
            String key = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (key.isEmpty()) {
                reader.reject("options", SecretValues.isSecretKey(entry) ? null : entry, OPTION_FORM);
            } else {
                options.put(key, entry.substring(equals + 1).strip());
            }
        }
        return options;
    }
}
