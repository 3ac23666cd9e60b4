package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;
import st.connection.api.LoginForm;
import st.connection.core.internal.config.ConfigurationProblems;
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
    private final ConfigurationProblems problems;
    private final Map<String, LoginForm> configured = new ConcurrentHashMap<>();
    /** Forms waiting for a name another configuration holds, by PID, in the order they came; guarded by {@code this}. */
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<ServiceReference<LoginForm>, LoginForm> declared = new ConcurrentHashMap<>();
    /** The problem sources of the form services not offered. */
    private final Map<ServiceReference<LoginForm>, String> refused = new ConcurrentHashMap<>();
    private final List<Consumer<LoginForm>> withdrawalListeners = new CopyOnWriteArrayList<>();

    private record Waiting(LoginForm form, Runnable whenOffered) {
    }

    @Activate
    public LoginForms(@Reference ConnectorRegistry registry, @Reference ConfigurationProblems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    /**
     * A form an application registered; one whose names are not plain names is not offered, and is
     * reported as a problem of {@code login form service ID of bundle BSN}.
     */
    @Reference(service = LoginForm.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDeclared(ServiceReference<LoginForm> reference, LoginForm form) {
        ConfigurationProblem malformed = malformedName(sourceOf(reference), form);
        if (malformed != null) {
            refused.put(reference, malformed.pid());
            problems.report(List.of(malformed));
            return;
        }
        declared.put(reference, form);
        LOG.info("Login form '{}' declared by bundle {}", form.name(), bundleOf(reference));
    }

    /** The form's service went: unless an equal form is still offered, its personal connections end. */
    void removeDeclared(ServiceReference<LoginForm> reference, LoginForm form) {
        String refusal = refused.remove(reference);
        if (refusal != null) {
            problems.clear(refusal);
        }
        if (declared.remove(reference) == null || find(form.name()).filter(form::equals).isPresent()) {
            return;
        }
        LOG.info("Login form '{}' of bundle {} withdrawn; its personal connections are closed", form.name(),
                bundleOf(reference));
        withdrawalListeners.forEach(listener -> listener.accept(form));
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

    /** @return the problem of the first name of the form that is not a plain name, or {@code null} */
    private static ConfigurationProblem malformedName(String source, LoginForm form) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("name", form.name());
        names.put("connector", form.connector());
        form.fields().forEach(field -> names.putIfAbsent("field " + field.name(), field.name()));
        return names.entrySet().stream().filter(name -> !ConfigurationReader.NAME.matcher(name.getValue()).matches())
                .findFirst().map(name -> new ConfigurationProblem(source, name.getKey(),
                        ConfigurationReader.abbreviated(name.getValue()), ConfigurationReader.NAME_FORM))
                .orElse(null);
    }

    /** @return how problems name an application's form service, as a configuration's PID names it */
    private static String sourceOf(ServiceReference<?> reference) {
        return "login form service " + reference.getProperty(Constants.SERVICE_ID) + " of bundle " + bundleOf(reference);
    }

    private static String bundleOf(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "(gone)" : reference.getBundle().getSymbolicName();
    }
}
