package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** A minimal client of the sandbox written from the protocol notes, as the adapter would talk to it. */
final class SandboxTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w.-]*)=\"([^\"]*)\"");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final String baseUrl;
    final String serial = HexFormat.of().withUpperCase().formatHex(randomBytes(16));
    final String clientId = HexFormat.of().formatHex((serial + "#A2CZJZGLK2JJVM").getBytes(StandardCharsets.US_ASCII));
    final String codeVerifier = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));

    SandboxTestClient(AudibleSandbox sandbox) {
        this.baseUrl = sandbox.baseUrl();
    }

    /** A registered device: what the adapter stores after sign-in. */
    record Device(String accessToken, String refreshToken, String adpToken, PrivateKey privateKey, JsonNode registration) {
    }

    String signInUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("openid.oa2.response_type", "code");
        params.put("openid.oa2.code_challenge_method", "S256");
        params.put("openid.oa2.code_challenge", codeChallenge(codeVerifier));
        params.put("openid.return_to", baseUrl + "/ap/maplanding");
        params.put("openid.assoc_handle", "amzn_audible_ios_us");
        params.put("openid.identity", "http://specs.openid.net/auth/2.0/identifier_select");
        params.put("pageId", "amzn_audible_ios");
        params.put("accountStatusPolicy", "P1");
        params.put("openid.claimed_id", "http://specs.openid.net/auth/2.0/identifier_select");
        params.put("openid.mode", "checkid_setup");
        params.put("openid.ns.oa2", "http://www.amazon.com/ap/ext/oauth/2");
        params.put("openid.oa2.client_id", "device:" + clientId);
        params.put("openid.ns.pape", "http://specs.openid.net/extensions/pape/1.0");
        params.put("marketPlaceId", "AF2M0KC94RCEA");
        params.put("openid.oa2.scope", "device_auth_access");
        params.put("forceMobileLayout", "true");
        params.put("openid.ns", "http://specs.openid.net/auth/2.0");
        params.put("openid.pape.max_auth_age", "0");
        return baseUrl + "/ap/signin?" + form(params);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).headers(headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first form's inputs as a browser-less client collects them (hidden values kept, others empty). */
    static Map<String, String> formInputs(String html) {
        Map<String, String> inputs = new LinkedHashMap<>();
        int formEnd = html.indexOf("</form>");
        Matcher input = INPUT.matcher(formEnd < 0 ? html : html.substring(0, formEnd));
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&").replace("&quot;", "\""));
            }
            if (attributes.containsKey("name")) {
                inputs.put(attributes.get("name"), "hidden".equals(attributes.get("type")) ? attributes.getOrDefault("value", "") : "");
            }
        }
        return inputs;
    }

    /** GET the sign-in page and post these credentials with the form's hidden fields. */
    HttpResponse<String> submitCredentials(String email, String password) throws IOException, InterruptedException {
        Map<String, String> fields = formInputs(get(signInUrl()).body());
        fields.put("email", email);
        fields.put("password", password);
        fields.put("metadata1", "ECdITeCs:yGBVzisZJvw/L1u7ZYdWgurfLTU=");
        return postForm("/ap/signin", fields);
    }

    static String authorizationCode(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String query = URI.create(location).getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("openid.oa2.authorization_code=")) {
                return java.net.URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no authorization code in " + location);
    }

    String signInForCode(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = submitCredentials(email, password);
        if (response.statusCode() != 302) {
            throw new AssertionError("sign-in did not redirect: " + response.statusCode() + " " + response.body());
        }
        return authorizationCode(response);
    }

    HttpResponse<String> register(String code, String verifier) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("requested_token_type").add("bearer").add("mac_dms").add("website_cookies").add("store_authentication_cookie");
        body.putObject("cookies").put("domain", ".amazon.com").putArray("website_cookies");
        body.putObject("registration_data")
                .put("domain", "Device").put("app_version", "3.56.2").put("device_serial", serial)
                .put("device_type", "A2CZJZGLK2JJVM")
                .put("device_name", "%FIRST_NAME%%FIRST_NAME_POSSESSIVE_STRING%%DUPE_STRATEGY_1ST%Audible for iPhone")
                .put("os_version", "15.0.0").put("software_version", "35602678").put("device_model", "iPhone").put("app_name", "Audible");
        body.putObject("auth_data")
                .put("client_id", clientId).put("authorization_code", code).put("code_verifier", verifier)
                .put("code_algorithm", "SHA-256").put("client_domain", "DeviceLegacy");
        body.putArray("requested_extensions").add("device_info").add("customer_info");
        return postJson("/auth/register", body.toString());
    }

    Device signInAndRegister(SandboxSettings settings) throws Exception {
        HttpResponse<String> registered = register(signInForCode(settings.email(), settings.password()), codeVerifier);
        if (registered.statusCode() != 200) {
            throw new AssertionError("registration failed: " + registered.body());
        }
        JsonNode tokens = JSON.readTree(registered.body()).path("response").path("success").path("tokens");
        return new Device(tokens.path("bearer").path("access_token").asText(),
                tokens.path("bearer").path("refresh_token").asText(),
                tokens.path("mac_dms").path("adp_token").asText(),
                pkcs1PrivateKey(tokens.path("mac_dms").path("device_private_key").asText()),
                JSON.readTree(registered.body()));
    }

    /** GET pathAndQuery signed like the Audible app: METHOD\nPATH?QUERY\nDATE\nBODY\nADP_TOKEN. */
    HttpResponse<String> signedGet(Device device, String pathAndQuery) throws Exception {
        String date = Instant.now().toString();
        return get(baseUrl + pathAndQuery, signatureHeaders(device, "GET", pathAndQuery, "", date));
    }

    static String[] signatureHeaders(Device device, String method, String pathAndQuery, String body, String date) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(device.privateKey());
        signer.update((method + "\n" + pathAndQuery + "\n" + date + "\n" + body + "\n" + device.adpToken()).getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        return new String[] {"x-adp-token", device.adpToken(), "x-adp-alg", "SHA256withRSA:1.0",
                "x-adp-signature", signature + ":" + date};
    }

    HttpResponse<String> tokenGet(String accessToken, String pathAndQuery) throws Exception {
        return get(baseUrl + pathAndQuery, "x-amz-access-token", accessToken);
    }

    HttpResponse<String> refresh(String refreshToken) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app_name", "Audible");
        fields.put("app_version", "3.56.2");
        fields.put("source_token", refreshToken);
        fields.put("requested_token_type", "access_token");
        fields.put("source_token_type", "refresh_token");
        return postForm("/auth/token", fields);
    }

    static PrivateKey pkcs1PrivateKey(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            return converter.getPrivateKey(PrivateKeyInfo.getInstance(parsed));
        }
    }

    static String codeChallenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
