package st.connection.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.jdbc.DataSourceFactory;

import st.connection.api.LoginFailedException;

class JdbcConnectorTest {

    private static final String URL = "jdbc:h2:mem:jdbc-connector";

    private final DriverFactories factories = new DriverFactories();
    private final JdbcConnector connector = new JdbcConnector(factories, false);
    private Connection owner;

    @BeforeEach
    void installH2() throws SQLException {
        factories.bindFactory(new OsgiDataSourceFactory(new org.h2.Driver()),
                Map.of(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, "org.h2.Driver",
                        DataSourceFactory.OSGI_JDBC_DRIVER_NAME, "H2 JDBC Driver"));
        owner = DriverManager.getConnection(URL + ";DB_CLOSE_DELAY=-1", "sa", "owner-pw");
        try (Statement statement = owner.createStatement()) {
            statement.execute("CREATE USER IF NOT EXISTS BOB PASSWORD 'bob-pw'");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        owner.close();
    }

    private static Map<String, Object> params(String user, Object password) {
        return new HashMap<>(Map.of("url", URL, "user", user, "password", password));
    }

    @Test
    void connectsThroughTheFactoryThatAcceptsTheUrl() throws Exception {
        Connection connection = connector.connect(params("bob", "bob-pw".toCharArray()));
        assertThat(connector.isOpen(connection)).isTrue();
        connector.close(connection);
        assertThat(connector.isOpen(connection)).isFalse();
        connector.close(connection);
    }

    @Test
    void choosesTheDriverByClassWhenAsked() throws Exception {
        Map<String, Object> params = params("bob", "bob-pw");
        params.put(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, "org.h2.Driver");
        connector.close(connector.connect(params));
        params.put(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, "org.postgresql.Driver");
        assertThatThrownBy(() -> connector.connect(params)).isInstanceOf(SQLException.class)
                .hasMessage("No JDBC driver with osgi.jdbc.driver.class=org.postgresql.Driver is installed "
                        + "(installed: org.h2.Driver).");
    }

    @Test
    void aWrongPasswordIsALoginFailureInPlainWords() {
        assertThatThrownBy(() -> connector.connect(params("bob", "wrong-pw")))
                .isInstanceOf(LoginFailedException.class)
                .hasMessage("The user name or password is not correct.");
    }

    @Test
    void anUnreachableServerIsALoginFailureThatNamesNoHostOrPort() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Map<String, Object> params = params("bob", "bob-pw");
        params.put("url", "jdbc:h2:tcp://127.0.0.1:" + closed + "/mem:gone");
        assertThatThrownBy(() -> connector.connect(params)).isInstanceOf(LoginFailedException.class)
                .hasMessage("The database cannot be reached; check that it runs and that the network lets this server "
                        + "reach it.")
                .satisfies(e -> assertThat(e.getCause()).hasMessageContaining(String.valueOf(closed)));
    }

    @Test
    void anUnknownUrlNamesOnlyItsPrefix() {
        Map<String, Object> params = params("bob", "bob-pw");
        params.put("url", "jdbc:oracle:thin:scott/tiger@host:1521:orcl");
        assertThatThrownBy(() -> connector.connect(params)).isInstanceOf(SQLException.class)
                .hasMessage("No installed JDBC driver accepts URLs starting with 'jdbc:oracle' "
                        + "(installed: org.h2.Driver).");
    }

    @Test
    void aMissingUrlIsALoginFailure() {
        assertThatThrownBy(() -> connector.connect(new HashMap<>(Map.of("user", "bob"))))
                .isInstanceOf(LoginFailedException.class).hasMessage("A JDBC URL is required (parameter 'url').");
    }

    @Test
    void offersNoLoginFormUnlessConfiguredToSinceItsUrlCanNameAnything() {
        assertThat(connector.defaultFormFields()).isEmpty();
        assertThat(new JdbcConnector(factories, true).defaultFormFields())
                .extracting(f -> f.name() + (f.secret() ? ":secret" : "")).containsExactly("url", "user", "password:secret");
    }
}
