package st.connection.itest;

import java.util.Hashtable;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpSessionListener;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.context.ServletContextHelper;

/**
 * Registers servlets for the tests. Kept out of the test classes: they are loaded before the web
 * bundles are installed (see {@link ITestSupport#startWebBundles()}), and must not name Servlet API types.
 */
final class WebTestSupport {

    private WebTestSupport() {
    }

    static ServiceRegistration<?> servlet(String pattern, Servlet servlet) {
        return ITestSupport.context().registerService(Servlet.class, servlet,
                new Hashtable<>(Map.of("osgi.http.whiteboard.servlet.pattern", pattern)));
    }

    /** Registers a servlet context of its own, as an application with its own path would. */
    static ServiceRegistration<?> servletContext(String name, String path) {
        return ITestSupport.context().registerService(ServletContextHelper.class, new ServletContextHelper() { },
                new Hashtable<>(Map.of("osgi.http.whiteboard.context.name", name, "osgi.http.whiteboard.context.path", path)));
    }

    /** Registers the protected servlet in a servlet context other than the default one. */
    static ServiceRegistration<?> currentUserServletIn(String context, String pattern) {
        return ITestSupport.context().registerService(Servlet.class, new ProtectedTestServlets.CurrentUser(),
                new Hashtable<>(Map.of("osgi.http.whiteboard.servlet.pattern", pattern,
                        "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=" + context + ")")));
    }

    /**
     * Registers the protected servlet in a servlet context other than the default one, declaring its
     * own gate with the service property that {@code @RequireLogin} adds.
     */
    static ServiceRegistration<?> gatedServletIn(String context, String pattern, String form) {
        return ITestSupport.context().registerService(Servlet.class, new ProtectedTestServlets.CurrentUser(),
                new Hashtable<>(Map.of("osgi.http.whiteboard.servlet.pattern", pattern,
                        "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=" + context + ")",
                        "st.connection.gate.form", form)));
    }

    static ServiceRegistration<?> forwardingServlet(String pattern) {
        return servlet(pattern, new ProtectedTestServlets.Forwarding());
    }

    static ServiceRegistration<?> includingServlet(String pattern) {
        return servlet(pattern, new ProtectedTestServlets.Including());
    }

    static ServiceRegistration<?> wrappingServlet(String pattern) {
        return servlet(pattern, new ProtectedTestServlets.Wrapping());
    }

    static ServiceRegistration<?> currentUserServlet(String pattern) {
        return servlet(pattern, new ProtectedTestServlets.CurrentUser());
    }

    static ServiceRegistration<?> endSessionServlet(String pattern) {
        return servlet(pattern, new ProtectedTestServlets.EndSession());
    }

    /** Registers a servlet that ends the session in the Web Console's servlet context, under {@code /system/console}. */
    static ServiceRegistration<?> endConsoleSessionServlet(String pattern) {
        return ITestSupport.context().registerService(Servlet.class, new ProtectedTestServlets.EndSession(),
                new Hashtable<>(Map.of("osgi.http.whiteboard.servlet.pattern", pattern,
                        "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=org.apache.felix.webconsole)")));
    }

    /** Registers a listener counting the sessions of the default context in {@link ProtectedTestServlets.SessionCounter#CREATED}. */
    static ServiceRegistration<?> sessionCounter() {
        return ITestSupport.context().registerService(HttpSessionListener.class, new ProtectedTestServlets.SessionCounter(),
                new Hashtable<>(Map.of("osgi.http.whiteboard.listener", "true")));
    }

    /** @return how many sessions the counter saw created */
    static int sessionsCreated() {
        return ProtectedTestServlets.SessionCounter.CREATED.get();
    }

    /** @return whether a gate's filter service is registered on exactly this pattern */
    static boolean hasFilterOn(String pattern) throws InvalidSyntaxException {
        String literal = pattern.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
        return ITestSupport.hasService(Filter.class, "(&(osgi.http.whiteboard.filter.pattern=" + literal
                + ")(osgi.http.whiteboard.filter.name=st.connection gate for *))");
    }
}
