package st.connection.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionException;
import st.connection.api.Connector;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.ManagedConnection;
import st.connection.api.UserConnections;
import st.connection.api.cache.CacheAdapter;
import st.connection.core.internal.cache.CacheAdapters;
import st.connection.core.internal.cache.ResultCache;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.events.ConnectionEvents;
import st.connection.api.event.ConnectionEvent;

/** Every person's connections: session id, then form name. A session without connections has no entry. */
@Component(service = UserSessions.class)
public class UserSessions implements ConnectorListener, CacheAdapters.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(UserSessions.class);

    private final ConnectorRegistry registry;
    private final ValidationTimer timer;
    private final ResultCache cache;
    private final CacheAdapters adapters;
    private final CachePlan.Caching caching;
    private final SingletonConnections singletons;
    private final ConnectionEvents events;
    private final Map<String, Map<String, UserConnection<?>>> sessions = new ConcurrentHashMap<>();

    @Activate
    public UserSessions(@Reference ConnectorRegistry registry, @Reference ValidationTimer timer,
            @Reference ResultCache cache, @Reference CacheAdapters adapters, @Reference ConfigurationProblems problems,
            @Reference SingletonConnections singletons, @Reference ConnectionEvents events) {
        this.registry = registry;
        this.events = events;
        this.timer = timer;
        this.cache = cache;
        this.adapters = adapters;
        this.caching = new CachePlan.Caching(cache, adapters, problems);
        this.singletons = singletons;
        registry.addListener(this);
        adapters.addListener(this);
    }

    UserSessionScope scope(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("A session id is required");
        }
        return new UserSessionScope(sessionId, this);
    }

    <C> ManagedConnection<C> login(String sessionId, LoginForm form, Map<String, ?> entered)
            throws LoginFailedException {
        String user = LoginAttempt.userOf(entered);
        try {
            ManagedConnection<C> connection = connect(sessionId, form, entered);
            tell(ConnectionEvent.Type.LOGIN_SUCCEEDED, form, user, "Logged in.");
            return connection;
        } catch (LoginFailedException e) {
            tell(ConnectionEvent.Type.LOGIN_FAILED, form, user, e.getMessage());
            throw e;
        }
    }

    /** The login failure's message is the connector's or a fixed sentence, never an entered value. */
    private void tell(ConnectionEvent.Type type, LoginForm form, String user, String reason) {
        events.fire(type, form.name(), form.connector(), shown(user), reason);
    }

    /** @return the user name as logs show it, or {@code null} for a form without one */
    private static String shown(String user) {
        return user.isEmpty() ? null : EnteredValue.printable(user);
    }

    private <C> ManagedConnection<C> connect(String sessionId, LoginForm form, Map<String, ?> entered)
            throws LoginFailedException {
        Optional<Connector<C>> found = registry.find(form.connector());
        if (found.isEmpty()) {
            SecretValues.forget(entered);
            throw new LoginFailedException("The connector '" + form.connector() + "' is not available; ask an "
                    + "administrator to install or start it.");
        }
        Connector<C> connector = found.get();
        String user = LoginAttempt.userOf(entered);
        C raw;
        try {
            raw = new LoginAttempt<>(form, connector).connect(entered);
        } catch (LoginFailedException e) {
            // A connector stopping under a login fails it in its own words (its drivers are gone): say why.
            throw registry.isCurrent(form.connector(), connector) ? e : wentAway(form);
        }
        CachePlan cachePlan = caching.forPersonal(form.name(), form.ttlSeconds(), cache.person(sessionId));
        UserConnection<C> connection = new UserConnection<>(form, user, connector, raw, cachePlan,
                SingletonSettings.DEFAULT_VALIDATION_INTERVAL_MILLIS, timer, dead -> forget(sessionId, form.name(), dead));
        UserConnection<?> replaced = bind(sessionId, connection);
        if (replaced != null) {
            replaced.close();
        }
        if (!registry.isCurrent(form.connector(), connector)) {
            connection.connectorRemoved(connector);
            throw wentAway(form);
        }
        LOG.info("'{}' logged in with form '{}'", user, form.name());
        return connection;
    }

    private static LoginFailedException wentAway(LoginForm form) {
        return new LoginFailedException("The connector '" + form.connector() + "' went away during the login.");
    }

    /** @return the connection this one replaces, if any */
    private UserConnection<?> bind(String sessionId, UserConnection<?> connection) {
        List<UserConnection<?>> replaced = new java.util.ArrayList<>(1);
        sessions.compute(sessionId, (id, forms) -> {
            Map<String, UserConnection<?>> bound = forms == null ? new ConcurrentHashMap<>() : forms;
            UserConnection<?> previous = bound.put(connection.name(), connection);
            if (previous != null) {
                replaced.add(previous);
            }
            return bound;
        });
        return replaced.isEmpty() ? null : replaced.get(0);
    }

    Optional<ManagedConnection<?>> current(String sessionId, String formName) {
        UserConnection<?> connection = connectionOf(sessionId, formName);
        if (connection == null) {
            return Optional.empty();
        }
        try {
            connection.get();
            return Optional.of(connection);
        } catch (ConnectionException dead) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    <C> ManagedConnection<C> shared(String sessionId, String connectionName) {
        SingletonConnection<C> shared = (SingletonConnection<C>) singletons.find(connectionName).orElseThrow(
                () -> new IllegalArgumentException("There is no shared connection named '" + connectionName + "'"));
        return new SessionBoundConnection<>(shared, cache.person(sessionId));
    }

    UserConnections.Entered enter(String sessionId) {
        return cache.enter(cache.person(sessionId));
    }

    void logout(String sessionId, String formName) {
        UserConnection<?> connection = connectionOf(sessionId, formName);
        if (connection != null) {
            forget(sessionId, formName, connection);
            connection.close();
            LOG.info("'{}' logged out of form '{}'", connection.user(), formName);
            events.fire(ConnectionEvent.Type.LOGGED_OUT, formName, connection.connector(),
                    shown(connection.user()), "Logged out.");
        }
        cache.personLoggedOut(sessionId);
    }

    void end(String sessionId) {
        Map<String, UserConnection<?>> forms = sessions.remove(sessionId);
        if (forms != null) {
            forms.values().forEach(connection -> {
                connection.close();
                events.fire(ConnectionEvent.Type.SESSION_ENDED, connection.name(), connection.connector(),
                        shown(connection.user()),
                        "The session ended; its connection was closed.");
            });
        }
        cache.personEnded(sessionId);
    }

    List<String> formsOf(String sessionId) {
        return List.copyOf(sessions.getOrDefault(sessionId, Map.of()).keySet());
    }

    /** @return how many personal connections are open now, over all sessions */
    int openCount() {
        return sessions.values().stream().mapToInt(Map::size).sum();
    }

    private UserConnection<?> connectionOf(String sessionId, String formName) {
        Map<String, UserConnection<?>> forms = sessions.get(sessionId);
        return forms == null ? null : forms.get(formName);
    }

    private void forget(String sessionId, String formName, UserConnection<?> connection) {
        sessions.computeIfPresent(sessionId, (id, forms) -> {
            forms.remove(formName, connection);
            return forms.isEmpty() ? null : forms;
        });
    }

    @Override
    public void connectorAdded(String name) {
        // personal connections are opened by logging in again
    }

    @Override
    public void connectorRemoved(String name, Connector<?> departing) {
        sessions.values().stream().flatMap(forms -> forms.values().stream())
                .filter(connection -> connection.connector().equals(name)).toList()
                .forEach(connection -> connection.connectorRemoved(departing));
    }

    @Override
    public void adaptersChanged(String typeName, CacheAdapter<?> departed) {
        sessions.values().stream().flatMap(forms -> forms.values().stream()).toList()
                .forEach(connection -> connection.adaptersChanged(typeName, departed));
    }

    @Deactivate
    void endAll() {
        registry.removeListener(this);
        adapters.removeListener(this);
        List.copyOf(sessions.keySet()).forEach(this::end);
    }
}
