package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
 * or this component stops. A name belongs to one set of settings at a time: a configuration that
 * asks for a taken name waits, in the order of asking, and gets it once it is free.
 */
@Component(service = SharedConnections.class)
public class SharedConnections implements ConnectorListener, CacheAdapters.Listener {

    private final ConnectorRegistry registry;
    private final LifecycleClock timer;
    private final CacheAdapters adapters;
    private final CachePlan.Caching caching;
    private final ConnectionEvents events;
    /** Guarded by {@code this}. */
    private final Map<Map<String, String>, Held> connections = new java.util.HashMap<>();
    /** Configurations waiting for a name another one holds, in the order they asked; guarded by {@code this}. */
    private final Map<Object, Waiting> waiting = new LinkedHashMap<>();

    @Activate
    public SharedConnections(@Reference ConnectorRegistry registry, @Reference ValidationTimer timer,
            @Reference ResultCache cache, @Reference CacheAdapters adapters, @Reference ConfigurationProblems problems,
            @Reference ConnectionEvents events) {
        this(registry, (LifecycleClock) timer, adapters, new CachePlan.Caching(cache, adapters, problems), events);
    }

    /** Without listeners of connection events. */
    SharedConnections(ConnectorRegistry registry, LifecycleClock timer, CacheAdapters adapters,
            CachePlan.Caching caching) {
        this(registry, timer, adapters, caching, new ConnectionEvents());
    }

    SharedConnections(ConnectorRegistry registry, LifecycleClock timer, CacheAdapters adapters,
            CachePlan.Caching caching, ConnectionEvents events) {
        this.registry = registry;
        this.events = events;
        this.timer = timer;
        this.adapters = adapters;
        this.caching = caching;
        registry.addListener(this);
        if (adapters != null) {
            adapters.addListener(this);
        }
    }

    /**
     * @return the shared connection of these settings, held by {@code holder}
     * @throws IllegalArgumentException if another shared connection, with other settings, has the name
     */
    synchronized <C> SharedConnection<C> acquire(SharedConnectionSettings settings, Object holder) {
        if (isTakenByOther(settings)) {
            throw new IllegalArgumentException("The name '" + settings.name() + "' belongs to another shared "
                    + "connection, with other parameters; choose another name.");
        }
        return hold(settings, holder);
    }

    /**
     * @return the shared connection of these settings, held by {@code holder}; or {@code null} if
     *     its name belongs to another one: then {@code whenFree} gets the connection once the name is
     *     free (unless {@link #stopWaiting} is called first)
     */
    synchronized SharedConnection<?> acquireOrWait(SharedConnectionSettings settings, Object holder,
            Consumer<SharedConnection<?>> whenFree) {
        if (isTakenByOther(settings) || isConfigured(settings.name())
                || waiting.values().stream().anyMatch(w -> w.settings.name().equals(settings.name()))) {
            waiting.put(holder, new Waiting(settings, whenFree));
            return null;
        }
        return holdConfigured(settings, holder);
    }

    /** @return whether a configuration holds the name: one name, one service */
    private boolean isConfigured(String name) {
        return connections.values().stream()
                .anyMatch(held -> held.connection.name().equals(name) && !held.configurations.isEmpty());
    }

    private SharedConnection<?> holdConfigured(SharedConnectionSettings settings, Object holder) {
        SharedConnection<?> connection = hold(settings, holder);
        connections.get(settings.identity()).configurations.add(holder);
        return connection;
    }

    synchronized void stopWaiting(Object holder) {
        waiting.remove(holder);
    }

    private boolean isTakenByOther(SharedConnectionSettings settings) {
        return connections.values().stream().anyMatch(held -> held.connection.name().equals(settings.name())
                && !held.connection.settings().identity().equals(settings.identity()));
    }

