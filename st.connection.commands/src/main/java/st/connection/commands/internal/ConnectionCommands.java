package st.connection.commands.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.CacheStatistics;
import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionAdmin;
import st.connection.api.ConnectionException;
import st.connection.api.ConnectionService;
import st.connection.api.ConnectionStatus;
import st.connection.api.ConnectorInfo;
import st.connection.api.ManagedConnection;
import st.connection.api.QueryCache;

/**
 * Gogo commands in scope {@code conn}. Results go to the shell's standard output as tables;
 * failures to its standard error as one sentence, never a stack trace.
 *
 * <p>Needs the API's services only, no web stack, so that a shell-only host (Karaf, a plain Felix
 * with Gogo) has them. {@code conn:list} shows core's configuration problems (shared connections,
 * login forms); those of the web bundle's gates and login throttle are on the console panel.
 */
@Component(service = ConnectionCommands.class, property = {
        "osgi.command.scope=conn",
        "osgi.command.function=connectors",
        "osgi.command.function=list",
        "osgi.command.function=reopen",
        "osgi.command.function=query",
        "osgi.command.function=cache"})
public class ConnectionCommands {

    static final String DEFAULT_LIMIT = "20";

    private final ConnectionService connections;
    private final ConnectionAdmin admin;
    private final QueryCache cache;

    @Activate
    public ConnectionCommands(@Reference ConnectionService connections, @Reference ConnectionAdmin admin,
            @Reference QueryCache cache) {
        this.connections = connections;
        this.admin = admin;
        this.cache = cache;
    }

    @Descriptor("lists the connectors: name, connection type, bundle, version and whether it is the one in use")
    public void connectors() {
        TextTable table = new TextTable("NAME", "TYPE", "BUNDLE", "VERSION", "STATE");
        for (ConnectorInfo connector : connections.connectors()) {
            table.row(connector.name(), connector.type(), connector.bundle(), connector.bundleVersion(),
                    connector.state().name().toLowerCase(Locale.ROOT));
        }
        out().print(table);
    }

    @Descriptor("lists the shared connections with their state, and the configuration problems")
    public void list() {
        TextTable table = new TextTable("NAME", "CONNECTOR", "STATE", "OPENED", "CHECKED", "REOPENS", "LAST ERROR");
        for (ManagedConnection<?> connection : connections.singletons()) {
            ConnectionStatus status = connection.status();
            table.row(connection.name(), connection.connector(), status.state(), DisplayTime.of(status.openedAt()),
                    DisplayTime.of(status.lastCheckedAt()), status.reopenCount(),
                    status.lastError() == null ? "-" : status.lastError());
        }
        out().print(table);
        List<ConfigurationProblem> found = connections.configurationProblems();
        if (!found.isEmpty()) {
            TextTable problemTable = new TextTable("PID", "KEY", "VALUE", "EXPECTED");
            found.forEach(p -> problemTable.row(p.pid(), p.key(), p.value() == null ? "(missing)" : p.value(),
                    p.expected()));
            out().println();
            out().println("Configuration problems:");
            out().print(problemTable);
        }
    }

    @Descriptor("closes a shared connection and opens it again now")
    public void reopen(@Descriptor("the shared connection's name (see conn:list)") String name) {
        try {
            ConnectionStatus status = admin.reopen(name);
            out().println("Reopened '" + name + "': " + status.state() + " since " + DisplayTime.of(status.openedAt())
                    + ", reopened " + status.reopenCount() + " times.");
        } catch (IllegalArgumentException | ConnectionException e) {
            err().println(e.getMessage());
        }
    }

    @Descriptor("runs SQL on a shared JDBC connection and shows the rows")
    public void query(
            @Descriptor("show at most this many rows") @Parameter(names = {"-n", "--limit"},
                    absentValue = DEFAULT_LIMIT) int limit,
            @Descriptor("the shared connection's name (see conn:list)") String name,
            @Descriptor("the SQL, quoted: \"SELECT * FROM T\"") String sql) {
        if (limit < 1) {
            err().println("The row limit must be 1 or more.");
            return;
        }
        Optional<ManagedConnection<?>> connection = connections.singletons().stream()
                .filter(c -> c.name().equals(name)).findFirst();
        if (connection.isEmpty()) {
            err().println("There is no shared connection named '" + name + "'; conn:list shows them.");
            return;
        }
        new SqlRunner(out(), err()).run(connection.get(), sql, limit);
    }

    @Descriptor("shows the query cache statistics per connection and scope")
    public void cache() {
        TextTable table = new TextTable("CONNECTION", "SCOPE", "HITS", "MISSES", "HIT RATIO", "ENTRIES", "BYTES",
                "EVICTIONS", "EXPIRATIONS");
        for (CacheStatistics s : cache.statistics()) {
            table.row(s.connection(), s.scope(), s.hits(), s.misses(), Math.round(s.hitRatio() * 100) + "%", s.entries(),
                    s.approximateBytes(), s.evictions(), s.expirations());
        }
        out().print(table);
    }

    @Descriptor("clears the cached results of one connection: conn:cache clear NAME")
    public void cache(@Descriptor("clear") String action, @Descriptor("the connection's name") String name) {
        if (!"clear".equals(action)) {
            err().println("Unknown cache action '" + action + "'; use: conn:cache clear NAME");
            return;
        }
        if (connections.singletons().stream().noneMatch(c -> c.name().equals(name))
                && cache.statistics().stream().noneMatch(s -> s.connection().equals(name))) {
            err().println("There is no connection named '" + name + "'; conn:list shows them.");
            return;
        }
        cache.invalidate(name);
        out().println("Cleared the cached results of '" + name + "'.");
    }

    /** Gogo replaces the standard streams of the thread that runs a command with the session's. */
    private static PrintStream out() {
        return System.out;
    }

    private static PrintStream err() {
        return System.err;
    }
}
