package st.connection.operations.internal;

import java.io.PrintWriter;

import st.connection.api.CacheStatistics;
import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectorInfo;
import st.connection.api.event.ConnectionEvent;

/** The status as plain text, one line per item, for the Configuration Status page and its zip. */
final class StatusText {

    private StatusText() {
    }

    static void print(StatusSnapshot status, PrintWriter out) {
        out.println("st.connection status at " + status.takenAt());
        out.println();
        out.println("Connectors:");
        if (status.connectors().isEmpty()) {
            out.println("  none");
        }
        for (ConnectorInfo connector : status.connectors()) {
            out.printf("  %s  type %s  bundle %s %s  %s%n", connector.name(), connector.type(), connector.bundle(),
                    connector.bundleVersion(), connector.state());
        }
        out.println();
        out.println("Shared connections:");
        if (status.shared().isEmpty()) {
            out.println("  none");
        }
        for (StatusSnapshot.Shared shared : status.shared()) {
            ConnectionStatus state = shared.status();
            out.printf("  %s  via %s  %s  opened %s  last check %s  reopens %d  last error %s%n", shared.name(),
                    shared.connector(), state.state(), orDash(state.openedAt()), orDash(state.lastCheckedAt()),
                    state.reopenCount(), orDash(state.lastError()));
        }
        out.println();
        out.println("Cache (per connection and scope):");
        if (status.cache().isEmpty()) {
            out.println("  no cached connection used yet");
        }
        for (CacheStatistics figures : status.cache()) {
            out.printf("  %s  %s  hits %d  misses %d  hit ratio %.2f  evictions %d  expirations %d  entries %d  "
                    + "bytes %d  mean miss %.2f ms%n", figures.connection(), figures.scope(), figures.hits(),
                    figures.misses(), figures.hitRatio(), figures.evictions(), figures.expirations(), figures.entries(),
                    figures.approximateBytes(), figures.meanMissMillis());
        }
        out.println();
        out.println("Configuration problems:");
        if (status.problems().isEmpty()) {
            out.println("  none");
        }
        for (ConfigurationProblem problem : status.problems()) {
            out.println("  " + problem.message());
        }
        out.println();
        out.println("Recent events (oldest first):");
        if (status.recentEvents().isEmpty()) {
            out.println("  none since the operations bundle started");
        }
        for (ConnectionEvent event : status.recentEvents()) {
            out.printf("  %s  %s  %s  %s%s  %s%n", event.time(), event.type(), orDash(event.connection()),
                    orDash(event.connector()), event.user() == null ? "" : "  user " + event.user(), event.reason());
        }
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
