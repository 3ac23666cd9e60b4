package st.connection.api.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpSession;

import st.connection.api.ConnectionService;
import st.connection.api.UserConnections;

class HttpSessionScopesTest {

    private final List<String> asked = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private String sessionId = "before-login";

    /** A session whose id changes like a real one's at login. */
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getId" -> sessionId;
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final ConnectionService connections = (ConnectionService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ConnectionService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("user")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                String key = (String) args[0];
                asked.add(key);
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UserConnections.class},
                        (scope, call, none) -> null);
            });

    @Test
    void aSessionKeepsItsScopeWhenItsIdChangesAtLogin() {
        HttpSessionScopes.of(connections, session);
        sessionId = "after-login";
        HttpSessionScopes.of(connections, session);
        assertThat(asked).hasSize(2).doesNotContain("before-login", "after-login");
        assertThat(asked.get(0)).isEqualTo(asked.get(1)).isEqualTo(HttpSessionScopes.keyOf(session));
        assertThat(HttpSessionScopes.existingKeyOf(session)).contains(asked.get(0));
    }
}
