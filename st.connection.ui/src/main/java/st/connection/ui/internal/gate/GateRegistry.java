package st.connection.ui.internal.gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionService;
import st.connection.api.LoginForm;
import st.connection.ui.internal.throttle.LoginThrottle;

/**
 * The gates configured now, by PID, and the problems of the configurations that were rejected.
 * The login page of a servlet context offers only the forms its gates use: it is for application
 * users, who must not reach every connector's default form (the {@code jdbc} one asks for a JDBC URL).
 *
 * <p>A gate whose patterns reach no servlet of its context protects nothing: it is reported as a
 * problem whenever problems are listed, and logged at WARN when first seen, at the latest
 * {@value #COVERAGE_GRACE_SECONDS} s after the gate came (the application's servlets may come later).
 *
 * <p><b>Threading.</b> Thread safe: configurations come and go while requests read.
 */
@Component(service = GateRegistry.class)
public class GateRegistry {

    static final long COVERAGE_GRACE_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(GateRegistry.class);

    private final ConnectionService connections;
    private final LoginPages loginPages;
    private final ScheduledExecutorService coverageChecks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "st.connection gate check");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, GateSettings> gates = new ConcurrentHashMap<>();
    private final Map<String, List<ConfigurationProblem>> rejected = new ConcurrentHashMap<>();
    private final Set<ConfigurationProblem> uncoveredLogged = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HttpServiceRuntime runtime;

    @Activate
    public GateRegistry(BundleContext bundle, @Reference ConnectionService connections,
            @Reference LoginThrottle throttle) {
        this.connections = connections;
        this.loginPages = new LoginPages(bundle, context -> new LoginPageServlet(connections, this, throttle, context));
    }

    void add(String pid, GateSettings settings) {
        rejected.remove(pid);
        forget(gates.put(pid, settings));
        if (!settings.isInDefaultContext()) {
            loginPages.acquire(settings.context());
        }
        coverageChecks.schedule(this::problems, COVERAGE_GRACE_SECONDS, TimeUnit.SECONDS);
    }

    /** Records why a configuration was rejected and logs each problem once. */
    void reject(String pid, List<ConfigurationProblem> problems) {
        forget(gates.remove(pid));
        List<ConfigurationProblem> before = rejected.put(pid, List.copyOf(problems));
        problems.stream().filter(p -> before == null || !before.contains(p))
                .forEach(p -> LOG.warn("Configuration problem: {}", p.message()));
    }

    void remove(String pid) {
        forget(gates.remove(pid));
        rejected.remove(pid);
    }

    private void forget(GateSettings gone) {
        if (gone != null && !gone.isInDefaultContext()) {
            loginPages.release(gone.context());
        }
    }

    /** @return the forms the gates of a servlet context ask for that exist now, ordered by name */
    public List<LoginForm> gatedForms(String context) {
        return connections.loginForms().stream()
                .filter(form -> gates.values().stream().anyMatch(g -> g.context().equals(context) && g.form().equals(form.name())))
                .sorted(Comparator.comparing(LoginForm::name)).toList();
    }

    /** @return where a person starts with the application whose gate in the context asks for the form, if known */
    public Optional<String> startOf(String context, String form) {
        return gates.values().stream().filter(g -> g.context().equals(context) && g.form().equals(form))
                .map(GateSettings::startPath).flatMap(Optional::stream).sorted().findFirst();
    }

    /**
     * @return rejected configurations, gates whose login form does not exist (yet), and gates with
     *     patterns that reach no servlet of their context
     */
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        rejected.values().forEach(problems::addAll);
        gates.forEach((pid, gate) -> {
            if (connections.loginForm(gate.form()).isEmpty()) {
                problems.add(new ConfigurationProblem(pid, GateSettings.FORM, gate.form(),
                        "the name of an existing login form; waiting for it"));
            }
        });
        problems.addAll(uncovered());
        problems.sort(Comparator.comparing(ConfigurationProblem::pid).thenComparing(ConfigurationProblem::key));
        return problems;
    }

    /** @return the gates' patterns that reach nothing, logging those not logged before */
    private List<ConfigurationProblem> uncovered() {
        HttpServiceRuntime http = runtime;
        if (http == null) {
            return List.of();
        }
        List<ConfigurationProblem> uncovered = new ArrayList<>();
        gates.forEach((pid, gate) -> {
            Optional<List<String>> served = GateCoverage.servedPatterns(http, gate.context());
            if (served.isEmpty()) {
                uncovered.add(new ConfigurationProblem(pid, GateSettings.CONTEXT, gate.context(),
                        "the name of a servlet context; there is none of that name (yet)"));
            } else {
                GateCoverage.unreached(gate.patterns(), served.get()).forEach(pattern -> uncovered.add(
                        new ConfigurationProblem(pid, GateSettings.PATTERNS, pattern, "patterns that reach a servlet of "
                                + "the servlet context '" + gate.context() + "'; none does (yet), so it protects nothing")));
            }
        });
        uncoveredLogged.retainAll(uncovered);
        uncovered.stream().filter(uncoveredLogged::add).forEach(p -> LOG.warn("Configuration problem: {}", p.message()));
        return uncovered;
    }

    @Deactivate
    void close() {
        coverageChecks.shutdownNow();
        loginPages.closeAll();
    }
}
