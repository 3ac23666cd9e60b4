package st.connection.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configurations behind {@code --snowflake-emulator}, in {@code load/} like the others: the
 * emulator itself, the login forms {@code snowflake} (JDBC) and {@code snowpark} pointing at it,
 * a shared Snowpark session, and the gates of the demo pages {@code /snowflake-demo} and
 * {@code /snowpark-demo} that read through them. They belong to one run:
 * written at every start with the option (the port changes), and deleted at a start without it,
 * unless the person took the first line out to keep a file.
 */
final class EmulatorConfigurations {

    static final String MARKER = "# Written by the launcher for --snowflake-emulator; deleted at a start without it.";
    static final String EMULATOR_FILE = "st.connection.snowflake.emulator.cfg";
    static final String LOGIN_FILE = "st.connection.login-snowflake.cfg";
    static final String GATE_FILE = "st.connection.gate-snowflake-demo.cfg";
    static final String SNOWPARK_LOGIN_FILE = "st.connection.login-snowpark.cfg";
    static final String SNOWPARK_SHARED_FILE = "st.connection.singleton-snowpark-shared.cfg";
    static final String SNOWPARK_GATE_FILE = "st.connection.gate-snowpark-demo.cfg";
    static final String DEMO_USERS = "alice:wonderland,bob:builder";
    /** The secrets of the emulator's configurations, written with them into {@code secrets/}. */
    static final String USERS_SECRET = "emulator-users";
    static final String SNOWPARK_SHARED_SECRET = "snowpark-shared";
    /** The demo user the Snowpark demo's shared session logs in as. */
    private static final String SNOWPARK_SHARED_USER = "alice";

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorConfigurations.class);

    private EmulatorConfigurations() {
    }

    /** Writes the emulator's configurations for an emulator on {@code port}. */
    static void write(Path home, int port) throws IOException {
        Path load = Files.createDirectories(home.resolve(DefaultConfigurations.LOAD_DIRECTORY));
        for (Map.Entry<String, String> file : contents(port).entrySet()) {
            Files.writeString(load.resolve(file.getKey()), MARKER + "\n" + file.getValue(), StandardCharsets.ISO_8859_1);
        }
        SecretsDirectory.write(home, USERS_SECRET, DEMO_USERS);
        SecretsDirectory.write(home, SNOWPARK_SHARED_SECRET, passwordOf(SNOWPARK_SHARED_USER));
        LOG.info("Wrote the Snowflake emulator's configurations for port {}", port);
    }

    /** Deletes the emulator's configurations that the launcher wrote. */
    static void remove(Path home) throws IOException {
        Path load = home.resolve(DefaultConfigurations.LOAD_DIRECTORY);
        for (String name : new String[] {EMULATOR_FILE, LOGIN_FILE, GATE_FILE, SNOWPARK_LOGIN_FILE, SNOWPARK_SHARED_FILE,
            SNOWPARK_GATE_FILE}) {
            Path file = load.resolve(name);
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.ISO_8859_1).startsWith(MARKER)) {
                Files.delete(file);
                LOG.info("Removed {}: started without --snowflake-emulator", home.relativize(file));
                // a file the person kept keeps its secret
                if (name.equals(EMULATOR_FILE)) {
                    SecretsDirectory.delete(home, USERS_SECRET);
                } else if (name.equals(SNOWPARK_SHARED_FILE)) {
                    SecretsDirectory.delete(home, SNOWPARK_SHARED_SECRET);
                }
            }
        }
    }

    /** @return the password {@link #DEMO_USERS} gives a demo user */
    static String passwordOf(String user) {
        for (String entry : DEMO_USERS.split(",")) {
            if (entry.startsWith(user + ":")) {
                return entry.substring(user.length() + 1);
            }
        }
        throw new IllegalArgumentException("No demo user " + user);
    }

    private static Map<String, String> contents(int port) {
        String endpoint = "127.0.0.1:" + port;
        return Map.of(
                EMULATOR_FILE, """
                        # A Snowflake emulator with the sample tables; emulator credentials only.
                        port=%d
                        users=$[secret:%s]
                        database=DEMO_DB
                        """.formatted(port, USERS_SECRET),
                LOGIN_FILE, """
                        # Users log in to the emulator through the real Snowflake driver.
                        name=snowflake
                        connector=snowflake
                        title=Snowflake (emulator on %s)
                        description=For the demo application /snowflake-demo: log in as alice (password wonderland) or bob (password builder).
                        fields=user,password:secret,database=DEMO_DB
                        options=url=jdbc:snowflake://%s/,account=emulator,warehouse=DEMO_WH,ssl=off
                        """.formatted(endpoint, endpoint),
                GATE_FILE, """
                        # The demo page /snowflake-demo reads the sample orders through the form "snowflake".
                        patterns=/snowflake-demo
                        form=snowflake
                        """,
                SNOWPARK_LOGIN_FILE, """
                        # Users log in to the emulator through Snowpark; what they read is cached for 30 s, per person.
                        name=snowpark
                        connector=snowpark
                        title=Snowpark (emulator on %s)
                        description=For the demo application /snowpark-demo: log in as alice (password wonderland) or bob (password builder).
                        fields=user,password:secret,database=DEMO_DB
                        options=url=jdbc:snowflake://%s/,account=emulator,warehouse=DEMO_WH,ssl=off
                        ttl=30
                        """.formatted(endpoint, endpoint),
                SNOWPARK_SHARED_FILE, """
                        # One Snowpark session for everybody, as the emulator's demo user; reads cached for 60 s.
                        name=snowpark-shared
                        connector=snowpark
                        url=jdbc:snowflake://%s/
                        account=emulator
                        warehouse=DEMO_WH
                        database=DEMO_DB
                        ssl=off
                        user=%s
                        password=$[secret:%s]
                        ttl=60
                        cache.scope=shared
                        """.formatted(endpoint, SNOWPARK_SHARED_USER, SNOWPARK_SHARED_SECRET),
                SNOWPARK_GATE_FILE, """
                        # The demo page /snowpark-demo reads the sample orders as DataFrames through the form "snowpark".
                        patterns=/snowpark-demo
                        form=snowpark
                        """);
    }
}
