package dev.shelfsync.adapter.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Audible device ("mac_dms") request signing: SHA256withRSA over
 * {@code METHOD\nPATH_AND_QUERY\nDATE\nBODY\nADP_TOKEN}, where the path and query are exactly what goes on the wire.
 */
public final class RequestSigner {

    public static final String ALGORITHM = "SHA256withRSA:1.0";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private RequestSigner() {
    }

    public static SignedHeaders sign(String method, String pathAndQuery, String body, String adpToken,
                                     PrivateKey key, Instant now) {
        return sign(method, pathAndQuery, body, adpToken, key, DATE.format(now));
    }

    /** @param date the exact date text to sign and to put after the last {@code :} of the signature header */
    public static SignedHeaders sign(String method, String pathAndQuery, String body, String adpToken,
                                     PrivateKey key, String date) {
        String data = method.toUpperCase() + "\n" + pathAndQuery + "\n" + date + "\n"
                + (body == null ? "" : body) + "\n" + adpToken;
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(data.getBytes(StandardCharsets.UTF_8));
            String signature = Base64.getEncoder().encodeToString(rsa.sign());
            return new SignedHeaders(adpToken, ALGORITHM, signature + ":" + date);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("device key cannot sign: " + e.getMessage(), e);
        }
    }

    /** Values of {@code x-adp-token}, {@code x-adp-alg} and {@code x-adp-signature}. */
    public record SignedHeaders(String adpToken, String algorithm, String signature) {
        @Override
        public String toString() {
            return "SignedHeaders[alg=" + algorithm + "]";
        }
    }
}
