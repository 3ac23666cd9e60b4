package st.connection.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionService;
import st.connection.api.ConnectorInfo;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * The {@link ConnectionService} one bundle sees. Shared connections it asks for are released when
 * the bundle stops using the service, and closed once no bundle or configuration holds them.
 */
@Component(scope = ServiceScope.BUNDLE)
public class BundleConnectionService implements ConnectionService {

    private final ConnectorRegistry registry;
    private final SingletonConnections singletons;
    private final UserSessions sessions;
    private final LoginForms forms;
    private final ConfigurationProblems problems;
    private final Set<SingletonSettings> held = ConcurrentHashMap.newKeySet();

    @Activate
    public BundleConnectionService(@Reference ConnectorRegistry registry, @Reference SingletonConnections singletons,
            @Reference UserSessions sessions, @Reference LoginForms forms, @Reference ConfigurationProblems problems) {
        this.registry = registry;
        this.singletons = singletons;
        this.sessions = sessions;
        this.forms = forms;
        this.problems = problems;
    }

    /**
     * @throws IllegalArgumentException if a parameter the platform reads itself ({@code name},
     *     {@code ttl}, {@code cache.scope}, {@code validation.interval}) is malformed
     */
    @Override
    public <C> ManagedConnection<C> singleton(String connector, Map<String, ?> params) {
        Map<String, Object> properties = new HashMap<>(params);
        properties.put(SingletonSettings.CONNECTOR, connector);
        properties.putIfAbsent(SingletonSettings.NAME, defaultName(connector, params));
        ConfigurationReader reader = new ConfigurationReader("ConnectionService.singleton", properties);
        SingletonSettings settings = SingletonSettings.read(reader, properties);
        if (settings == null) {
            throw new IllegalArgumentException(reader.problems().stream().map(ConfigurationProblem::message)
                    .collect(Collectors.joining(" ")));
        }
        held.add(settings);
        return singletons.acquire(settings, this);
    }

    /** @return the connector's name and a digest of the parameters, so equal parameters give equal names */
    private static String defaultName(String connector, Map<String, ?> params) {
        Map<String, String> identity = new java.util.TreeMap<>();
        params.forEach((key, value) -> identity.put(key, SecretValues.asString(value)));
        return connector + "-" + Integer.toHexString(identity.hashCode());
    }

    @Override
    public UserConnections user(String sessionId) {
        return sessions.scope(sessionId);
    }

    @Override
    public List<LoginForm> loginForms() {
        return forms.all();
    }

    @Override
    public Optional<LoginForm> loginForm(String name) {
        return forms.find(name);
    }

    @Override
    public List<ConnectorInfo> connectors() {
        return registry.infos();
    }

    @Override
    public List<ManagedConnection<?>> singletons() {
        return singletons.all();
    }

    @Override
    public List<ConfigurationProblem> configurationProblems() {
        return problems.all();
    }

    @Deactivate
    void releaseAll() {
        held.forEach(settings -> singletons.release(settings, this));
        held.clear();
    }
}
