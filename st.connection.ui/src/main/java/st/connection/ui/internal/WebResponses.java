package st.connection.ui.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.owasp.encoder.Encode;

import st.connection.ui.internal.throttle.LoginThrottledException;

/** The responses the UI's servlets and filter send besides pages: redirects and one-sentence refusals. */
public final class WebResponses {

    static final int TOO_MANY_REQUESTS = 429;
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String FORBIDDEN = "Nothing was done, because the form came without this session's security token "
            + "(reload the page and try again).";

    private WebResponses() {
    }

    /** Pages show per-person state: no cache may keep them. */
    public static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    /**
     * The headers of a page people see outside the console: no cache keeps it, no script runs in it,
     * no other site frames it or receives its address; forms post to this site only; images (the
     * site's icon) come from this site only.
     */
    public static void pageHeaders(HttpServletResponse response) {
        noStore(response);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    /** Redirects after a POST, so that a reload repeats nothing. */
    public static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        noStore(response);
    }

    /** A state-changing request without the session's CSRF token. */
    public static void forbidden(HttpServletResponse response) throws IOException {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
    }

    public static void badRequest(HttpServletResponse response, BadRequestException reason) throws IOException {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, reason.getMessage());
    }

    /** A login attempt that must wait: {@code 429} with the wait in {@code Retry-After}, and nothing was tried. */
    public static void tooManyRequests(HttpServletResponse response, LoginThrottledException refusal) throws IOException {
        if (!response.isCommitted()) {
            response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            refuse(response, TOO_MANY_REQUESTS, refusal.getMessage());
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        noStore(response);
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Not done</title></head>"
                + "<body><p id='refusal'>" + Encode.forHtml(message) + "</p></body></html>\n");
    }
}
