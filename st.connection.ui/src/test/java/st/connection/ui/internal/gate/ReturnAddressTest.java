package st.connection.ui.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/demo", "/demo/orders?year=2026&city=K%C3%B6ln", "/", "/a/b#top"})
    void pathsOnThisServerAreKept(String path) {
        assertThat(ReturnAddress.local(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
        "demo", "", "/demo\r\nSet-Cookie: a=b", "/demo\tx", "/demo x", "/%zz"})
    void everythingElseIsRefused(String address) {
        assertThat(ReturnAddress.local(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {ReturnAddress.MAX_LENGTH + 1, 100_000})
    void hugeAddressesAreRefused(int length) {
        assertThat(ReturnAddress.local("/" + "a".repeat(length - 1))).isEmpty();
    }
}
