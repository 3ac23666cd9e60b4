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

    @AttributeDefinition(name = "Password", description = "Connect parameter 'password'.", required = false,
            type = AttributeType.PASSWORD)
    String password();
}
