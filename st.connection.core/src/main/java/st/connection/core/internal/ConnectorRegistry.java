package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.ConnectorInfo;

/**
 * Tracks {@link Connector} services as they come and go, by service reference. Per name, the
 * highest ranked service is the one in use. A service whose name property changes leaves its old
 * name and joins its new one. Listeners hear of arrivals and departures synchronously, so a
 * departing connector can still close the connections it opened; and of bundles stopping, so the
 * connections made of a JDBC driver bundle's classes are closed before the driver goes.
 *
 * <p><b>Threading.</b> Binding, updating and unbinding are serialized by {@code this}; lookups are
 * lock free over an immutable snapshot.
 */
@Component(service = ConnectorRegistry.class)
public class ConnectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRegistry.class);

    /** Every connector service by reference, with the name it was registered under. */
    private final Map<ServiceReference<?>, RegisteredConnector> byReference = new ConcurrentHashMap<>();
    /** Per name, the connectors in order of use; replaced whole on every change. */
    private volatile Map<String, List<RegisteredConnector>> byName = Map.of();
    private final List<ConnectorListener> listeners = new CopyOnWriteArrayList<>();
    private final SynchronousBundleListener stopping = this::bundleChanged;
    private BundleContext context;

    public ConnectorRegistry() {
    }

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        bundleContext.addBundleListener(stopping);
    }

    @Deactivate
    void deactivate() {
        try {
            context.removeBundleListener(stopping);
        } catch (IllegalStateException stopped) {
            // our bundle stops: its listeners go with it
        }
    }

    private void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STOPPING) {
            listeners.forEach(l -> l.originStopping(event.getBundle()));
        }
    }

    @Reference(service = Connector.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unbindConnector", updated = "updatedConnector")
    void bindConnector(ServiceReference<Connector<?>> reference, Connector<?> connector) {
        Optional<String> name = nameOf(reference);
        if (name.isEmpty()) {
            LOG.warn("Ignoring a Connector service of bundle {} without the {} property", bundleOf(reference),
                    Connector.NAME);
            return;
        }
        synchronized (this) {
            byReference.put(reference, new RegisteredConnector(name.get(), connector, reference));
            index();
        }
        LOG.info("Connector '{}' ({}) from bundle {} is available", name.get(), connector.type().getName(),
                bundleOf(reference));
        listeners.forEach(l -> l.connectorAdded(name.get()));
    }

    /** The service's properties changed: if its name did, it leaves the old name and joins the new one. */
    void updatedConnector(ServiceReference<Connector<?>> reference, Connector<?> connector) {
        RegisteredConnector before = byReference.get(reference);
        Optional<String> name = nameOf(reference);
        if (before != null && name.isPresent() && before.name().equals(name.get())) {
            synchronized (this) {
                index();
            }
            listeners.forEach(l -> l.connectorAdded(name.get()));
            return;
        }
        unbindConnector(reference, connector);
        bindConnector(reference, connector);
    }

    void unbindConnector(ServiceReference<Connector<?>> reference, Connector<?> connector) {
        RegisteredConnector removed;
        boolean othersRemain;
        synchronized (this) {
            removed = byReference.remove(reference);
            if (removed == null) {
                return;
            }
            index();
            othersRemain = byName.containsKey(removed.name());
        }
        LOG.info("Connector '{}' from bundle {} went away; closing its connections", removed.name(),
                bundleOf(reference));
        listeners.forEach(l -> l.connectorRemoved(removed.name(), removed.connector()));
        if (othersRemain) {
            listeners.forEach(l -> l.connectorAdded(removed.name()));
        }
    }

    /** Called holding {@code this}: rebuilds the per-name order from the references. */
    private void index() {
        Map<String, List<RegisteredConnector>> index = new ConcurrentHashMap<>();
        byReference.values().forEach(r -> index.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r));
        index.replaceAll((name, registered) -> registered.stream().sorted().toList());
        byName = Map.copyOf(index);
    }

    /** @return the connector in use for a name, if one is installed */
    @SuppressWarnings("unchecked")
    <C> Optional<Connector<C>> find(String name) {
        List<RegisteredConnector> registered = byName.get(name);
        return registered == null ? Optional.empty() : Optional.of((Connector<C>) registered.get(0).connector());
    }

    /** @return whether this exact connector instance is the one in use for its name */
    boolean isCurrent(String name, Connector<?> connector) {
        return find(name).map(c -> c == connector).orElse(false);
    }

    /** @return every registered connector service, by name, the one in use first */
    List<ConnectorInfo> infos() {
        List<ConnectorInfo> infos = new ArrayList<>();
        byName.forEach((name, registered) -> {
            boolean first = true;
            for (RegisteredConnector connector : registered) {
                infos.add(connector.info(first ? ConnectorInfo.State.ACTIVE : ConnectorInfo.State.STANDBY));
                first = false;
            }
        });
        infos.sort(Comparator.comparing(ConnectorInfo::name).thenComparing(ConnectorInfo::state));
        return infos;
    }

    /** @return the names of the connectors in use, ordered */
    List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    void addListener(ConnectorListener listener) {
        listeners.add(listener);
    }

    void removeListener(ConnectorListener listener) {
        listeners.remove(listener);
    }

    private static Optional<String> nameOf(ServiceReference<?> reference) {
        Object name = reference.getProperty(Connector.NAME);
        return name instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static String bundleOf(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
    }

    /** A connector service under the name it was registered with; orders the highest ranked (then oldest) first. */
    private record RegisteredConnector(String name, Connector<?> connector, ServiceReference<Connector<?>> reference)
            implements Comparable<RegisteredConnector> {

        @Override
        public int compareTo(RegisteredConnector other) {
            return other.reference.compareTo(reference);
        }

        ConnectorInfo info(ConnectorInfo.State state) {
            var bundle = reference.getBundle();
            return new ConnectorInfo(name, connector.type().getName(), bundle == null ? "?" : bundle.getSymbolicName(),
                    bundle == null ? "?" : bundle.getVersion().toString(), state);
        }
    }
}
