package st.connection.core.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import st.connection.core.internal.config.SecretKeys;

/** Knows which parameters are secrets and keeps their values out of messages. */
final class SecretValues {

    private static final String MASK = "********";

    private SecretValues() {
    }

    static boolean isSecretKey(String key) {
        return SecretKeys.isSecret(key);
    }

    /** @return the message with every secret value of {@code params} replaced by a mask */
    static String redact(String message, Map<String, ?> params, Collection<String> secretKeys) {
        if (message == null) {
            return null;
        }
        String redacted = message;
        for (var entry : params.entrySet()) {
            if (secretKeys.contains(entry.getKey()) || isSecretKey(entry.getKey())) {
                String value = asString(entry.getValue());
                if (value != null && !value.isEmpty()) {
                    redacted = redacted.replace(value, MASK);
                }
            }
        }
        return redacted;
    }

    /** Overwrites every {@code char[]} and {@code byte[]} value, then empties the map if it can. */
    static void forget(Map<String, ?> params) {
        for (Object value : params.values()) {
            if (value instanceof char[] chars) {
                Arrays.fill(chars, '\0');
            } else if (value instanceof byte[] bytes) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        try {
            params.clear();
        } catch (UnsupportedOperationException immutable) {
            // the caller's own map; the values that could be wiped were
        }
    }

    static String asString(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof char[] chars ? new String(chars) : String.valueOf(value);
    }
}
