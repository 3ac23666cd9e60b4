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
 * {@code key=value}. As in the seed, {@code ttl}, {@code validation.interval} and {@code cache.scope}
 * among the options set the form's own keys (and never reach the connector); set in both places
 * with different values, they are a problem. A key at its default counts as not set, since the
 * console's form for the PID writes every default.
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
        ttl = fromOptions(reader, options, LoginForm.TTL, ttl, DEFAULTS.number("ttl"), "seconds");
        interval = fromOptions(reader, options, LoginForm.VALIDATION_INTERVAL, interval,
                DEFAULTS.number("validation.interval"), "milliseconds");
        String scope = options.get(LoginForm.CACHE_SCOPE);
        if (scope != null && !scope.equalsIgnoreCase("session")) {
            reader.reject("options", LoginForm.CACHE_SCOPE + "=" + scope, "cache.scope=session or none: a person's "
                    + "results are their own");
        }
        return reader.isValid() ? new LoginForm(name, connector, title, fields, options, ttl, interval, description)
                : null;
    }

    /** @return the value of a key the options may set too, problems reported */
    private static long fromOptions(ConfigurationReader reader, Map<String, String> options, String key, long configured,
            long unset, String unit) {
        String option = options.get(key);
        if (option == null) {
            return configured;
        }
        long value;
        try {
            value = Long.parseLong(option);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0) {
            reader.reject("options", key + "=" + option, key + "= a whole number of " + unit + ", 0 or more");
            return configured;
        }
        if (configured != unset && configured != value) {
            reader.reject(key, configured, "the same value as " + key + "=" + value + " in options, or " + key
                    + " in one place only");
            return configured;
        }
        return value;
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
