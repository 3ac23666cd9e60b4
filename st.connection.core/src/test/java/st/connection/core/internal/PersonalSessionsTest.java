package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import st.connection.api.Connector;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;
import st.connection.api.LoginRequiredException;
import st.connection.api.ManagedConnection;
import st.connection.core.internal.FakeConnector.FakeConnection;
import st.connection.core.internal.cache.CacheAdapters;
import st.connection.core.internal.cache.ResultCache;
import st.connection.core.internal.config.ConfigurationProblems;

/** Personal connections' rules, with a fake connector and a clock driven by hand. */
class PersonalSessionsTest {

    private static final LoginForm FORM = new LoginForm("fake-form", "fake", "the fake", List.of(FormField.text("user", ""),
            FormField.secret("password")), Map.of(), 0, 60_000);

    private final ManualClock clock = new ManualClock();
    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final FakeConnector connector = new FakeConnector();
    private final ConfigurationProblems problems = new ConfigurationProblems();
    /** No form here has a ttl, so the cache never opens its store: nothing to close. */
    private final ResultCache cache = new ResultCache(problems, new st.connection.core.internal.events.ConnectionEvents(), new HashMap<>());
    private final CacheAdapters adapters = new CacheAdapters();
    private final SharedConnections singletons = new SharedConnections(registry, clock, adapters,
            new CachePlan.Caching(cache, adapters, problems));
    private final LoginForms forms = new LoginForms(registry, problems);
    private final PersonalSessions sessions = new PersonalSessions(registry, clock, cache, adapters, problems, singletons, forms);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    PersonalSessionsTest() {
        registry.bindConnector(new FakeServiceReference<>(Map.of(Connector.NAME, "fake")), connector);
        sessions.idleTimeout(30 * 60_000);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        sessions.endAll();
    }

    private static Map<String, Object> alice() {
        return new HashMap<>(Map.of("user", "alice", "password", "secret".toCharArray()));
    }

    @Test
    void aLoginThatConnectsWhileTheSessionEndsClosesWhatItOpened() throws Exception {
        CountDownLatch connecting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        connector.opening = attempt -> {
            connecting.countDown();
            release.await();
            return new FakeConnection(attempt);
        };
        Future<ManagedConnection<Object>> login = threads.submit(() -> sessions.login("racing", FORM, alice()));
        assertThat(connecting.await(10, TimeUnit.SECONDS)).isTrue();
        sessions.end("racing");
        release.countDown();

        assertThatThrownBy(() -> login.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(LoginFailedException.class)
                .cause().hasMessage("This session has ended; please log in again.");
        assertThat(connector.closes.get()).as("the connection opened for the ended session").isEqualTo(1);
        assertThat(sessions.openCount()).isZero();
        assertThat(sessions.formsOf("racing")).isEmpty();
    }

    @Test
    void anEndedSessionIdStaysEnded() {
        sessions.end("over");
        assertThatThrownBy(() -> sessions.login("over", FORM, alice())).isInstanceOf(LoginFailedException.class)
                .hasMessage("This session has ended; please log in again.");
        assertThat(connector.connects.get()).isZero();
    }

    @Test
    void oneFailedCheckDoesNotLogAPersonOut() throws Exception {
        LoginForm checkedEachTime = new LoginForm("each", "fake", "each", FORM.fields(), Map.of(), 0, 0);
        ManagedConnection<FakeConnection> mine = sessions.login("checked", checkedEachTime, alice());
        FakeConnection open = mine.get();
        connector.answerNextChecks(false);
        assertThat(mine.get()).isSameAs(open);
        connector.answerNextChecks(false, false);
        assertThatThrownBy(mine::get).isInstanceOf(LoginRequiredException.class);
        assertThat(open.open).isFalse();
    }

    @Test
    void aPersonalConnectionIsTrustedForTheFormsValidationInterval() throws Exception {
        ManagedConnection<FakeConnection> mine = sessions.login("interval", FORM, alice());
        mine.get();
        int checks = connector.checks.get();
        clock.advance(59_999);
        mine.get();
        assertThat(connector.checks.get()).as("not after the fixed 500 ms of before").isEqualTo(checks);
        clock.advance(1);
        mine.get();
        assertThat(connector.checks.get()).isEqualTo(checks + 1);
    }

    @Test
    void aScopeNobodyUsesExpiresAfterTheIdleTimeoutAndItsPersonMayLogInAgain() throws Exception {
        ManagedConnection<FakeConnection> idle = sessions.login("idle", FORM, alice());
        ManagedConnection<FakeConnection> busy = sessions.login("busy", FORM, alice());
        FakeConnection idleConnection = idle.get();
        for (int minute = 0; minute < 31; minute++) {
            clock.advance(60_000);
            assertThat(sessions.current("busy", FORM.name())).isPresent();
        }
        assertThat(idleConnection.open).isFalse();
        assertThat(sessions.formsOf("idle")).isEmpty();
        assertThat(sessions.formsOf("busy")).containsExactly(FORM.name());
        assertThat(busy.get().open).isTrue();
        assertThat(sessions.login("idle", FORM, alice())).isNotNull();
    }

    @Test
    void aConnectorReturningNoConnectionFailsTheLoginInWordsForThePerson() {
        connector.opening = attempt -> null;
        assertThatThrownBy(() -> sessions.login("null", FORM, alice())).isInstanceOf(LoginFailedException.class)
                .hasMessage("Could not log in to the fake; the server log says why.");
    }

    @Test
    void theConnectionsOpenedThroughAnApplicationsFormAreClosedWhenItsServiceGoesAndOthersStay() throws Exception {
        FakeServiceReference<LoginForm> service = new FakeServiceReference<>(Map.of());
        forms.addDeclared(service, FORM);
        LoginForm other = new LoginForm("other", "fake", "Other", FORM.fields(), Map.of(), 0);
        ManagedConnection<FakeConnection> alicesForm = sessions.login("alice", FORM, alice());
        ManagedConnection<FakeConnection> bobsForm = sessions.login("bob", FORM, alice());
        ManagedConnection<FakeConnection> alicesOther = sessions.login("alice", other, alice());
        FakeConnection open = alicesForm.get();

        forms.removeDeclared(service, FORM);

        assertThat(open.open).isFalse();
        assertThatThrownBy(alicesForm::get).isInstanceOf(LoginRequiredException.class)
                .hasMessage("Your session with the fake ended; please log in again.");
        assertThatThrownBy(bobsForm::get).isInstanceOf(LoginRequiredException.class);
        assertThat(sessions.formsOf("alice")).containsExactly("other");
        assertThat(sessions.formsOf("bob")).isEmpty();
        assertThat(alicesOther.get().open).isTrue();
    }
}
