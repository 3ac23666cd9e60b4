package st.connection.snowflake.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;

import st.connection.api.LoginFailedException;

/**
 * Fails a login at once when the server's host name does not resolve. The driver retries a host
 * that does not resolve like any other network failure (7 times, about 9 s on a machine without a
 * network), although the answer cannot change in that time; a made-up or mistyped account is the
 * common case. It resolves with the same resolver the driver would use first, so it refuses nothing
 * the driver could reach, and an IP address is not looked up at all. Through a proxy (the driver's
 * {@code useProxy} property, or the JVM's {@code http.useProxy}) the proxy resolves the host, so there
 * is nothing to check here.
 */
final class SnowflakeHostCheck {

    /** Resolves a host name, as {@link InetAddress#getAllByName} does. */
    interface Resolver {
        void resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    private final Resolver resolver;
    private final boolean jvmUsesProxy;

    SnowflakeHostCheck(Resolver resolver, boolean jvmUsesProxy) {
        this.resolver = resolver;
        this.jvmUsesProxy = jvmUsesProxy;
    }

    /** The check the connector makes: the JVM's resolver and proxy setting. */
    static SnowflakeHostCheck ofThisJvm() {
        return new SnowflakeHostCheck(DNS, Boolean.getBoolean("http.useProxy"));
    }

    /**
     * @param host the host the driver would connect to
     * @param driverProperties the connection's driver properties
     * @throws LoginFailedException if the host does not resolve and no proxy is in the way; the
     *     resolver's exception is its cause, for the log
     */
    void requireResolvable(String host, Properties driverProperties) throws LoginFailedException {
        if (jvmUsesProxy || Boolean.parseBoolean(driverProperties.getProperty("useProxy", "false").strip())) {
            return;
        }
        try {
            resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new LoginFailedException(SnowflakeErrors.ACCOUNT_UNKNOWN, e);
        }
    }
}
