package st.connection.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import st.connection.api.ConnectionService;
import st.connection.api.ManagedConnection;

/**
 * Registers one Felix {@link HealthCheck} per shared connection (tags {@value #TAG} and the
 * connection's name) and withdraws it when the connection goes. Connections are looked at again
 * after every connection event and whenever a configured connection's service comes or goes.
 * Needs the health check executor: without the health check bundles it is not satisfied.
 */
@Component(service = {}, configurationPid = SharedConnectionHealthChecks.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SharedConnectionHealthChecks.Config.class)
public class SharedConnectionHealthChecks {

    static final String PID = "st.connection.health";
    static final String TAG = "st.connection";

    @ObjectClassDefinition(id = PID, name = "st.connection health checks",
            description = "When the health check of a shared connection warns.")
    public @interface Config {

        @AttributeDefinition(name = "Slow (ms)", description = "A shared connection that takes longer than this to "
                + "answer (a liveness check or an open) is WARN.", min = "1")
        long slow_millis() default 1000;

        @AttributeDefinition(name = "Reopened recently (s)", description = "A shared connection reopened less than "
                + "this long ago is WARN; 0 never warns about reopens.", min = "0")
        long reopened_warn_seconds() default 300;
    }

    private final BundleContext context;
    private final ConnectionService connections;
    private final ConnectionActivity activity;
    private final Runnable refresh = this::refresh;
    /** Guarded by {@code this}. */
    private final Map<String, ServiceRegistration<HealthCheck>> registered = new HashMap<>();
    /** Guarded by {@code this}. */
    private boolean active = true;
    private volatile SharedConnectionHealthCheck.Thresholds thresholds;

    @Activate
    public SharedConnectionHealthChecks(BundleContext context, Config config, @Reference ConnectionService connections,
            @Reference ConnectionActivity activity, @Reference HealthCheckExecutor executor) {
        this.context = context;
        this.connections = connections;
        this.activity = activity;
        modified(config);
        activity.onChange(refresh);
        refresh();
    }

    @Modified
    void modified(Config config) {
        thresholds = new SharedConnectionHealthCheck.Thresholds(Duration.ofMillis(Math.max(1, config.slow_millis())),
                Duration.ofSeconds(Math.max(0, config.reopened_warn_seconds())));
    }

    @Reference(service = ManagedConnection.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "configuredConnectionGone")
    void configuredConnectionChanged(ManagedConnection<?> connection) {
        activity.changed();
    }

    void configuredConnectionGone(ManagedConnection<?> connection) {
        activity.changed();
    }

    /** Registers the checks of new shared connections and withdraws those of connections that went. */
    synchronized void refresh() {
        if (!active) {
            return;
        }
        Set<String> names = connections.singletons().stream().map(ManagedConnection::name).collect(Collectors.toSet());
        registered.entrySet().removeIf(entry -> {
            if (!names.contains(entry.getKey())) {
                unregister(entry.getValue());
                return true;
            }
            return false;
        });
        for (String name : names) {
            registered.computeIfAbsent(name, this::register);
        }
    }

    private ServiceRegistration<HealthCheck> register(String name) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HealthCheck.NAME, "st.connection shared connection " + name);
        properties.put(HealthCheck.TAGS, new String[] {TAG, name});
        SharedConnectionHealthCheck check = new SharedConnectionHealthCheck(name, () -> find(name),
                activity.countsOf(name), () -> thresholds, Clock.systemUTC());
        return context.registerService(HealthCheck.class, check, properties);
    }

    private Optional<ManagedConnection<?>> find(String name) {
        List<ManagedConnection<?>> all = connections.singletons();
        return all.stream().filter(connection -> connection.name().equals(name)).findFirst();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework withdrew it while our bundle stopped
        }
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        activity.removeOnChange(refresh);
        registered.values().forEach(SharedConnectionHealthChecks::unregister);
        registered.clear();
    }
}
