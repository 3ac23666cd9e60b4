package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.ConnectorInfo;

/**
 * Tracks {@link Connector} services as they come and go. Per name, the highest ranked service is
 * the one in use. Listeners hear of arrivals and departures synchronously, so a departing
 * connector can still close the connections it opened.
 */
@Component(service = ConnectorRegistry.class)
public class ConnectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRegistry.class);

    private final Map<String, ConcurrentSkipListSet<RegisteredConnector>> byName = new ConcurrentHashMap<>();
    private final List<ConnectorListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(service = Connector.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindConnector(ServiceReference<Connector<?>> reference, Connector<?> connector) {
        Optional<String> name = nameOf(reference);
        if (name.isEmpty()) {
            LOG.warn("Ignoring a Connector service of bundle {} without the {} property",
                    reference.getBundle().getSymbolicName(), Connector.NAME);
            return;
        }
        RegisteredConnector registered = new RegisteredConnector(name.get(), connector, reference);
        byName.computeIfAbsent(name.get(), n -> new ConcurrentSkipListSet<>()).add(registered);
        LOG.info("Connector '{}' ({}) from bundle {} is available", name.get(), connector.type().getName(),
                registered.bundle());
        listeners.forEach(l -> l.connectorAdded(name.get()));
    }

    void unbindConnector(ServiceReference<Connector<?>> reference, Connector<?> connector) {
        Optional<String> name = nameOf(reference);
        if (name.isEmpty()) {
            return;
        }
        var registered = byName.getOrDefault(name.get(), new ConcurrentSkipListSet<>());
        registered.removeIf(r -> r.reference().equals(reference));
        LOG.info("Connector '{}' from bundle {} went away; closing its connections", name.get(),
                reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName());
        listeners.forEach(l -> l.connectorRemoved(name.get(), connector));
        if (!registered.isEmpty()) {
            listeners.forEach(l -> l.connectorAdded(name.get()));
        }
    }

    /** @return the connector in use for a name, if one is installed */
    @SuppressWarnings("unchecked")
    <C> Optional<Connector<C>> find(String name) {
        var registered = byName.get(name);
        if (registered == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((Connector<C>) registered.first().connector());
        } catch (java.util.NoSuchElementException gone) {
            return Optional.empty();
        }
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
        return infos().stream().filter(info -> info.state() == ConnectorInfo.State.ACTIVE).map(ConnectorInfo::name)
                .toList();
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

    /** A connector service; orders the highest ranked (then oldest) first. */
    private record RegisteredConnector(String name, Connector<?> connector, ServiceReference<Connector<?>> reference)
            implements Comparable<RegisteredConnector> {

        @Override
        public int compareTo(RegisteredConnector other) {
            return other.reference.compareTo(reference);
        }

        String bundle() {
            return reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
        }

        ConnectorInfo info(ConnectorInfo.State state) {
            var bundle = reference.getBundle();
            return new ConnectorInfo(name, connector.type().getName(), bundle == null ? "?" : bundle.getSymbolicName(),
                    bundle == null ? "?" : bundle.getVersion().toString(), state);
        }
    }
}
