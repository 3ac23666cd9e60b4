package st.connection.ui.internal.console;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConnectionAdmin;
import st.connection.api.ConnectionException;
import st.connection.api.ConnectionService;
import st.connection.api.LoginForm;
import st.connection.api.QueryCache;
import st.connection.ui.internal.AllConfigurationProblems;
import st.connection.ui.internal.BadRequestException;
import st.connection.ui.internal.FormState;
import st.connection.ui.internal.LoginFlow;
import st.connection.ui.internal.LoginFormHtml;
import st.connection.ui.internal.RequestParameters;
import st.connection.ui.internal.SessionState;
import st.connection.ui.internal.WebResponses;
import st.connection.ui.internal.throttle.LoginThrottle;
import st.connection.ui.internal.throttle.LoginThrottledException;

/**
 * The Web Console plugin "Connections": connectors, shared connections with their operations,
 * the console user's own connections, and configuration problems. The console wraps what
 * {@code GET} writes in its page; every {@code POST} is checked against the session's CSRF token,
 * acts, and redirects back ({@code 303}), so a reload never repeats an action.
 */
@Component(service = Servlet.class, property = {
        "felix.webconsole.label=" + ConnectionsPanelServlet.LABEL,
        "felix.webconsole.title=Connections",
        "felix.webconsole.category=st.connection"})
public class ConnectionsPanelServlet extends HttpServlet {

    static final String LABEL = "connections";
    /** The console styles tables and buttons; headings, form boxes and messages need a few rules of their own. */
    private static final String STYLE = "<style>#st-connections h2{font-size:1.15em;font-weight:bold;margin:1.2em 0 .4em}"
            + " #st-connections h3{font-weight:bold;margin:.2em 0 .5em}"
            + " #st-connections .st-form{display:inline-block;vertical-align:top;min-width:18em;margin:0 1em 1em 0;"
            + "padding:.5em 1em;border:1px solid #ccc;border-radius:4px}"
            + " #st-connections .st-form td{padding:.15em .5em .15em 0} #st-connections .st-inline{display:inline}"
            + " #st-connections .st-message{color:#b00020;font-weight:bold} #st-connections .st-notice{padding:.5em}"
            + " #st-connections .st-description{color:#555;max-width:26em;margin:0 0 .5em}"
            + "</style>\n";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPanelServlet.class);

    private final transient ConnectionService connections;
    private final transient ConnectionAdmin admin;
    private final transient QueryCache cache;
    private final transient AllConfigurationProblems problems;
    private final transient LoginFlow logins;

    @Activate
    public ConnectionsPanelServlet(@Reference ConnectionService connections, @Reference ConnectionAdmin admin,
            @Reference QueryCache cache, @Reference AllConfigurationProblems problems,
            @Reference LoginThrottle throttle) {
        this.connections = connections;
        this.admin = admin;
        this.cache = cache;
        this.problems = problems;
        this.logins = new LoginFlow(connections, throttle);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionState session = SessionState.of(request);
        String action = request.getRequestURI();
        StringBuilder html = new StringBuilder(8192);
        html.append(STYLE).append("<div id='st-connections'>\n");
        session.takePageNotice().ifPresent(notice -> html.append("<p class='statline ui-state-highlight st-notice' "
                + "id='page-notice' role='status'>").append(Encode.forHtml(notice)).append("</p>\n"));
        PanelTables tables = new PanelTables(action, session.csrfToken());
        tables.connectors(html, connections.connectors());
        tables.shared(html, connections.singletons(), cache.statistics());
        yourConnections(html, request, new LoginFormHtml(action, session.csrfToken(), Map.of(),
                LoginFormHtml.Audience.ADMINISTRATOR));
        tables.problems(html, problems.list());
        html.append("</div>\n");
        WebResponses.noStore(response);
        response.getWriter().write(html.toString());
    }

    private void yourConnections(StringBuilder html, HttpServletRequest request, LoginFormHtml forms) {
        html.append("<h2>Your connections</h2>\n<div id='yours'>\n");
        List<LoginForm> all = connections.loginForms();
        if (all.isEmpty()) {
            html.append("<p id='forms-none'>No login form is configured.</p>\n");
        }
        // After a failed login the form that says why takes the focus; otherwise nothing does, so
        // that the page opens at its top.
        boolean focus = true;
        for (LoginForm form : all) {
            FormState state = logins.state(request, form);
            boolean failed = state instanceof FormState.Asking asking && asking.message() != null;
            forms.write(html, state, focus && failed, Optional.empty());
            focus &= !failed;
        }
        html.append("</div>\n");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Optional<SessionState> session = SessionState.existing(request);
            if (session.isEmpty() || !session.get().acceptsToken(RequestParameters.of(request, "csrf"))) {
                WebResponses.forbidden(response);
                return;
            }
            act(request, session.get());
            WebResponses.seeOther(response, request.getRequestURI());
        } catch (BadRequestException e) {
            WebResponses.badRequest(response, e);
        } catch (LoginThrottledException e) {
            WebResponses.tooManyRequests(response, e);
        }
    }

    private void act(HttpServletRequest request, SessionState session) {
        String action = RequestParameters.orEmpty(request, "action");
        String name = RequestParameters.orEmpty(request, action.equals("login") || action.equals("logout") ? "form" : "name");
        switch (action) {
            case "login" -> connections.loginForm(name).ifPresentOrElse(form -> logins.login(request, form),
                    () -> session.pageNotice("There is no login form named '" + name + "'."));
            case "logout" -> logins.logout(request, name);
            case "reopen", "close", "clear-cache" -> session.pageNotice(operate(action, name));
            default -> session.pageNotice("Unknown action '" + action + "'; nothing was done.");
        }
    }

    /** @return what happened, in one sentence */
    private String operate(String action, String name) {
        try {
            switch (action) {
                case "reopen" -> {
                    admin.reopen(name);
                    return "The shared connection '" + name + "' was reopened.";
                }
                case "close" -> {
                    admin.close(name);
                    return "The shared connection '" + name + "' was closed; it opens again on next use.";
                }
                default -> {
                    if (connections.singletons().stream().noneMatch(c -> c.name().equals(name))) {
                        return "There is no shared connection named '" + name + "'.";
                    }
                    cache.invalidate(name);
                    return "The cache of '" + name + "' was cleared.";
                }
            }
        } catch (IllegalArgumentException | ConnectionException e) {
            LOG.info("Console action {} on '{}' failed: {}", action, name, e.getMessage());
            return e.getMessage();
        }
    }
}
