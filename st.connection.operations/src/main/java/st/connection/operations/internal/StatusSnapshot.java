package st.connection.operations.internal;

import java.time.Instant;
import java.util.List;

import st.connection.api.CacheStatistics;
import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectorInfo;
import st.connection.api.event.ConnectionEvent;

/**
 * What the status printer shows, taken at one moment from the platform's public API, which holds
 * no secret: connectors, shared connections, cache figures, configuration problems, recent events.
 */
record StatusSnapshot(Instant takenAt, List<ConnectorInfo> connectors, List<Shared> shared,
        List<CacheStatistics> cache, List<ConfigurationProblem> problems, List<ConnectionEvent> recentEvents) {

    /** A shared connection and its status. */
    record Shared(String name, String connector, ConnectionStatus status) {
    }
}
