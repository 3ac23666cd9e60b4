package st.connection.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
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
import st.connection.core.internal.config.ConfigDefaults;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.config.ConfigurationReader;
import st.connection.core.internal.events.ConnectionEvents;
import st.connection.api.event.ConnectionEvent;

/**
 * Every person's connections: a {@link PersonalScope} per session id, then form name.
 *
 * <p>An ended session id stays ended: a login on it fails, also one that was connecting while the
 * session ended (what it opened is closed, not bound). Ended ids are remembered for the idle
 * timeout (at least an hour), long after any login of theirs could still be running. A scope that
 * nobody used for the idle timeout is closed and dropped, but not ended: its person may log in
 * again. Use means a login, {@code current}, {@code logout}, or a liveness check of one of its
 * connections (at least once per validation interval while it is used). When an application's
 * login form service goes, the connections opened through it are closed.
 */
@Component(service = PersonalSessions.class, configurationPid = PersonalSessions.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PersonalSessions.Config.class)
public class PersonalSessions implements ConnectorListener, CacheAdapters.Listener {

    static final String PID = "st.connection.personal";
    static final String IDLE_TIMEOUT = "idle.timeout";
    static final ConfigDefaults DEFAULTS = ConfigDefaults.of(Config.class);
    static final String ENDED = "This session has ended; please log in again.";
    private static final long MINUTE_MILLIS = 60_000;
    private static final long ENDED_REMEMBERED_AT_LEAST_MILLIS = 60 * MINUTE_MILLIS;

    private static final Logger LOG = LoggerFactory.getLogger(PersonalSessions.class);

    /** The keys of {@code st.connection.personal}. */
    @ObjectClassDefinition(id = PID, name = "st.connection personal connections",
            description = "How long a person's connections live when nobody ends their session.")
    public @interface Config {

        @AttributeDefinition(name = "Idle timeout (minutes)", description = "A person's connections that nobody "
                + "used for this long are closed (they log in again). Keep it above the HTTP session timeout; 0 keeps "
                + "them until the session ends.", min = "0")
        long idle_timeout() default 60;
    }

    private final ConnectorRegistry registry;
    private final LifecycleClock timer;
    private final ResultCache cache;
    private final CacheAdapters adapters;
    private final CachePlan.Caching caching;
    private final SharedConnections singletons;
    private final ConfigurationProblems problems;
    private final ConnectionEvents events;
    private final LoginForms forms;
    private final Consumer<LoginForm> withdrawn = this::formWithdrawn;
    private final Map<String, PersonalScope> scopes = new ConcurrentHashMap<>();
    /** Ended session ids and when they ended. */
    private final Map<String, Long> ended = new ConcurrentHashMap<>();
    private volatile long idleTimeoutMillis;
    /** Each (re)configuration starts a sweep of its own; older ones stop at their next turn. */
    private final AtomicLong sweeps = new AtomicLong();

    @Activate
    public PersonalSessions(@Reference ConnectorRegistry registry, @Reference ValidationTimer timer,
            @Reference ResultCache cache, @Reference CacheAdapters adapters, @Reference ConfigurationProblems problems,
            @Reference SharedConnections singletons, @Reference LoginForms forms,
            @Reference ConnectionEvents events, Map<String, Object> properties) {
        this(registry, timer, cache, adapters, problems, singletons, forms, events);
        modified(properties);
    }

    /** Without listeners of connection events. */
    PersonalSessions(ConnectorRegistry registry, LifecycleClock timer, ResultCache cache, CacheAdapters adapters,
            ConfigurationProblems problems, SharedConnections singletons, LoginForms forms) {
        this(registry, timer, cache, adapters, problems, singletons, forms, new ConnectionEvents());
    }

    PersonalSessions(ConnectorRegistry registry, LifecycleClock timer, ResultCache cache, CacheAdapters adapters,
            ConfigurationProblems problems, SharedConnections singletons, LoginForms forms,
            ConnectionEvents events) {
        this.registry = registry;
        this.events = events;
        this.timer = timer;
        this.cache = cache;
        this.adapters = adapters;
        this.problems = problems;
        this.caching = new CachePlan.Caching(cache, adapters, problems);
        this.singletons = singletons;
        this.forms = forms;
        registry.addListener(this);
        adapters.addListener(this);
        forms.addWithdrawalListener(withdrawn);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        String pid = String.valueOf(properties.getOrDefault(org.osgi.framework.Constants.SERVICE_PID, PID));
        ConfigurationReader reader = new ConfigurationReader(pid, properties);
        long minutes = reader.nonNegative(IDLE_TIMEOUT, DEFAULTS.number(IDLE_TIMEOUT), "minutes");
        problems.clear(pid);
        problems.report(reader.problems());
        idleTimeout(minutes * MINUTE_MILLIS);
    }

