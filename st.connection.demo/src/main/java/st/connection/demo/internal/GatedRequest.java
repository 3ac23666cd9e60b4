package st.connection.demo.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import st.connection.api.GatedLogin;
import st.connection.api.ManagedConnection;

/** The person's connection and login that a gate put into a demo page's request. */
record GatedRequest<C>(ManagedConnection<C> connection, GatedLogin login) {

    /** @return the gate's request attributes, or {@code null} once it answered 503: no gate covers the page */
    @SuppressWarnings("unchecked")
    static <C> GatedRequest<C> of(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ManagedConnection<C> connection = (ManagedConnection<C>) request.getAttribute(ManagedConnection.REQUEST_ATTRIBUTE);
        GatedLogin login = (GatedLogin) request.getAttribute(GatedLogin.REQUEST_ATTRIBUTE);
        if (connection == null || login == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This demo page needs an st.connection.gate "
                    + "configuration for " + request.getServletPath() + ".");
            return null;
        }
        return new GatedRequest<>(connection, login);
    }
}
