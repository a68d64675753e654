package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.audible.AudibleCallMetrics;
import dev.shelfsync.adapter.audible.AudibleTransientException;
import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.adapter.marketplace.MarketplaceUrls;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Amazon's sign-in form, driven like a browser: GET the sign-in page, post e-mail and password, answer the
 * device-choice and one-time-password steps, and take the authorization code from the redirect to maplanding.
 * CAPTCHA, approval and e-mailed-code ("CVF") checks end the attempt with a pointer to the browser login.
 * This uses the JDK HttpClient because the flow needs a per-login cookie jar and the redirect history (the code
 * sits in a redirect URL), which a declarative REST client does not expose.
 */
@ApplicationScoped
public class PasswordSignIn {

    private static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    private static final String MAP_MD = "{\"device_user_dictionary\":[],\"device_registration_data\":"
            + "{\"software_version\":\"35602678\"},\"app_identifier\":{\"app_version\":\"3.56.2\","
            + "\"bundle_id\":\"com.audible.iphone\"}}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInUrls signInUrls;
    private final MarketplaceUrls urls;
    private final AudibleConfig config;
    private final AudibleCallMetrics metrics;

    public PasswordSignIn(SignInUrls signInUrls, MarketplaceUrls urls, AudibleConfig config, AudibleCallMetrics metrics) {
        this.signInUrls = signInUrls;
        this.urls = urls;
        this.config = config;
        this.metrics = metrics;
    }

    /** Credentials of one attempt; {@code otpCode} may be null. */
    public record Credentials(String email, String password, String otpCode) {
        @Override
        public String toString() {
            return "Credentials[***]";
        }
    }

    /** The outcome of a sign-in that needs the browser: what Amazon asked for. */
    public static final class BrowserNeeded extends RuntimeException {
        private final String challenge;

        BrowserNeeded(String challenge) {
            super(challenge, null, false, false);
            this.challenge = challenge;
        }

        public String challenge() {
            return challenge;
        }
    }

    /**
     * @return the authorization code
     * @throws BrowserNeeded on CAPTCHA, approval or CVF pages
     * @throws SignInChallengeException when an OTP is missing or wrong, or the credentials are refused
     */
    public String signIn(Marketplace marketplace, DeviceIdentity device, Pkce pkce, Credentials credentials) {
        URI start = signInUrls.signIn(marketplace, device, pkce);
        HttpClient browser = newBrowser(urls.amazon(marketplace));
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(start).GET());
        boolean credentialsSent = false;
        boolean otpSent = false;
        for (int step = 0; step < config.maxSignInSteps(); step++) {
            Optional<String> code = codeIn(page);
            if (code.isPresent()) {
                return code.get();
            }
            SignInPage signIn = new SignInPage(page.body(), page.uri());
            switch (signIn.kind()) {
                case CAPTCHA -> throw new BrowserNeeded("a CAPTCHA");
                case APPROVAL -> throw new BrowserNeeded("approval of the sign-in by e-mail or on a device");
                case CVF -> throw new BrowserNeeded("a verification code sent by e-mail or text message");
                case MFA_CHOICE -> {
                    Element form = signIn.deviceChoiceForm();
                    Map<String, String> fields = SignInPage.inputs(form);
                    signIn.totpDeviceChoice().ifPresent(choice -> fields.put("otpDeviceContext", choice));
                    page = submit(browser, form, fields);
                }
                case OTP -> {
                    if (credentials.otpCode() == null || credentials.otpCode().isBlank() || otpSent) {
                        throw SignInChallengeException.otpRequired(otpSent);
                    }
                    Element form = signIn.form();
                    Map<String, String> fields = SignInPage.inputs(form);
                    fields.put("otpCode", credentials.otpCode().trim());
                    fields.put("mfaSubmit", "Submit");
                    fields.put("rememberDevice", "false");
                    otpSent = true;
                    page = submit(browser, form, fields);
                }
                case CREDENTIALS -> {
                    if (credentialsSent && signIn.errorMessage().isPresent()) {
                        throw SignInChallengeException.credentialsRejected(signIn.errorMessage().get());
                    }
                    Element form = signIn.form();
                    Map<String, String> fields = SignInPage.inputs(form);
                    fields.put("email", credentials.email());
                    if (form.selectFirst("input[name=password]") != null) {
                        fields.put("password", credentials.password());
                    }
                    credentialsSent = true;
                    page = submit(browser, form, fields);
                }
                default -> throw SignInChallengeException.credentialsRejected(
                        signIn.errorMessage().orElse("the sign-in ended on a page the adapter does not know"));
            }
        }
        throw SignInChallengeException.credentialsRejected("too many sign-in steps");
    }

    /** The code is in the final URL or in one of the redirects that led to it. */
    private static Optional<String> codeIn(HttpResponse<String> response) {
        for (Optional<HttpResponse<String>> r = Optional.of(response); r.isPresent(); r = r.get().previousResponse()) {
            Optional<String> code = AuthorizationCodes.find(r.get().uri()).or(locationCode(r.get()));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private static Supplier<Optional<String>> locationCode(HttpResponse<String> response) {
        return () -> response.headers().firstValue("Location").map(URI::create).flatMap(AuthorizationCodes::find);
    }

    private HttpResponse<String> submit(HttpClient browser, Element form, Map<String, String> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = SignInPage.action(form);
        HttpRequest.Builder request = SignInPage.isGet(form)
                ? HttpRequest.newBuilder(URI.create(action + (action.getRawQuery() == null ? "?" : "&") + encoded)).GET()
                : HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
        return send(browser, request);
    }

    private HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
        return metrics.time("signin", () -> sendOnce(browser, request));
    }

    private HttpResponse<String> sendOnce(HttpClient browser, HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(config.httpTimeout())
                            .header("User-Agent", USER_AGENT)
                            .header("Accept-Language", "en-US")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AudibleTransientException(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AudibleTransientException(0, null);
        }
    }

    /** A client with its own cookie jar, primed with the cookies the iOS app sets to avoid CAPTCHAs. */
    private HttpClient newBrowser(URI amazon) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        byte[] frc = new byte[313];
        RANDOM.nextBytes(frc);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        addCookie(cookies, amazon, "frc", base64.encodeToString(frc));
        addCookie(cookies, amazon, "map-md", base64.encodeToString(MAP_MD.getBytes(StandardCharsets.UTF_8)));
        addCookie(cookies, amazon, "amzn-app-id", "MAPiOSLib/6.0/ToHideRetailLink");
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(config.httpTimeout())
                .build();
    }

    private static void addCookie(CookieManager cookies, URI site, String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(site, cookie);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
