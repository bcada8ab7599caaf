package org.pulseport.app.store.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals connection secrets with AES-256-GCM: a fresh random 96-bit IV for every encryption, a 128-bit tag, and
 * the connection's source id as associated data, so a sealed secret only opens for the connection it was
 * sealed for and any change to it is detected. Sealed form: Base64 of format byte, IV, ciphertext and tag. New
 * secrets are sealed with the current key; a stored one opens with the key its key id names.
 */
public final class SecretCipher {

    static final byte FORMAT = 1;
    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SealingKeys keys;
    private final SecureRandom random;

    public SecretCipher(SealingKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** The id of the key {@link #seal} uses, to store beside the sealed secret. */
    public String keyId() {
        return keys.current().keyId();
    }

    /**
     * Seals a secret of {@code connectionId} with the current key.
     *
     * @throws KeyUnavailableException when the current key cannot be had in this session
     */
    public String seal(byte[] plaintext, long connectionId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.current().key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(connectionId));
            byte[] sealed = cipher.doFinal(plaintext);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Opens a secret of {@code connectionId} sealed with the key {@code keyId}.
     *
     * @throws SecretUnreadableException when it was changed, sealed for another connection, or with a key this
     *         data directory does not have
     * @throws KeyUnavailableException when its key exists but cannot be had now (a locked or absent keyring):
     *         a passing condition, not a broken sign-in
     */
    public byte[] open(String sealed, String keyId, long connectionId) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException notBase64) {
            throw new SecretUnreadableException(connectionId, "it is not Base64");
        }
        if (bytes.length < 1 + IV_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
            throw new SecretUnreadableException(connectionId, "its format is unknown");
        }
        KeyStorage key = keys.sealer(keyId).orElseThrow(() -> new SecretUnreadableException(connectionId,
                "it was sealed with the key '" + keyId + "', which this data directory does not have"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, bytes, 1, IV_BYTES));
            cipher.updateAAD(associatedData(connectionId));
            return cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES);
        } catch (AEADBadTagException tampered) {
            throw new SecretUnreadableException(connectionId, "it was changed, belongs to another connection or was"
                    + " sealed with another key (" + key.describe() + ")");
        } catch (KeyLostException e) {
            throw new SecretUnreadableException(connectionId, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static byte[] associatedData(long connectionId) {
        return ("pulseport/connection/" + connectionId).getBytes(StandardCharsets.UTF_8);
    }
}
