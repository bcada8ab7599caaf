package org.pulseport.app.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets notify keeps in the database (webhook secrets, channel settings) with AES-256-GCM under a
 * key kept outside the database, in the data directory ({@code keys/notify.key}, readable by its owner only).
 * A sealed value is {@code v1:} and the Base64 of a random 12-byte nonce followed by the ciphertext and tag.
 */
public final class SecretCipher {

    static final String PREFIX = "v1:";
    static final String KEY_FILE = "notify.key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The cipher of a data directory's key folder, creating the key on first use.
     *
     * @throws UncheckedIOException when the key cannot be read or written
     */
    public static SecretCipher inDirectory(Path keys) {
        Path file = keys.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(keys);
                createKeyFile(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new IOException(file + " does not hold a 256-bit key");
            }
            return new SecretCipher(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key for stored secrets: " + e.getMessage(), e);
        }
    }

    /** A cipher with a fresh key that lives only in memory (tests, benchmarks). */
    public static SecretCipher ephemeral() {
        return new SecretCipher(randomBytes(32));
    }

    private static void createKeyFile(Path file) throws IOException {
        byte[] key = randomBytes(32);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            return;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public String seal(String plain) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @throws IllegalStateException when it was sealed with another key or changed
     */
    public String open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored secret is not sealed");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored secret cannot be opened with this data directory's key "
                    + "(keys/" + KEY_FILE + " was replaced, or the database comes from another computer)", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
