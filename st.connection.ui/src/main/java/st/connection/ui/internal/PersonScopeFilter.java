package st.connection.ui.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterDispatcher;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import st.connection.api.ConnectionService;
import st.connection.api.UserConnections;

/**
 * While a request of a person with an HTTP session (any session, however the application made
 * it) is served, in any servlet context, the thread works for that person ({@link UserConnections#enter()}): reads on shared connections with
 * {@code cache.scope=session} are then cached for that person alone, even when a servlet reaches
 * the connection through an {@code @Reference ManagedConnection}. Requests without a session are
 * nobody's and are not cached in that scope.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterDispatcher({DispatcherType.REQUEST, DispatcherType.FORWARD,
    DispatcherType.INCLUDE, DispatcherType.ASYNC, DispatcherType.ERROR})
public class PersonScopeFilter implements Filter {

    private final ConnectionService connections;

    @Activate
    public PersonScopeFilter(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request instanceof HttpServletRequest http ? http.getSession(false) : null;
        Optional<SessionState> person = session == null ? Optional.empty() : personOf(session);
        if (person.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (UserConnections.Entered entered = connections.user(person.get().scopeId()).enter()) {
            chain.doFilter(request, response);
        }
    }

    /** @return the person behind a session, made known to the platform on their first request */
    private static Optional<SessionState> personOf(HttpSession session) {
        try {
            return Optional.of(SessionState.of(session));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
