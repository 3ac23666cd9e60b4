package st.connection.ui.internal.gate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import st.connection.api.ConnectionService;
import st.connection.api.servlet.RequireLogin;

/**
 * The gates servlets declare with {@link RequireLogin}: for each Servlet Whiteboard servlet with the
 * service property {@value RequireLogin#FORM_PROPERTY}, a gate on the servlet's own patterns in the
 * context it selects, as an {@code st.connection.gate} configuration would set it up, and gone with
 * the servlet. The servlet object itself is never fetched. In problem reports a declared gate is
 * named {@code servlet NAME of bundle BSN} where a configuration has its PID.
 *
 * <p><b>Threading.</b> Thread safe: servlets come, change and go on the framework's threads.
 */
@Component(service = {})
public class ServletGates {

    private static final Pattern CONTEXT_NAME_SELECT = Pattern.compile(
            "\\(" + Pattern.quote(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME) + "=([^()=*\\\\]+)\\)");

    private final BundleContext context;
    private final ConnectionService connections;
    private final GateRegistry gates;
    private final Map<ServiceReference<Servlet>, Declared> declared = new ConcurrentHashMap<>();

    private record Declared(String key, GateFilterRegistration filter) {
    }

    @Activate
    public ServletGates(BundleContext context, @Reference ConnectionService connections, @Reference GateRegistry gates) {
        this.context = context;
        this.connections = connections;
        this.gates = gates;
    }

    @Reference(service = Servlet.class, target = "(" + RequireLogin.FORM_PROPERTY + "=*)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addServlet(ServiceReference<Servlet> servlet) {
        String key = keyOf(servlet);
        GateSettings.Read read = GateSettings.read(key, gateProperties(servlet));
        if (read.settings() == null) {
            gates.reject(key, read.problems());
            declared.put(servlet, new Declared(key, null));
            return;
        }
        gates.add(key, read.settings());
        declared.put(servlet, new Declared(key, new GateFilterRegistration(context, read.settings(), connections)));
    }

    void updatedServlet(ServiceReference<Servlet> servlet) {
        removeServlet(servlet);
        addServlet(servlet);
    }

    void removeServlet(ServiceReference<Servlet> servlet) {
        Declared gone = declared.remove(servlet);
        if (gone != null) {
            if (gone.filter() != null) {
                gone.filter().unregister();
            }
            gates.remove(gone.key());
        }
    }

    @Deactivate
    void deactivate() {
        List.copyOf(declared.keySet()).forEach(this::removeServlet);
    }

    /** @return the keys of {@code st.connection.gate} that the servlet's properties amount to */
    static Map<String, Object> gateProperties(ServiceReference<?> servlet) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(GateSettings.FORM, servlet.getProperty(RequireLogin.FORM_PROPERTY));
        properties.put(GateSettings.PATTERNS, servlet.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN));
        properties.put(GateSettings.CONTEXT, contextOf(servlet.getProperty(
                HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT)));
        return properties;
    }

    /**
     * @return the context name a select filter names, empty for the default context, or the filter
     *     itself when it is not one name (which the gate then reports as a malformed context)
     */
    static String contextOf(Object select) {
        if (select == null) {
            return "";
        }
        String filter = (select instanceof String[] many ? String.join(",", many)
                : select instanceof Collection<?> collection ? String.join(",", collection.stream().map(String::valueOf).toList())
                : String.valueOf(select)).strip();
        Matcher named = CONTEXT_NAME_SELECT.matcher(filter);
        return named.matches() ? named.group(1).strip() : filter;
    }

    private static String keyOf(ServiceReference<?> servlet) {
        Object name = servlet.getProperty(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME);
        String bundle = servlet.getBundle() == null ? "?" : servlet.getBundle().getSymbolicName();
        return "servlet " + (name != null ? name : "#" + servlet.getProperty(Constants.SERVICE_ID)) + " of bundle "
                + bundle;
    }
}
