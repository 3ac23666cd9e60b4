package st.connection.ui.internal.gate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF token of a login page visitor who has no HTTP session (yet): a signed double-submit
 * token. The page puts a random value with its HMAC in a cookie and in the form; a post is genuine
 * when the form's token is the cookie's and its signature holds. Another site can make a browser
 * post, but can neither read the cookie nor make a token that verifies, and the server keeps no state
 * for a visitor who only looks: an HTTP session is created only by a login attempt. Once a session
 * exists, its own token is the only one accepted.
 *
 * <p>The key is random per instance: a page served before a restart must be reloaded.
 *
 * <p><b>Threading.</b> Thread safe.
 */
final class LoginPageToken {

    static final String COOKIE = "st-login-csrf";
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    LoginPageToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** @return the genuine token the request's cookie carries, or a new one, set as the cookie of the response */
    String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> carried = fromCookie(request).filter(this::isGenuine);
        if (carried.isPresent()) {
            return carried.get();
        }
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        String value = encode(nonce);
        String token = value + "." + encode(sign(value));
        response.addCookie(cookie(request, token, -1));
        return token;
    }

    /** @return whether the submitted token is genuine and the same as the request's cookie */
    boolean accepts(HttpServletRequest request, String submitted) {
        return submitted != null && isGenuine(submitted) && fromCookie(request)
                .map(cookie -> MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                        submitted.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    /** Drops the cookie: once the person has a session, the session's token is the only one. */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        if (fromCookie(request).isPresent()) {
            response.addCookie(cookie(request, "", 0));
        }
    }

    private boolean isGenuine(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return false;
        }
        byte[] expected = encode(sign(token.substring(0, dot))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    private static Optional<String> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Sent to the login page only, never readable by scripts, never sent with another site's requests. */
    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + LoginPageServlet.PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
