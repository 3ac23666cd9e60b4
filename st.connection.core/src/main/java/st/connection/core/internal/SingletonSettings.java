package st.connection.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * The settings of a shared connection, from a {@code st.connection.singleton} configuration or
 * from {@link st.connection.api.ConnectionService#singleton}: its own keys, and every other key
 * as a connect parameter. {@link #toString()} shows no parameter values.
 *
 * @param name the connection's name
 * @param connector the connector's name
 * @param ttlSeconds cache time to live in seconds, 0 for no caching
 * @param cacheScope {@code session} or {@code shared}
 * @param validationIntervalMillis how long a connection found alive is trusted without checking
 * @param params connect parameters
 */
record SingletonSettings(String name, String connector, long ttlSeconds, String cacheScope,
        long validationIntervalMillis, Map<String, Object> params) {

    static final String NAME = "name";
    static final String CONNECTOR = "connector";
    static final String TTL = "ttl";
    static final String CACHE_SCOPE = "cache.scope";
    static final String VALIDATION_INTERVAL = "validation.interval";
    static final long DEFAULT_VALIDATION_INTERVAL_MILLIS = 500;

    private static final Set<String> OWN_KEYS = Set.of(NAME, CONNECTOR, TTL, CACHE_SCOPE, VALIDATION_INTERVAL);
    /** Properties Config Admin, DS and FileInstall add, which are not connect parameters. */
    private static final Set<String> FRAMEWORK_KEYS = Set.of("service.pid", "service.factoryPid",
            "service.bundleLocation", "component.name", "component.id", "felix.fileinstall.filename");

    SingletonSettings {
        params = Map.copyOf(params);
    }

    /** @return the settings, or {@code null} if the reader found problems */
    static SingletonSettings read(ConfigurationReader reader, Map<String, ?> properties) {
        String name = reader.requiredName(NAME);
        String connector = reader.requiredName(CONNECTOR);
        long ttl = reader.nonNegative(TTL, 0, "seconds");
        String scope = reader.oneOf(CACHE_SCOPE, "session", Set.of("session", "shared"));
        long interval = reader.nonNegative(VALIDATION_INTERVAL, DEFAULT_VALIDATION_INTERVAL_MILLIS, "milliseconds");
        return reader.isValid() ? new SingletonSettings(name, connector, ttl, scope, interval, connectParams(properties))
                : null;
    }

    static Map<String, Object> connectParams(Map<String, ?> properties) {
        Map<String, Object> params = new HashMap<>();
        properties.forEach((key, value) -> {
            if (!OWN_KEYS.contains(key) && !FRAMEWORK_KEYS.contains(key) && !key.startsWith(".") && value != null) {
                params.put(key, value instanceof char[] chars ? new String(chars) : value);
            }
        });
        return params;
    }

    /** @return the parameters as sorted strings, secrets included: an identity for equal settings */
    Map<String, String> identity() {
        Map<String, String> identity = new TreeMap<>();
        params.forEach((key, value) -> identity.put(key, SecretValues.asString(value)));
        identity.put(" connector", connector);
        identity.put(" name", name);
        identity.put(" ttl", Long.toString(ttlSeconds));
        identity.put(" cache.scope", cacheScope);
        identity.put(" validation.interval", Long.toString(validationIntervalMillis));
        return identity;
    }

    @Override
    public String toString() {
        return "SingletonSettings[" + name + " via " + connector + ", ttl=" + ttlSeconds + "s, scope=" + cacheScope
                + ", validation=" + validationIntervalMillis + "ms, parameters=" + new TreeMap<>(params).keySet() + "]";
    }
}
