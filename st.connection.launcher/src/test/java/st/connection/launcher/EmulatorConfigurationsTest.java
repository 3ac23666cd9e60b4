package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorConfigurationsTest {

    @TempDir
    Path home;

    @Test
    void writesTheEmulatorAndALoginFormPointingAtItsPort() throws IOException {
        EmulatorConfigurations.write(home, 41234);

        assertThat(read(EmulatorConfigurations.EMULATOR_FILE)).containsEntry("port", "41234")
                .containsEntry("users", "$[secret:emulator-users]");
        assertThat(home.resolve("secrets/emulator-users")).hasContent("alice:wonderland,bob:builder");
        assertThat(read(EmulatorConfigurations.SNOWPARK_SHARED_FILE)).containsEntry("password", "$[secret:snowpark-shared]");
        assertThat(home.resolve("secrets/snowpark-shared")).hasContent("wonderland");
        for (String file : new String[] {EmulatorConfigurations.EMULATOR_FILE, EmulatorConfigurations.SNOWPARK_SHARED_FILE}) {
            read(file).forEach((key, value) -> {
                if (key.equals("password") || key.equals("users")) {
                    assertThat(value.toString()).as("%s in %s", key, file).startsWith("$[secret:");
                }
            });
        }
        assertThat(read(EmulatorConfigurations.LOGIN_FILE)).containsEntry("name", "snowflake")
                .containsEntry("connector", "snowflake").containsEntry("fields", "user,password:secret,database=DEMO_DB")
                .containsEntry("options", "url=jdbc:snowflake://127.0.0.1:41234/,account=emulator,warehouse=DEMO_WH,ssl=off");
    }

    @Test
    void rewritesThePortAtTheNextStart() throws IOException {
        EmulatorConfigurations.write(home, 41234);
        EmulatorConfigurations.write(home, 45678);

        assertThat(read(EmulatorConfigurations.EMULATOR_FILE)).containsEntry("port", "45678");
    }

    @Test
    void removesOnlyTheFilesItWrote() throws IOException {
        EmulatorConfigurations.write(home, 41234);
        Path kept = home.resolve("load").resolve(EmulatorConfigurations.LOGIN_FILE);
        Files.writeString(kept, "name=snowflake\nconnector=snowflake\nfields=user,password:secret\n");

        EmulatorConfigurations.remove(home);

        assertThat(home.resolve("load").resolve(EmulatorConfigurations.EMULATOR_FILE)).doesNotExist();
        assertThat(kept).as("the person's own file").exists();
        assertThat(home.resolve("secrets/emulator-users")).as("its secret went with it").doesNotExist();
    }

    private Properties read(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve("load").resolve(file), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties;
    }
}
