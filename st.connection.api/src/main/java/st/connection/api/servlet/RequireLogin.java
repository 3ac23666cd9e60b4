package st.connection.api.servlet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Puts a gate in front of a Servlet Whiteboard servlet: a request without a live personal connection
 * through the {@linkplain #form() login form} is sent to the login page of the servlet's context, and
 * the servlet never runs. A component property type: on a DS component that registers a
 * {@code jakarta.servlet.Servlet} it adds the service property {@value #FORM_PROPERTY}; a servlet
 * registered by hand may carry that property itself.
 * <pre>{@code @Component(service = Servlet.class)
 * @HttpWhiteboardServletPattern("/orders/*")
 * @RequireLogin(form = "orders")
 * public class OrdersServlet extends HttpServlet { ... }}</pre>
 *
 * <p>The gate protects the servlet's own patterns ({@code osgi.http.whiteboard.servlet.pattern}) in
 * the context it selects ({@code (osgi.http.whiteboard.context.name=NAME)}, else the default one),
 * exactly as an {@code st.connection.gate} configuration with those patterns would, and it goes
 * with the servlet. The form may be configured, a connector's default, or a {@code LoginForm}
 * service of the application.
 *
 * @since 1.1
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RequireLogin {

    /** The service property a gated servlet carries: the name of its login form. */
    String FORM_PROPERTY = "st.connection.gate.form";

    /** Prefix of the property names, so that {@link #form()} becomes {@value #FORM_PROPERTY}. */
    String PREFIX_ = "st.connection.gate.";

    /** @return the name of the login form a person must be logged in with */
    String form();
}
