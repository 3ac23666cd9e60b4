package st.connection.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import st.connection.core.internal.config.ConfigDefaults;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * The settings of a shared connection, from a {@code st.connection.singleton} configuration or
 * from {@link st.connection.api.ConnectionService#singleton}: its own keys, with the defaults of
 * {@link SharedConnectionConfiguration.Config}, and every other key as a connect parameter.
 * {@link #toString()} shows no parameter values.
 *
 * @param name the connection's name
 * @param connector the connector's name
 * @param ttlSeconds cache time to live in seconds, 0 for no caching
 * @param cacheScope {@code session} or {@code shared}
 * @param validationIntervalMillis how long a connection found alive is trusted without checking
 * @param retryDelayMillis how long a failed open answers every caller before the next attempt
 * @param params connect parameters
 */
record SharedConnectionSettings(String name, String connector, long ttlSeconds, String cacheScope,
        long validationIntervalMillis, long retryDelayMillis, Map<String, Object> params) {

    static final ConfigDefaults DEFAULTS = ConfigDefaults.of(SharedConnectionConfiguration.Config.class);
    static final String NAME = "name";
    static final String CONNECTOR = "connector";
    static final String TTL = "ttl";
    static final String CACHE_SCOPE = "cache.scope";
    static final String VALIDATION_INTERVAL = "validation.interval";
    static final String RETRY_DELAY = "retry.delay";

    /** The keys the platform reads itself: never connect parameters. */
    static final Set<String> OWN_KEYS = Set.of(NAME, CONNECTOR, TTL, CACHE_SCOPE, VALIDATION_INTERVAL, RETRY_DELAY);
    /**
     * Prefixes of what Config Admin, Declarative Services, FileInstall and the Web Console add to a
     * configuration ({@code service.pid}, {@code component.name}, {@code osgi.ds.satisfying.condition.target},
     * {@code felix.fileinstall.filename}, {@code webconsole.configurationFactory.nameHint}): never
     * connect parameters.
     */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "component.", "osgi.", "felix.",
            "webconsole.");
    /** Except the keys of {@code org.osgi.service.jdbc.DataSourceFactory}, which choose a JDBC driver. */
    private static final String JDBC_SELECTORS = "osgi.jdbc.";

    SharedConnectionSettings {
        params = Map.copyOf(params);
    }

    /** @return the settings, or {@code null} if the reader found problems */
    static SharedConnectionSettings read(ConfigurationReader reader, Map<String, ?> properties) {
        String name = reader.requiredName(NAME);
        String connector = reader.requiredName(CONNECTOR);
        long ttl = reader.nonNegative(TTL, DEFAULTS.number(TTL), "seconds");
        String scope = reader.oneOf(CACHE_SCOPE, DEFAULTS.text(CACHE_SCOPE), Set.of("session", "shared"));
        long interval = reader.nonNegative(VALIDATION_INTERVAL, DEFAULTS.number(VALIDATION_INTERVAL), "milliseconds");
        long retry = reader.nonNegative(RETRY_DELAY, DEFAULTS.number(RETRY_DELAY), "milliseconds");
        return reader.isValid()
                ? new SharedConnectionSettings(name, connector, ttl, scope, interval, retry, connectParams(properties))
                : null;
    }

    static Map<String, Object> connectParams(Map<String, ?> properties) {
        Map<String, Object> params = new HashMap<>();
        properties.forEach((key, value) -> {
            if (!OWN_KEYS.contains(key) && !isAddedByTheFramework(key) && !key.startsWith(".") && value != null) {
                params.put(key, value instanceof char[] chars ? new String(chars) : value);
            }
        });
        return params;
    }

    /** @return whether the key is one the framework adds to a configuration rather than a connect parameter */
    static boolean isAddedByTheFramework(String key) {
        return !key.startsWith(JDBC_SELECTORS) && FRAMEWORK_PREFIXES.stream().anyMatch(key::startsWith);
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
        identity.put(" retry.delay", Long.toString(retryDelayMillis));
        return identity;
    }

    @Override
    public String toString() {
        return "SharedConnectionSettings[" + name + " via " + connector + ", ttl=" + ttlSeconds + "s, scope=" + cacheScope
                + ", validation=" + validationIntervalMillis + "ms, retry=" + retryDelayMillis + "ms, parameters="
                + new TreeMap<>(params).keySet() + "]";
    }
}
