package st.connection.demo.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * Loads the sample tables into a Snowflake emulator when one runs (the launcher starts one with
 * {@code --snowflake-emulator}), so that a person who logs in through the {@code snowflake} form
 * has something to query. Registered as a service of its own class, like {@link DemoData}, so
 * that the launcher can wait for the data.
 */
@Component(service = EmulatorDemoData.class, immediate = true)
public final class EmulatorDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorDemoData.class);

    @Activate
    public EmulatorDemoData(@Reference SnowflakeEmulator emulator) throws IOException, SQLException {
        List<String> statements = SqlScript.read(EmulatorDemoData.class.getResource(DemoData.TABLES));
        for (String sql : statements) {
            emulator.execute(sql);
        }
        LOG.info("Demo data loaded into the Snowflake emulator at {}: {} statements (tables CUSTOMERS, ORDERS)",
                emulator.jdbcUrl(), statements.size());
    }
}
