package st.connection.core.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import st.connection.api.ConfigurationProblem;
import st.connection.api.Connector;
import st.connection.api.ManagedConnection;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * One {@code st.connection.singleton} configuration: a shared connection registered as a
 * {@link ManagedConnection} service while its connector is installed. A rejected configuration
 * registers nothing and is reported; a missing connector is waited for and reported until it comes;
 * a name another configuration holds is waited for too, and taken over once that one is deleted.
 * Made and ended by {@link SharedConnectionConfigurations}, which keeps its properties out of sight.
 */
final class SharedConnectionConfiguration implements ConnectorListener {

    static final String PID = "st.connection.singleton";

    /** The keys of {@code st.connection.singleton}; every key not listed is passed to the connector. */
    @ObjectClassDefinition(id = PID, name = "st.connection shared connection",
            description = "One shared connection to a data source, registered as a ManagedConnection service "
                    + "named after 'name'. Keys not listed here are connect parameters passed to the connector.")
    public @interface Config {

        @AttributeDefinition(name = "Name", description = "Unique name of letters, digits, '.', '-' and '_'; the "
                + "service property st.connection.name.")
        String name();

        @AttributeDefinition(name = "Connector", description = "Name of the connector that opens the connection, "
                + "e.g. jdbc or snowflake. If it is not installed, the configuration waits for it.")
        String connector();

        @AttributeDefinition(name = "Cache TTL (seconds)", description = "Identical reads are answered from the "
                + "cache for this many seconds; 0 means no caching.", min = "0")
        long ttl() default 0;

        @AttributeDefinition(name = "Cache scope", description = "session: each person's results are their own; "
                + "shared: one cache for everybody on this connection.", options = {
                    @Option(label = "Each person's own (session)", value = "session"),
                    @Option(label = "Shared by everybody", value = "shared")})
        String cache_scope() default "session";

        @AttributeDefinition(name = "Validation interval (ms)", description = "A connection found alive is trusted "
                + "this long before it is checked again; 0 checks on every get().", min = "0")
        long validation_interval() default 500;

        @AttributeDefinition(name = "Retry delay (ms)", description = "After a failed open, every caller gets that "
                + "failure at once for this long before the next attempt; 0 tries on every get().", min = "0")
        long retry_delay() default 1000;

        @AttributeDefinition(name = "URL", description = "Connect parameter 'url' (JDBC connector).", required = false)
        String url();

        @AttributeDefinition(name = "User", description = "Connect parameter 'user'.", required = false)
        String user();

        /*
         * Every secret connect parameter of the shipped connectors is declared as a password, so
         * that the Web Console masks it wherever it shows this configuration, even when entered in
         * clear. Better still, a value is a reference: $[secret:name] or $[env:NAME].
         */

        @AttributeDefinition(name = "Password", description = "Connect parameter 'password'; best a reference such "
                + "as $[secret:sales-db] (a file in the secrets directory) or $[env:SALES_PASSWORD].", required = false,
                type = AttributeType.PASSWORD)
        String password();

        @AttributeDefinition(name = "Private key passphrase", description = "Connect parameter "
                + "'private_key_file_pwd' (Snowflake key-pair authentication).", required = false,
                type = AttributeType.PASSWORD)
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

        @AttributeDefinition(name = "Name hint", description = "How the console lists these configurations.")
        String webconsole_configurationFactory_nameHint() default "{name} ({connector})";
    }

    private final BundleContext context;
    private final ConnectorRegistry registry;
    private final SharedConnections singletons;
    private final ConfigurationProblems problems;
    private final String pid;
    private final SharedConnectionSettings settings;
    /** Guarded by {@code this}; {@code null} while rejected or waiting for its name. */
    private SharedConnection<?> connection;
    /** Guarded by {@code this}. */
    private ServiceRegistration<?> registration;
    /** Guarded by {@code this}: once deactivated, nothing is registered any more. */
    private boolean active = true;

    SharedConnectionConfiguration(BundleContext context, Map<String, Object> properties, ConnectorRegistry registry,
            SharedConnections singletons, ConfigurationProblems problems) {
        this.context = context;
        this.registry = registry;
        this.singletons = singletons;
        this.problems = problems;
        this.pid = String.valueOf(properties.getOrDefault(Constants.SERVICE_PID, PID));
        ConfigurationReader reader = new ConfigurationReader(pid, properties);
        this.settings = SharedConnectionSettings.read(reader, properties);
        if (settings == null) {
            problems.report(reader.problems());
            return;
        }
        SharedConnection<?> granted = singletons.acquireOrWait(settings, this, this::nameFreed);
        if (granted == null) {
            reader.reject(SharedConnectionSettings.NAME, settings.name(), "a name no other shared connection uses");
            problems.report(reader.problems());
            return;
        }
        start(granted);
    }

    /** The name this configuration waited for is free: it takes over, on the thread that freed it. */
    private void nameFreed(SharedConnection<?> granted) {
        problems.clear(pid);
        start(granted);
    }

    private void start(SharedConnection<?> granted) {
        boolean taken;
        synchronized (this) {
            taken = active;
            if (taken) {
                connection = granted;
            }
        }
        if (!taken) {
            singletons.release(settings, this);
            return;
        }
        registry.addListener(this);
        synchronized (this) {
            if (!active) {
                registry.removeListener(this);
                return;
            }
        }
        publishIfConnectorPresent();
    }

    @Override
    public void connectorAdded(String name) {
        if (name.equals(settings.connector())) {
            publishIfConnectorPresent();
        }
    }

    @Override
    public void connectorRemoved(String name, Connector<?> departing) {
        if (name.equals(settings.connector()) && registry.find(name).isEmpty()) {
            withdraw();
            synchronized (this) {
                if (active) {
                    reportWaiting();
                }
            }
        }
    }

    /** Registers the service unless this configuration was deactivated meanwhile (a connector may arrive during that). */
    synchronized void publishIfConnectorPresent() {
        if (!active || connection == null) {
            return;
        }
        if (registry.find(settings.connector()).isEmpty()) {
            reportWaiting();
            return;
        }
        problems.clear(pid);
        if (registration == null) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(ManagedConnection.NAME, settings.name());
            properties.put(Connector.NAME, settings.connector());
            properties.put(Constants.SERVICE_DESCRIPTION, "st.connection shared connection " + settings.name());
            registration = context.registerService(ManagedConnection.class.getName(), connection, properties);
        }
    }

    private void reportWaiting() {
        List<String> installed = registry.names();
        problems.report(List.of(new ConfigurationProblem(pid, SharedConnectionSettings.CONNECTOR, settings.connector(),
                "an installed connector; waiting for it (installed: "
                        + (installed.isEmpty() ? "none" : String.join(", ", installed)) + ")")));
    }

    private synchronized void withdraw() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it while stopping our bundle
            }
            registration = null;
        }
    }

    void deactivate() {
        SharedConnection<?> held;
        synchronized (this) {
            active = false;
            held = connection;
            connection = null;
        }
        problems.clear(pid);
        if (settings == null) {
            return;
        }
        singletons.stopWaiting(this);
        registry.removeListener(this);
        withdraw();
        if (held != null) {
            singletons.release(settings, this);
        }
    }
}
