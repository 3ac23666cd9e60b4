package st.connection.ui.internal.gate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where to send a person after logging in: only a path on this server, never another site (no
 * open redirect through the login page).
 */
final class ReturnAddress {

    static final int MAX_LENGTH = 2048;

    private ReturnAddress() {
    }

    /**
     * @return the address the person asked for, path and query: for a forward or an error page the
     *     original request's, not the one dispatched to
     */
    static String of(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded) {
            return withQuery(forwarded, (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING));
        }
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return failed;
        }
        return withQuery(request.getRequestURI(), request.getQueryString());
    }

    private static String withQuery(String uri, String query) {
        return uri + (query == null ? "" : "?" + query);
    }

    /** @return the address if it is a path on this server, else empty */
    static Optional<String> local(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(candidate) : Optional.empty();
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
