package st.connection.demo.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import st.connection.api.ManagedConnection;

/**
 * The launcher's start page, where {@link RootRedirect} sends a person who types the server's
 * address: the demo, the console and the README's quick start.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(StartPageServlet.PATH)
public final class StartPageServlet extends HttpServlet {

    static final String PATH = "/start";
    static final String CONSOLE_PANEL = "/system/console/connections";
    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile EmulatorDemoData snowflakeDemo;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + ManagedConnection.NAME + "=" + SnowparkOrdersServlet.SHARED + ")")
    private transient volatile ManagedConnection<?> snowparkDemo;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String root = request.getContextPath();
        StringBuilder main = new StringBuilder(1024);
        main.append("<p>st.connection runs here, with a demo database and the Felix Web Console.</p>\n<ul>\n")
                .append("<li><a id='start-demo' href='").append(root).append(H2OrdersServlet.PATH)
                .append("'>The demo application</a>: recent orders from the H2 demo database, read through your own "
                        + "connection (log in as alice, password wonderland, or bob, password builder).</li>\n");
        if (snowflakeDemo != null) {
            main.append("<li><a id='start-snowflake-demo' href='").append(root).append(SnowflakeOrdersServlet.PATH)
                    .append("'>The Snowflake demo</a>: the same orders from the Snowflake emulator, through the real "
                            + "Snowflake driver.</li>\n");
        }
        if (snowparkDemo != null) {
            main.append("<li><a id='start-snowpark-demo' href='").append(root).append(SnowparkOrdersServlet.PATH)
                    .append("'>The Snowpark demo</a>: the same orders as Snowpark DataFrames, of your own session and "
                            + "of a shared one, both cached.</li>\n");
        }
        main.append("<li><a id='start-console' href='").append(root).append(CONSOLE_PANEL)
                .append("'>The Connections panel</a> of the Web Console (with the user and password the launcher "
                        + "printed when it was ready): connectors, shared connections and every login form.</li>\n")
                .append("<li><a id='start-readme' href='").append(root).append(DemoFilesServlet.README)
                .append("'>README.md</a>: its Quick start says what each of these shows.</li>\n</ul>\n");
        DemoPage.send(response, "st.connection", "", main);
    }
}
