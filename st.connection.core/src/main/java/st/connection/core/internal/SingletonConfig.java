package st.connection.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of {@code st.connection.singleton}: every key not listed is passed to the connector. */
@ObjectClassDefinition(id = SingletonConfiguration.PID, name = "st.connection shared connection",
        description = "One shared connection to a data source, registered as a ManagedConnection service "
                + "named after 'name'. Keys not listed here are connect parameters passed to the connector.")
@interface SingletonConfig {

    @AttributeDefinition(name = "Name", description = "Unique name; the service property st.connection.name.")
    String name();

    @AttributeDefinition(name = "Connector", description = "Name of the connector that opens the connection, "
            + "e.g. jdbc or snowflake.")
    String connector() default "jdbc";

    @AttributeDefinition(name = "Cache TTL (seconds)", description = "Cache identical queries for this many "
            + "seconds; 0 means no caching.", min = "0")
    long ttl() default 0;

    @AttributeDefinition(name = "Cache scope", description = "session: one cache per user session; shared: one "
            + "cache for all users of this connection.", options = {
                @org.osgi.service.metatype.annotations.Option(label = "Per user session", value = "session"),
                @org.osgi.service.metatype.annotations.Option(label = "Shared by all users", value = "shared")})
    String cache_scope() default "session";

    @AttributeDefinition(name = "Validation interval (ms)", description = "A connection found alive is trusted "
            + "this long before it is checked again; 0 checks on every get().", min = "0")
    long validation_interval() default 500;

    @AttributeDefinition(name = "URL", description = "Connect parameter 'url' (JDBC connector).", required = false)
    String url();

    @AttributeDefinition(name = "User", description = "Connect parameter 'user'.", required = false)
    String user();

    /*
     * Every secret connect parameter of the shipped connectors is declared as a password, so that
     * the Web Console masks it wherever it shows this configuration, even when entered in clear.
     * Better still, a value is a reference: $[secret:name] or $[env:NAME].
     */

    @AttributeDefinition(name = "Password", description = "Connect parameter 'password'; best a reference such "
            + "as $[secret:sales-db] (a file in the secrets directory) or $[env:SALES_PASSWORD].", required = false,
            type = AttributeType.PASSWORD)
    String password();

    @AttributeDefinition(name = "Private key passphrase", description = "Connect parameter 'private_key_file_pwd' "
            + "(Snowflake key-pair authentication).", required = false, type = AttributeType.PASSWORD)
    String private__key__file__pwd();

    @AttributeDefinition(name = "Private key password", description = "Connect parameter 'private_key_pwd' "
            + "(Snowflake key-pair authentication).", required = false, type = AttributeType.PASSWORD)
    String private__key__pwd();

    @AttributeDefinition(name = "Passphrase", description = "Connect parameter 'passphrase'.", required = false,
            type = AttributeType.PASSWORD)
    String passphrase();

    @AttributeDefinition(name = "Token", description = "Connect parameter 'token' (Snowflake OAuth).",
            required = false, type = AttributeType.PASSWORD)
    String token();

    @AttributeDefinition(name = "Passcode", description = "Connect parameter 'passcode' (Snowflake MFA).",
            required = false, type = AttributeType.PASSWORD)
    String passcode();

    @AttributeDefinition(name = "Proxy password", description = "Connect parameter 'proxyPassword' (Snowflake "
            + "behind an HTTP proxy).", required = false, type = AttributeType.PASSWORD)
    String proxyPassword();
}
