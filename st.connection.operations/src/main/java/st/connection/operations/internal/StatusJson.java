package st.connection.operations.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import st.connection.api.CacheStatistics;
import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectorInfo;
import st.connection.api.event.ConnectionEvent;

/**
 * The status as JSON. Written by hand: a handful of flat objects of strings and numbers do not
 * justify a JSON library in the bundle.
 */
final class StatusJson {

    private StatusJson() {
    }

    static void print(StatusSnapshot status, PrintWriter out) {
        List<String> connectors = new ArrayList<>();
        for (ConnectorInfo connector : status.connectors()) {
            connectors.add(object("name", connector.name(), "type", connector.type(), "bundle", connector.bundle(),
                    "bundleVersion", connector.bundleVersion(), "state", connector.state()));
        }
        List<String> shared = new ArrayList<>();
        for (StatusSnapshot.Shared connection : status.shared()) {
            shared.add(object("name", connection.name(), "connector", connection.connector(),
                    "state", connection.status().state(), "openedAt", connection.status().openedAt(),
                    "lastCheckedAt", connection.status().lastCheckedAt(), "reopens", connection.status().reopenCount(),
                    "lastError", connection.status().lastError()));
        }
        List<String> cache = new ArrayList<>();
        for (CacheStatistics figures : status.cache()) {
            cache.add(object("connection", figures.connection(), "scope", figures.scope(), "hits", figures.hits(),
                    "misses", figures.misses(), "evictions", figures.evictions(), "expirations", figures.expirations(),
                    "entries", figures.entries(), "bytes", figures.approximateBytes(),
                    "meanMissMillis", figures.meanMissMillis()));
        }
        List<String> problems = new ArrayList<>();
        for (ConfigurationProblem problem : status.problems()) {
            problems.add(object("pid", problem.pid(), "key", problem.key(), "value", problem.value(),
                    "expected", problem.expected(), "message", problem.message()));
        }
        List<String> events = new ArrayList<>();
        for (ConnectionEvent event : status.recentEvents()) {
            events.add(object("time", event.time(), "type", event.type(), "connection", event.connection(),
                    "connector", event.connector(), "user", event.user(), "reason", event.reason()));
        }
        out.print("{\"takenAt\":" + value(status.takenAt()) + ",\"connectors\":" + array(connectors)
                + ",\"sharedConnections\":" + array(shared) + ",\"cache\":" + array(cache)
                + ",\"configurationProblems\":" + array(problems) + ",\"recentEvents\":" + array(events) + "}");
        out.flush();
    }

    /** @param namesAndValues names, each followed by its value (text, number, or {@code null}) */
    static String object(Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quoted(namesAndValues[i].toString())).append(':').append(value(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    private static String array(List<String> elements) {
        return "[" + String.join(",", elements) + "]";
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.3f", number);
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return quoted(value.toString());
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
