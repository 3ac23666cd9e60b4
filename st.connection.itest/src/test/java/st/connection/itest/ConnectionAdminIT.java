package st.connection.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import st.connection.api.ConnectionAdmin;
import st.connection.api.ConnectionFailedException;
import st.connection.api.ConnectionStatus;
import st.connection.api.Connector;
import st.connection.api.ConnectorInfo;
import st.connection.api.ManagedConnection;

/** The operator's operations on shared connections, and how connectors are listed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectionAdminIT extends ITestSupport {

    private static final String URL = "jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1";

    private Connection observer;

    @Configuration
    public Option[] config() {
        return frameworkFor(ConnectionAdminIT.class);
    }

    @Before
    public void createDatabase() throws SQLException {
        observer = createDatabase(URL);
    }

    @After
    public void closeObserver() throws SQLException {
        observer.close();
    }

    private ManagedConnection<Connection> shared(String name, String url) {
        return connections().singleton("jdbc", Map.of("name", name, "url", url, "user", "sa",
                "password", ADMIN_PASSWORD));
    }

    @Test
    public void reopenReplacesTheSessionAtOnceAndCountsIt() throws Exception {
        ManagedConnection<Connection> shared = shared("to-reopen", URL);
        int before = sessionId(shared.get());
        int sessions = sessionCount(observer);

        ConnectionStatus status = service(ConnectionAdmin.class).reopen("to-reopen");

        assertEquals(ConnectionStatus.State.OPEN, status.state());
        assertEquals(1, status.reopenCount());
        assertNotEquals("a new H2 session", before, sessionId(shared.get()));
        assertEquals("the old session was closed", sessions, sessionCount(observer));
    }

    @Test
    public void closeReleasesTheSessionAndTheNextGetOpensAgain() throws Exception {
        ManagedConnection<Connection> shared = shared("to-close", URL);
        Connection open = shared.get();
        int sessions = sessionCount(observer);

        service(ConnectionAdmin.class).close("to-close");

        assertTrue(open.isClosed());
        assertEquals(sessions - 1, sessionCount(observer));
        assertEquals(ConnectionStatus.State.IDLE, shared.status().state());
        assertEquals(3, queryInt(shared.get(), "SELECT COUNT(*) FROM ITEMS"));
        assertEquals(ConnectionStatus.State.OPEN, shared.status().state());
    }

    @Test
    public void reopeningAnUnknownOrBrokenConnectionFailsWithAMessage() {
        ConnectionAdmin admin = service(ConnectionAdmin.class);
        try {
            admin.reopen("no-such-connection");
            fail("reopened a connection that does not exist");
        } catch (IllegalArgumentException e) {
            assertEquals("There is no shared connection named 'no-such-connection'.", e.getMessage());
        }
        shared("broken", "jdbc:h2:mem:admin;NO_SUCH_SETTING=1");
        try {
            admin.reopen("broken");
            fail("reopened a connection with a bad URL");
        } catch (ConnectionFailedException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Could not open the shared connection 'broken': "));
            assertFalse("no secret in the message", e.getMessage().contains(ADMIN_PASSWORD));
        }
    }

    @Test
    public void aSecondConnectorOfTheSameNameIsListedAsStandby() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>(Map.of(Connector.NAME, "jdbc",
                Constants.SERVICE_RANKING, -10));
        offerJdbcDefaultForm(true);
        ServiceRegistration<?> second = context().registerService(Connector.class.getName(), new SpareConnector(),
                properties);
        try {
            List<ConnectorInfo> listed = connections().connectors().stream().filter(c -> c.name().equals("jdbc")).toList();
            assertEquals(2, listed.size());
            assertEquals(ConnectorInfo.State.ACTIVE, listed.get(0).state());
            assertEquals("st.connection.jdbc", listed.get(0).bundle());
            assertEquals(ConnectorInfo.State.STANDBY, listed.get(1).state());
            assertTrue("one default form per name",
                    connections().loginForms().stream().filter(f -> f.name().equals("jdbc")).count() == 1);
        } finally {
            second.unregister();
            offerJdbcDefaultForm(false);
        }
        assertEquals(1, connections().connectors().stream().filter(c -> c.name().equals("jdbc")).count());
    }

    /** A connector that is never used: it only stands by. */
    private static final class SpareConnector implements Connector<Object> {

        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public Object connect(Map<String, Object> params) {
            throw new UnsupportedOperationException("standby only");
        }

        @Override
        public boolean isOpen(Object connection) {
            return false;
        }

        @Override
        public void close(Object connection) {
        }
    }
}
