package st.connection.core.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/** A service reference outside a framework: properties that can change, ordered as the framework orders them. */
final class FakeServiceReference<S> implements ServiceReference<S> {

    private static final AtomicLong IDS = new AtomicLong();

    private final Hashtable<String, Object> properties = new Hashtable<>();

    FakeServiceReference(Map<String, Object> properties) {
        this.properties.putAll(properties);
        this.properties.put(Constants.SERVICE_ID, IDS.incrementAndGet());
    }

    void set(String key, Object value) {
        properties.put(key, value);
    }

    @Override
    public Object getProperty(String key) {
        return properties.get(key);
    }

    @Override
    public String[] getPropertyKeys() {
        return properties.keySet().toArray(String[]::new);
    }

    @Override
    public Bundle getBundle() {
        return null;
    }

    @Override
    public Bundle[] getUsingBundles() {
        return null;
    }

    @Override
    public boolean isAssignableTo(Bundle bundle, String className) {
        return true;
    }

    /** Higher ranking first, then the lower service id (the older service), as the framework orders. */
    @Override
    public int compareTo(Object other) {
        FakeServiceReference<?> that = (FakeServiceReference<?>) other;
        int byRanking = Integer.compare(ranking(), that.ranking());
        return byRanking != 0 ? byRanking : Long.compare((Long) that.getProperty(Constants.SERVICE_ID),
                (Long) getProperty(Constants.SERVICE_ID));
    }

    private int ranking() {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return new Hashtable<>(properties);
    }

    @Override
    public <A> A adapt(Class<A> type) {
        return null;
    }
}
