package st.connection.api;

import java.util.Objects;

/**
 * One field of a login form.
 *
 * @param name the connect parameter this field fills, e.g. {@code "user"}
 * @param defaultValue the value shown initially; always empty for secret fields
 * @param secret whether the field holds a secret (shown masked, never pre-filled or echoed)
 * @param label the text shown next to the field
 */
public record FormField(String name, String defaultValue, boolean secret, String label) {

    public FormField {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A form field needs a name");
        }
        defaultValue = secret || defaultValue == null ? "" : defaultValue;
        label = label == null || label.isBlank() ? labelFor(name) : label;
    }

    /** @return a plain text field with a default value and a label derived from its name */
    public static FormField text(String name, String defaultValue) {
        return new FormField(name, defaultValue, false, null);
    }

    /** @return a secret field with a label derived from its name */
    public static FormField secret(String name) {
        return new FormField(name, "", true, null);
    }

    private static String labelFor(String name) {
        String spaced = name.replace('_', ' ').replace('.', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
