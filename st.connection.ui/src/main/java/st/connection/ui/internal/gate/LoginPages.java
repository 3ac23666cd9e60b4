package st.connection.ui.internal.gate;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

/**
 * The login page of each servlet context other than the default one that a gate protects (the
 * default context's is the {@link LoginPageServlet} component): registered with the context's first
 * gate, withdrawn with its last. Each context has its own HTTP sessions, so a person logs in where
 * the gate is.
 *
 * <p><b>Threading.</b> Thread safe: one lock for the counts and registrations.
 */
final class LoginPages {

    private final BundleContext bundle;
    private final Function<String, Servlet> pageFor;
    private final Map<String, Registered> byContext = new HashMap<>();

    private record Registered(ServiceRegistration<Servlet> registration, int gates) {
    }

    /**
     * @param bundle the bundle that registers the pages
     * @param pageFor makes the login page servlet for a context name
     */
    LoginPages(BundleContext bundle, Function<String, Servlet> pageFor) {
        this.bundle = bundle;
        this.pageFor = pageFor;
    }

    /** A gate of the context came. */
    synchronized void acquire(String context) {
        Registered page = byContext.get(context);
        byContext.put(context, page != null ? new Registered(page.registration(), page.gates() + 1)
                : new Registered(bundle.registerService(Servlet.class, pageFor.apply(context), properties(context)), 1));
    }

    /** A gate of the context went. */
    synchronized void release(String context) {
        Registered page = byContext.get(context);
        if (page == null) {
            return;
        }
        if (page.gates() > 1) {
            byContext.put(context, new Registered(page.registration(), page.gates() - 1));
        } else {
            byContext.remove(context);
            unregister(page.registration());
        }
    }

    synchronized void closeAll() {
        byContext.values().forEach(page -> unregister(page.registration()));
        byContext.clear();
    }

    private static Dictionary<String, Object> properties(String context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, LoginPageServlet.PATH);
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "st.connection login page");
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT, GateSettings.contextSelect(context));
        return properties;
    }

    private static void unregister(ServiceRegistration<Servlet> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered by the framework while this bundle stops
        }
    }
}
