package st.connection.core.internal.config;

import java.util.Locale;
import java.util.Set;

/** Which configuration keys and connect parameters hold secrets: never logged, shown or published. */
public final class SecretKeys {

    private static final Set<String> SECRET_WORDS = Set.of("password", "passphrase", "pwd", "secret", "token",
            "credential", "private_key");

    private SecretKeys() {
    }

    /** @return whether the key names a secret: it contains one of the secret words, in any case */
    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }
}
