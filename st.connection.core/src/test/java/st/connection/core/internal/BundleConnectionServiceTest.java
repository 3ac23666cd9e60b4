package st.connection.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BundleConnectionServiceTest {

    @Test
    void theDerivedNameOfASharedConnectionTellsNothingOfItsSecrets() {
        String one = BundleConnectionService.defaultName("jdbc", Map.of("url", "jdbc:h2:mem:a", "user", "sa",
                "password", "first-secret"));
        String other = BundleConnectionService.defaultName("jdbc", Map.of("url", "jdbc:h2:mem:a", "user", "sa",
                "password", "second-secret".toCharArray()));
        String noSecret = BundleConnectionService.defaultName("jdbc", Map.of("url", "jdbc:h2:mem:a", "user", "sa"));
        assertThat(one).isEqualTo(other).isEqualTo(noSecret).matches("jdbc-[0-9a-f]{8}");
        assertThat(BundleConnectionService.defaultName("jdbc", Map.of("url", "jdbc:h2:mem:b", "user", "sa")))
                .isNotEqualTo(one);
    }
}
