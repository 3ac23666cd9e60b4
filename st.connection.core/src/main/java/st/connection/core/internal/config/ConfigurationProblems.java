package st.connection.core.internal.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;

/** The configuration problems found now, by PID (or other source), logged once when found. */
@Component(service = ConfigurationProblems.class)
public class ConfigurationProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationProblems.class);

    private final Map<String, List<ConfigurationProblem>> byPid = new ConcurrentHashMap<>();

    /** Replaces the problems of a configuration and logs each new one. */
    public void report(List<ConfigurationProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        report(problems.get(0).pid(), problems);
    }

    /**
     * Replaces the problems a source found (a configuration, by its PID, or a part of the platform
     * that applies one, such as the link to a cluster) and logs each new one.
     */
    public void report(String source, List<ConfigurationProblem> problems) {
        List<ConfigurationProblem> before = byPid.put(source, List.copyOf(problems));
        problems.stream().filter(p -> before == null || !before.contains(p))
                .forEach(p -> LOG.warn("Configuration problem: {}", p.message()));
    }

    /** Forgets the problems of a configuration's PID or of another source. */
    public void clear(String source) {
        byPid.remove(source);
    }

    public List<ConfigurationProblem> all() {
        return byPid.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(ConfigurationProblem::pid).thenComparing(ConfigurationProblem::key))
                .toList();
    }
}