    /** Sets the idle timeout and (re)starts the sweep that applies it. */
    void idleTimeout(long millis) {
        idleTimeoutMillis = millis;
        long sweep = sweeps.incrementAndGet();
        timer.runAfter(sweepPeriod(), () -> sweep(sweep));
    }

    private long sweepPeriod() {
        long idle = idleTimeoutMillis;
        return idle == 0 ? MINUTE_MILLIS : Math.max(1000, Math.min(MINUTE_MILLIS, idle / 4));
    }

    private void sweep(long sweep) {
        if (sweeps.get() != sweep) {
            return;
        }
        long now = timer.millis();
        long idle = idleTimeoutMillis;
        if (idle > 0) {
            scopes.forEach((id, scope) -> {
                if (now - scope.lastUsedMillis() >= idle) {
                    expire(id, scope);
                }
            });
        }
        long remembered = Math.max(idle, ENDED_REMEMBERED_AT_LEAST_MILLIS);
        ended.values().removeIf(endedAt -> now - endedAt >= remembered);
        timer.runAfter(sweepPeriod(), () -> sweep(sweep));
    }

    private void expire(String sessionId, PersonalScope idle) {
        if (!scopes.remove(sessionId, idle)) {
            return;
        }
        List<PersonalConnection<?>> held = idle.end();
        if (!held.isEmpty()) {
            LOG.info("Closing {} personal connection(s) of a session nobody used for {} minutes", held.size(),
                    idleTimeoutMillis / MINUTE_MILLIS);
        }
        held.forEach(connection -> {
            connection.close();
            ended(connection, "Nobody used it for " + idleTimeoutMillis / MINUTE_MILLIS + " minutes; it was closed.");
        });
        cache.personEnded(sessionId);
    }

