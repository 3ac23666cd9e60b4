package st.connection.demo.internal;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import st.connection.api.GatedLogin;

/**
 * The frame of the demo's pages: a small, self-contained HTML page sent with the headers of the
 * platform's login page, so that the demo shows how an application behind a gate should answer.
 */
final class DemoPage {

    /** The login page's policy: no script, styles in the page, images and form posts to this site only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#222}
            header{display:flex;justify-content:space-between;align-items:center;background:#1f5fa8;color:#fff;padding:.5em 2em}
            header form{display:inline;margin-left:1em} header button{padding:.25em .9em}
            main{margin:1.5em 2em;max-width:60em} h1{font-size:1.4em} a{color:#1f5fa8}
            table{border-collapse:collapse;background:#fff} td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            td.number{text-align:right} .source{color:#555}""";

    private DemoPage() {
    }

    /**
     * @param title the page's title, a fixed text
     * @param header HTML of the page's top bar, or empty
     * @param main HTML of the page's content
     */
    static void send(HttpServletResponse response, String title, CharSequence header, CharSequence main) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.getWriter().write("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
                + "<meta name='viewport' content='width=device-width, initial-scale=1'><title>" + forHtml(title)
                + "</title><style>" + STYLE + "</style></head>\n<body>\n"
                + (header.isEmpty() ? "" : "<header>" + header + "</header>\n")
                + "<main>\n<h1>" + forHtml(title) + "</h1>\n" + main + "</main>\n</body></html>\n");
    }

    /** Who is logged in, and the button that logs them out. */
    static String account(GatedLogin login) {
        StringBuilder bar = new StringBuilder("<span id='account'>")
                .append(login.user().isEmpty() ? "Logged in" : "Logged in as <b id='user'>" + forHtml(login.user()) + "</b>")
                .append(" to ").append(forHtml(login.formTitle())).append("</span><form method='post' action='")
                .append(forHtmlAttribute(login.logoutAction())).append("'>");
        login.logoutParameters().forEach((name, value) -> bar.append("<input type='hidden' name='")
                .append(forHtmlAttribute(name)).append("' value='").append(forHtmlAttribute(value)).append("'>"));
        return bar.append("<button type='submit' id='logout'>Log out</button></form>").toString();
    }
}
