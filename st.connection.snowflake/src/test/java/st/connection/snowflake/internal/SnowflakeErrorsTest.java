package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import st.connection.api.LoginFailedException;

class SnowflakeErrorsTest {

    @Test
    void wrongPasswordBecomesAPlainSentenceKeepingTheCode() {
        SQLException driver = new SQLException("Incorrect username or password was specified.", "08001", 390100);
        Exception person = SnowflakeErrors.forPerson(driver);
        assertThat(person).isInstanceOf(LoginFailedException.class)
                .hasMessage("The user name or password is not correct.").hasCause(driver);
    }

    @Test
    void expiredSessionsAskToLogInAgain() {
        assertThat(SnowflakeErrors.forPerson(new SQLException("Authentication token has expired", "08001", 390114))).hasMessage("Your Snowflake session expired; please log in again.");
    }

    @Test
    void keyPairAndOAuthRefusalsSayWhatToCheck() {
        assertThat(SnowflakeErrors.forPerson(new SQLException("JWT token is invalid.", "08001", 390144)))
                .isInstanceOf(LoginFailedException.class).hasMessageStartingWith("The key pair was not accepted");
        assertThat(SnowflakeErrors.forPerson(new SQLException("Invalid OAuth access token.", "08001", 390303))).hasMessageStartingWith("The OAuth access token was not accepted");
        assertThat(SnowflakeErrors.forPerson(new SQLException("Private key provided is invalid or not supported: "
                + "pad block corrupted", "42601", 200045)))
                .hasMessageStartingWith("The private key file could not be read; check its path and passphrase");
    }

    @Test
    void unknownAccountAndUnreachableHostAreToldWithoutNamingAnyHostOrAccount() {
        SQLException unknownHost = new SQLException("failed", "08001", 200015,
                new UnknownHostException("xy12345.snowflakecomputing.com"));
        assertThat(SnowflakeErrors.forPerson(unknownHost))
                .hasMessage("The Snowflake account was not found; check the account name.");
        SQLException refused = new SQLException("failed", "08001", 200015,
                new ConnectException("Connection refused: sf.internal.example:8443"));
        assertThat(SnowflakeErrors.forPerson(refused))
                .hasMessage("Snowflake cannot be reached; check the account name and the network.");
    }

    @Test
    void aLockedUserIsToldTheSameAsAWrongPasswordSoThatNoUserNameIsConfirmed() {
        SQLException locked = new SQLException("User temporarily locked.", "08004", 390102);
        SQLException wrong = new SQLException("Incorrect username or password was specified.", "08001", 390100);
        assertThat(SnowflakeErrors.forPerson(locked)).isInstanceOf(LoginFailedException.class)
                .hasMessage(SnowflakeErrors.forPerson(wrong).getMessage());
    }

    @Test
    void otherErrorsPassThrough() {
        SQLException other = new SQLException("SQL compilation error", "42000", 2003);
        assertThat(SnowflakeErrors.forPerson(other)).isSameAs(other);
    }
}
