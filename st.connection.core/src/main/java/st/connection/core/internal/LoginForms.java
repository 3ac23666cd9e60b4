package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.FormField;
import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigurationReader;

/**
 * The login forms, by where they come from; a name is offered from the first of:
 * <ol>
 * <li>configured ones ({@code st.connection.login}), by PID: an operator can replace an
 *     application's form by configuring one of its name;</li>
 * <li>forms applications register as {@link LoginForm} services: of one name, the highest ranked;
 *     when one is unregistered (its bundle stops), the listeners hear it, and the personal
 *     connections opened through it are closed;</li>
 * <li>a default form per connector that declares fields.</li>
 * </ol>
 *
 * <p><b>Threading.</b> Thread safe: forms come and go while logins read them.
 */
@Component(service = LoginForms.class)
public class LoginForms {

    private static final Logger LOG = LoggerFactory.getLogger(LoginForms.class);

    private final ConnectorRegistry registry;
    private final Map<String, LoginForm> configured = new ConcurrentHashMap<>();
    /** Forms waiting for a name another configuration holds, by PID, in the order they came; guarded by {@code this}. */
    private final Map<String, Waiting> waiting = new java.util.LinkedHashMap<>();
    private final Map<ServiceReference<LoginForm>, LoginForm> declared = new ConcurrentHashMap<>();
    private final List<Consumer<LoginForm>> withdrawalListeners = new CopyOnWriteArrayList<>();

    private record Waiting(LoginForm form, Runnable whenOffered) {
    }

    @Activate
    public LoginForms(@Reference ConnectorRegistry registry) {
        this.registry = registry;
    }

    /** A form an application registered; one whose names are not plain names is not offered. */
    @Reference(service = LoginForm.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDeclared(ServiceReference<LoginForm> reference, LoginForm form) {
        String malformed = malformedName(form);
        if (malformed != null) {
            LOG.warn("The login form service {} of bundle {} is not offered: its {} is not {}",
                    reference.getProperty(org.osgi.framework.Constants.SERVICE_ID), bundleOf(reference), malformed,
                    ConfigurationReader.NAME_FORM);
            return;
        }
        declared.put(reference, form);
        LOG.info("Login form '{}' declared by bundle {}", form.name(), bundleOf(reference));
    }

    void removeDeclared(ServiceReference<LoginForm> reference, LoginForm form) {
        if (declared.remove(reference) != null) {
            LOG.info("Login form '{}' of bundle {} withdrawn; its personal connections are closed", form.name(),
                    bundleOf(reference));
            withdrawalListeners.forEach(listener -> listener.accept(form));
        }
    }

    /** @param listener hears each form service that was withdrawn, while its bundle is still there */
    void addWithdrawalListener(Consumer<LoginForm> listener) {
        withdrawalListeners.add(listener);
    }

    void removeWithdrawalListener(Consumer<LoginForm> listener) {
        withdrawalListeners.remove(listener);
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

    /** @return configured and declared forms by name, then connector defaults not overridden by name */
    List<LoginForm> all() {
        Map<String, LoginForm> byName = new TreeMap<>();
        declaredByName().forEach(byName::put);
        configured.values().forEach(form -> byName.put(form.name(), form));
        List<LoginForm> forms = new ArrayList<>(byName.values());
        for (String connector : registry.names()) {
            if (!byName.containsKey(connector)) {
                connectorDefault(connector).ifPresent(forms::add);
            }
        }
        return forms;
    }

    Optional<LoginForm> find(String name) {
        return configured.values().stream().filter(f -> f.name().equals(name)).findFirst()
                .or(() -> Optional.ofNullable(declaredByName().get(name)))
                .or(() -> connectorDefault(name));
    }

    /** @return of each name, the form of the highest ranked service */
    private Map<String, LoginForm> declaredByName() {
        Map<String, LoginForm> byName = new TreeMap<>();
        declared.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> byName.put(entry.getValue().name(), entry.getValue()));
        return byName;
    }

    private Optional<LoginForm> connectorDefault(String connectorName) {
        return registry.find(connectorName)
                .filter(connector -> !connector.defaultFormFields().isEmpty())
                .map(connector -> new LoginForm(connectorName, connectorName, connectorName,
                        connector.defaultFormFields(), Map.of(), 0, connector.defaultFormDescription()));
    }

    /** @return which name of the form is not a plain name, or {@code null} */
    private static String malformedName(LoginForm form) {
        if (!ConfigurationReader.NAME.matcher(form.name()).matches()) {
            return "name '" + ConfigurationReader.abbreviated(form.name()) + "'";
        }
        if (!ConfigurationReader.NAME.matcher(form.connector()).matches()) {
            return "connector '" + ConfigurationReader.abbreviated(form.connector()) + "'";
        }
        return form.fields().stream().map(FormField::name).filter(n -> !ConfigurationReader.NAME.matcher(n).matches())
                .findFirst().map(n -> "field name '" + ConfigurationReader.abbreviated(n) + "'").orElse(null);
    }

    private static String bundleOf(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "(gone)" : reference.getBundle().getSymbolicName();
    }
}
