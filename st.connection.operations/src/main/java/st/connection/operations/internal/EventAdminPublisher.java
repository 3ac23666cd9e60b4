package st.connection.operations.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;

import st.connection.api.event.ConnectionEvent;
import st.connection.api.event.ConnectionEventListener;

/**
 * Posts each of core's events to Event Admin (asynchronously), under {@code st/connection/...}
 * with the properties {@code connection}, {@code connector}, {@code user} (each only when there is
 * one), {@code reason} and {@code timestamp}. Without Event Admin this component is not satisfied.
 */
@Component(service = ConnectionEventListener.class)
public class EventAdminPublisher implements ConnectionEventListener {

    static final String CONNECTION = "connection";
    static final String CONNECTOR = "connector";
    static final String USER = "user";
    static final String REASON = "reason";

    private final EventAdmin eventAdmin;

    @Activate
    public EventAdminPublisher(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void connectionEvent(ConnectionEvent event) {
        eventAdmin.postEvent(new Event(topicOf(event.type()), propertiesOf(event)));
    }

    static String topicOf(ConnectionEvent.Type type) {
        return switch (type) {
            case CONNECTOR_ADDED -> "st/connection/connector/ADDED";
            case CONNECTOR_REMOVED -> "st/connection/connector/REMOVED";
            case SHARED_OPENED -> "st/connection/shared/OPENED";
            case SHARED_REOPENED -> "st/connection/shared/REOPENED";
            case SHARED_CLOSED -> "st/connection/shared/CLOSED";
            case SHARED_FAILED -> "st/connection/shared/FAILED";
            case LOGIN_SUCCEEDED -> "st/connection/login/SUCCEEDED";
            case LOGIN_FAILED -> "st/connection/login/FAILED";
            case LOGGED_OUT -> "st/connection/login/LOGGED_OUT";
            case SESSION_ENDED -> "st/connection/session/ENDED";
            case CACHE_CLEARED -> "st/connection/cache/CLEARED";
        };
    }

    static Map<String, Object> propertiesOf(ConnectionEvent event) {
        Map<String, Object> properties = new HashMap<>();
        putIfPresent(properties, CONNECTION, event.connection());
        putIfPresent(properties, CONNECTOR, event.connector());
        putIfPresent(properties, USER, event.user());
        properties.put(REASON, event.reason());
        properties.put(EventConstants.TIMESTAMP, event.time().toEpochMilli());
        return properties;
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
