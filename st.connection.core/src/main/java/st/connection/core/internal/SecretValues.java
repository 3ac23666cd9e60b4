package st.connection.core.internal;

import java.util.Arrays;
import java.util.Map;

import st.connection.core.internal.config.SecretKeys;

/**
 * Knows which parameters are secrets, and forgets values. It never edits a message: a message
 * masked where a secret occurs tells its reader what the secret is (and a secret equal to a word of
 * the message changes the message), so messages are built from fixed sentences instead.
 */
final class SecretValues {

    private SecretValues() {
    }

    static boolean isSecretKey(String key) {
        return SecretKeys.isSecret(key);
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

    /** @return whether the value is missing or empty (white space is a value: a password may be spaces) */
    static boolean isEmpty(Object value) {
        return value == null || (value instanceof char[] chars ? chars.length == 0 : String.valueOf(value).isEmpty());
    }

    static String asString(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof char[] chars ? new String(chars) : String.valueOf(value);
    }
}
