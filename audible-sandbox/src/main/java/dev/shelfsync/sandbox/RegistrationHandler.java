package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@code POST /auth/register}: trades an authorization code (+ PKCE verifier) for a device registration. */
final class RegistrationHandler {

    static final String DEFAULT_DEVICE_TYPE = "A2CZJZGLK2JJVM";

    private static final DateTimeFormatter COOKIE_EXPIRY =
            DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SandboxAccount account;
    private final AuthorizationCodes codes;
    private final DeviceRegistry devices;
    private final Clock clock;

    RegistrationHandler(SandboxAccount account, AuthorizationCodes codes, DeviceRegistry devices, Clock clock) {
        this.account = account;
        this.codes = codes;
        this.devices = devices;
        this.clock = clock;
    }

    void register(RequestDispatcher dispatcher) {
        dispatcher.on("POST", "/auth/register", this::handle);
    }

    private SandboxResponse handle(SandboxRequest request) {
        JsonNode body;
        try {
            body = JsonResponses.MAPPER.readTree(request.body());
        } catch (IOException e) {
            return JsonResponses.registrationError(400, "InvalidValue", "The request body is not valid JSON.");
        }
        if (body == null || !body.path("auth_data").isObject()) {
            return JsonResponses.registrationError(400, "MissingValue", "The request is missing auth_data.");
        }
        JsonNode auth = body.path("auth_data");
        String code = auth.path("authorization_code").asText(null);
        String verifier = auth.path("code_verifier").asText(null);
        String clientId = auth.path("client_id").asText(null);
        if (code == null || verifier == null || clientId == null) {
            return JsonResponses.registrationError(400, "MissingValue",
                    "auth_data needs authorization_code, code_verifier and client_id.");
        }
        String algorithm = auth.path("code_algorithm").asText("SHA-256");
        if (!"SHA-256".equals(algorithm)) {
            return JsonResponses.registrationError(400, "InvalidValue", "Unsupported code_algorithm: " + algorithm);
        }
        Optional<AuthorizationCodes.Grant> grant = codes.consume(code);
        if (grant.isEmpty()) {
            return JsonResponses.registrationError(401, "Unauthorized", "The authorization code is invalid, expired or already used.");
        }
        if (!grant.get().clientId().equalsIgnoreCase(clientId)) {
            return JsonResponses.registrationError(401, "Unauthorized", "The authorization code was issued to another client.");
        }
        if (!Pkce.verifies(verifier, grant.get().codeChallenge())) {
            return JsonResponses.registrationError(401, "Unauthorized", "The code verifier does not match the code challenge.");
        }
        JsonNode registrationData = body.path("registration_data");
        String deviceType = registrationData.path("device_type").asText(DEFAULT_DEVICE_TYPE);
        String serial = registrationData.path("device_serial").asText(serialFromClientId(clientId));
        String deviceName = deviceName(registrationData.path("device_name").asText("Audible for iPhone"));
        DeviceRegistry.Registration registration = devices.register(serial, deviceType, deviceName);
        return JsonResponses.ok(successBody(registration, body.path("cookies").path("domain").asText(".amazon.com")));
    }

    private ObjectNode successBody(DeviceRegistry.Registration registration, String cookieDomain) {
        ObjectNode root = JsonResponses.object();
        ObjectNode success = root.putObject("response").putObject("success");
        ObjectNode tokens = success.putObject("tokens");
        long ttlSeconds = devices.accessTokenTtl().toSeconds();
        tokens.putObject("bearer")
                .put("access_token", registration.accessGrant().token())
                .put("refresh_token", registration.device().refreshToken())
                .put("expires_in", String.valueOf(ttlSeconds));
        tokens.putObject("mac_dms")
                .put("device_private_key", registration.privateKeyPem())
                .put("adp_token", registration.device().adpToken());
        tokens.set("website_cookies", websiteCookies(cookieDomain));
        tokens.putObject("store_authentication_cookie").put("cookie", SecureTokens.base64Url(96));
        ObjectNode extensions = success.putObject("extensions");
        extensions.putObject("device_info")
                .put("device_name", registration.device().deviceName())
                .put("device_serial_number", registration.device().serial())
                .put("device_type", registration.device().deviceType());
        extensions.putObject("customer_info")
                .put("account_pool", "Amazon")
                .put("user_id", account.userId())
                .put("home_region", "NA")
                .put("name", account.name())
                .put("given_name", account.givenName());
        success.put("customer_id", account.userId());
        root.put("request_id", UUID.randomUUID().toString());
        return root;
    }

    private ArrayNode websiteCookies(String domain) {
        ArrayNode cookies = JsonResponses.MAPPER.createArrayNode();
        String expires = COOKIE_EXPIRY.format(clock.instant().plus(Duration.ofDays(365)));
        String[][] values = {
                {"session-id", digits(3) + "-" + digits(7) + "-" + digits(7)},
                {"ubid-main", digits(3) + "-" + digits(7) + "-" + digits(7)},
                {"x-main", SecureTokens.alphanumeric(32)},
                {"at-main", "Atza|" + SecureTokens.base64Url(96)},
                {"sess-at-main", SecureTokens.base64(32)},
        };
        for (String[] cookie : values) {
            cookies.addObject()
                    .put("Path", "/")
                    .put("Secure", "true")
                    .put("Expires", expires)
                    .put("Domain", domain)
                    .put("HttpOnly", "true")
                    .put("Value", "\"" + cookie[1] + "\"")
                    .put("Name", cookie[0]);
        }
        return cookies;
    }

    /** Expands Amazon's device-name template the way the real service does for a first device. */
    private String deviceName(String template) {
        return template.replace("%FIRST_NAME%", account.givenName())
                .replace("%FIRST_NAME_POSSESSIVE_STRING%", "'s")
                .replace("%DUPE_STRATEGY_1ST%", " ");
    }

    /** client_id is hex(serial + "#" + device type); used when registration_data has no serial. */
    private static String serialFromClientId(String clientId) {
        try {
            String decoded = new String(HexFormat.of().parseHex(clientId), StandardCharsets.US_ASCII);
            int hash = decoded.indexOf('#');
            return hash < 0 ? decoded : decoded.substring(0, hash);
        } catch (IllegalArgumentException notHex) {
            return clientId;
        }
    }

    private static String digits(int count) {
        StringBuilder out = new StringBuilder();
        byte[] random = SecureTokens.bytes(count);
        for (byte b : random) {
            out.append((b & 0xff) % 10);
        }
        return out.toString();
    }
}
