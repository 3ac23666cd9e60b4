package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
    void unwrapsToTheDriversOwnTypes() throws SQLException {
        assertThat(view.unwrap(Connection.class)).isSameAs(view);
        assertThat(view.isWrapperFor(org.h2.jdbc.JdbcConnection.class)).isTrue();
        assertThat(view.unwrap(org.h2.jdbc.JdbcConnection.class)).isSameAs(raw);
        assertThat(view).isEqualTo(view).isNotEqualTo(raw);
    }
}
