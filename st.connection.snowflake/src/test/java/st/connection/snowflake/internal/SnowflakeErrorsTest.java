package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.LoginFailedException;

class SnowflakeErrorsTest {

    private final SnowflakeParameters parameters;

    SnowflakeErrorsTest() throws Exception {
        parameters = SnowflakeParameters.of(Map.of("account", "xy12345", "host", "127.0.0.1", "port", "9"));
    }

    @Test
    void wrongPasswordBecomesAPlainSentenceKeepingTheCode() {
        SQLException driver = new SQLException("Incorrect username or password was specified.", "08001", 390100);
        Exception person = SnowflakeErrors.forPerson(driver, parameters);
        assertThat(person).isInstanceOf(LoginFailedException.class)
                .hasMessage("The user name or password is not correct.").hasCause(driver);
    }

    @Test
    void expiredSessionsAskToLogInAgain() {
        assertThat(SnowflakeErrors.forPerson(new SQLException("Authentication token has expired", "08001", 390114),
                parameters)).hasMessage("Your Snowflake session expired; please log in again.");
    }

    @Test
    void keyPairAndOAuthRefusalsSayWhatToCheck() {
        assertThat(SnowflakeErrors.forPerson(new SQLException("JWT token is invalid.", "08001", 390144), parameters))
                .isInstanceOf(LoginFailedException.class).hasMessageStartingWith("The key pair was not accepted");
        assertThat(SnowflakeErrors.forPerson(new SQLException("Invalid OAuth access token.", "08001", 390303),
                parameters)).hasMessageStartingWith("The OAuth access token was not accepted");
        assertThat(SnowflakeErrors.forPerson(new SQLException("Private key provided is invalid or not supported: "
                + "pad block corrupted", "42601", 200045), parameters))
                .hasMessageStartingWith("The private key file could not be read; check its path and passphrase");
    }

    @Test
    void unknownAccountAndUnreachableHostAreNamed() {
        SQLException unknownHost = new SQLException("failed", "08001", 200015, new UnknownHostException("x"));
        assertThat(SnowflakeErrors.forPerson(unknownHost, parameters))
                .hasMessage("The Snowflake account 'xy12345' was not found; check the account name.");
        SQLException refused = new SQLException("failed", "08001", 200015, new ConnectException("Connection refused"));
        assertThat(SnowflakeErrors.forPerson(refused, parameters))
                .hasMessage("Snowflake cannot be reached at 127.0.0.1:9; check the account name and the network.");
    }

    @Test
    void otherErrorsPassThrough() {
        SQLException other = new SQLException("SQL compilation error", "42000", 2003);
        assertThat(SnowflakeErrors.forPerson(other, parameters)).isSameAs(other);
    }
}
