package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleCredentialsTest {

    @TempDir
    Path home;

    private void write(String content) throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("load")).resolve(ConsoleCredentials.FILE), content);
    }

    @Test
    void noFileOrNoPasswordMeansNoneAreSet() throws Exception {
        assertThat(ConsoleCredentials.read(home)).isEmpty();
        write("username=operator\n");
        assertThat(ConsoleCredentials.read(home)).isEmpty();
    }

    @Test
    void readsTheConsolesOwnKeysAndNeverShowsThePassword() throws Exception {
        write("# the console's login\nusername=operator\npassword=correct-horse-battery\n");
        ConsoleCredentials credentials = ConsoleCredentials.read(home).orElseThrow();
        assertThat(credentials.user()).isEqualTo("operator");
        assertThat(credentials.password()).isEqualTo("correct-horse-battery");
        assertThat(credentials.isDefault()).isFalse();
        assertThat(credentials.toString()).doesNotContain("correct-horse-battery");
    }

    @Test
    void theConsolesDefaultPasswordPlainOrHashedIsKnownToEverybody() throws Exception {
        write("password=admin\n");
        assertThat(ConsoleCredentials.read(home).orElseThrow().isDefault()).isTrue();
        write("password={sha-256}jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg=\n");
        assertThat(ConsoleCredentials.read(home).orElseThrow()).satisfies(c -> {
            assertThat(c.isDefault()).isTrue();
            assertThat(c.user()).isEqualTo("admin");
        });
    }
}
