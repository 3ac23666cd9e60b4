package st.connection.ui.internal.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import st.connection.api.ConfigurationProblem;

/**
 * A valid {@code st.connection.gate} configuration.
 *
 * @param patterns the servlet URL patterns protected
 * @param form the login form a person must be logged in with
 * @param context the name of the servlet context (Servlet Whiteboard) whose paths are protected
 */
record GateSettings(List<String> patterns, String form, String context) {

    static final String PATTERNS = "patterns";
    static final String FORM = "form";
    static final String CONTEXT = "context";
    static final String DEFAULT_CONTEXT = HttpWhiteboardConstants.HTTP_WHITEBOARD_DEFAULT_CONTEXT_NAME;
    static final String NAME_FORM = "a login form name of letters, digits, '.', '-' or '_' (at most 100 characters)";
    static final String CONTEXT_FORM = "a servlet context name of letters, digits, '.', '-' or '_' (at most 100 "
            + "characters), other than the Web Console's";
    static final String PATTERN_FORM = "servlet URL patterns such as /reports, /reports/* or *.report";

    /** The console has its own login (HTTP Basic) and its own forms. */
    private static final String WEB_CONSOLE_CONTEXT = "org.apache.felix.webconsole";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern EXACT_OR_PREFIX = Pattern.compile("/[^*\\s?#;\\\\]*(/\\*)?|/\\*");
    private static final Pattern EXTENSION = Pattern.compile("\\*\\.[A-Za-z0-9_-]+");

    GateSettings {
        patterns = List.copyOf(patterns);
    }

    /**
     * @return where a person starts with the application behind the gate: its first exact path, else
     *     the path of its first prefix pattern ({@code /reports/*} starts at {@code /reports}); none for
     *     extension patterns only
     */
    Optional<String> startPath() {
        return patterns.stream().filter(p -> !p.contains("*")).findFirst()
                .or(() -> patterns.stream().filter(p -> p.endsWith("/*") && p.length() > 2)
                        .map(p -> p.substring(0, p.length() - 2)).findFirst());
    }

    boolean isInDefaultContext() {
        return context.equals(DEFAULT_CONTEXT);
    }

    /** @return the Servlet Whiteboard filter that selects the context; its name holds nothing to escape */
    String contextSelect() {
        return contextSelect(context);
    }

    static String contextSelect(String context) {
        return "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + context + ")";
    }

    /**
     * The settings read from a configuration, or the problems that make it unusable.
     *
     * @param settings the settings, or {@code null} if there are problems
     */
    record Read(GateSettings settings, List<ConfigurationProblem> problems) {
    }

    static Read read(String pid, Map<String, ?> properties) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        String form = text(properties.get(FORM));
        if (form.isEmpty()) {
            problems.add(new ConfigurationProblem(pid, FORM, null, NAME_FORM));
        } else if (!NAME.matcher(form).matches()) {
            problems.add(new ConfigurationProblem(pid, FORM, form, NAME_FORM));
        }
        String context = text(properties.get(CONTEXT));
        if (context.isEmpty()) {
            context = DEFAULT_CONTEXT;
        } else if (!NAME.matcher(context).matches() || context.equals(WEB_CONSOLE_CONTEXT)) {
            problems.add(new ConfigurationProblem(pid, CONTEXT, context, CONTEXT_FORM));
        }
        List<String> patterns = list(properties.get(PATTERNS));
        if (patterns.isEmpty()) {
            problems.add(new ConfigurationProblem(pid, PATTERNS, null, PATTERN_FORM));
        }
        for (String pattern : patterns) {
            if (!EXACT_OR_PREFIX.matcher(pattern).matches() && !EXTENSION.matcher(pattern).matches()) {
                problems.add(new ConfigurationProblem(pid, PATTERNS, pattern, PATTERN_FORM));
            } else if (coversLoginPage(pattern)) {
                problems.add(new ConfigurationProblem(pid, PATTERNS, pattern,
                        "patterns that leave the login page " + LoginPageServlet.PATH + " unprotected"));
            }
        }
        return problems.isEmpty() ? new Read(new GateSettings(patterns, form, context), List.of()) : new Read(null, problems);
    }

    private static boolean coversLoginPage(String pattern) {
        String login = LoginPageServlet.PATH;
        return pattern.equals("/*") || pattern.equals("/") || pattern.equals(login) || pattern.equals(login + "/*");
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** @return the entries of a multi-valued property, or of one string split at commas */
    private static List<String> list(Object value) {
        List<?> raw;
        if (value == null) {
            raw = List.of();
        } else if (value instanceof String s) {
            raw = Arrays.asList(s.split(","));
        } else if (value instanceof String[] array) {
            raw = Arrays.asList(array);
        } else if (value instanceof Collection<?> collection) {
            raw = List.copyOf(collection);
        } else {
            raw = List.of(value);
        }
        return raw.stream().map(GateSettings::text).filter(s -> !s.isEmpty()).toList();
    }
}
