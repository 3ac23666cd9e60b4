package st.connection.snowflake.emulator.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of {@code st.connection.snowflake.emulator}. */
@ObjectClassDefinition(id = ConfiguredEmulator.PID, name = "st.connection Snowflake emulator",
        description = "Runs a Snowflake emulator on 127.0.0.1 for offline tests and demos: the real "
                + "snowflake-jdbc driver connects to it; H2 runs the SQL. Not a database for real data.")
@interface EmulatorConfig {

    @AttributeDefinition(name = "Port", description = "Port on 127.0.0.1; 0 picks a free one (see the service "
            + "property st.connection.snowflake.emulator.url).", min = "0", max = "65535")
    int port() default 0;

    @AttributeDefinition(name = "Users", description = "Accepted logins as name:password; none means any user "
            + "and password are accepted. Emulator credentials only: never use real ones here.", required = false,
            type = AttributeType.PASSWORD)
    String[] users();

    @AttributeDefinition(name = "Account", description = "Account name the emulator reports.", required = false)
    String account() default "emulator";

    @AttributeDefinition(name = "Database", description = "The default database: sessions that name none use it, "
            + "and it holds the data seeded into the emulator.", required = false)
    String database() default "EMULATOR";

    @AttributeDefinition(name = "Time zone", description = "Session time zone (Snowflake's TIMEZONE parameter).",
            required = false)
    String timezone() default "UTC";

    @AttributeDefinition(name = "Idle timeout", description = "Seconds a session may go without requests before it "
            + "expires and its user must log in again (Snowflake's idle session timeout; at least 4). Heartbeats of "
            + "drivers with CLIENT_SESSION_KEEP_ALIVE keep a session.", required = false, min = "4")
    long idle_timeout_seconds() default 14400;
}
