package st.connection.ui.internal.gate;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
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
 * for every kind of dispatch ({@link GateFilterRegistration}). A rejected configuration registers
 * nothing and is reported with its PID, key and the expected form.
 */
@Component(configurationPid = GateConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = GateConfig.class, factory = true)
public class GateConfiguration {

    static final String PID = "st.connection.gate";
    static final String DEFAULT_CONTEXT_SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "="
            + HttpWhiteboardConstants.HTTP_WHITEBOARD_DEFAULT_CONTEXT_NAME + ")";

    private final GateRegistry gates;
    private final String pid;
    private final GateFilterRegistration registration;

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
        this.registration = new GateFilterRegistration(context, settings, connections);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        gates.remove(pid);
    }
}
