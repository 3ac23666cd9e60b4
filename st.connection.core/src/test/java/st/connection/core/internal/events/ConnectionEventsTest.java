package st.connection.core.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import st.connection.api.event.ConnectionEvent;
import st.connection.api.event.ConnectionEventListener;

class ConnectionEventsTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final ConnectionEvents events = new ConnectionEvents(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void everyListenerHearsEachEventWithItsTime() {
        List<ConnectionEvent> first = new ArrayList<>();
        List<ConnectionEvent> second = new ArrayList<>();
        events.addListener(first::add);
        events.addListener(second::add);

        events.fire(ConnectionEvent.Type.SHARED_OPENED, "sales", "jdbc", null, "It opened.");

        ConnectionEvent expected = new ConnectionEvent(ConnectionEvent.Type.SHARED_OPENED, "sales", "jdbc", null,
                "It opened.", now);
        assertThat(first).containsExactly(expected);
        assertThat(second).containsExactly(expected);
    }

    @Test
    void aFailingListenerNeitherStopsTheOthersNorReachesTheCaller() {
        List<ConnectionEvent> heard = new ArrayList<>();
        ConnectionEventListener failing = event -> {
            throw new IllegalStateException("listener bug");
        };
        events.addListener(failing);
        events.addListener(heard::add);

        events.fire(ConnectionEvent.Type.LOGGED_OUT, "h2", "jdbc", "alice", "Logged out.");

        assertThat(heard).hasSize(1);
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<ConnectionEvent> heard = new ArrayList<>();
        ConnectionEventListener listener = heard::add;
        events.addListener(listener);
        events.removeListener(listener);

        events.fire(ConnectionEvent.Type.CACHE_CLEARED, null, null, null, "Every cached result was cleared.");

        assertThat(heard).isEmpty();
    }
}
