package dev.shelfsync.adapter.audible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.adapter.marketplace.MarketplaceUrls;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Device registration, token refresh and deregistration, retried on 429/5xx like every Audible call. */
@ApplicationScoped
@Retry(maxRetries = 3, delay = 500, jitter = 100, retryOn = AudibleTransientException.class,
        abortOn = AudibleRejectedException.class)
@CustomBackoff(RetryAfterBackoff.class)
public class AmazonAuthClient {

    private static final String APP_NAME = "Audible";
    private static final String APP_VERSION = "3.56.2";

    private final MarketplaceUrls urls;
    private final AudibleConfig config;
    private final ObjectMapper json;
    private final AudibleCallMetrics metrics;
    private final Map<URI, AmazonAuthApi> clients = new ConcurrentHashMap<>();

    public AmazonAuthClient(MarketplaceUrls urls, AudibleConfig config, ObjectMapper json, AudibleCallMetrics metrics) {
        this.urls = urls;
        this.config = config;
        this.json = json;
        this.metrics = metrics;
    }

    /** {@code POST /auth/register}; returns the {@code response.success} object. */
    public JsonNode register(Marketplace marketplace, ObjectNode body) {
        JsonNode answer = readJson(exchange("register", () -> api(marketplace).register(authDomain(marketplace), body)));
        return answer.path("response").path("success");
    }

    /** {@code POST /auth/token} with the refresh token (form-encoded, as Amazon requires). */
    public AccessTokenGrant refreshAccessToken(Marketplace marketplace, String refreshToken) {
        Form form = new Form()
                .param("app_name", APP_NAME)
                .param("app_version", APP_VERSION)
                .param("source_token", refreshToken)
                .param("requested_token_type", "access_token")
                .param("source_token_type", "refresh_token");
        TokenResponse token = readJson(exchange("token", () -> api(marketplace).token(authDomain(marketplace), form)),
                TokenResponse.class);
        if (token.accessToken() == null || token.accessToken().isBlank()) {
            throw new AudibleRejectedException(401);
        }
        long lifetime = token.expiresIn() == null ? 3600 : token.expiresIn();
        return new AccessTokenGrant(token.accessToken(), Instant.now().plusSeconds(lifetime));
    }

    /** {@code POST /auth/deregister} for this device only. */
    public void deregister(Marketplace marketplace, String accessToken) {
        ObjectNode body = json.createObjectNode().put("deregister_all_existing_accounts", false);
        exchange("deregister", () -> api(marketplace).deregister(authDomain(marketplace), accessToken, body)).close();
    }

    private Response exchange(String endpoint, Supplier<Response> call) {
        return metrics.time(endpoint, () -> exchangeOnce(call));
    }

    private Response exchangeOnce(Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (ProcessingException e) {
            throw new AudibleTransientException(0, null);
        }
        if (response.getStatus() / 100 != 2) {
            response.close();
            AudibleRejectedException.raiseFor(response.getStatus(), response.getHeaderString("Retry-After"));
        }
        return response;
    }

    private JsonNode readJson(Response response) {
        return readJson(response, JsonNode.class);
    }

    private <T> T readJson(Response response, Class<T> type) {
        try (response) {
            return json.readValue(response.readEntity(String.class), type);
        } catch (IOException e) {
            throw new AudibleTransientException(502, null);
        }
    }

    private String authDomain(Marketplace marketplace) {
        return "api.amazon." + marketplace.domain();
    }

    private AmazonAuthApi api(Marketplace marketplace) {
        return clients.computeIfAbsent(urls.amazonApi(marketplace), base -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(config.httpTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.httpTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(AmazonAuthApi.class));
    }
}
