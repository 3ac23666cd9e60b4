package st.connection.ui.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

/** A servlet's service properties read as the gate they declare. */
class ServletGatesTest {

    private static ServiceReference<?> servlet(Map<String, Object> properties) {
        return (ServiceReference<?>) Proxy.newProxyInstance(ServletGatesTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    default -> null;
                });
    }

    private static GateSettings.Read read(Map<String, Object> properties) {
        return GateSettings.read("servlet s of bundle b", ServletGates.gateProperties(servlet(properties)));
    }

    @Test
    void aServletsOwnPatternsInItsDefaultContextAreGatedByItsForm() {
        GateSettings gate = read(Map.of("st.connection.gate.form", "orders",
                "osgi.http.whiteboard.servlet.pattern", new String[] {"/orders", "/orders/*"})).settings();
        assertThat(gate).isEqualTo(new GateSettings(java.util.List.of("/orders", "/orders/*"), "orders", "default"));
        assertThat(read(Map.of("st.connection.gate.form", "orders", "osgi.http.whiteboard.servlet.pattern", "/one"))
                .settings().patterns()).containsExactly("/one");
    }

    @Test
    void theContextIsTheOneTheServletSelectsByName() {
        GateSettings gate = read(Map.of("st.connection.gate.form", "orders", "osgi.http.whiteboard.servlet.pattern",
                "/orders/*", "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=shop)")).settings();
        assertThat(gate.context()).isEqualTo("shop");
    }

    @Test
    void aSelectThatNamesNoSingleContextAServletWithoutPatternsOrOneThatCoversTheLoginPageAreProblems() {
        assertThat(read(Map.of("st.connection.gate.form", "orders", "osgi.http.whiteboard.servlet.pattern", "/o",
                "osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=*)")).problems())
                .extracting(p -> p.key()).containsExactly("context");
        assertThat(read(Map.of("st.connection.gate.form", "orders")).problems())
                .extracting(p -> p.pid() + ": " + p.key()).containsExactly("servlet s of bundle b: patterns");
        assertThat(read(Map.of("st.connection.gate.form", "orders", "osgi.http.whiteboard.servlet.pattern", "/*"))
                .problems()).extracting(p -> p.value()).containsExactly("/*");
    }
}
