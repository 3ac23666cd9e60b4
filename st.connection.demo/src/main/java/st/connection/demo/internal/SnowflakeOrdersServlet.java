package st.connection.demo.internal;

import jakarta.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The demo application at {@code /snowflake-demo}: the same orders, read through the real Snowflake
 * driver from the Snowflake emulator. There only while an emulator runs with the sample tables
 * (the launcher's {@code --snowflake-emulator}); without one the path is not served at all.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(SnowflakeOrdersServlet.PATH)
public final class SnowflakeOrdersServlet extends RecentOrdersServlet {

    static final String PATH = "/snowflake-demo";
    private static final long serialVersionUID = 1L;

    /** @param sampleTables there once the emulator runs with the sample tables */
    @Activate
    public SnowflakeOrdersServlet(@Reference EmulatorDemoData sampleTables) {
        // the reference only decides when the page is served
    }
}
