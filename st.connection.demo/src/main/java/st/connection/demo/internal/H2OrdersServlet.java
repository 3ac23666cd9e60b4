package st.connection.demo.internal;

import jakarta.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** The demo application at {@code /demo}: the orders of the H2 demo database, behind the launcher's gate {@code demo}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({H2OrdersServlet.PATH, H2OrdersServlet.PATH + "/*"})
public final class H2OrdersServlet extends RecentOrdersServlet {

    static final String PATH = "/demo";
    private static final long serialVersionUID = 1L;
}
