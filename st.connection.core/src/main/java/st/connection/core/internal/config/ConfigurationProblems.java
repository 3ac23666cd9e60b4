package st.connection.core.internal.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;

/** The configuration problems found now, by PID, logged once when found. */
@Component(service = ConfigurationProblems.class)
public class ConfigurationProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationProblems.class);

    private final Map<String, List<ConfigurationProblem>> byPid = new ConcurrentHashMap<>();

    /** Replaces the problems of a configuration and logs each new one. */
    public void report(List<ConfigurationProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        String pid = problems.get(0).pid();
        List<ConfigurationProblem> before = byPid.put(pid, List.copyOf(problems));
        problems.stream().filter(p -> before == null || !before.contains(p))
                .forEach(p -> LOG.warn("Configuration problem: {}", p.message()));
    }

    public void clear(String pid) {
        byPid.remove(pid);
    }

    public List<ConfigurationProblem> all() {
        return byPid.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(ConfigurationProblem::pid).thenComparing(ConfigurationProblem::key))
                .toList();
    }
}
