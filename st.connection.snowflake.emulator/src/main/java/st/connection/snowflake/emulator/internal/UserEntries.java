package st.connection.snowflake.emulator.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code users} of an emulator configuration: entries {@code name:password}, given
 * multi-valued or comma-separated in one string. Messages name the entry's user, never its password.
 */
final class UserEntries {

    static final String FORM = "entries like 'alice:wonderland' (user name, ':', password)";

    private UserEntries() {
    }

    static Map<String, String> parse(Object value) {
        Map<String, String> users = new LinkedHashMap<>();
        for (String entry : entries(value)) {
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry : entry.substring(0, colon).strip();
            if (colon <= 0 || name.isEmpty() || colon == entry.length() - 1) {
                throw new IllegalArgumentException("users has an entry for '" + (name.isEmpty() ? "?" : name)
                        + "' without a name or password; expected " + FORM);
            }
            users.put(name, entry.substring(colon + 1));
        }
        return users;
    }

    private static List<String> entries(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof String text) {
            raw.addAll(Arrays.asList(text.split(",")));
        } else if (value instanceof String[] array) {
            Arrays.stream(array).forEach(item -> raw.addAll(Arrays.asList(item.split(","))));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> raw.addAll(Arrays.asList(String.valueOf(item).split(","))));
        }
        return raw.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
