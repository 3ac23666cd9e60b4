package st.connection.operations.internal;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import org.apache.felix.inventory.Format;
import org.apache.felix.inventory.InventoryPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.ConnectionService;
import st.connection.api.QueryCache;

/**
 * The st.connection status in the Web Console's Configuration Status page and its zip (Felix
 * Inventory), as text and JSON: connectors, shared connections with state and last error, cache
 * figures, configuration problems and the recent events. Everything comes from the public API and
 * the events, which hold no secret.
 */
@Component(service = InventoryPrinter.class, property = {
    InventoryPrinter.NAME + "=" + ConnectionsInventoryPrinter.NAME,
    InventoryPrinter.TITLE + "=st.connection",
    InventoryPrinter.FORMAT + "=TEXT",
    InventoryPrinter.FORMAT + "=JSON"})
public class ConnectionsInventoryPrinter implements InventoryPrinter {

    static final String NAME = "st.connection";

    private final ConnectionService connections;
    private final QueryCache cache;
    private final ConnectionActivity activity;

    @Activate
    public ConnectionsInventoryPrinter(@Reference ConnectionService connections, @Reference QueryCache cache,
            @Reference ConnectionActivity activity) {
        this.connections = connections;
        this.cache = cache;
        this.activity = activity;
    }

    @Override
    public void print(PrintWriter out, Format format, boolean isZip) {
        StatusSnapshot status = snapshot();
        if (format == Format.JSON) {
            StatusJson.print(status, out);
        } else {
            StatusText.print(status, out);
        }
    }

    StatusSnapshot snapshot() {
        List<StatusSnapshot.Shared> shared = connections.singletons().stream()
                .map(connection -> new StatusSnapshot.Shared(connection.name(), connection.connector(),
                        connection.status())).toList();
        return new StatusSnapshot(Instant.now(), connections.connectors(), shared, cache.statistics(),
                connections.configurationProblems(), activity.recentEvents());
    }
}
