package st.connection.ui.internal;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardListener;

import st.connection.api.ConnectionService;
import st.connection.api.servlet.HttpSessionScopes;

/**
 * Closes a person's connections when their HTTP session ends (logout, invalidation, expiry), in
 * every servlet context: the application's and the Web Console's, also those an application opened
 * through {@link HttpSessionScopes}.
 */
@Component(service = HttpSessionListener.class)
@HttpWhiteboardListener
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class SessionEndListener implements HttpSessionListener {

    private final ConnectionService connections;

    @Activate
    public SessionEndListener(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SessionState.in(event.getSession()).ifPresent(state -> connections.user(state.scopeId()).end());
        // a scope an application made with HttpSessionScopes, before or without the UI's own state
        Object key = event.getSession().getAttribute(HttpSessionScopes.ATTRIBUTE);
        if (key instanceof String scope) {
            connections.user(scope).end();
        }
    }
}
