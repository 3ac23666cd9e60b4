package st.connection.itest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * An Event Admin handler of {@code st/connection/*} that keeps every event it gets as its topic
 * (key {@code topic}) and properties. Kept out of the test classes: they are loaded before Event
 * Admin is installed, and must not name its types.
 */
final class RecordedEvents {

    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final ServiceRegistration<?> registration;

    RecordedEvents() {
        EventHandler handler = this::handle;
        registration = ITestSupport.context().registerService(EventHandler.class, handler,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "st/connection/*")));
    }

    private void handle(Event event) {
        Map<String, Object> recorded = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            recorded.put(name, event.getProperty(name));
        }
        events.add(recorded);
    }

    /** @return the events so far, oldest first; each has {@code event.topics} set to its topic */
    List<Map<String, Object>> all() {
        return new ArrayList<>(events);
    }

    /** @return the events of one topic whose {@code connection} property is the name given */
    List<Map<String, Object>> of(String topic, String connection) {
        return all().stream().filter(e -> topic.equals(e.get(EventConstants.EVENT_TOPIC))
                && java.util.Objects.equals(connection, e.get("connection"))).toList();
    }

    void close() {
        registration.unregister();
    }
}
