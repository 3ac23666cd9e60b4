package st.connection.ui.internal.gate;

import static org.owasp.encoder.Encode.forHtml;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import st.connection.ui.internal.WebResponses;

/** The frame of the application login page: a small, self-contained HTML page with strict headers. */
final class LoginPageHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#222}
            main{max-width:28em;margin:3em auto;background:#fff;padding:1.5em 2em;border-radius:6px;box-shadow:0 1px 4px #0002}
            h1{font-size:1.4em;margin-top:0} h3{margin-bottom:.5em}
            td{padding:.25em .5em .25em 0} input{width:16em;padding:.3em}
            button{padding:.4em 1.2em;margin-top:.5em} .st-message{color:#b00020;font-weight:600}
            .st-notice{background:#eef5ff;padding:.5em;border-radius:4px} .st-description{color:#555;margin-top:0}""";

    private LoginPageHtml() {
    }

    /** @param heading the page's title and heading, a fixed text */
    static void open(StringBuilder page, String heading, Optional<String> notice) {
        page.append("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>")
                .append("<meta name='viewport' content='width=device-width, initial-scale=1'>")
                .append("<title>").append(forHtml(heading)).append("</title><style>").append(STYLE)
                .append("</style></head>\n<body><main>\n<h1>").append(forHtml(heading)).append("</h1>\n");
        notice.ifPresent(text -> page.append("<p class='st-notice' id='page-notice' role='status'>")
                .append(forHtml(text)).append("</p>\n"));
    }

    static void close(StringBuilder page) {
        page.append("</main></body></html>\n");
    }

    static void send(HttpServletResponse response, StringBuilder page) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        WebResponses.pageHeaders(response);
        response.getWriter().write(page.toString());
    }
}
