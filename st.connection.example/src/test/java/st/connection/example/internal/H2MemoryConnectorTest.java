package st.connection.example.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.LoginFailedException;

class H2MemoryConnectorTest {

    private static final List<String> FUZZ = List.of("x".repeat(65), "\u0000", "a\u0000b", "a\r\nb", ";", "a;b",
            "x;INIT=CREATE TABLE PWNED(ID INT)", ":", "/", "#", "tcp://127.0.0.1:9/x", "../x", "Åsa", "名前", "%00",
            "a%3BINIT", "a b", "'", "");

    private final H2MemoryConnector connector = new H2MemoryConnector();

    private static Map<String, Object> params(String database, String user) {
        return new HashMap<>(Map.of("database", database, "user", user, "password", "pw".toCharArray()));
    }

    @Test
    void aDatabaseNameThatIsNotAPlainNameIsRefusedBeforeAnythingConnects() {
        for (String database : FUZZ) {
            assertThatThrownBy(() -> connector.connect(params(database, "sa"))).as(database)
                    .isInstanceOf(LoginFailedException.class)
                    .hasMessage("The database name may only contain letters, digits, '_' and '-' (at most 64).");
        }
    }

    @Test
    void theOtherFieldsNeverChooseTheDatabase() throws Exception {
        for (String user : FUZZ.subList(4, FUZZ.size() - 1)) {
            Connection connection = connector.connect(params("fuzz_" + Math.abs(user.hashCode()), user));
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT DATABASE(), COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                            + "WHERE TABLE_NAME = 'PWNED'")) {
                rows.next();
                assertThat(rows.getString(1)).as(user).isEqualTo("FUZZ_" + Math.abs(user.hashCode()));
                assertThat(rows.getInt(2)).isZero();
            } finally {
                connector.close(connection);
            }
        }
    }

    @Test
    void aPlainNameOpensThatDatabase() throws Exception {
        Connection connection = connector.connect(params("reports-2026_a", "sa"));
        assertThat(connector.isOpen(connection)).isTrue();
        connector.close(connection);
        assertThat(connector.isOpen(connection)).isFalse();
    }
}
