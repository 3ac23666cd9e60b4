package st.connection.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The Web Console's user and password, from the console's own configuration in {@code load/}
 * ({@value #FILE}, applied by FileInstall like every file there). Whoever logs in to the console
 * can install bundles, that is run code on this machine, so the launcher refuses to serve it on any
 * address but loopback with the default {@code admin/admin}. The launcher also hands them to the
 * framework ({@code felix.webconsole.username}, {@code felix.webconsole.password}), so that the
 * console never serves a moment with the default before FileInstall applied the file.
 *
 * @param user the console's user name
 * @param password the password as configured: plain, or hashed as the console takes it ({@code {sha-256}...})
 */
record ConsoleCredentials(String user, String password) {

    static final String FILE = "org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg";
    static final String DEFAULT_USER = "admin";
    /** The console's default password, plain and hashed as the console keeps it: everybody knows them. */
    private static final Set<String> WELL_KNOWN = Set.of("admin", "{sha-256}jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg=");

    /** @return the credentials set in {@code load/}{@value #FILE}, if it sets a password */
    static Optional<ConsoleCredentials> read(Path home) throws IOException {
        Path file = home.resolve(DefaultConfigurations.LOAD_DIRECTORY).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        String password = properties.getProperty("password", "").strip();
        String user = properties.getProperty("username", DEFAULT_USER).strip();
        return password.isEmpty() ? Optional.empty() : Optional.of(new ConsoleCredentials(user, password));
    }

    /** @return whether the password is the console's default, which everybody knows */
    boolean isDefault() {
        return WELL_KNOWN.contains(password);
    }

    @Override
    public String toString() {
        return "ConsoleCredentials[user=" + user + ", password=(set)]";
    }
}
