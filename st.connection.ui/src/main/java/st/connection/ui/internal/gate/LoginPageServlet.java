package st.connection.ui.internal.gate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import st.connection.api.ConnectionService;
import st.connection.api.LoginForm;
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
 * The login page for application users at {@value #PATH} of a servlet context: the forms that the
 * context's gates ask for (or the one named by {@code ?form=}), and after logging in a redirect to
 * the {@code return} address if it is a path on this server. Every {@code POST} carries a CSRF token (the session's, or before there
 * is a session the page's signed one, see {@link LoginPageToken}) and ends in a redirect; a post whose
 * token is not accepted does nothing and leads to the page again, which says that it had expired.
 * Looking at the page starts no HTTP session; a login attempt does.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(LoginPageServlet.PATH)
@HttpWhiteboardContextSelect(GateConfiguration.DEFAULT_CONTEXT_SELECT)
public class LoginPageServlet extends HttpServlet {

    public static final String PATH = "/login";
    static final String EXPIRED = "expired";
    static final String PAGE_EXPIRED = "Your page had expired; please log in again.";
    private static final long serialVersionUID = 1L;

    private final transient GateRegistry gates;
    private final transient LoginFlow logins;
    private final transient LoginPageToken anonymousToken = new LoginPageToken();
    private final String servletContext;

    /** The login page of the default servlet context, which is there with or without gates. */
    @Activate
    public LoginPageServlet(@Reference ConnectionService connections, @Reference GateRegistry gates,
            @Reference LoginThrottle throttle) {
        this(connections, gates, throttle, GateSettings.DEFAULT_CONTEXT);
    }

    /** The login page of another servlet context; see {@link LoginPages}. */
    LoginPageServlet(ConnectionService connections, GateRegistry gates, LoginThrottle throttle, String servletContext) {
        this.gates = gates;
        this.logins = new LoginFlow(connections, throttle);
        this.servletContext = servletContext;
    }

    /** Starts no HTTP session: a visitor who only looks costs the server nothing to remember. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Optional<SessionState> session = SessionState.existing(request);
            String named = RequestParameters.orEmpty(request, "form");
            Optional<String> returnTo = ReturnAddress.local(RequestParameters.of(request, "return"));
            List<LoginForm> forms = named.isEmpty() ? gates.gatedForms(servletContext)
                    : gated(named).map(List::of).orElse(List.of());
            Optional<String> notice = session.flatMap(SessionState::takePageNotice);
            if (RequestParameters.of(request, EXPIRED) != null) {
                notice = Optional.of(PAGE_EXPIRED);
            }
            if (!named.isEmpty() && forms.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                notice = Optional.of("There is no login form named '" + named + "' here.");
            }
            String token = session.map(SessionState::csrfToken).orElseGet(() -> anonymousToken.tokenFor(request, response));
            LoginFormHtml html = new LoginFormHtml(action(request), token,
                    returnTo.map(address -> Map.of("return", address)).orElse(Map.of()),
                    LoginFormHtml.Audience.APPLICATION_USER);
            List<FormState> states = forms.stream().map(form -> logins.state(request, form)).toList();
            boolean asking = states.stream().anyMatch(FormState.Asking.class::isInstance);
            StringBuilder page = new StringBuilder(4096);
            LoginPageHtml.open(page, asking || states.isEmpty() ? "Log in" : "Logged in", notice);
            boolean focus = true;
            for (FormState state : states) {
                html.write(page, state, focus && state instanceof FormState.Asking,
                        returnTo.or(() -> gates.startOf(servletContext, state.form().name())));
                focus &= !(state instanceof FormState.Asking);
            }
            if (forms.isEmpty() && named.isEmpty()) {
                page.append("<p id='forms-none'>No application asks for a login here.</p>\n");
            }
            LoginPageHtml.close(page);
            LoginPageHtml.send(response, page);
        } catch (BadRequestException e) {
            WebResponses.badRequest(response, e);
        }
    }

    /**
     * Accepts the session's token, or without a session the signed token of the page's cookie. Only a
     * login attempt starts a session.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Optional<SessionState> session = SessionState.existing(request);
            String submitted = RequestParameters.of(request, "csrf");
            boolean genuine = session.isPresent() ? session.get().acceptsToken(submitted)
                    : anonymousToken.accepts(request, submitted);
            if (!genuine) {
                WebResponses.seeOther(response, expiredPage(request));
                return;
            }
            WebResponses.seeOther(response, act(request, response));
        } catch (BadRequestException e) {
            WebResponses.badRequest(response, e);
        } catch (LoginThrottledException e) {
            WebResponses.tooManyRequests(response, e);
        }
    }

    /**
     * A form whose token is no longer accepted (the session ended, the server restarted, another tab
     * logged in) or never was (a forged post): nothing is done, and the person sees the login page
     * again, with one sentence and a fresh token.
     */
    private static String expiredPage(HttpServletRequest request) {
        Optional<String> returnTo = ReturnAddress.local(RequestParameters.of(request, "return"));
        String named = RequestParameters.orEmpty(request, "form");
        return action(request) + "?" + (named.isEmpty() ? "" : "form=" + encode(named) + "&")
                + returnTo.map(r -> "return=" + encode(r) + "&").orElse("") + EXPIRED;
    }

    /** @return where to go next */
    private String act(HttpServletRequest request, HttpServletResponse response) {
        String named = RequestParameters.orEmpty(request, "form");
        Optional<String> returnTo = ReturnAddress.local(RequestParameters.of(request, "return"));
        Optional<LoginForm> form = gated(named);
        String back = action(request) + "?form=" + encode(named) + returnTo.map(r -> "&return=" + encode(r)).orElse("");
        if (form.isEmpty()) {
            return back;
        }
        switch (RequestParameters.orEmpty(request, "action")) {
            case "login" -> {
                boolean connected = logins.login(request, form.get());
                anonymousToken.forget(request, response);
                return connected ? returnTo.orElse(back) : back;
            }
            case "logout" -> {
                logins.logout(request, named);
                SessionState.existing(request).ifPresent(session -> session.pageNotice("You are logged out of "
                        + form.get().title() + "."));
                return back;
            }
            default -> {
                SessionState.existing(request).ifPresent(session -> session.pageNotice("Nothing was done: unknown action."));
                return back;
            }
        }
    }

    private Optional<LoginForm> gated(String name) {
        return gates.gatedForms(servletContext).stream().filter(form -> form.name().equals(name)).findFirst();
    }

    private static String action(HttpServletRequest request) {
        return request.getContextPath() + PATH;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
