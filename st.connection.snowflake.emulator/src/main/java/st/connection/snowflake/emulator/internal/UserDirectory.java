package st.connection.snowflake.emulator.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The users the emulator accepts, by login name (case-insensitive, as in Snowflake). With no users
 * configured, any user and password are accepted. Immutable.
 */
public final class UserDirectory {
    private final Map<String, String> passwords;

    public UserDirectory(Map<String, String> passwordsByUser) {
        this.passwords = passwordsByUser.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    boolean accepts(String user, String password) {
        if (passwords.isEmpty()) {
            return true;
        }
        String expected = passwords.get(user.toUpperCase(Locale.ROOT));
        return expected != null && Objects.equals(expected, password);
    }

    @Override
    public String toString() {
        return "UserDirectory[users=" + passwords.keySet() + ", passwords redacted]";
    }
}
