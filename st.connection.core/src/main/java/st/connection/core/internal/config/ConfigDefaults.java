package st.connection.core.internal.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys and defaults of a configuration, read from its component's nested
 * {@code @ObjectClassDefinition} (a component property type), so that the Metatype the console
 * shows, the component and its reader cannot disagree. Method names map to keys as Declarative
 * Services maps them ({@code validation_interval} is {@code validation.interval}).
 */
public final class ConfigDefaults {

    private final Map<String, Object> defaults;

    private ConfigDefaults(Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    /** @return the keys of the configuration type and their defaults ({@code null} where there is none) */
    public static ConfigDefaults of(Class<? extends Annotation> config) {
        Map<String, Object> defaults = new TreeMap<>();
        for (Method method : config.getDeclaredMethods()) {
            defaults.put(keyOf(method.getName()), method.getDefaultValue());
        }
        return new ConfigDefaults(defaults);
    }

    /** The Declarative Services name mapping: {@code $$} is {@code $}, {@code __} is {@code _}, {@code _} is {@code .}. */
    static String keyOf(String method) {
        StringBuilder key = new StringBuilder(method.length());
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            boolean doubled = i + 1 < method.length() && method.charAt(i + 1) == c;
            if (c == '$') {
                if (doubled) {
                    key.append('$');
                    i++;
                }
            } else if (c == '_') {
                key.append(doubled ? '_' : '.');
                i += doubled ? 1 : 0;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** @return every key the configuration type declares */
    public java.util.Set<String> keys() {
        return defaults.keySet();
    }

    /** @return the default of a key as text; the first entry of an array default */
    public String text(String key) {
        Object value = require(key);
        if (value != null && value.getClass().isArray()) {
            value = Array.getLength(value) == 0 ? null : Array.get(value, 0);
        }
        return value == null ? null : String.valueOf(value);
    }

    /** @return the default of a numeric key */
    public long number(String key) {
        Object value = require(key);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("The configuration key '" + key + "' has no numeric default");
    }

    /** @return whether the key has a default at all (a key without one is required or optional) */
    public boolean hasDefault(String key) {
        return require(key) != null;
    }

    private Object require(String key) {
        if (!defaults.containsKey(key)) {
            throw new IllegalArgumentException("The configuration type declares no key '" + key + "'");
        }
        return defaults.get(key);
    }
}
