package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.adapter.marketplace.MarketplaceUrls;
import dev.shelfsync.adapter.signing.DevicePrivateKeys;
import dev.shelfsync.adapter.signing.RequestSigner;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Signed calls to {@code api.audible.*}. The JDK HttpClient is used instead of the REST client because the signature
 * covers the exact request target: {@link AudibleRequest#pathAndQuery()} is signed and handed to
 * {@link URI#create} unchanged, and the JDK client sends the raw path and query as given.
 */
@ApplicationScoped
public class AudibleApiClient {

    private static final Logger LOG = Logger.getLogger(AudibleApiClient.class);

    /** The content hosts' WAF refuses generic agents; this is what the iOS app sends. */
    static final String USER_AGENT = "Audible/671 CFNetwork/1240.0.4 Darwin/20.6.0";

    private final MarketplaceUrls urls;
    private final AudibleConfig config;
    private final HttpClient http;
    private final AudibleCallMetrics metrics;

    public AudibleApiClient(MarketplaceUrls urls, AudibleConfig config, AudibleCallMetrics metrics) {
        this.urls = urls;
        this.config = config;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends the request with the access token, or signed with the device key when {@code audible.sign-requests} is on.
     *
     * @throws AudibleTransientException on 429/5xx/no answer, after the retries
     * @throws AudibleRejectedException on any other non-2xx status
     */
    @Retry(maxRetries = 3, delay = 500, jitter = 100, retryOn = AudibleTransientException.class,
            abortOn = AudibleRejectedException.class)
    @CustomBackoff(RetryAfterBackoff.class)
    public AudibleResponse send(Marketplace marketplace, AudibleRequest request, AuthRecord auth) {
        return metrics.time(AudibleCallMetrics.endpointOf(request.path()), () -> sendOnce(marketplace, request, auth));
    }

    private AudibleResponse sendOnce(Marketplace marketplace, AudibleRequest request, AuthRecord auth) {
        String target = request.pathAndQuery();
        String body = request.body() == null ? "" : request.body();
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(urls.audibleApi(marketplace) + target))
                .timeout(config.httpTimeout())
                .header("Accept", "application/json")
                .header("Accept-Charset", "utf-8")
                .header("User-Agent", USER_AGENT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (request.body() != null) {
            http.header("Content-Type", "application/json");
        }
        if (config.signRequests() && auth.canSign()) {
            RequestSigner.SignedHeaders signed = RequestSigner.sign(request.method(), target, body, auth.adpToken(),
                    DevicePrivateKeys.load(auth.devicePrivateKey()), Instant.now());
            http.header("x-adp-token", signed.adpToken())
                    .header("x-adp-alg", signed.algorithm())
                    .header("x-adp-signature", signed.signature());
        } else if (auth.accessToken() != null) {
            http.header("x-amz-access-token", auth.accessToken());
        }
        HttpResponse<String> response = exchange(http.build());
        LOG.debugf("%s %s -> %d", request.method(), request.path(), response.statusCode());
        if (response.statusCode() == 429 || response.statusCode() >= 500) {
            LOG.warnf("Audible answered %d to %s %s", response.statusCode(), request.method(), request.path());
        }
        AudibleRejectedException.raiseFor(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
        return new AudibleResponse(response.statusCode(), response.headers(), response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AudibleTransientException(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AudibleTransientException(0, null);
        }
    }
}
