package st.connection.ui.internal.console;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.List;

import st.connection.api.CacheStatistics;
import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectorInfo;
import st.connection.api.ManagedConnection;
import st.connection.ui.internal.DisplayTime;

/** Writes the panel's tables as HTML in the Web Console's style; every value is encoded. */
final class PanelTables {

    private final String action;
    private final String csrfToken;

    PanelTables(String action, String csrfToken) {
        this.action = action;
        this.csrfToken = csrfToken;
    }

    void connectors(StringBuilder html, List<ConnectorInfo> connectors) {
        html.append("<h2>Connectors</h2>\n");
        if (connectors.isEmpty()) {
            html.append("<p id='connectors-none'>No connector is installed.</p>\n");
            return;
        }
        html.append("<table class='nicetable' id='connectors'>\n<thead><tr><th>Name</th><th>Connection type</th>"
                + "<th>Bundle</th><th>Version</th><th>State</th></tr></thead>\n<tbody>\n");
        for (ConnectorInfo connector : connectors) {
            html.append("<tr id='connector-").append(forHtmlAttribute(connector.name())).append("'>");
            cells(html, connector.name(), connector.type(), connector.bundle(), connector.bundleVersion(),
                    connector.state() == ConnectorInfo.State.ACTIVE ? "active" : "standby (a higher ranked one is used)");
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    void shared(StringBuilder html, List<ManagedConnection<?>> connections, List<CacheStatistics> statistics) {
        html.append("<h2>Shared connections</h2>\n");
        if (connections.isEmpty()) {
            html.append("<p id='shared-none'>No shared connection is configured.</p>\n");
            return;
        }
        html.append("<table class='nicetable' id='shared'>\n<thead><tr><th>Name</th><th>Connector</th><th>State</th>"
                + "<th>Opened at</th><th>Last checked</th><th>Reopened</th><th>Last error</th><th>Cache</th>"
                + "<th>Actions</th></tr></thead>\n<tbody>\n");
        for (ManagedConnection<?> connection : connections) {
            ConnectionStatus status = connection.status();
            html.append("<tr id='shared-").append(forHtmlAttribute(connection.name())).append("'>");
            cells(html, connection.name(), connection.connector(), status.state().name(),
                    DisplayTime.of(status.openedAt()), DisplayTime.of(status.lastCheckedAt()),
                    Long.toString(status.reopenCount()), status.lastError() == null ? "-" : status.lastError(),
                    CacheSummary.of(connection.name(), statistics));
            html.append("<td>");
            button(html, "reopen", connection.name(), "Reopen");
            button(html, "close", connection.name(), "Close");
            button(html, "clear-cache", connection.name(), "Clear cache");
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    void problems(StringBuilder html, List<ConfigurationProblem> problems) {
        html.append("<h2>Configuration problems</h2>\n");
        if (problems.isEmpty()) {
            html.append("<p id='problems-none'>None: every configuration was applied.</p>\n");
            return;
        }
        html.append("<table class='nicetable' id='problems'>\n<thead><tr><th>PID</th><th>Key</th><th>Value found</th>"
                + "<th>Expected</th></tr></thead>\n<tbody>\n");
        for (ConfigurationProblem problem : problems) {
            html.append("<tr class='problem'>");
            cells(html, problem.pid(), problem.key(), problem.value() == null ? "(missing)" : problem.value(),
                    problem.expected());
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private void button(StringBuilder html, String actionName, String connection, String label) {
        html.append("<form method='post' class='st-inline' action='").append(forHtmlAttribute(action)).append("'>")
                .append("<input type='hidden' name='csrf' value='").append(forHtmlAttribute(csrfToken)).append("'>")
                .append("<input type='hidden' name='action' value='").append(actionName).append("'>")
                .append("<input type='hidden' name='name' value='").append(forHtmlAttribute(connection)).append("'>")
                .append("<button type='submit' id='").append(actionName).append('-').append(forHtmlAttribute(connection))
                .append("'>").append(label).append("</button></form> ");
    }

    private static void cells(StringBuilder html, String... values) {
        for (String value : values) {
            html.append("<td>").append(forHtml(value)).append("</td>");
        }
    }
}
