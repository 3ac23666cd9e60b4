package st.connection.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionService;
import st.connection.ui.internal.gate.GateRegistry;
import st.connection.ui.internal.throttle.LoginThrottle;

/**
 * Every configuration problem the console panel lists: core's (shared connections,
 * login forms), the gates' and the login throttle's.
 *
 * <p><b>Threading.</b> Thread safe; holds no state of its own.
 */
@Component(service = AllConfigurationProblems.class)
public class AllConfigurationProblems {

    private final ConnectionService connections;
    private final GateRegistry gates;
    private final LoginThrottle throttle;

    @Activate
    public AllConfigurationProblems(@Reference ConnectionService connections, @Reference GateRegistry gates,
            @Reference LoginThrottle throttle) {
        this.connections = connections;
        this.gates = gates;
        this.throttle = throttle;
    }

    public List<ConfigurationProblem> list() {
        List<ConfigurationProblem> problems = new ArrayList<>(connections.configurationProblems());
        problems.addAll(gates.problems());
        problems.addAll(throttle.problems());
        return problems;
    }
}
