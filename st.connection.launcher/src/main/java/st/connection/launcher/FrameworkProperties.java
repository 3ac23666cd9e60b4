package st.connection.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.osgi.framework.Constants;

/** The framework properties the launcher starts Felix with. */
final class FrameworkProperties {

    static final int SESSION_TIMEOUT_MINUTES = 30;

    private static final String SLF4J_POM_PROPERTIES = "/META-INF/maven/org.slf4j/slf4j-api/pom.properties";

    private FrameworkProperties() {
    }

    /**
     * @param credentials the console's user and password from {@code load/}, given to the console from
     *     its start (FileInstall applies the same file a moment later)
     */
    static Map<String, String> of(LaunchOptions options, boolean interactive, Optional<ConsoleCredentials> credentials) {
        Map<String, String> properties = new HashMap<>();
        credentials.ifPresent(set -> {
            properties.put("felix.webconsole.username", set.user());
            properties.put("felix.webconsole.password", set.password());
        });
        properties.put(Constants.FRAMEWORK_STORAGE, options.home().resolve("felix-cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra(slf4jVersion()));

        properties.put(LaunchOptions.HOST_PROPERTY, options.host());
        properties.put("org.apache.felix.http.host", options.host());
        properties.put(LaunchOptions.PORT_PROPERTY, String.valueOf(options.port()));
        // HTTP sessions left alone end after 30 minutes (Felix HTTP keeps them forever by default),
        // which closes the personal connections opened in them.
        properties.put("org.apache.felix.http.session.timeout", String.valueOf(SESSION_TIMEOUT_MINUTES));

        properties.put("felix.fileinstall.dir", options.home().resolve(DefaultConfigurations.LOAD_DIRECTORY).toString());
        properties.put("felix.fileinstall.poll", "500");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        properties.put("felix.fileinstall.log.level", "3");
        // Written back, FileInstall rewrites every file it applied at start; a poll that reads one
        // while it is being rewritten sees it empty and wipes that configuration. load/ is read only.
        properties.put("felix.fileinstall.enableConfigSave", "false");

        // Configurations say $[secret:name] (a file of secrets/) or $[env:NAME]; Config Admin applies
        // none before the interpolation plugin is there to resolve them.
        properties.put(SecretsDirectory.PROPERTY, options.home().resolve(SecretsDirectory.DIRECTORY).toString());
        properties.put("felix.cm.config.plugins", "org.apache.felix.configadmin.plugin.interpolation");

        properties.put("ds.loglevel", "warn");
        if (!interactive) {
            properties.put("gosh.args", "--nointeractive");
        }
        return properties;
    }

    /**
     * SLF4J and the OSGi Log API live on the launcher's class path (logging is set up before the
     * framework starts) and are exported to the bundles from there. SLF4J 2 exports its packages
     * also as 1.7.36, as its own bundle does, for bundles that import {@code [1.7,2)} (the Web
     * Console does). The JDK's HTTP server is exported for the Snowflake emulator.
     */
    static String systemPackagesExtra(String slf4jVersion) {
        return String.join(",",
                "org.slf4j;version=" + slf4jVersion,
                "org.slf4j;version=1.7.36",
                "org.slf4j.event;version=" + slf4jVersion,
                "org.slf4j.helpers;version=" + slf4jVersion,
                "org.slf4j.helpers;version=1.7.36",
                "org.slf4j.spi;version=" + slf4jVersion,
                "org.osgi.service.log;version=1.5.0",
                "org.osgi.service.log.admin;version=1.0.0",
                "com.sun.net.httpserver");
    }

    /** @return the version of the SLF4J API on the class path, read from its Maven metadata */
    static String slf4jVersion() {
        try (InputStream in = org.slf4j.Logger.class.getResourceAsStream(SLF4J_POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The SLF4J API on the class path has no " + SLF4J_POM_PROPERTIES);
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
