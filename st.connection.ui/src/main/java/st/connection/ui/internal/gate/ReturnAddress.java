package st.connection.ui.internal.gate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where to send a person after logging in: only a path on this server, never another site (no
 * open redirect through the login page).
 */
final class ReturnAddress {

    static final int MAX_LENGTH = 2048;

    private ReturnAddress() {
    }

    /** @return the request's own address: path and query */
    static String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
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
