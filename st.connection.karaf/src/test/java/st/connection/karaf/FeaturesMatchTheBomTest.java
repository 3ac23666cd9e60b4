package st.connection.karaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The features install exactly the versions the BOM pins, and releases only. */
class FeaturesMatchTheBomTest {

    private static final Pattern MVN_LINK = Pattern.compile("mvn:([^/<\\s]+)/([^/<\\s]+)/([^/<\\s]+)");
    private static final Pattern BOM_ENTRY = Pattern.compile(
            "<groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version>");

    @Test
    void everyBundleHasTheVersionOfTheBom() throws Exception {
        String features = Files.readString(Path.of("src/main/feature/features.xml"));
        Map<String, String> bom = bomVersions();
        Matcher link = MVN_LINK.matcher(features);
        int links = 0;
        while (link.find()) {
            String key = link.group(1) + ":" + link.group(2);
            if (key.equals("st.connection:st.connection.karaf")) {
                continue;
            }
            assertThat(bom).as("the BOM pins %s", key).containsKey(key);
            assertThat(link.group(3)).as(key).isEqualTo(bom.get(key));
            links++;
        }
        assertThat(links).isGreaterThan(8);
        assertThat(features).doesNotContain("SNAPSHOT");
    }

    private static Map<String, String> bomVersions() throws Exception {
        String pom = Files.readString(Path.of("../st.connection.bom/pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>st\\.connection\\.bom</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        Map<String, String> versions = new HashMap<>();
        Matcher entry = BOM_ENTRY.matcher(pom);
        while (entry.find()) {
            versions.put(entry.group(1) + ":" + entry.group(2), entry.group(3).replace("${project.version}", version));
        }
        return versions;
    }
}