    @SuppressWarnings("unchecked")
    private <C> SharedConnection<C> hold(SharedConnectionSettings settings, Object holder) {
        Held held = connections.computeIfAbsent(settings.identity(),
                identity -> new Held(new SharedConnection<>(settings, registry, timer, caching, events)));
        held.holders.add(holder);
        return (SharedConnection<C>) held.connection;
    }

    void release(SharedConnectionSettings settings, Object holder) {
        SharedConnection<?> unused = null;
        Waiting next = null;
        SharedConnection<?> granted = null;
        synchronized (this) {
            Held held = connections.get(settings.identity());
            if (held != null) {
                held.configurations.remove(holder);
            }
            if (held != null && held.holders.remove(holder) && held.holders.isEmpty()) {
                connections.remove(settings.identity());
                unused = held.connection;
                Iterator<Map.Entry<Object, Waiting>> candidates = waiting.entrySet().iterator();
                while (next == null && candidates.hasNext()) {
                    Map.Entry<Object, Waiting> candidate = candidates.next();
                    if (candidate.getValue().settings.name().equals(settings.name())) {
                        candidates.remove();
                        next = candidate.getValue();
                        granted = holdConfigured(next.settings, candidate.getKey());
                    }
                }
            }
        }
        if (unused != null) {
            unused.close();
        }
        if (next != null) {
            next.whenFree.accept(granted);
        }
    }

    /** @return the shared connection of that name, if any */
    synchronized Optional<SharedConnection<?>> find(String name) {
        return connections.values().stream().<SharedConnection<?>>map(held -> held.connection)
                .filter(connection -> connection.name().equals(name)).findFirst();
    }

    synchronized List<ManagedConnection<?>> all() {
        List<ManagedConnection<?>> all = new ArrayList<>();
        connections.values().forEach(held -> all.add(held.connection));
        all.sort(Comparator.comparing(ManagedConnection::name));
        return all;
    }

    /** Shared connections open lazily on their next get(); a failure remembered from before the connector came is over. */
    @Override
    public void connectorAdded(String name) {
        using(name).forEach(SharedConnection::forgetFailure);
    }

    @Override
    public void originStopping(org.osgi.framework.Bundle origin) {
        List<SharedConnection<?>> all;
        synchronized (this) {
            all = connections.values().stream().<SharedConnection<?>>map(held -> held.connection).toList();
        }
        all.forEach(connection -> connection.originStopping(origin));
    }

    @Override
    public void connectorRemoved(String name, Connector<?> departing) {
        for (SharedConnection<?> connection : using(name)) {
            connection.connectorRemoved(departing);
        }
    }

    @Override
    public void adaptersChanged(String typeName, CacheAdapter<?> departed) {
        List<SharedConnection<?>> all;
        synchronized (this) {
            all = connections.values().stream().<SharedConnection<?>>map(held -> held.connection).toList();
        }
        all.forEach(connection -> connection.adaptersChanged(typeName, departed));
    }

    private synchronized List<SharedConnection<?>> using(String connector) {
        return connections.values().stream().<SharedConnection<?>>map(held -> held.connection)
                .filter(connection -> connection.connector().equals(connector)).toList();
    }

    @Deactivate
    void closeAll() {
        registry.removeListener(this);
        if (adapters != null) {
            adapters.removeListener(this);
        }
        List<SharedConnection<?>> all;
        synchronized (this) {
            all = connections.values().stream().<SharedConnection<?>>map(held -> held.connection).toList();
            connections.clear();
            waiting.clear();
        }
        all.forEach(SharedConnection::close);
    }

    private record Waiting(SharedConnectionSettings settings, Consumer<SharedConnection<?>> whenFree) {
    }

    private static final class Held {
        final SharedConnection<?> connection;
        final Set<Object> holders = new HashSet<>();
        /** The holders that are configurations, each of which registers the connection as a service. */
        final Set<Object> configurations = new HashSet<>();

        Held(SharedConnection<?> connection) {
            this.connection = connection;
        }
    }
}
