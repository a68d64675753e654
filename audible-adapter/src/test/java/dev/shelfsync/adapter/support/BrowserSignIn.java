package dev.shelfsync.adapter.support;

import dev.shelfsync.sandbox.SandboxSettings;
import dev.shelfsync.sandbox.Totp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;

/**
 * Plays the user's browser: opens the login URL from the adapter, fills Amazon's form with the sandbox
 * credentials (and the current TOTP code), and returns where the browser lands, which the user pastes back.
 */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /** The full browser login through the adapter; returns the encrypted auth blob. */
    public static String login(String countryCode) {
        Map<String, String> start = Api.post("/api/auth/login-url", Map.of("country_code", countryCode))
                .statusCode(200).extract().path("data");
        String landing = signInLikeABrowser(start.get("login_url"));
        return Api.post("/api/auth", Map.of("country_code", countryCode, "redirect_url", landing,
                        "login_state", start.get("login_state")))
                .statusCode(200).body("success", equalTo(true))
                .extract().path("data.auth");
    }

    /** @return the redirect target carrying {@code openid.oa2.authorization_code} */
    public static String signInLikeABrowser(String loginUrl) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(loginUrl)).GET().build());
        for (int step = 0; step < 10; step++) {
            if (page.statusCode() / 100 == 3) {
                String location = page.uri().resolve(page.headers().firstValue("Location").orElseThrow()).toString();
                if (location.contains("openid.oa2.authorization_code=")) {
                    return location;
                }
                page = send(browser, HttpRequest.newBuilder(URI.create(location)).GET().build());
                continue;
            }
            Document doc = Jsoup.parse(page.body(), page.uri().toString());
            Element form = doc.selectFirst("form");
            Map<String, String> fields = new LinkedHashMap<>();
            form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
            if (form.selectFirst("input[name=otpCode]") != null) {
                fields.put("otpCode", Totp.code(SandboxResource.OTP_SECRET, Instant.now()));
            } else {
                fields.put("email", SandboxSettings.DEFAULT_EMAIL);
                fields.put("password", SandboxSettings.DEFAULT_PASSWORD);
            }
            String body = fields.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            page = send(browser, HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        throw new AssertionError("sign-in did not reach maplanding");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
