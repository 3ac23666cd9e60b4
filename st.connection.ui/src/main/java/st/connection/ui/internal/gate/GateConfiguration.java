package st.connection.ui.internal.gate;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import jakarta.servlet.Filter;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import st.connection.api.ConnectionService;

/**
 * One {@code st.connection.gate} configuration: a {@link GateFilter} registered with the Servlet
 * Whiteboard on the configured patterns of the configured context (the default one unless set),
 * for every kind of dispatch. A rejected configuration registers nothing and is reported with its
 * PID, key and the expected form.
 */
@Component(configurationPid = GateConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = GateConfig.class, factory = true)
public class GateConfiguration {

    static final String PID = "st.connection.gate";
    static final String DEFAULT_CONTEXT_SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "="
            + HttpWhiteboardConstants.HTTP_WHITEBOARD_DEFAULT_CONTEXT_NAME + ")";

    private final GateRegistry gates;
    private final String pid;
    private final ServiceRegistration<Filter> registration;

    @Activate
    public GateConfiguration(BundleContext context, Map<String, Object> properties,
            @Reference ConnectionService connections, @Reference GateRegistry gates) {
        this.gates = gates;
        this.pid = String.valueOf(properties.getOrDefault(Constants.SERVICE_PID, PID));
        GateSettings.Read read = GateSettings.read(pid, properties);
        if (read.settings() == null) {
            gates.reject(pid, read.problems());
            this.registration = null;
            return;
        }
        GateSettings settings = read.settings();
        gates.add(pid, settings);
        this.registration = context.registerService(Filter.class, new GateFilter(settings.form(), connections),
                filterProperties(settings));
    }

    /** Every dispatch: a protected servlet reached by a forward or an include must not run either. */
    private static Dictionary<String, Object> filterProperties(GateSettings settings) {
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

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it while stopping this bundle
            }
        }
        gates.remove(pid);
    }
}
