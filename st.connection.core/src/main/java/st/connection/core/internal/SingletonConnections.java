package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.Connector;
import st.connection.api.ManagedConnection;
import st.connection.api.cache.CacheAdapter;
import st.connection.core.internal.cache.CacheAdapters;
import st.connection.core.internal.cache.ResultCache;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.events.ConnectionEvents;

/**
 * Every shared connection, keyed by its settings. A connection lives while somebody holds it
 * (a configuration, or a bundle that asked for it) and is closed when the last holder releases it
 * or this component stops.
 */
@Component(service = SingletonConnections.class)
public class SingletonConnections implements ConnectorListener, CacheAdapters.Listener {

    private final ConnectorRegistry registry;
    private final ValidationTimer timer;
    private final CacheAdapters adapters;
    private final CachePlan.Caching caching;
    private final ConnectionEvents events;
    /** Guarded by {@code this}. */
    private final Map<Map<String, String>, Held> connections = new java.util.HashMap<>();

    @Activate
    public SingletonConnections(@Reference ConnectorRegistry registry, @Reference ValidationTimer timer,
            @Reference ResultCache cache, @Reference CacheAdapters adapters, @Reference ConfigurationProblems problems,
            @Reference ConnectionEvents events) {
        this.registry = registry;
        this.events = events;
        this.timer = timer;
        this.adapters = adapters;
        this.caching = new CachePlan.Caching(cache, adapters, problems);
        registry.addListener(this);
        adapters.addListener(this);
    }

    @SuppressWarnings("unchecked")
    synchronized <C> SingletonConnection<C> acquire(SingletonSettings settings, Object holder) {
        Held held = connections.computeIfAbsent(settings.identity(),
                identity -> new Held(new SingletonConnection<>(settings, registry, timer, caching, events)));
        held.holders.add(holder);
        return (SingletonConnection<C>) held.connection;
    }

    void release(SingletonSettings settings, Object holder) {
        SingletonConnection<?> unused = null;
        synchronized (this) {
            Held held = connections.get(settings.identity());
            if (held != null && held.holders.remove(holder) && held.holders.isEmpty()) {
                connections.remove(settings.identity());
                unused = held.connection;
            }
        }
        if (unused != null) {
            unused.close();
        }
    }

    /** @return the shared connection of that name, if any */
    synchronized Optional<SingletonConnection<?>> find(String name) {
        return connections.values().stream().<SingletonConnection<?>>map(held -> held.connection)
                .filter(connection -> connection.name().equals(name)).findFirst();
    }

    synchronized List<ManagedConnection<?>> all() {
        List<ManagedConnection<?>> all = new ArrayList<>();
        connections.values().forEach(held -> all.add(held.connection));
        all.sort(Comparator.comparing(ManagedConnection::name));
        return all;
    }

    @Override
    public void connectorAdded(String name) {
        // shared connections open lazily on their next get()
    }

    @Override
    public void connectorRemoved(String name, Connector<?> departing) {
        for (SingletonConnection<?> connection : using(name)) {
            connection.connectorRemoved(departing);
        }
    }

    @Override
    public void adaptersChanged(String typeName, CacheAdapter<?> departed) {
        List<SingletonConnection<?>> all;
        synchronized (this) {
            all = connections.values().stream().<SingletonConnection<?>>map(held -> held.connection).toList();
        }
        all.forEach(connection -> connection.adaptersChanged(typeName, departed));
    }

    private synchronized List<SingletonConnection<?>> using(String connector) {
        return connections.values().stream().<SingletonConnection<?>>map(held -> held.connection)
                .filter(connection -> connection.connector().equals(connector)).toList();
    }

    @Deactivate
    void closeAll() {
        registry.removeListener(this);
        adapters.removeListener(this);
        List<SingletonConnection<?>> all;
        synchronized (this) {
            all = connections.values().stream().<SingletonConnection<?>>map(held -> held.connection).toList();
            connections.clear();
        }
        all.forEach(SingletonConnection::close);
    }

    private static final class Held {
        final SingletonConnection<?> connection;
        final Set<Object> holders = new HashSet<>();

        Held(SingletonConnection<?> connection) {
            this.connection = connection;
        }
    }
}
