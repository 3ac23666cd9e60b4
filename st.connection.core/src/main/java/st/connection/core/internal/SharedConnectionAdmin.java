package st.connection.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.ConnectionAdmin;
import st.connection.api.ConnectionStatus;

/** Reopens and closes shared connections on an operator's request. */
@Component
public class SharedConnectionAdmin implements ConnectionAdmin {

    private final SharedConnections singletons;

    @Activate
    public SharedConnectionAdmin(@Reference SharedConnections singletons) {
        this.singletons = singletons;
    }

    @Override
    public ConnectionStatus reopen(String name) {
        return find(name).reopen();
    }

    @Override
    public void close(String name) {
        SharedConnection<?> connection = find(name);
        connection.release();
        connection.closedByOperator();
    }

    private SharedConnection<?> find(String name) {
        return singletons.find(name).orElseThrow(
                () -> new IllegalArgumentException("There is no shared connection named '" + name + "'."));
    }
}
