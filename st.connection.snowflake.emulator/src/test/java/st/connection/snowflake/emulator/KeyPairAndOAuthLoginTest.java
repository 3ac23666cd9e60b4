package st.connection.snowflake.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Key-pair (JWT) and OAuth logins through the real driver, as Snowflake's documentation sets them up. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyPairAndOAuthLoginTest {
    private static final String PASSPHRASE = "key-passphrase";
    private static final String TOKEN = "oauth-access-token-1";

    @TempDir
    static Path keys;

    private SnowflakeEmulator sf;
    private EmulatorKeyPair carol;
    private EmulatorKeyPair stranger;

    @BeforeAll
    void start() {
        carol = EmulatorKeyPair.generate(keys.resolve("carol.p8"), PASSPHRASE.toCharArray());
        stranger = EmulatorKeyPair.generate(keys.resolve("stranger.p8"), null);
        sf = SnowflakeEmulator.builder().user("alice", "secret").userWithKey("carol", carol.publicKey())
                .oauthToken(TOKEN, "dave").start();
    }

    @AfterAll
    void stop() {
        sf.close();
    }

    @Test
    void anEncryptedPrivateKeyFileLogsTheUserIn() throws SQLException {
        try (Connection c = Driver.connect(sf, keyPair("carol", carol.privateKeyFile(), PASSPHRASE))) {
            assertThat(currentUser(c)).isEqualToIgnoringCase("carol");
        }
    }

    @Test
    void aKeyThatIsNotTheRegisteredOneIsRefused() {
        assertThatThrownBy(() -> Driver.connect(sf, keyPair("carol", stranger.privateKeyFile(), null)))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.JWT_TOKEN_INVALID));
    }

    @Test
    void aUserWithoutARegisteredKeyIsRefused() {
        assertThatThrownBy(() -> Driver.connect(sf, keyPair("alice", stranger.privateKeyFile(), null)))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.JWT_TOKEN_INVALID));
    }

    @Test
    void aJwtNamingAnotherAccountIsRefusedAsSnowflakeRefusesIt() {
        Properties otherAccount = keyPair("carol", carol.privateKeyFile(), PASSPHRASE);
        otherAccount.setProperty("account", "other_account");

        assertThatThrownBy(() -> Driver.connect(sf, otherAccount)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.JWT_TOKEN_INVALID);
            assertThat(e.getSQLState()).isEqualTo("08001");
            assertThat(e.getMessage()).containsPattern("JWT token is invalid\\. \\[[0-9a-f-]{36}\\]");
        });
    }

    @Test
    void theAccountOfAJwtIsComparedWithoutRegionAndCase() throws SQLException {
        Properties withRegion = keyPair("carol", carol.privateKeyFile(), PASSPHRASE);
        withRegion.setProperty("account", "Emulator.us-east-1");

        try (Connection c = Driver.connect(sf, withRegion)) {
            assertThat(currentUser(c)).isEqualToIgnoringCase("carol");
        }
    }

    @Test
    void anOAuthTokenLogsInItsUserAndAnUnknownOneIsRefused() throws SQLException {
        try (Connection c = Driver.connect(sf, oauth(TOKEN))) {
            assertThat(currentUser(c)).isEqualTo("dave");
        }
        assertThatThrownBy(() -> Driver.connect(sf, oauth("forged")))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(SnowflakeErrorCodes.INVALID_OAUTH_ACCESS_TOKEN));
    }

    @Test
    void passwordsStillWorkBesideKeysAndTokens() throws SQLException {
        try (Connection c = Driver.connect(sf, sf.connectionProperties("alice", "secret"))) {
            assertThat(currentUser(c)).isEqualToIgnoringCase("alice");
        }
    }

    private Properties keyPair(String user, Path privateKeyFile, String passphrase) {
        Properties properties = sf.connectionProperties(user, "unused");
        properties.remove("password");
        properties.setProperty("authenticator", "SNOWFLAKE_JWT");
        properties.setProperty("private_key_file", privateKeyFile.toString());
        if (passphrase != null) {
            properties.setProperty("private_key_file_pwd", passphrase);
        }
        return properties;
    }

    private Properties oauth(String token) {
        Properties properties = sf.connectionProperties("", "unused");
        properties.remove("password");
        properties.remove("user");
        properties.setProperty("authenticator", "oauth");
        properties.setProperty("token", token);
        return properties;
    }

    /** @return who the session logged in as, after a query proved it usable */
    private String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
        return sf.sessionUser(Driver.sessionId(c));
    }
}
