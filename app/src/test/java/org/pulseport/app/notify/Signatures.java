package org.pulseport.app.notify;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An independent check of the signature header, written as a receiver would (JDK javax.crypto only). */
public final class Signatures {

    private Signatures() {
    }

    /** True when {@code header} is {@code t=<t>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}. */
    public static boolean verify(String header, String secret, String rawBody) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = kv[1];
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + rawBody).getBytes(StandardCharsets.UTF_8));
        return v1 != null && java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }

    /** The {@code t} of a signature header. */
    public static long timestamp(String header) {
        return Long.parseLong(header.substring(2, header.indexOf(',')));
    }
}
