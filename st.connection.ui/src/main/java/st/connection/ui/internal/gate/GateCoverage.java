package st.connection.ui.internal.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.dto.ResourceDTO;
import org.osgi.service.servlet.runtime.dto.ServletContextDTO;
import org.osgi.service.servlet.runtime.dto.ServletDTO;

/**
 * Which of a gate's patterns reach nothing: a gate on a path no servlet serves protects nothing,
 * which is most often a typo or the wrong servlet context. Servlet URL patterns are matched the
 * way the container dispatches, and generously: a pattern counts as reaching a servlet if any
 * request it matches could be served by it.
 */
final class GateCoverage {

    private GateCoverage() {
    }

    /**
     * @return the servlet and resource patterns of the named context, or empty if the runtime has no
     *     context of that name
     */
    static Optional<List<String>> servedPatterns(HttpServiceRuntime runtime, String contextName) {
        for (ServletContextDTO context : runtime.getRuntimeDTO().servletContextDTOs) {
            if (context.name.equals(contextName)) {
                List<String> patterns = new ArrayList<>();
                for (ServletDTO servlet : context.servletDTOs) {
                    patterns.addAll(List.of(servlet.patterns));
                }
                for (ResourceDTO resource : context.resourceDTOs) {
                    patterns.addAll(List.of(resource.patterns));
                }
                return Optional.of(patterns);
            }
        }
        return Optional.empty();
    }

    /** @return the gate patterns that no served pattern can answer */
    static List<String> unreached(List<String> gatePatterns, List<String> servedPatterns) {
        return gatePatterns.stream().filter(gate -> servedPatterns.stream().noneMatch(served -> reaches(gate, served)))
                .toList();
    }

    /** @return whether a request the gate pattern matches may be served by the servlet pattern */
    static boolean reaches(String gate, String served) {
        if (served.equals("/") || served.equals("/*")) {
            return true;
        }
        if (gate.startsWith("*.")) {
            return isPrefix(served) || served.equals(gate) || !isExtension(served) && served.endsWith(gate.substring(1));
        }
        if (isPrefix(gate)) {
            String root = gate.substring(0, gate.length() - 2);
            if (isPrefix(served)) {
                String other = served.substring(0, served.length() - 2);
                return isWithin(other, root) || isWithin(root, other);
            }
            return isExtension(served) || isWithin(served, root);
        }
        if (isPrefix(served)) {
            return isWithin(gate, served.substring(0, served.length() - 2));
        }
        return isExtension(served) ? gate.endsWith(served.substring(1)) : gate.equals(served);
    }

    private static boolean isPrefix(String pattern) {
        return pattern.endsWith("/*");
    }

    private static boolean isExtension(String pattern) {
        return pattern.startsWith("*.");
    }

    /** @return whether the path is the root or below it */
    private static boolean isWithin(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
