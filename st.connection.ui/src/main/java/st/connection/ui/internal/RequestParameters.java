package st.connection.ui.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/** Reads form parameters as UTF-8, and turns the container's failures into a {@link BadRequestException}. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** @return the parameter's value, or {@code null} if absent */
    public static String of(HttpServletRequest request, String name) {
        try {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            return request.getParameter(name);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        } catch (RuntimeException unreadable) {
            throw new BadRequestException("The form could not be read; it may be too large.", unreadable);
        }
    }

    /** @return the parameter's value, or an empty string if absent */
    public static String orEmpty(HttpServletRequest request, String name) {
        String value = of(request, name);
        return value == null ? "" : value;
    }
}
