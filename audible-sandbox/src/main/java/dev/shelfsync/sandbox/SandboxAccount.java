package dev.shelfsync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;

/** The one Amazon account the sandbox knows. */
final class SandboxAccount {

    private final String email;
    private final String password;
    private final String otpSecret;
    private final String name;
    private final String userId;

    SandboxAccount(SandboxSettings settings) {
        this.email = settings.email();
        this.password = settings.password();
        this.otpSecret = settings.otpSecret();
        this.name = settings.customerName();
        this.userId = "amzn1.account." + stableId(settings.email());
        if (otpSecret != null) {
            Totp.decodeBase32(otpSecret); // fail at start-up, not at the first sign-in
        }
    }

    boolean emailMatches(String candidate) {
        return candidate != null && candidate.trim().equalsIgnoreCase(email);
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    /** Amazon also accepts the current one-time code appended to the password instead of an OTP page. */
    boolean passwordWithOtpMatches(String candidate, Instant now) {
        if (otpSecret == null || candidate == null || candidate.length() != password.length() + 6) {
            return false;
        }
        return candidate.startsWith(password) && Totp.matches(otpSecret, candidate.substring(password.length()), now);
    }

    boolean otpRequired() {
        return otpSecret != null;
    }

    boolean otpMatches(String code, Instant now) {
        return otpSecret != null && Totp.matches(otpSecret, code, now);
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    String givenName() {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    String userId() {
        return userId;
    }

    private static String stableId(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 28; i++) {
                id.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