    PersonalConnectionsView scope(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("A session id is required");
        }
        return new PersonalConnectionsView(sessionId, this);
    }

    <C> ManagedConnection<C> login(String sessionId, LoginForm form, Map<String, ?> entered)
            throws LoginFailedException {
        String user = LoginAttempt.userOf(entered);
        try {
            ManagedConnection<C> connection = connect(sessionId, form, entered);
            tell(ConnectionEvent.Type.LOGIN_SUCCEEDED, form.name(), form.connector(), user, "Logged in.");
            return connection;
        } catch (LoginFailedException e) {
            // its message is the connector's or a fixed sentence, never an entered value
            tell(ConnectionEvent.Type.LOGIN_FAILED, form.name(), form.connector(), user, e.getMessage());
            throw e;
        }
    }

    /** Tells listeners, with the user name as logs show it ({@code null} for a form without one). */
    private void tell(ConnectionEvent.Type type, String formName, String connector, String user, String reason) {
        events.fire(type, formName, connector, user.isEmpty() ? null : EnteredValue.printable(user), reason);
    }

    private void ended(PersonalConnection<?> connection, String reason) {
        tell(ConnectionEvent.Type.SESSION_ENDED, connection.name(), connection.connector(), connection.user(), reason);
    }

    private <C> ManagedConnection<C> connect(String sessionId, LoginForm form, Map<String, ?> entered)
            throws LoginFailedException {
        PersonalScope scope;
        try {
            scope = scopeFor(sessionId);
        } catch (PersonalScope.ScopeEndedException e) {
            SecretValues.forget(entered);
            throw new LoginFailedException(ENDED);
        }
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
        PersonalConnection<C> connection = new PersonalConnection<>(form, user, connector, raw, cachePlan,
                form.validationIntervalMillis(), timer, dead -> scope.forget(form.name(), dead),
                () -> scope.touch(timer.millis()));
        PersonalConnection<?> replaced;
        try {
            replaced = scope.bind(connection);
        } catch (PersonalScope.ScopeEndedException e) {
            connection.close();
            LOG.info("'{}' logged in with form '{}' while the session ended; the connection was closed", user,
                    form.name());
            throw new LoginFailedException(ENDED);
        }
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

    /** @return the scope of a session id, made if it has none; throws if the id ended */
    private PersonalScope scopeFor(String sessionId) {
        long now = timer.millis();
        PersonalScope scope = scopes.compute(sessionId, (id, existing) -> {
            if (ended.containsKey(id)) {
                throw new PersonalScope.ScopeEndedException();
            }
            return existing != null ? existing : new PersonalScope(now);
        });
        scope.touch(now);
        return scope;
    }

    private static LoginFailedException wentAway(LoginForm form) {
        return new LoginFailedException("The connector '" + form.connector() + "' went away during the login.");
    }

    Optional<ManagedConnection<?>> current(String sessionId, String formName) {
        PersonalConnection<?> connection = connectionOf(sessionId, formName);
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
        SharedConnection<C> shared = (SharedConnection<C>) singletons.find(connectionName).orElseThrow(
                () -> new IllegalArgumentException("There is no shared connection named '" + connectionName + "'"));
        return new SessionBoundConnection<>(shared, cache.person(sessionId));
    }

    UserConnections.Entered enter(String sessionId) {
        return cache.enter(cache.person(sessionId));
    }

    void logout(String sessionId, String formName) {
        PersonalScope scope = scopes.get(sessionId);
        PersonalConnection<?> connection = scope == null ? null : scope.connection(formName);
        if (connection != null) {
            scope.forget(formName, connection);
            connection.close();
            LOG.info("'{}' logged out of form '{}'", connection.user(), formName);
            tell(ConnectionEvent.Type.LOGGED_OUT, formName, connection.connector(), connection.user(), "Logged out.");
        }
        cache.personLoggedOut(sessionId);
    }

    void end(String sessionId) {
        long now = timer.millis();
        List<List<PersonalConnection<?>>> held = new java.util.ArrayList<>(1);
        scopes.compute(sessionId, (id, scope) -> {
            ended.put(id, now);
            if (scope != null) {
                held.add(scope.end());
            }
            return null;
        });
        held.forEach(connections -> connections.forEach(connection -> {
            connection.close();
            ended(connection, "The session ended; its connection was closed.");
        }));
        cache.personEnded(sessionId);
    }

    List<String> formsOf(String sessionId) {
        PersonalScope scope = scopes.get(sessionId);
        return scope == null ? List.of() : scope.forms();
    }

    /** @return how many personal connections are open now, over all sessions */
    int openCount() {
        return scopes.values().stream().mapToInt(PersonalScope::size).sum();
    }

    private PersonalConnection<?> connectionOf(String sessionId, String formName) {
        PersonalScope scope = scopes.get(sessionId);
        if (scope == null) {
            return null;
        }
        scope.touch(timer.millis());
        return scope.connection(formName);
    }

    private List<PersonalConnection<?>> all() {
        return scopes.values().stream().flatMap(scope -> scope.connections().stream()).toList();
    }

    /** The login form went (its application's bundle stops): the connections opened through it end. */
    void formWithdrawn(LoginForm form) {
        scopes.values().forEach(scope -> scope.connections().stream().filter(c -> c.isThrough(form)).forEach(c -> {
            scope.forget(form.name(), c);
            c.formWithdrawn();
        }));
    }

    @Override
    public void connectorAdded(String name) {
        // personal connections are opened by logging in again
    }

    @Override
    public void connectorRemoved(String name, Connector<?> departing) {
        all().stream().filter(connection -> connection.connector().equals(name))
                .forEach(connection -> connection.connectorRemoved(departing));
    }

    @Override
    public void originStopping(Bundle origin) {
        all().forEach(connection -> connection.originStopping(origin));
    }

    @Override
    public void adaptersChanged(String typeName, CacheAdapter<?> departed) {
        all().forEach(connection -> connection.adaptersChanged(typeName, departed));
    }

    @Deactivate
    void endAll() {
        sweeps.incrementAndGet();
        registry.removeListener(this);
        adapters.removeListener(this);
        forms.removeWithdrawalListener(withdrawn);
        List.copyOf(scopes.keySet()).forEach(this::end);
    }
}
