package st.connection.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import st.connection.api.event.ConnectionEvent;
import st.connection.api.event.ConnectionEvent.Type;

class ConnectionActivityTest {

    private final ConnectionActivity activity = new ConnectionActivity();

    @AfterEach
    void stop() throws InterruptedException {
        activity.deactivate();
    }

    @Test
    void countsOpensReopensFailuresAndLoginsPerName() {
        activity.connectionEvent(event(Type.SHARED_OPENED, "sales"));
        activity.connectionEvent(event(Type.SHARED_FAILED, "sales"));
        activity.connectionEvent(event(Type.SHARED_REOPENED, "sales"));
        activity.connectionEvent(event(Type.LOGIN_FAILED, "h2"));
        activity.connectionEvent(event(Type.LOGIN_SUCCEEDED, "h2"));
        activity.connectionEvent(event(Type.LOGIN_SUCCEEDED, "h2"));

        ConnectionCounts sales = activity.countsOf("sales");
        assertThat(sales.opens()).as("the reopen is an open too").isEqualTo(2);
        assertThat(sales.reopens()).isEqualTo(1);
        assertThat(sales.failures()).isEqualTo(1);
        assertThat(sales.lastReopenReason()).isEqualTo("why SHARED_REOPENED");
        assertThat(activity.countsOf("h2").loginsFailed()).isEqualTo(1);
        assertThat(activity.countsOf("h2").loginsSucceeded()).isEqualTo(2);
        assertThat(activity.countsOf("never-seen").opens()).isZero();
    }

    @Test
    void keepsTheLastHundredEventsOldestFirst() {
        for (int i = 0; i < ConnectionActivity.RECENT_EVENTS + 5; i++) {
            activity.connectionEvent(event(Type.SHARED_OPENED, "c" + i));
        }

        assertThat(activity.recentEvents()).hasSize(ConnectionActivity.RECENT_EVENTS);
        assertThat(activity.recentEvents().get(0).connection()).isEqualTo("c5");
        assertThat(activity.recentEvents().get(ConnectionActivity.RECENT_EVENTS - 1).connection()).isEqualTo("c104");
    }

    @Test
    void tellsChangeListenersOnItsOwnThreadNeverOnTheOneThatFiredTheEvent() throws InterruptedException {
        CountDownLatch told = new CountDownLatch(1);
        AtomicReference<Thread> on = new AtomicReference<>();
        activity.onChange(() -> {
            on.set(Thread.currentThread());
            told.countDown();
        });

        activity.connectionEvent(event(Type.SHARED_CLOSED, "sales"));

        assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(on.get()).isNotSameAs(Thread.currentThread());
        assertThat(on.get().getName()).isEqualTo("st.connection operations");
    }

    private static ConnectionEvent event(Type type, String connection) {
        return new ConnectionEvent(type, connection, "jdbc", null, "why " + type, Instant.now());
    }
}
