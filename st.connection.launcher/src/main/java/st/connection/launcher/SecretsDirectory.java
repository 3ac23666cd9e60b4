package st.connection.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code secrets/} directory the Config Admin interpolation plugin reads {@code $[secret:name]}
 * from: one file per secret, its whole content (trimmed) the value. The directory is readable by
 * its owner only (700) and each file the launcher writes too (600), where the file system has POSIX
 * permissions. A file the person wrote is never overwritten.
 */
final class SecretsDirectory {

    static final String DIRECTORY = "secrets";
    /** The framework property the interpolation plugin reads the directory from. */
    static final String PROPERTY = "org.apache.felix.configadmin.plugin.interpolation.secretsdir";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(SecretsDirectory.class);

    private SecretsDirectory() {
    }

    /** @return the directory, created (owner only) if absent */
    static Path create(Path home) throws IOException {
        Path secrets = home.resolve(DIRECTORY);
        if (!Files.isDirectory(secrets)) {
            Files.createDirectories(secrets);
            restrict(secrets, OWNER_ONLY_DIRECTORY);
        }
        return secrets;
    }

    /** Writes a secret the person has not written themselves. */
    static void writeIfAbsent(Path home, String name, String value) throws IOException {
        Path file = create(home).resolve(name);
        try {
            Files.writeString(file, value, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            restrict(file, OWNER_ONLY_FILE);
            LOG.info("Wrote the secret {}/{}", DIRECTORY, name);
        } catch (FileAlreadyExistsException kept) {
            LOG.debug("Keeping the existing secret {}", file);
        }
    }

    /** Writes a secret that belongs to one run, replacing what was there. */
    static void write(Path home, String name, String value) throws IOException {
        Path file = create(home).resolve(name);
        Files.writeString(file, value, StandardCharsets.UTF_8);
        restrict(file, OWNER_ONLY_FILE);
    }

    static void delete(Path home, String name) throws IOException {
        Files.deleteIfExists(home.resolve(DIRECTORY).resolve(name));
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("No POSIX permissions on {}; protect it by the file system's own means", path);
        }
    }
}
