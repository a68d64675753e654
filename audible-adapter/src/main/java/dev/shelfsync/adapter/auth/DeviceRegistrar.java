package dev.shelfsync.adapter.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfsync.adapter.audible.AmazonAuthClient;
import dev.shelfsync.adapter.audible.AudibleRejectedException;
import dev.shelfsync.adapter.audible.AuthRecord;
import dev.shelfsync.adapter.error.AdapterException;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registers the device with an authorization code ({@code /auth/register}) and builds the auth record. */
@ApplicationScoped
public class DeviceRegistrar {

    private static final Logger LOG = Logger.getLogger(DeviceRegistrar.class);

    private final AmazonAuthClient amazon;
    private final ObjectMapper json;

    public DeviceRegistrar(AmazonAuthClient amazon, ObjectMapper json) {
        this.amazon = amazon;
        this.json = json;
    }

    public AuthRecord register(Marketplace marketplace, DeviceIdentity device, String authorizationCode,
                               String codeVerifier) {
        JsonNode success;
        try {
            success = amazon.register(marketplace, requestBody(marketplace, device, authorizationCode, codeVerifier));
        } catch (AudibleRejectedException e) {
            throw new AdapterException(Response.Status.UNAUTHORIZED, ErrorCodes.AUDIBLE_LOGIN_FAILED,
                    "Amazon did not accept the sign-in (HTTP " + e.upstreamStatus() + "); start the login again.");
        }
        JsonNode tokens = success.path("tokens");
        String accessToken = tokens.path("bearer").path("access_token").asText(null);
        if (accessToken == null || tokens.path("mac_dms").path("adp_token").isMissingNode()) {
            throw new AdapterException(Response.Status.BAD_GATEWAY, ErrorCodes.AUDIBLE_UNAVAILABLE,
                    "Amazon's registration answer holds no tokens.");
        }
        LOG.infof("Registered an Audible device for marketplace %s", marketplace.countryCode());
        long expiresIn = tokens.path("bearer").path("expires_in").asLong(3600);
        return new AuthRecord(
                websiteCookies(tokens.path("website_cookies")),
                tokens.path("mac_dms").path("adp_token").asText(null),
                accessToken,
                tokens.path("bearer").path("refresh_token").asText(null),
                tokens.path("mac_dms").path("device_private_key").asText(null),
                nullIfMissing(tokens.path("store_authentication_cookie")),
                nullIfMissing(success.path("extensions").path("device_info")),
                nullIfMissing(success.path("extensions").path("customer_info")),
                Instant.now().plusSeconds(expiresIn).toEpochMilli() / 1000.0,
                marketplace.countryCode(),
                false,
                null);
    }

    private ObjectNode requestBody(Marketplace marketplace, DeviceIdentity device, String code, String verifier) {
        ObjectNode body = json.createObjectNode();
        body.putArray("requested_token_type")
                .add("bearer").add("mac_dms").add("website_cookies").add("store_authentication_cookie");
        ObjectNode cookies = body.putObject("cookies");
        cookies.putArray("website_cookies");
        cookies.put("domain", ".amazon." + marketplace.domain());
        body.putObject("registration_data")
                .put("domain", "Device")
                .put("app_version", "3.56.2")
                .put("device_serial", device.serial())
                .put("device_type", DeviceIdentity.DEVICE_TYPE)
                .put("device_name", "%FIRST_NAME%%FIRST_NAME_POSSESSIVE_STRING%%DUPE_STRATEGY_1ST%Audible for iPhone")
                .put("os_version", "15.0.0")
                .put("software_version", "35602678")
                .put("device_model", "iPhone")
                .put("app_name", "Audible");
        body.putObject("auth_data")
                .put("client_id", device.clientId())
                .put("authorization_code", code)
                .put("code_verifier", verifier)
                .put("code_algorithm", "SHA-256")
                .put("client_domain", "DeviceLegacy");
        body.putArray("requested_extensions").add("device_info").add("customer_info");
        return body;
    }

    /** Amazon sends cookies as {@code [{Name, Value}]}; the auth file keeps {@code Name -> Value} without quotes. */
    private static Map<String, String> websiteCookies(JsonNode cookies) {
        Map<String, String> map = new LinkedHashMap<>();
        cookies.forEach(c -> {
            String name = c.path("Name").asText(null);
            if (name != null) {
                map.put(name, c.path("Value").asText("").replace("\"", ""));
            }
        });
        return map;
    }

    private static JsonNode nullIfMissing(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node;
    }
}
