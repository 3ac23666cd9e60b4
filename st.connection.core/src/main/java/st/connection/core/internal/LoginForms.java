package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.LoginForm;

/** The login forms: configured ones by PID, and a default form per connector that declares fields. */
@Component(service = LoginForms.class)
public class LoginForms {

    private final ConnectorRegistry registry;
    private final Map<String, LoginForm> configured = new ConcurrentHashMap<>();
    /** Forms waiting for a name another configuration holds, by PID, in the order they came; guarded by {@code this}. */
    private final Map<String, Waiting> waiting = new java.util.LinkedHashMap<>();

    private record Waiting(LoginForm form, Runnable whenOffered) {
    }

    @Activate
    public LoginForms(@Reference ConnectorRegistry registry) {
        this.registry = registry;
    }

    /**
     * @return {@code false} if another configuration already defines a form of this name; then the
     *     form waits, and {@code whenOffered} runs once that configuration is removed and this form
     *     is offered in its place
     */
    synchronized boolean add(String pid, LoginForm form, Runnable whenOffered) {
        boolean taken = configured.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(pid) && e.getValue().name().equals(form.name()));
        if (taken) {
            waiting.put(pid, new Waiting(form, whenOffered));
        } else {
            configured.put(pid, form);
        }
        return !taken;
    }

    void remove(String pid) {
        Runnable offered = null;
        synchronized (this) {
            waiting.remove(pid);
            LoginForm removed = configured.remove(pid);
            var candidates = waiting.entrySet().iterator();
            while (removed != null && offered == null && candidates.hasNext()) {
                var candidate = candidates.next();
                if (candidate.getValue().form().name().equals(removed.name())) {
                    candidates.remove();
                    configured.put(candidate.getKey(), candidate.getValue().form());
                    offered = candidate.getValue().whenOffered();
                }
            }
        }
        if (offered != null) {
            offered.run();
        }
    }

    List<LoginForm> all() {
        List<LoginForm> forms = new ArrayList<>(configured.values());
        forms.sort(Comparator.comparing(LoginForm::name));
        for (String connector : registry.names()) {
            boolean overridden = forms.stream().anyMatch(f -> f.name().equals(connector));
            if (!overridden) {
                connectorDefault(connector).ifPresent(forms::add);
            }
        }
        return forms;
    }

    Optional<LoginForm> find(String name) {
        return configured.values().stream().filter(f -> f.name().equals(name)).findFirst()
                .or(() -> connectorDefault(name));
    }

    private Optional<LoginForm> connectorDefault(String connectorName) {
        return registry.find(connectorName)
                .filter(connector -> !connector.defaultFormFields().isEmpty())
                .map(connector -> new LoginForm(connectorName, connectorName, connectorName,
                        connector.defaultFormFields(), Map.of(), 0, connector.defaultFormDescription()));
    }
}
