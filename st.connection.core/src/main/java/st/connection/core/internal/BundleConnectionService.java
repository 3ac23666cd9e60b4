package st.connection.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    private final SharedConnections singletons;
    private final PersonalSessions sessions;
    private final LoginForms forms;
    private final ConfigurationProblems problems;
    /** The shared connections this bundle holds, by their settings. */
    private final Map<SharedConnectionSettings, SharedConnection<?>> held = new ConcurrentHashMap<>();

    @Activate
    public BundleConnectionService(@Reference ConnectorRegistry registry, @Reference SharedConnections singletons,
            @Reference PersonalSessions sessions, @Reference LoginForms forms, @Reference ConfigurationProblems problems) {
        this.registry = registry;
        this.singletons = singletons;
        this.sessions = sessions;
        this.forms = forms;
        this.problems = problems;
    }

    /**
     * @throws IllegalArgumentException if a parameter the platform reads itself ({@code name},
     *     {@code ttl}, {@code cache.scope}, {@code validation.interval}, {@code retry.delay}) is
     *     malformed, or the name belongs to another shared connection
     */
    @Override
    public <C> ManagedConnection<C> singleton(String connector, Map<String, ?> params) {
        if (params.containsKey(SharedConnectionSettings.NAME)) {
            return acquire(connector, params, null);
        }
        String derived = defaultName(connector, params);
        for (int suffix = 1;; suffix++) {
            try {
                return acquire(connector, params, suffix == 1 ? derived : derived + "-" + suffix);
            } catch (NameTakenException taken) {
                // the same parameters but another secret: the next suffix
            }
        }
    }

    @Override
    public <C> ManagedConnection<C> singleton(String connector, Class<C> type, Map<String, ?> params) {
        registry.find(connector).ifPresent(installed -> {
            if (!type.isAssignableFrom(installed.type())) {
                throw new IllegalArgumentException("The connector '" + connector + "' opens "
                        + installed.type().getName() + ", not " + type.getName() + ".");
            }
        });
        ManagedConnection<C> connection = singleton(connector, params);
        ((SharedConnection<C>) connection).expect(type);
        return connection;
    }

    private <C> ManagedConnection<C> acquire(String connector, Map<String, ?> params, String name) {
        Map<String, Object> properties = new HashMap<>(params);
        properties.put(SharedConnectionSettings.CONNECTOR, connector);
        if (name != null) {
            properties.put(SharedConnectionSettings.NAME, name);
        }
        ConfigurationReader reader = new ConfigurationReader("ConnectionService.singleton", properties);
        SharedConnectionSettings settings = SharedConnectionSettings.read(reader, properties);
        if (settings == null) {
            throw new IllegalArgumentException(reader.problems().stream().map(ConfigurationProblem::message)
                    .collect(Collectors.joining(" ")));
        }
        SharedConnection<C> connection;
        try {
            connection = singletons.acquire(settings, this);
        } catch (IllegalArgumentException e) {
            if (name != null) {
                throw new NameTakenException();
            }
            throw e;
        }
        held.put(settings, connection);
        return connection;
    }

    /** A derived name is taken by other parameters (the same but for a secret). */
    private static final class NameTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NameTakenException() {
            super(null, null, false, false);
        }
    }

    /**
     * @return the connector's name and a digest of the parameters that are not secrets, so that
     *     equal parameters give equal names and the name tells nothing about a secret
     */
    static String defaultName(String connector, Map<String, ?> params) {
        Map<String, String> identity = new TreeMap<>();
        params.forEach((key, value) -> {
            if (!SecretValues.isSecretKey(key)) {
                identity.put(key, SecretValues.asString(value));
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return connector + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void release(ManagedConnection<?> connection) {
        held.entrySet().removeIf(entry -> {
            if (entry.getValue() == connection) {
                singletons.release(entry.getKey(), this);
                return true;
            }
            return false;
        });
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
        held.keySet().forEach(settings -> singletons.release(settings, this));
        held.clear();
    }
}
