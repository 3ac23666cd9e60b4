package st.connection.example.app.internal;

import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import st.connection.api.FormField;
import st.connection.api.LoginForm;

/**
 * The application's login form, declared where the application is, as the seed's
 * {@code login(form_options, options, form_title)}: the fields a person fills in, the fixed options
 * (the {@code ttl} among them caches each person's reads for a minute), the title. Registered as a
 * {@link LoginForm} service while this component is active; when the bundle stops, the form goes
 * and so do the connections people opened through it.
 */
@Component
public class OrdersLoginForm {

    static final String NAME = "example-orders";

    static final LoginForm FORM = new LoginForm(NAME, "jdbc", "Orders by status",
            List.of(FormField.text("user", ""), FormField.secret("password")),
            Map.of("url", "jdbc:h2:mem:demo", "ttl", "60"), 0,
            "For the example application /example/orders: your user name and password of the demo database.");

    private final ServiceRegistration<LoginForm> registration;

    @Activate
    public OrdersLoginForm(BundleContext context) {
        registration = context.registerService(LoginForm.class, FORM, null);
    }

    @Deactivate
    void withdraw() {
        registration.unregister();
    }
}
