package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcViewTest {

    private final List<Throwable> reported = new ArrayList<>();
    private Connection raw;
    private Connection view;

    @BeforeEach
    void open() throws SQLException {
        raw = DriverManager.getConnection("jdbc:h2:mem:view");
        view = JdbcView.connection(raw, reported::add);
    }

    @AfterEach
    void close() throws SQLException {
        raw.close();
    }

    @Test
    void ignoresCloseButForwardsEverythingElse() throws SQLException {
        view.close();
        assertThat(raw.isClosed()).isFalse();
        try (PreparedStatement statement = view.prepareStatement("SELECT ?")) {
            statement.setInt(1, 42);
            var rows = statement.executeQuery();
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(42);
            assertThat(statement.getConnection()).isSameAs(view);
        }
        assertThat(reported).isEmpty();
    }

    @Test
    void reportsFailuresOfTheConnectionAndItsStatements() throws SQLException {
        var statement = view.createStatement();
        assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM NO_SUCH_TABLE")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> view.prepareStatement("NOT SQL")).isInstanceOf(SQLException.class);
        assertThat(reported).hasSize(2);
    }

    @Test
    void aResultSetsStatementLeadsBackToTheViewWhoseCloseLeavesTheConnectionOpen() throws SQLException {
        try (Statement statement = view.createStatement(); ResultSet rows = statement.executeQuery("SELECT 1")) {
            assertThat(rows.getStatement()).isSameAs(statement);
            rows.getStatement().getConnection().close();
            assertThat(rows.getStatement().getConnection()).isSameAs(view);
        }
        assertThat(raw.isClosed()).isFalse();
    }

    @Test
    void reportsFailuresWhileReadingResults() throws SQLException {
        try (Statement statement = view.createStatement(); ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
            assertThatThrownBy(() -> rows.getInt(7)).isInstanceOf(SQLException.class);
        }
        assertThat(reported).hasSize(1);
    }

    @Test
    void theSharedViewRefusesToChangeTheSessionOfEveryCaller() throws SQLException {
        Connection shared = JdbcView.sharedConnection(raw, reported::add, "sales");
        assertThatThrownBy(() -> shared.setAutoCommit(false)).isInstanceOf(SQLException.class)
                .hasMessage("The shared connection 'sales' refuses setAutoCommit(...), which would change it for every "
                        + "caller; use a personal connection, or set session settings in its configuration.")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("0A000");
        assertThatThrownBy(() -> shared.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> shared.setSchema("INFORMATION_SCHEMA")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> shared.setReadOnly(true)).isInstanceOf(SQLException.class);
        try (Statement statement = shared.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SET SCHEMA INFORMATION_SCHEMA"))
                    .hasMessageContaining("refuses SET,");
            assertThatThrownBy(() -> statement.executeUpdate("SELECT 1; SET AUTOCOMMIT FALSE"))
                    .isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> shared.prepareStatement("SET @X = ?")).isInstanceOf(SQLException.class);
        shared.setAutoCommit(true);
        assertThat(raw.getAutoCommit()).isTrue();
        assertThat(raw.getSchema()).isEqualTo("PUBLIC");
        assertThat(reported).as("a refusal is no failure of the connection").isEmpty();
    }

    @Test
    void aPersonalViewMayChangeItsOwnSession() throws SQLException {
        view.setAutoCommit(false);
        assertThat(raw.getAutoCommit()).isFalse();
        view.rollback();
        view.setAutoCommit(true);
    }

    @Test
    void unwrapsToTheDriversOwnTypes() throws SQLException {
        assertThat(view.unwrap(Connection.class)).isSameAs(view);
        assertThat(view.isWrapperFor(org.h2.jdbc.JdbcConnection.class)).isTrue();
        assertThat(view.unwrap(org.h2.jdbc.JdbcConnection.class)).isSameAs(raw);
        assertThat(view).isEqualTo(view).isNotEqualTo(raw);
    }

    /** A driver as some answer when their connection is closed under a call: no rows, or an unchecked exception. */
    private static Connection driverClosedUnderTheCall(AtomicBoolean closed) {
        ResultSet rows = proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> false;
            case "getInt" -> throw new NullPointerException("the driver's result is gone");
            default -> null;
        });
        Statement statement = proxy(Statement.class, (method, args) -> "executeQuery".equals(method) ? rows : null);
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "isClosed" -> closed.get();
            case "createStatement" -> statement;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }

    @Test
    void noMoreRowsFromAConnectionThePlatformClosedUnderTheReaderIsAnSqlException() throws SQLException {
        AtomicBoolean closed = new AtomicBoolean();
        Connection driver = JdbcView.connection(driverClosedUnderTheCall(closed), reported::add);
        ResultSet rows = driver.createStatement().executeQuery("SELECT COUNT(*) FROM ITEMS");
        closed.set(true);
        assertThatThrownBy(rows::next).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo(ClosedUnderTheCall.SQL_STATE));
        assertThat(reported).hasSize(1);
    }

    @Test
    void noMoreRowsFromAnOpenConnectionIsTheEndOfTheRows() throws SQLException {
        Connection driver = JdbcView.connection(driverClosedUnderTheCall(new AtomicBoolean()), reported::add);
        assertThat(driver.createStatement().executeQuery("SELECT 1 WHERE FALSE").next()).isFalse();
        assertThat(reported).isEmpty();
    }

    @Test
    void anUncheckedFailureOfADriverWhoseConnectionWasClosedUnderTheCallIsAnSqlException() throws SQLException {
        AtomicBoolean closed = new AtomicBoolean();
        Statement failing = JdbcView.connection(proxy(Connection.class, (method, args) -> switch (method) {
            case "isClosed" -> closed.get();
            case "createStatement" -> proxy(Statement.class, (m, a) -> {
                throw new NullPointerException("the driver's session is gone");
            });
            default -> null;
        }), reported::add).createStatement();
        assertThatThrownBy(() -> failing.executeQuery("SELECT 1")).isInstanceOf(NullPointerException.class);
        closed.set(true);
        assertThatThrownBy(() -> failing.executeQuery("SELECT 1")).isInstanceOf(SQLException.class)
                .hasCauseInstanceOf(NullPointerException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(ClosedUnderTheCall.SQL_STATE));
        assertThat(reported).hasSize(1);
    }
}
