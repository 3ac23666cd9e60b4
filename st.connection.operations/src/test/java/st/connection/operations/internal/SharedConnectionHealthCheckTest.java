package st.connection.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;

import st.connection.api.ConnectionFailedException;
import st.connection.api.ConnectionStatus;
import st.connection.api.ManagedConnection;
import st.connection.api.event.ConnectionEvent;

class SharedConnectionHealthCheckTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final ConnectionCounts counts = new ConnectionCounts();
    private final SharedConnectionHealthCheck.Thresholds thresholds = new SharedConnectionHealthCheck.Thresholds(
            Duration.ofSeconds(1), Duration.ofMinutes(5));

    private SharedConnectionHealthCheck check(Supplier<Object> get) {
        ManagedConnection<Object> connection = new ManagedConnection<>() {
            @Override
            public String name() {
                return "sales";
            }

            @Override
            public String connector() {
                return "jdbc";
            }

            @Override
            public Object get() {
                return get.get();
            }

            @Override
            public void reportFailure(Throwable failure) {
            }

            @Override
            public ConnectionStatus status() {
                return new ConnectionStatus(ConnectionStatus.State.OPEN, now.minusSeconds(3600), now, 0, null);
            }
        };
        return new SharedConnectionHealthCheck("sales", () -> Optional.of(connection), counts, () -> thresholds,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anOpenConnectionIsOk() {
        Result result = check(Object::new).execute();

        assertThat(result.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(result.toString()).contains("'sales' is open since");
    }

    @Test
    void aConnectionThatCannotBeOpenedIsCriticalWithItsSentence() {
        Result result = check(() -> {
            throw new ConnectionFailedException("Could not open the shared connection 'sales': The database cannot "
                    + "be reached.", null);
        }).execute();

        assertThat(result.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(result.toString()).contains("The database cannot be reached.");
    }

    @Test
    void aConnectionReopenedRecentlyWarnsWithWhyAndOneReopenedLongAgoDoesNot() {
        counts.count(new ConnectionEvent(ConnectionEvent.Type.SHARED_REOPENED, "sales", "jdbc", null,
                "It was found dead.", now.minusSeconds(60)));
        Result recent = check(Object::new).execute();
        counts.count(new ConnectionEvent(ConnectionEvent.Type.SHARED_REOPENED, "sales", "jdbc", null,
                "It was found dead.", now.minus(Duration.ofMinutes(6))));
        Result longAgo = check(Object::new).execute();

        assertThat(recent.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(recent.toString()).contains("It was found dead.");
        assertThat(longAgo.getStatus()).isEqualTo(Result.Status.OK);
    }

    @Test
    void aSlowAnswerWarns() {
        Result result = check(() -> {
            long until = System.nanoTime() + Duration.ofMillis(1100).toNanos();
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return new Object();
        }).execute();

        assertThat(result.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(result.toString()).contains("more than 1000 ms");
    }
}
