package dev.shelfsync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks Audible "mac_dms" request signatures: {@code x-adp-signature: base64(SHA256withRSA(data)):date} over
 * {@code METHOD\nPATH?QUERY\nDATE\nBODY\nADP_TOKEN}, with the raw request target as received and the public key of
 * the device that owns {@code x-adp-token}.
 */
final class RequestSignatureVerifier {

    static final String ALGORITHM = "SHA256withRSA:1.0";
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);

    private final DeviceRegistry devices;
    private final Clock clock;

    RequestSignatureVerifier(DeviceRegistry devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    static boolean isSigned(SandboxRequest request) {
        return request.header("x-adp-token") != null || request.header("x-adp-signature") != null;
    }

    /** Empty when the signature is good, else why it was refused. */
    Optional<String> rejectionReason(SandboxRequest request) {
        String adpToken = request.header("x-adp-token");
        String signatureHeader = request.header("x-adp-signature");
        if (adpToken == null || signatureHeader == null) {
            return Optional.of("x-adp-token and x-adp-signature are both required");
        }
        if (!ALGORITHM.equals(request.header("x-adp-alg"))) {
            return Optional.of("unsupported x-adp-alg");
        }
        int colon = signatureHeader.indexOf(':');
        if (colon <= 0 || colon == signatureHeader.length() - 1) {
            return Optional.of("malformed x-adp-signature");
        }
        String signature = signatureHeader.substring(0, colon);
        String date = signatureHeader.substring(colon + 1);
        Optional<Instant> signedAt = Timestamps.parseIso(date);
        if (signedAt.isEmpty()) {
            return Optional.of("unparseable signature date");
        }
        if (Duration.between(signedAt.get(), clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            return Optional.of("signature date too far from the server time");
        }
        Optional<RegisteredDevice> device = devices.activeByAdpToken(adpToken);
        if (device.isEmpty()) {
            return Optional.of("unknown or revoked adp token");
        }
        String data = request.method() + "\n" + request.rawPathAndQuery() + "\n" + date + "\n"
                + request.bodyText() + "\n" + adpToken;
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(device.get().publicKey());
            verifier.update(data.getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(signature))) {
                return Optional.of("signature mismatch");
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.of("signature mismatch");
        }
        return Optional.empty();
    }
}
