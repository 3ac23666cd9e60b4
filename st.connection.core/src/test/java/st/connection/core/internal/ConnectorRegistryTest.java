package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import st.connection.api.Connector;
import st.connection.api.ConnectorInfo;
import st.connection.core.internal.FakeConnector.FakeConnection;

class ConnectorRegistryTest {

    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final List<String> heard = new ArrayList<>();

    ConnectorRegistryTest() {
        registry.addListener(new ConnectorListener() {
            @Override
            public void connectorAdded(String name) {
                heard.add("+" + name);
            }

            @Override
            public void connectorRemoved(String name, Connector<?> departing) {
                heard.add("-" + name);
            }
        });
    }

    private static FakeServiceReference<Connector<?>> reference(String name, int ranking) {
        return new FakeServiceReference<>(Map.of(Connector.NAME, name, Constants.SERVICE_RANKING, ranking));
    }

    @Test
    void theHighestRankedThenTheOldestConnectorOfANameIsInUse() {
        FakeConnector older = new FakeConnector();
        FakeConnector newer = new FakeConnector();
        FakeConnector ranked = new FakeConnector();
        registry.bindConnector(reference("fake", 0), older);
        registry.bindConnector(reference("fake", 0), newer);
        assertThat(registry.<FakeConnection>find("fake")).containsSame(older);

        FakeServiceReference<Connector<?>> rankedReference = reference("fake", 5);
        registry.bindConnector(rankedReference, ranked);
        assertThat(registry.<FakeConnection>find("fake")).containsSame(ranked);
        assertThat(registry.infos()).extracting(ConnectorInfo::state)
                .containsExactly(ConnectorInfo.State.ACTIVE, ConnectorInfo.State.STANDBY, ConnectorInfo.State.STANDBY);

        registry.unbindConnector(rankedReference, ranked);
        assertThat(registry.<FakeConnection>find("fake")).containsSame(older);
        assertThat(heard).endsWith("-fake", "+fake");
    }

    @Test
    void aConnectorWhoseNameChangesLeavesItsOldNameAndLeavesForGoodWhenItGoes() {
        FakeConnector connector = new FakeConnector();
        FakeServiceReference<Connector<?>> reference = reference("before", 0);
        registry.bindConnector(reference, connector);

        reference.set(Connector.NAME, "after");
        registry.updatedConnector(reference, connector);
        assertThat(registry.<FakeConnection>find("before")).isEmpty();
        assertThat(registry.<FakeConnection>find("after")).containsSame(connector);
        assertThat(heard).containsExactly("+before", "-before", "+after");

        registry.unbindConnector(reference, connector);
        assertThat(registry.<FakeConnection>find("before")).isEmpty();
        assertThat(registry.<FakeConnection>find("after")).isEmpty();
        assertThat(registry.names()).isEmpty();
    }
}
