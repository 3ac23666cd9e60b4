package st.connection.operations.internal;

import java.util.List;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import st.connection.api.ConfigurationProblem;
import st.connection.api.ConnectionService;

/**
 * WARN while any configuration of st.connection is rejected or waiting (an invalid value, a
 * missing connector, a secret reference that does not resolve, a cluster whose server cannot be
 * reached), each problem on a line of its own.
 * Problems name the PID, the key and what is expected, never a secret value.
 */
@Component(service = HealthCheck.class, property = {
    HealthCheck.NAME + "=st.connection configuration",
    HealthCheck.TAGS + "=" + SharedConnectionHealthChecks.TAG,
    HealthCheck.TAGS + "=configuration"})
public class ConfigurationHealthCheck implements HealthCheck {

    private final ConnectionService connections;

    @Activate
    public ConfigurationHealthCheck(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        List<ConfigurationProblem> problems = connections.configurationProblems();
        if (problems.isEmpty()) {
            log.info("No st.connection configuration is rejected or waiting.");
        }
        for (ConfigurationProblem problem : problems) {
            log.warn("{}", problem.message());
        }
        return new Result(log);
    }
}
