package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import st.connection.api.ConfigurationProblem;
import st.connection.api.Connector;
import st.connection.api.ManagedConnection;
import st.connection.core.internal.config.ConfigurationProblems;

/** Configurations racing each other and the connector, with a bundle context that records registrations. */
class SharedConnectionConfigurationTest {

    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final FakeConnector connector = new FakeConnector();
    private final SharedConnections singletons = new SharedConnections(registry, new ManualClock(), null,
            new CachePlan.Caching(null, null, null));
    private final ConfigurationProblems problems = new ConfigurationProblems();
    /** The service properties of every registration not unregistered yet. */
    private final List<Dictionary<String, ?>> registered = new CopyOnWriteArrayList<>();
    private final BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                if (!method.getName().equals("registerService")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                @SuppressWarnings("unchecked")
                Dictionary<String, ?> properties = (Dictionary<String, ?>) args[2];
                registered.add(properties);
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServiceRegistration.class},
                        (registration, call, none) -> {
                            if (call.getName().equals("unregister")) {
                                registered.remove(properties);
                            }
                            return null;
                        });
            });

    private SharedConnectionConfiguration configure(String pid, String name, String url) {
        Map<String, Object> properties = new HashMap<>(Map.of(Constants.SERVICE_PID, pid, "name", name,
                "connector", "fake", "url", url));
        return new SharedConnectionConfiguration(context, properties, registry, singletons, problems);
    }

    private void installConnector() {
        registry.bindConnector(new FakeServiceReference<>(Map.of(Connector.NAME, "fake")), connector);
    }

    @Test
    void aConnectorArrivingWhileTheConfigurationIsDeactivatedRegistersNothing() {
        SharedConnectionConfiguration configuration = configure("pid-late", "late", "fake:late");
        configuration.deactivate();
        installConnector();
        configuration.connectorAdded("fake"); // a notification that was under way when it was deactivated
        assertThat(registered).isEmpty();
    }

    @Test
    void theSecondOfTwoConfigurationsWithOneNameTakesOverOnceTheFirstIsDeleted() {
        installConnector();
        SharedConnectionConfiguration first = configure("pid-first", "twice", "fake:first");
        SharedConnectionConfiguration second = configure("pid-second", "twice", "fake:second");
        assertThat(registered).hasSize(1);
        assertThat(problems.all()).extracting(ConfigurationProblem::pid, ConfigurationProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pid-second", "name"));

        first.deactivate();
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).get(ManagedConnection.NAME)).isEqualTo("twice");
        assertThat(singletons.find("twice").orElseThrow()).extracting(c -> ((SharedConnection<?>) c).settings().params())
                .isEqualTo(Map.of("url", "fake:second"));
        assertThat(problems.all()).isEmpty();
        second.deactivate();
        assertThat(registered).isEmpty();
        assertThat(singletons.all()).isEmpty();
    }
}
