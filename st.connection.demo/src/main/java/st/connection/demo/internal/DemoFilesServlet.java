package st.connection.demo.internal;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The files the start page and the browser ask for: the site's icon, and the README the launcher
 * was built with (plain text: its Quick start is at the top), each with its own content type.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({DemoFilesServlet.ICON, DemoFilesServlet.README})
public final class DemoFilesServlet extends HttpServlet {

    static final String ICON = "/favicon.ico";
    static final String README = "/README.md";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean icon = ICON.equals(request.getServletPath());
        try (InputStream file = DemoFilesServlet.class.getResourceAsStream(icon ? "favicon.ico" : "README.md")) {
            if (file == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(icon ? "image/x-icon" : "text/plain;charset=UTF-8");
            response.setHeader("Cache-Control", icon ? "max-age=86400" : "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            file.transferTo(response.getOutputStream());
        }
    }
}
