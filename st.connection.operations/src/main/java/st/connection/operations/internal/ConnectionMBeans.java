package st.connection.operations.internal;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionService;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;

/**
 * Registers the JMX figures of every shared connection
 * ({@code st.connection:type=SharedConnection,name=NAME}) and login form
 * ({@code st.connection:type=LoginForm,name=NAME}) in the platform MBean server, after each
 * connection event and whenever a configured connection's service comes or goes, and withdraws
 * those of connections and forms that went.
 */
@Component(service = {})
public class ConnectionMBeans {

    static final String DOMAIN = "st.connection";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMBeans.class);

    private final ConnectionService connections;
    private final QueryCache cache;
    private final ConnectionActivity activity;
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final Runnable refresh = this::refresh;
    /** Guarded by {@code this}. */
    private final Set<ObjectName> registered = new HashSet<>();
    /** Guarded by {@code this}. */
    private boolean active = true;

    @Activate
    public ConnectionMBeans(@Reference ConnectionService connections, @Reference QueryCache cache,
            @Reference ConnectionActivity activity) {
        this.connections = connections;
        this.cache = cache;
        this.activity = activity;
        activity.onChange(refresh);
        refresh();
    }

    @Reference(service = ManagedConnection.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "configuredConnectionGone")
    void configuredConnectionChanged(ManagedConnection<?> connection) {
        activity.changed();
    }

    void configuredConnectionGone(ManagedConnection<?> connection) {
        activity.changed();
    }

    static ObjectName nameOf(String type, String name) throws JMException {
        return new ObjectName(DOMAIN + ":type=" + type + ",name=" + (PLAIN.matcher(name).matches() ? name
                : ObjectName.quote(name)));
    }

    synchronized void refresh() {
        if (!active) {
            return;
        }
        Map<ObjectName, Object> wanted = new HashMap<>();
        try {
            for (ManagedConnection<?> connection : connections.singletons()) {
                String name = connection.name();
                wanted.put(nameOf("SharedConnection", name), new SharedConnectionFigures(() -> statusOf(name),
                        activity.countsOf(name), new CacheFiguresOf(name, cache)));
            }
            for (LoginForm form : connections.loginForms()) {
                wanted.put(nameOf("LoginForm", form.name()), new LoginFormFigures(activity.countsOf(form.name()),
                        new CacheFiguresOf(form.name(), cache)));
            }
        } catch (JMException e) {
            LOG.warn("Could not name the JMX figures of st.connection", e);
            return;
        }
        registered.removeIf(name -> {
            if (!wanted.containsKey(name)) {
                unregister(name);
                return true;
            }
            return false;
        });
        wanted.forEach((name, figures) -> {
            if (!registered.contains(name)) {
                try {
                    server.registerMBean(figures, name);
                    registered.add(name);
                } catch (JMException e) {
                    LOG.warn("Could not register the JMX figures {}", name, e);
                }
            }
        });
    }

    private st.connection.api.ConnectionStatus statusOf(String name) {
        return connections.singletons().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(ManagedConnection::status).orElse(null);
    }

    private void unregister(ObjectName name) {
        try {
            server.unregisterMBean(name);
        } catch (JMException gone) {
            LOG.debug("JMX figures {} were already gone", name);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        activity.removeOnChange(refresh);
        registered.forEach(this::unregister);
        registered.clear();
    }
}
