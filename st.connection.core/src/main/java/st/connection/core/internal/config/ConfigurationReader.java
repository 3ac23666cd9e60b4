package st.connection.core.internal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import st.connection.api.ConfigurationProblem;

/**
 * Reads typed values from a configuration's properties and collects a {@link ConfigurationProblem}
 * for every value that is missing or malformed, naming the key and the expected form.
 * Values may be strings (as in {@code .cfg} files) or typed (as in {@code .config} files).
 */
public final class ConfigurationReader {

    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final int MAX_SHOWN_LENGTH = 100;
    public static final String NAME_FORM = "a name of letters, digits, '.', '-' or '_' (at most 100 characters)";

    private final String pid;
    private final Map<String, ?> properties;
    private final List<ConfigurationProblem> problems = new ArrayList<>();

    public ConfigurationReader(String pid, Map<String, ?> properties) {
        this.pid = pid;
        this.properties = properties;
    }

    public String pid() {
        return pid;
    }

    public List<ConfigurationProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public void reject(String key, Object value, String expected) {
        String shown = value == null || SecretKeys.isSecret(key) ? null : abbreviated(String.valueOf(value));
        problems.add(new ConfigurationProblem(pid, key, shown, expected));
    }

    /** A huge value would flood the log and the console: its start and its length say enough. */
    public static String abbreviated(String value) {
        return value.length() <= MAX_SHOWN_LENGTH ? value
                : value.substring(0, MAX_SHOWN_LENGTH) + "... (" + value.length() + " characters)";
    }

    /** @return the trimmed value, or {@code null} (and a problem) if missing or blank */
    public String requiredName(String key) {
        String value = text(key);
        if (value == null || value.isEmpty()) {
            reject(key, null, NAME_FORM);
            return null;
        }
        if (!NAME.matcher(value).matches()) {
            reject(key, value, NAME_FORM);
            return null;
        }
        return value;
    }

    /** @return the trimmed value, or the default if missing */
    public String text(String key, String defaultValue) {
        String value = text(key);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    /** @return a whole number {@code >= 0}, the default if missing, or the default (and a problem) if malformed */
    public long nonNegative(String key, long defaultValue, String unit) {
        String value = text(key);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(key, value, "a whole number of " + unit + ", 0 or more");
        return defaultValue;
    }

    /** @return one of the allowed values (case-insensitive), the default if missing */
    public String oneOf(String key, String defaultValue, Set<String> allowed) {
        String value = text(key);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (allowed.contains(lower)) {
            return lower;
        }
        reject(key, value, "one of " + String.join(", ", allowed.stream().sorted().toList()));
        return defaultValue;
    }

    /** @return the entries of a list: multi-valued, or one string split at commas; empty if missing */
    public List<String> list(String key) {
        Object value = properties.get(key);
        List<String> raw;
        if (value == null) {
            raw = List.of();
        } else if (value instanceof String s) {
            raw = Arrays.asList(s.split(","));
        } else if (value instanceof String[] array) {
            raw = Arrays.asList(array);
        } else if (value instanceof Collection<?> collection) {
            raw = collection.stream().map(String::valueOf).toList();
        } else {
            raw = List.of(String.valueOf(value));
        }
        return raw.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(String key) {
        Object value = properties.get(key);
        if (value == null) {
            return null;
        }
        if (value.getClass().isArray() || value instanceof Collection) {
            List<String> entries = list(key);
            return entries.isEmpty() ? "" : String.join(",", entries);
        }
        return String.valueOf(value).strip();
    }
}
