package st.connection.snowflake.internal;

import java.util.Map;
import java.util.regex.Pattern;

import st.connection.api.LoginFailedException;

/**
 * What the connect parameters that name things may look like. The account becomes the server's
 * host name, so it must be an account identifier and nothing else: {@code 127.0.0.1:9/#} would
 * otherwise send the person's password to any server. Warehouse, database, schema and role must be
 * Snowflake identifiers. Refusals name the parameter, never the value.
 */
final class SnowflakeNames {

    static final String URL_PREFIX = "jdbc:snowflake://";

    /** One to four DNS labels: {@code xy12345}, {@code xy12345.eu-central-1.aws}, {@code myorg-my_account}. */
    private static final Pattern ACCOUNT = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?){0,3}");
    /** Unquoted, or in double quotes with doubled quotes inside; no control characters either way. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,254}|\"(?:[^\"\\p{Cntrl}]|\"\"){1,255}\"");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern NO_CONTROLS = Pattern.compile("[^\\p{Cntrl}]{0,255}");
    private static final Map<String, String> IDENTIFIERS = Map.of("warehouse", "warehouse", "db", "database",
            "database", "database", "schema", "schema", "role", "role");

    private SnowflakeNames() {
    }

    static void checkAccount(String account) throws LoginFailedException {
        if (!account.isEmpty() && (account.length() > 255 || !ACCOUNT.matcher(account).matches())) {
            throw new LoginFailedException("The Snowflake account must be an account identifier such as xy12345, "
                    + "xy12345.eu-central-1 or myorg-myaccount.");
        }
    }

    /** Checks warehouse, database, schema, role and user, where present. */
    static void checkNames(Map<String, Object> params) throws LoginFailedException {
        for (Map.Entry<String, String> identifier : IDENTIFIERS.entrySet()) {
            String value = raw(params.get(identifier.getKey()));
            if (!value.isEmpty() && !IDENTIFIER.matcher(value).matches()) {
                throw new LoginFailedException("The Snowflake " + identifier.getValue() + " must be an identifier: "
                        + "letters, digits, '_' and '$', or a name in double quotes.");
            }
        }
        if (!NO_CONTROLS.matcher(raw(params.get("user"))).matches()) {
            throw new LoginFailedException("The Snowflake user name must be at most 255 characters, without control "
                    + "characters.");
        }
    }

    static void checkUrl(String url) throws LoginFailedException {
        if (!url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
            throw new LoginFailedException("The Snowflake URL must start with " + URL_PREFIX + " and name a host.");
        }
    }

    static void checkHostAndPort(String host, String port) throws LoginFailedException {
        if (!host.isEmpty() && !HOST.matcher(host).matches()) {
            throw new LoginFailedException("The Snowflake host must be a host name or an IP address.");
        }
        if (!port.isEmpty() && (!PORT.matcher(port).matches() || Integer.parseInt(port) < 1
                || Integer.parseInt(port) > 65535)) {
            throw new LoginFailedException("The Snowflake port must be a number from 1 to 65535.");
        }
    }

    /** @return the value as the driver gets it; secrets may come as {@code char[]} */
    static String raw(Object value) {
        return value instanceof char[] chars ? new String(chars) : value == null ? "" : value.toString();
    }
}
