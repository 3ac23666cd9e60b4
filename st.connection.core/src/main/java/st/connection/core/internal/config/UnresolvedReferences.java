package st.connection.core.internal.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import st.connection.api.ConfigurationProblem;

/**
 * Finds references the Config Admin interpolation plugin left as written because it could not
 * resolve them ({@code $[secret:name]}, {@code $[env:NAME]}, {@code $[prop:name]}): a secret file
 * that is missing, a variable that is not set. Each becomes a problem that shows the reference,
 * rebuilt from its type and name only (a {@code ;default=} directive could hold a secret), never
 * the text around it.
 */
public final class UnresolvedReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\[(secret|env|prop):([^\\];]*)[^\\]]*\\]");

    private UnresolvedReferences() {
    }

    /** @return one problem per key whose value still holds a reference */
    public static List<ConfigurationProblem> in(String pid, Map<String, ?> properties) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        properties.forEach((key, value) -> {
            for (String text : texts(value)) {
                Matcher reference = REFERENCE.matcher(text);
                if (reference.find()) {
                    problems.add(problem(pid, key, reference.group(1), reference.group(2)));
                    return;
                }
            }
        });
        return problems;
    }

    private static ConfigurationProblem problem(String pid, String key, String type, String name) {
        String shownName = ConfigurationReader.abbreviated(name);
        String expected = switch (type) {
            case "secret" -> "a reference to a secret file that exists: put the secret in the file '" + shownName
                    + "' of the secrets directory (framework property "
                    + "org.apache.felix.configadmin.plugin.interpolation.secretsdir)";
            case "env" -> "a reference to an environment variable that is set for the framework's process";
            default -> "a reference to a framework or system property that is set";
        };
        return new ConfigurationProblem(pid, key, "$[" + type + ":" + shownName + "]", expected + "; the Config Admin interpolation plugin must be "
                + "installed to resolve it");
    }

    private static List<String> texts(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
