package st.connection.snowflake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import net.snowflake.client.jdbc.SnowflakeConnection;
import net.snowflake.client.jdbc.SnowflakeDriver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import st.connection.api.LoginFailedException;
import st.connection.snowflake.emulator.EmulatorKeyPair;
import st.connection.snowflake.emulator.SessionExpiry;
import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Every row of README's table of Snowflake errors, produced by the emulator and thrown by the real
 * driver (not made by hand), becomes the sentence the table promises. Each test first checks that
 * the driver reported the code the row is about, so that a driver or emulator change cannot make a
 * row pass on another code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnowflakeErrorsThroughTheDriverTest {

    private static final String EXPIRED = "Your Snowflake session expired; please log in again.";
    private static final SnowflakeDriver DRIVER = new SnowflakeDriver();

    @TempDir
    static Path keys;

    private SnowflakeEmulator emulator;
    private EmulatorKeyPair registered;
    private EmulatorKeyPair stranger;

    @BeforeAll
    void start() {
        registered = EmulatorKeyPair.generate(keys.resolve("carol.p8"), null);
        stranger = EmulatorKeyPair.generate(keys.resolve("stranger.p8"), null);
        emulator = SnowflakeEmulator.builder().user("alice", "right").userWithKey("carol", registered.publicKey())
                .oauthToken("known-token", "dave").start();
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.resetFaults();
    }

    @Test
    void aWrongPasswordIs390100AndSaysTheNameOrPasswordIsWrong() {
        assertThat(sentenceFor(loginFailure(emulator.connectionProperties("alice", "wrong")), 390100))
                .isEqualTo(SnowflakeErrors.WRONG_CREDENTIALS);
    }

    @Test
    void aLockedUserIs390102AndIsToldTheSameAsAWrongPassword() {
        emulator.refuseLogins(390102, "User temporarily locked.");
        assertThat(sentenceFor(loginFailure(alice()), 390102)).isEqualTo(SnowflakeErrors.WRONG_CREDENTIALS);
    }

    @Test
    void aKilledSessionIs390111OnTheNextQuery() throws SQLException {
        Connection connection = DRIVER.connect(emulator.jdbcUrl(), alice());
        emulator.killSession(sessionOf(connection));
        assertThat(sentenceFor(queryFailure(connection), 390111))
                .isEqualTo("Your Snowflake session no longer exists; please log in again.");
    }

    /**
     * On a query the driver answers 390112 itself, by renewing the session's token; only a login
     * answered with it reaches the caller.
     */
    @Test
    void anExpiredSessionIs390112WhereTheDriverPassesItOn() {
        emulator.refuseLogins(390112, "Session expired.");
        assertThat(sentenceFor(loginFailure(alice()), 390112)).isEqualTo(EXPIRED);
    }

    @Test
    void aSessionWhoseTokenCannotBeRenewedIs390114OnTheNextQuery() throws SQLException {
        Connection connection = DRIVER.connect(emulator.jdbcUrl(), alice());
        emulator.expireSession(sessionOf(connection), SessionExpiry.NOT_RENEWABLE);
        assertThat(sentenceFor(queryFailure(connection), 390114)).isEqualTo(EXPIRED);
    }

    @Test
    void aKeyThatIsNotTheRegisteredOneIs390144() {
        Properties keyPair = emulator.connectionProperties("carol", "unused");
        keyPair.remove("password");
        keyPair.setProperty("authenticator", "SNOWFLAKE_JWT");
        keyPair.setProperty("private_key_file", stranger.privateKeyFile().toString());
        assertThat(sentenceFor(loginFailure(keyPair), 390144)).startsWith("The key pair was not accepted");
    }

    /** Snowflake's 390201 is "The requested database (schema, warehouse) does not exist or not authorized." */
    @Test
    void aDatabaseThatDoesNotExistOrIsNotGrantedIs390201() {
        emulator.refuseLogins(390201, "The requested database does not exist or not authorized.");
        assertThat(sentenceFor(loginFailure(alice()), 390201)).isEqualTo(SnowflakeErrors.NOT_AUTHORIZED);
    }

    @Test
    void anUnknownOAuthTokenIs390303() {
        Properties oauth = emulator.connectionProperties("", "unused");
        oauth.remove("password");
        oauth.remove("user");
        oauth.setProperty("authenticator", "oauth");
        oauth.setProperty("token", "forged-token");
        assertThat(sentenceFor(loginFailure(oauth), 390303)).startsWith("The OAuth access token was not accepted");
    }

    private Properties alice() {
        return emulator.connectionProperties("alice", "right");
    }

    private SQLException loginFailure(Properties properties) {
        return catchThrowableOfType(SQLException.class, () -> DRIVER.connect(emulator.jdbcUrl(), properties).close());
    }

    private static SQLException queryFailure(Connection connection) {
        try {
            return catchThrowableOfType(SQLException.class, () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery("select 1").close();
                }
            });
        } finally {
            try {
                connection.close();
            } catch (SQLException | RuntimeException ignored) {
                // the session is gone on the server; nothing is left to release
            }
        }
    }

    private static String sessionOf(Connection connection) throws SQLException {
        return connection.unwrap(SnowflakeConnection.class).getSessionID();
    }

    /** @return the sentence for the person, after checking that the driver reported the code */
    private static String sentenceFor(SQLException driver, int code) {
        assertThat((Throwable) driver).as("the driver's failure").isNotNull();
        assertThat(driver.getErrorCode()).as("the driver's error code").isEqualTo(code);
        Exception person = SnowflakeErrors.forPerson(driver);
        assertThat((Throwable) person).isInstanceOf(LoginFailedException.class).hasCause(driver);
        return person.getMessage();
    }
}
