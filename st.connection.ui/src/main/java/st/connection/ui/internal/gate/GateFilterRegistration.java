package st.connection.ui.internal.gate;

import java.util.Dictionary;
import java.util.Hashtable;

import jakarta.servlet.Filter;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import st.connection.api.ConnectionService;

/**
 * A gate's {@link GateFilter}, registered with the Servlet Whiteboard on the gate's patterns of its
 * context for every kind of dispatch (a protected servlet reached by a forward or an include must
 * not run either), whether the gate was configured or declared by a servlet.
 */
final class GateFilterRegistration {

    private final ServiceRegistration<Filter> registration;

    GateFilterRegistration(BundleContext context, GateSettings settings, ConnectionService connections) {
        this.registration = context.registerService(Filter.class, new GateFilter(settings.form(), connections),
                properties(settings));
    }

    private static Dictionary<String, Object> properties(GateSettings settings) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN, settings.patterns().toArray(String[]::new));
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_DISPATCHER, new String[] {
            HttpWhiteboardConstants.DISPATCHER_REQUEST, HttpWhiteboardConstants.DISPATCHER_FORWARD,
            HttpWhiteboardConstants.DISPATCHER_INCLUDE, HttpWhiteboardConstants.DISPATCHER_ASYNC,
            HttpWhiteboardConstants.DISPATCHER_ERROR});
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, settings.contextSelect());
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_NAME, "st.connection gate for " + settings.form());
        properties.put(Constants.SERVICE_DESCRIPTION, "st.connection gate: " + String.join(", ", settings.patterns())
                + " of servlet context " + settings.context() + " need a connection through login form " + settings.form());
        return properties;
    }

    void unregister() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it while stopping this bundle
        }
    }
}
