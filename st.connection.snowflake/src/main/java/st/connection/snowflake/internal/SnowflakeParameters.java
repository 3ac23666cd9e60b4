package st.connection.snowflake.internal;

import java.util.Map;
import java.util.Properties;

import st.connection.api.LoginFailedException;

/**
 * Connect parameters as the driver wants them. {@code url} wins; otherwise {@code host} (and
 * {@code port}); otherwise the account's {@code <account>.snowflakecomputing.com}. Every other
 * parameter is a driver property (user, password, warehouse, db, schema, role, authenticator,
 * private_key_file, private_key_pwd, token, ...), with {@code database} accepted for {@code db}.
 */
record SnowflakeParameters(String url, String account, Properties properties) {

    /**
     * No cloud metadata probing (without it the first login queries 169.254.169.254 and friends),
     * and a login that gives up after 60 s rather than the driver's 300 s, so that a shared
     * connection whose server does not answer fails its callers in bounded time. Both can be
     * overridden by a configuration or a form's options.
     */
    static final Map<String, Object> DEFAULT_OPTIONS = Map.of("disablePlatformDetection", "true",
            "loginTimeout", "60");

    /** @throws LoginFailedException if a parameter that names a server or an object is malformed */
    static SnowflakeParameters of(Map<String, Object> params) throws LoginFailedException {
        SnowflakeNames.checkNames(params);
        Properties properties = new Properties();
        params.forEach((key, value) -> {
            String text = SnowflakeNames.raw(value);
            if (!text.isEmpty() && !key.equals("url") && !key.equals("host") && !key.equals("port")) {
                properties.setProperty(key.equals("database") ? "db" : key, text);
            }
        });
        String account = properties.getProperty("account", "");
        SnowflakeNames.checkAccount(account);
        String url = text(params.get("url"));
        if (url.isEmpty()) {
            String host = text(params.get("host"));
            String port = text(params.get("port"));
            SnowflakeNames.checkHostAndPort(host, port);
            if (host.isEmpty()) {
                if (account.isEmpty()) {
                    throw new LoginFailedException("A Snowflake account is required.");
                }
                host = account + ".snowflakecomputing.com";
            }
            url = SnowflakeNames.URL_PREFIX + host + (port.isEmpty() ? "" : ":" + port) + "/";
        } else {
            SnowflakeNames.checkUrl(url);
        }
        return new SnowflakeParameters(url, account, properties);
    }

    Properties driverProperties() {
        return properties;
    }

    /** @return host and port of the URL, for messages */
    String endpoint() {
        String rest = url.substring(SnowflakeNames.URL_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** @return the host name or address of the URL, without brackets or port */
    String host() {
        String endpoint = endpoint();
        if (endpoint.startsWith("[")) {
            int close = endpoint.indexOf(']');
            return close < 0 ? endpoint.substring(1) : endpoint.substring(1, close);
        }
        int colon = endpoint.indexOf(':');
        return colon < 0 ? endpoint : endpoint.substring(0, colon);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    @Override
    public String toString() {
        return "SnowflakeParameters[" + url + ", account=" + account + ", keys=" + properties.stringPropertyNames() + "]";
    }
}
