package st.connection.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.event.ConnectionEvent;

class EventAdminPublisherTest {

    @Test
    void everyTypeHasATopicUnderStConnection() {
        assertThat(Arrays.stream(ConnectionEvent.Type.values()).map(EventAdminPublisher::topicOf).distinct())
                .hasSize(ConnectionEvent.Type.values().length).allMatch(topic -> topic.startsWith("st/connection/"));
        assertThat(EventAdminPublisher.topicOf(ConnectionEvent.Type.SHARED_FAILED))
                .isEqualTo("st/connection/shared/FAILED");
    }

    @Test
    void propertiesAreTheEventsNamesReasonAndTimeLeavingOutWhatIsNotKnown() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        Map<String, Object> properties = EventAdminPublisher.propertiesOf(new ConnectionEvent(
                ConnectionEvent.Type.LOGIN_FAILED, "h2", "jdbc", "alice", "The user name or password is not correct.",
                at));
        Map<String, Object> connectorEvent = EventAdminPublisher.propertiesOf(new ConnectionEvent(
                ConnectionEvent.Type.CONNECTOR_ADDED, null, "jdbc", null, "The connector 'jdbc' is available.", at));

        assertThat(properties).containsOnly(Map.entry("connection", "h2"), Map.entry("connector", "jdbc"),
                Map.entry("user", "alice"), Map.entry("reason", "The user name or password is not correct."),
                Map.entry("timestamp", at.toEpochMilli()));
        assertThat(connectorEvent).containsOnlyKeys("connector", "reason", "timestamp");
    }
}
