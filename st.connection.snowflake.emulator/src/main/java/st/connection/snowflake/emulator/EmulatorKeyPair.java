package st.connection.snowflake.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/**
 * An RSA key pair for key-pair logins to the emulator, made as Snowflake's documentation makes one
 * with {@code openssl}: the private key in a PEM file, PKCS#8, encrypted with a passphrase (or not).
 * Register {@link #publicKey()} with {@link SnowflakeEmulator.Builder#userWithKey} and connect with
 * {@code authenticator=SNOWFLAKE_JWT}, {@code private_key_file=}{@link #privateKeyFile()} and
 * {@code private_key_file_pwd} set to the passphrase.
 *
 * @param publicKey the public key, to register for the user
 * @param privateKeyFile the PEM file holding the private key
 */
public record EmulatorKeyPair(PublicKey publicKey, Path privateKeyFile) {

    /**
     * PKCS#12 PBE with SHA-1 and triple DES ({@code openssl pkcs8 -topk8 -v1 PBE-SHA1-3DES}): the
     * driver decrypts it with the JDK alone. Keys encrypted with openssl's default (PBES2, AES-256)
     * need {@code -Dnet.snowflake.jdbc.enableBouncyCastle=true} on Java 17.
     */
    private static final String PBE = "PBEWithSHA1AndDESede";
    private static final int ITERATIONS = 2048;

    /**
     * Generates a 2048-bit RSA key pair and writes the private key to {@code file}.
     *
     * @param passphrase encrypts the file ({@code BEGIN ENCRYPTED PRIVATE KEY}); {@code null} for a
     *     plain {@code BEGIN PRIVATE KEY} file
     */
    public static EmulatorKeyPair generate(Path file, char[] passphrase) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            String pem = passphrase == null ? pem("PRIVATE KEY", pkcs8)
                    : pem("ENCRYPTED PRIVATE KEY", encrypt(pkcs8, passphrase));
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            return new EmulatorKeyPair(pair.getPublic(), file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the private key to " + file, e);
        }
    }

    private static byte[] encrypt(byte[] pkcs8, char[] passphrase) throws GeneralSecurityException, IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEParameterSpec spec = new PBEParameterSpec(salt, ITERATIONS);
        Cipher cipher = Cipher.getInstance(PBE);
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(PBE).generateSecret(new PBEKeySpec(passphrase)), spec);
        byte[] encrypted = cipher.doFinal(pkcs8);
        return new EncryptedPrivateKeyInfo(cipher.getParameters(), encrypted).getEncoded();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
