package st.connection.api.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class JdbcFailuresTest {

    @Test
    void aTypoOrAConstraintViolationIsNotFatal() {
        assertThat(JdbcFailures.isFatal(new SQLSyntaxErrorException("Table not found", "42S02"))).isFalse();
        assertThat(JdbcFailures.isFatal(new SQLException("Syntax error", "42000"))).isFalse();
        assertThat(JdbcFailures.isFatal(new SQLException("Unique index violated", "23505"))).isFalse();
        assertThat(JdbcFailures.isFatal(new SQLException("Division by zero", "22012"))).isFalse();
    }

    @Test
    void connectionExceptionsTimeoutsAndUnknownStatesAreFatal() {
        assertThat(JdbcFailures.isFatal(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(JdbcFailures.isFatal(new SQLTransientConnectionException("gone", "42000"))).isTrue();
        assertThat(JdbcFailures.isFatal(new SQLTimeoutException("timed out"))).isTrue();
        assertThat(JdbcFailures.isFatal(new SQLException("cancelled", "57014"))).isTrue();
        assertThat(JdbcFailures.isFatal(new SQLException("Database is already closed", "90121"))).isTrue();
        assertThat(JdbcFailures.isFatal(new SQLException("no state"))).isTrue();
        assertThat(JdbcFailures.isFatal(new IOException("not even SQL"))).isTrue();
    }
}
