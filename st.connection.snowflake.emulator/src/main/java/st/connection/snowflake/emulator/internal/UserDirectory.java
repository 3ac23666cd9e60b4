package st.connection.snowflake.emulator.internal;

import java.security.PublicKey;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The users the emulator accepts, by login name (case-insensitive, as in Snowflake): with a
 * password, with a public key (key-pair login), or through an OAuth access token. With no user
 * configured at all, any user and password are accepted. Immutable.
 */
public final class UserDirectory {
    private final Map<String, String> passwords;
    private final Map<String, PublicKey> publicKeys;
    private final Map<String, String> usersByOAuthToken;

    public UserDirectory(Map<String, String> passwordsByUser) {
        this(passwordsByUser, Map.of(), Map.of());
    }

    public UserDirectory(Map<String, String> passwordsByUser, Map<String, PublicKey> publicKeysByUser,
            Map<String, String> usersByOAuthToken) {
        this.passwords = byLoginName(passwordsByUser);
        this.publicKeys = byLoginName(publicKeysByUser);
        this.usersByOAuthToken = Map.copyOf(usersByOAuthToken);
    }

    private static <V> Map<String, V> byLoginName(Map<String, V> byUser) {
        return byUser.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    private boolean acceptsAnyone() {
        return passwords.isEmpty() && publicKeys.isEmpty() && usersByOAuthToken.isEmpty();
    }

    boolean accepts(String user, String password) {
        if (acceptsAnyone()) {
            return true;
        }
        String expected = passwords.get(user.toUpperCase(Locale.ROOT));
        return expected != null && Objects.equals(expected, password);
    }

    /** @return the public key registered for a user, if any */
    Optional<PublicKey> publicKeyOf(String user) {
        return Optional.ofNullable(publicKeys.get(user.toUpperCase(Locale.ROOT)));
    }

    /** @return the user an OAuth access token belongs to, if the token is known */
    Optional<String> userOfOAuthToken(String token) {
        return Optional.ofNullable(token).map(usersByOAuthToken::get);
    }

    @Override
    public String toString() {
        return "UserDirectory[passwords for " + passwords.keySet() + ", keys for " + publicKeys.keySet() + ", "
                + usersByOAuthToken.size() + " OAuth tokens; secrets redacted]";
    }
}
