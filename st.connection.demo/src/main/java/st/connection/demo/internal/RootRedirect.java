package st.connection.demo.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.Preprocessor;

/**
 * Sends a request for the server's root to the {@linkplain StartPageServlet start page}. A
 * preprocessor rather than a servlet: a servlet on {@code /} would answer every path no other servlet
 * serves, so that a gate on a mistyped path would seem to protect something (Felix HTTP does not
 * accept the root-only pattern {@code ""}).
 */
@Component(service = Preprocessor.class)
public final class RootRedirect implements Preprocessor {

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if ("/".equals(request.getRequestURI()) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", StartPageServlet.PATH);
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        chain.doFilter(req, res);
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
