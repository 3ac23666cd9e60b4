package st.connection.core.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import st.connection.api.ConfigurationProblem;
import st.connection.api.Connector;
import st.connection.api.ManagedConnection;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * One {@code st.connection.singleton} configuration: a shared connection registered as a
 * {@link ManagedConnection} service while its connector is installed. A rejected configuration
 * registers nothing and is reported; a missing connector is waited for and reported until it comes.
 * Made and ended by {@link SingletonConfigurations}, which keeps its properties out of sight.
 */
final class SingletonConfiguration implements ConnectorListener {

    static final String PID = "st.connection.singleton";

    private final BundleContext context;
    private final ConnectorRegistry registry;
    private final SingletonConnections singletons;
    private final ConfigurationProblems problems;
    private final String pid;
    private final SingletonSettings settings;
    private final SingletonConnection<?> connection;
    /** Guarded by {@code this}. */
    private ServiceRegistration<?> registration;

    SingletonConfiguration(BundleContext context, Map<String, Object> properties, ConnectorRegistry registry,
            SingletonConnections singletons, ConfigurationProblems problems) {
        this.context = context;
        this.registry = registry;
        this.singletons = singletons;
        this.problems = problems;
        this.pid = String.valueOf(properties.getOrDefault(Constants.SERVICE_PID, PID));
        ConfigurationReader reader = new ConfigurationReader(pid, properties);
        SingletonSettings read = SingletonSettings.read(reader, properties);
        if (read != null && singletons.all().stream().anyMatch(c -> c.name().equals(read.name()))) {
            reader.reject(SingletonSettings.NAME, read.name(), "a name no other shared connection uses");
        }
        this.settings = reader.isValid() ? read : null;
        if (settings == null) {
            problems.report(reader.problems());
            this.connection = null;
            return;
        }
        this.connection = singletons.acquire(settings, this);
        registry.addListener(this);
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
            reportWaiting();
        }
    }

    private synchronized void publishIfConnectorPresent() {
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
        problems.report(List.of(new ConfigurationProblem(pid, SingletonSettings.CONNECTOR, settings.connector(),
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
        problems.clear(pid);
        if (settings == null) {
            return;
        }
        registry.removeListener(this);
        withdraw();
        singletons.release(settings, this);
    }
}
