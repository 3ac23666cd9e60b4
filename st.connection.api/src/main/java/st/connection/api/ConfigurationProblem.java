package st.connection.api;

import java.util.Objects;

/**
 * A configuration the platform rejected or cannot apply yet.
 *
 * @param pid the configuration's PID
 * @param key the offending property
 * @param value the value found, {@code null} if missing; secrets are never reported
 * @param expected what the property must hold, in words
 */
public record ConfigurationProblem(String pid, String key, String value, String expected) {

    public ConfigurationProblem {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expected, "expected");
    }

    /** @return one sentence naming the PID, the key, the value found and what is expected */
    public String message() {
        String found = value == null ? "is missing" : "is '" + value + "'";
        return pid + ": " + key + " " + found + "; expected " + expected + ".";
    }
}
