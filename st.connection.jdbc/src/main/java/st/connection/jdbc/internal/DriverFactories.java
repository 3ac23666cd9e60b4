package st.connection.jdbc.internal;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;

/** The installed {@link DataSourceFactory} services, and the choice of a driver for a connection. */
@Component(service = DriverFactories.class)
public class DriverFactories {

    private final List<Registered> factories = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindFactory(DataSourceFactory factory, Map<String, Object> properties) {
        factories.add(new Registered(factory, properties));
    }

    void unbindFactory(DataSourceFactory factory) {
        factories.removeIf(registered -> registered.factory == factory);
    }

    /**
     * Chooses by {@code osgi.jdbc.driver.class} or {@code osgi.jdbc.driver.name} if the parameters
     * name one, otherwise the first driver that accepts the URL.
     */
    Driver driverFor(String url, Map<String, Object> params) throws SQLException {
        for (String selector : List.of(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS,
                DataSourceFactory.OSGI_JDBC_DRIVER_NAME)) {
            Object wanted = params.get(selector);
            if (wanted != null) {
                return factories.stream().filter(r -> Objects.equals(String.valueOf(wanted), r.properties.get(selector)))
                        .findFirst().orElseThrow(() -> new SQLException("No JDBC driver with " + selector + "="
                                + wanted + " is installed (installed: " + installed() + ")."))
                        .factory.createDriver(null);
            }
        }
        for (Registered registered : factories) {
            Driver driver = registered.factory.createDriver(null);
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("No installed JDBC driver accepts URLs starting with '" + prefixOf(url)
                + "' (installed: " + installed() + ").");
    }

    /** @return "jdbc:subprotocol", so that nothing after it (possibly a password) is ever shown */
    private static String prefixOf(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? url : url.substring(0, second);
    }

    private String installed() {
        List<String> names = factories.stream()
                .map(r -> String.valueOf(r.properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS))).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private record Registered(DataSourceFactory factory, Map<String, Object> properties) {
    }
}
