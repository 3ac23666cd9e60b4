package st.connection.core.internal.cache;

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

import st.connection.api.cache.CacheAdapter;

/**
 * Tracks the {@link CacheAdapter} services by the connection type they cache; per type, the
 * highest ranked one is in use. Listeners hear of every change synchronously, so connections can
 * be decorated anew, and the results of a departing adapter dropped before it is gone.
 */
@Component(service = CacheAdapters.class)
public class CacheAdapters {

    private static final Logger LOG = LoggerFactory.getLogger(CacheAdapters.class);

    private final Map<String, ConcurrentSkipListSet<Registered>> byType = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Told when the adapter in use for a connection type may have changed. */
    public interface Listener {

        /**
         * @param typeName the connection type's class name
         * @param departed the adapter that left, or {@code null} when one arrived
         */
        void adaptersChanged(String typeName, CacheAdapter<?> departed);
    }

    @Reference(service = CacheAdapter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAdapter(ServiceReference<CacheAdapter<?>> reference, CacheAdapter<?> adapter) {
        Optional<String> type = typeOf(reference);
        if (type.isEmpty()) {
            LOG.warn("Ignoring a CacheAdapter service of bundle {} without the {} property",
                    bundleOf(reference), CacheAdapter.TYPE);
            return;
        }
        byType.computeIfAbsent(type.get(), t -> new ConcurrentSkipListSet<>()).add(new Registered(adapter, reference));
        LOG.info("Cache adapter for {} from bundle {} is available", type.get(), bundleOf(reference));
        listeners.forEach(listener -> listener.adaptersChanged(type.get(), null));
    }

    void unbindAdapter(ServiceReference<CacheAdapter<?>> reference, CacheAdapter<?> adapter) {
        Optional<String> type = typeOf(reference);
        if (type.isEmpty()) {
            return;
        }
        var registered = byType.get(type.get());
        if (registered != null) {
            registered.removeIf(r -> r.reference().equals(reference));
        }
        LOG.info("Cache adapter for {} from bundle {} went away; its cached results are dropped", type.get(),
                bundleOf(reference));
        listeners.forEach(listener -> listener.adaptersChanged(type.get(), adapter));
    }

    /** @return the adapter in use for exactly this connection type (same class, same class loader), if any */
    @SuppressWarnings("unchecked")
    public <C> Optional<CacheAdapter<C>> find(Class<C> type) {
        var registered = byType.get(type.getName());
        if (registered == null) {
            return Optional.empty();
        }
        return registered.stream().map(Registered::adapter).filter(adapter -> adapter.type() == type).findFirst()
                .map(adapter -> (CacheAdapter<C>) adapter);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private static Optional<String> typeOf(ServiceReference<?> reference) {
        Object type = reference.getProperty(CacheAdapter.TYPE);
        return type instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static String bundleOf(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
    }

    /** An adapter service; orders the highest ranked (then oldest) first. */
    private record Registered(CacheAdapter<?> adapter, ServiceReference<CacheAdapter<?>> reference)
            implements Comparable<Registered> {

        @Override
        public int compareTo(Registered other) {
            return other.reference.compareTo(reference);
        }
    }
}
