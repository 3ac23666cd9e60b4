package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import st.connection.api.ConnectionFailedException;
import st.connection.api.ConnectionStatus.State;
import st.connection.api.Connector;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.event.ConnectionEvent;
import st.connection.core.internal.FakeConnector.FakeConnection;
import st.connection.core.internal.events.ConnectionEvents;

/** The shared connection's concurrency rules, with a fake connector and a clock driven by hand. */
class SharedConnectionTest {

    private static final int CALLERS = 20;

    private final ManualClock clock = new ManualClock();
    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final FakeConnector connector = new FakeConnector();
    private final FakeServiceReference<Connector<?>> reference = new FakeServiceReference<>(
            Map.of(Connector.NAME, "fake"));
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<ConnectionEvent> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConnectionEvents events = new ConnectionEvents();

    SharedConnectionTest() {
        registry.bindConnector(reference, connector);
        events.addListener(told::add);
    }

    @AfterEach
    void stopCallers() throws InterruptedException {
        callers.shutdownNow();
        assertThat(callers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    private SharedConnection<FakeConnection> shared(long validationMillis, long retryDelayMillis) {
        return new SharedConnection<>(new SharedConnectionSettings("shared", "fake", 0, "session", validationMillis,
                retryDelayMillis, Map.of("url", "fake:1")), registry, clock, new CachePlan.Caching(null, null, null),
                events);
    }

    /** Starts the callers, each calling get() once, and returns what each got or threw. */
    private List<Future<FakeConnection>> callGetConcurrently(SharedConnection<FakeConnection> shared) {
        List<Future<FakeConnection>> results = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            results.add(callers.submit(shared::get));
        }
        return results;
    }

    private static void awaitQueued(SharedConnection<?> shared, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (shared.lifecycle.getQueueLength() < waiting) {
            assertThat(System.nanoTime()).as("callers queued on the lock").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void trustsAConnectionFoundAliveForTheValidationIntervalThenChecksAgain() {
        SharedConnection<FakeConnection> shared = shared(500, 1000);
        FakeConnection first = shared.get();
        int checks = connector.checks.get();
        clock.advance(499);
        assertThat(shared.get()).isSameAs(first);
        assertThat(connector.checks.get()).isEqualTo(checks);
        clock.advance(1);
        assertThat(shared.get()).isSameAs(first);
        assertThat(connector.checks.get()).isEqualTo(checks + 1);
    }

    @Test
    void manyCallersFindingTheConnectionDeadShareOneReopen() throws Exception {
        SharedConnection<FakeConnection> shared = shared(0, 1000);
        FakeConnection dead = shared.get();
        dead.open = false;
        CountDownLatch release = new CountDownLatch(1);
        connector.opening = attempt -> {
            release.await();
            return new FakeConnection(attempt);
        };
        List<Future<FakeConnection>> results = callGetConcurrently(shared);
        awaitQueued(shared, CALLERS - 1);
        release.countDown();
        for (Future<FakeConnection> result : results) {
            assertThat(result.get(10, TimeUnit.SECONDS).id).isEqualTo(2);
        }
        assertThat(connector.connects.get()).isEqualTo(2);
        assertThat(shared.status().reopenCount()).isEqualTo(1);
    }

    @Test
    void aFailedOpenFailsEveryQueuedCallerAtOnceWithoutAnAttemptOfItsOwn() throws Exception {
        SharedConnection<FakeConnection> shared = shared(500, 1000);
        CountDownLatch release = new CountDownLatch(1);
        connector.opening = attempt -> {
            release.await();
            throw new SQLException("Connection refused", "08001");
        };
        List<Future<FakeConnection>> results = callGetConcurrently(shared);
        awaitQueued(shared, CALLERS - 1);
        release.countDown();
        for (Future<FakeConnection> result : results) {
            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConnectionFailedException.class)
                    .cause().hasMessage("Could not open the shared connection 'shared': Connection refused");
        }
        assertThat(connector.connects.get()).as("one attempt for all the callers").isEqualTo(1);

        clock.advance(999);
        assertThatThrownBy(shared::get).isInstanceOf(ConnectionFailedException.class);
        assertThat(connector.connects.get()).isEqualTo(1);
        connector.opening = FakeConnection::new;
        clock.advance(1);
        assertThat(shared.get().id).as("the next attempt, once the retry delay is over").isEqualTo(2);
    }

    @Test
    void listenersAreToldOfTheOpenTheFailureTheReopenAndTheCloseWithWhy() {
        SharedConnection<FakeConnection> shared = shared(0, 1000);
        shared.get().open = false;
        connector.answerNextChecks(false, false);
        connector.opening = attempt -> {
            throw new SQLException("Connection refused", "08001");
        };
        assertThatThrownBy(shared::get).isInstanceOf(ConnectionFailedException.class);
        assertThatThrownBy(shared::get).as("the remembered failure").isInstanceOf(ConnectionFailedException.class);
        connector.opening = FakeConnection::new;
        clock.advance(1000);
        shared.get();
        shared.close();

        assertThat(told).extracting(ConnectionEvent::type).containsExactly(ConnectionEvent.Type.SHARED_OPENED,
                ConnectionEvent.Type.SHARED_FAILED, ConnectionEvent.Type.SHARED_REOPENED,
                ConnectionEvent.Type.SHARED_CLOSED);
        assertThat(told).allSatisfy(event -> {
            assertThat(event.connection()).isEqualTo("shared");
            assertThat(event.connector()).isEqualTo("fake");
            assertThat(event.reason()).doesNotContain("fake:1");
        });
        assertThat(told.get(1).reason()).contains("Connection refused");
        assertThat(told.get(2).reason()).as("why, across the failed attempt").isEqualTo("It was found dead.");
    }

    @Test
    void aRetryDelayOfZeroTriesOnEveryGet() {
        SharedConnection<FakeConnection> shared = shared(500, 0);
        connector.opening = attempt -> {
            throw new SQLException("Connection refused", "08001");
        };
        assertThatThrownBy(shared::get).isInstanceOf(ConnectionFailedException.class);
        assertThatThrownBy(shared::get).isInstanceOf(ConnectionFailedException.class);
        assertThat(connector.connects.get()).isEqualTo(2);
    }

    @Test
    void oneFailedCheckDoesNotEndAHealthyConnection() {
        SharedConnection<FakeConnection> shared = shared(0, 1000);
        FakeConnection first = shared.get();
        connector.answerNextChecks(false);
        assertThat(shared.get()).isSameAs(first);
        assertThat(shared.status().reopenCount()).isZero();
        connector.answerNextChecks(false, false);
        assertThat(shared.get()).isNotSameAs(first);
        assertThat(first.open).isFalse();
    }

    @Test
    void onlyAFailureTheConnectorTakesAsFatalCostsACheck() {
        SharedConnection<FakeConnection> shared = shared(60_000, 1000);
        connector.fatal = failure -> !(failure instanceof SQLSyntaxErrorException);
        shared.get();
        int checks = connector.checks.get();
        shared.reportFailure(new SQLSyntaxErrorException("Table \"NO_SUCH\" not found", "42S02"));
        shared.get();
        assertThat(connector.checks.get()).as("a typo leaves the connection trusted").isEqualTo(checks);
        shared.reportFailure(new SQLException("Connection is broken", "08006"));
        shared.get();
        assertThat(connector.checks.get()).isEqualTo(checks + 1);
    }

    @Test
    void aConnectorReturningNullIsAFailureWithAClearMessage() {
        SharedConnection<FakeConnection> shared = shared(500, 1000);
        connector.opening = attempt -> null;
        assertThatThrownBy(shared::get).isInstanceOf(ConnectionFailedException.class)
                .hasMessage("Could not open the shared connection 'shared': The connector 'fake' returned no connection.");
    }

    @Test
    void aCallerExpectingAnotherTypeIsRefused() {
        SharedConnection<FakeConnection> shared = shared(500, 1000);
        assertThatThrownBy(() -> shared.expect(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The connector 'fake' opens " + FakeConnection.class.getName() + ", not java.lang.String.");
    }

    @Test
    void aDepartingConnectorClosesTheConnectionItOpened() {
        SharedConnection<FakeConnection> shared = shared(60_000, 1000);
        FakeConnection open = shared.get();
        registry.unbindConnector(reference, connector);
        shared.connectorRemoved(connector);
        assertThat(open.open).isFalse();
        assertThat(shared.status().state()).isEqualTo(State.CONNECTOR_UNAVAILABLE);
        assertThatThrownBy(shared::get).isInstanceOf(ConnectorUnavailableException.class);
    }

    @Test
    void aDepartingConnectorDoesNotWaitForAConnectInProgressWhichClosesWhatItOpened() throws Exception {
        SharedConnection<FakeConnection> shared = shared(60_000, 1000);
        CountDownLatch connecting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<FakeConnection> opened = new ArrayList<>();
        connector.opening = attempt -> {
            connecting.countDown();
            release.await();
            FakeConnection connection = new FakeConnection(attempt);
            opened.add(connection);
            return connection;
        };
        Future<FakeConnection> caller = callers.submit(shared::get);
        assertThat(connecting.await(10, TimeUnit.SECONDS)).isTrue();

        Future<?> departure = callers.submit(() -> {
            registry.unbindConnector(reference, connector);
            shared.connectorRemoved(connector);
        });
        departure.get(ManagedConnectionBase.DEPARTURE_WAIT_MILLIS + 5_000, TimeUnit.MILLISECONDS);
        assertThat(caller.isDone()).as("the connect still runs").isFalse();

        release.countDown();
        assertThatThrownBy(() -> caller.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConnectorUnavailableException.class);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).open).as("what the late connect opened is closed").isFalse();
    }

    @Test
    void aConnectorArrivingEndsARememberedFailure() {
        SharedConnections all = new SharedConnections(registry, clock, null, new CachePlan.Caching(null, null, null));
        SharedConnection<FakeConnection> shared = all.acquire(new SharedConnectionSettings("arrives", "fake", 0, "session",
                500, 60_000, Map.of()), this);
        connector.opening = attempt -> {
            throw new SQLException("Connection refused", "08001");
        };
        assertThatThrownBy(shared::get).isInstanceOf(ConnectionFailedException.class);
        FakeConnector better = new FakeConnector();
        registry.bindConnector(new FakeServiceReference<>(Map.of(Connector.NAME, "fake",
                org.osgi.framework.Constants.SERVICE_RANKING, 10)), better);
        assertThat(shared.get()).isNotNull();
        assertThat(better.connects.get()).isEqualTo(1);
        all.closeAll();
    }
}
