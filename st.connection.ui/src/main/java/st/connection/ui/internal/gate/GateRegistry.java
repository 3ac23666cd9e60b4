package st.connection.ui.internal.gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionService;
import st.connection.api.LoginForm;

/**
 * The gates configured now, by PID, and the problems of the configurations that were rejected.
 * The login page offers only the forms a gate uses: it is for application users, who must not
 * reach every connector's default form (the {@code jdbc} one asks for a JDBC URL).
 *
 * <p><b>Threading.</b> Thread safe: configurations come and go while requests read.
 */
@Component(service = GateRegistry.class)
public class GateRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(GateRegistry.class);

    private final ConnectionService connections;
    private final Map<String, GateSettings> gates = new ConcurrentHashMap<>();
    private final Map<String, List<ConfigurationProblem>> rejected = new ConcurrentHashMap<>();

    @Activate
    public GateRegistry(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    void add(String pid, GateSettings settings) {
        rejected.remove(pid);
        gates.put(pid, settings);
    }

    /** Records why a configuration was rejected and logs each problem once. */
    void reject(String pid, List<ConfigurationProblem> problems) {
        gates.remove(pid);
        List<ConfigurationProblem> before = rejected.put(pid, List.copyOf(problems));
        problems.stream().filter(p -> before == null || !before.contains(p))
                .forEach(p -> LOG.warn("Configuration problem: {}", p.message()));
    }

    void remove(String pid) {
        gates.remove(pid);
        rejected.remove(pid);
    }

    /** @return whether some gate asks for this form, so that the login page may offer it */
    public boolean isGated(String form) {
        return gates.values().stream().anyMatch(gate -> gate.form().equals(form));
    }

    /** @return the forms the gates ask for that exist now, ordered by name */
    public List<LoginForm> gatedForms() {
        return connections.loginForms().stream().filter(form -> isGated(form.name()))
                .sorted(Comparator.comparing(LoginForm::name)).toList();
    }

    /** @return rejected configurations, and gates whose login form does not exist (yet) */
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        rejected.values().forEach(problems::addAll);
        gates.forEach((pid, gate) -> {
            if (connections.loginForm(gate.form()).isEmpty()) {
                problems.add(new ConfigurationProblem(pid, GateSettings.FORM, gate.form(),
                        "the name of an existing login form; waiting for it"));
            }
        });
        problems.sort(Comparator.comparing(ConfigurationProblem::pid).thenComparing(ConfigurationProblem::key));
        return problems;
    }
}
