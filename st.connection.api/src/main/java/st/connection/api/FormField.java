package st.connection.api;

import java.util.Map;
import java.util.Objects;

/**
 * One field of a login form.
 *
 * @param name the connect parameter this field fills, e.g. {@code "user"}
 * @param defaultValue the value shown initially; always empty for secret fields
 * @param secret whether the field holds a secret (shown masked, never pre-filled or echoed)
 * @param label the text shown next to the field; when none is given, the label of a
 *     {@linkplain #KNOWN_LABELS known name}, else the name itself
 */
public record FormField(String name, String defaultValue, boolean secret, String label) {

    /**
     * Labels of the field names that connectors and login forms commonly use. A name that is not
     * here is its own label: capitalising a key makes words such as "Url" that are nobody's.
     */
    public static final Map<String, String> KNOWN_LABELS = Map.ofEntries(
            Map.entry("url", "URL"),
            Map.entry("user", "User"),
            Map.entry("password", "Password"),
            Map.entry("account", "Account"),
            Map.entry("host", "Host"),
            Map.entry("port", "Port"),
            Map.entry("database", "Database"),
            Map.entry("db", "Database"),
            Map.entry("schema", "Schema"),
            Map.entry("warehouse", "Warehouse"),
            Map.entry("role", "Role"),
            Map.entry("token", "OAuth token"),
            Map.entry("authenticator", "Authenticator"),
            Map.entry("private_key_file", "Private key file"),
            Map.entry("private_key_file_pwd", "Private key passphrase"),
            Map.entry("store", "Store"));

    public FormField {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A form field needs a name");
        }
        defaultValue = secret || defaultValue == null ? "" : defaultValue;
        label = label == null || label.isBlank() ? labelFor(name) : label;
    }

    /** @return a plain text field with a default value and the label of its name */
    public static FormField text(String name, String defaultValue) {
        return new FormField(name, defaultValue, false, null);
    }

    /** @return a secret field with the label of its name */
    public static FormField secret(String name) {
        return new FormField(name, "", true, null);
    }

    private static String labelFor(String name) {
        return KNOWN_LABELS.getOrDefault(name, name);
    }
}
