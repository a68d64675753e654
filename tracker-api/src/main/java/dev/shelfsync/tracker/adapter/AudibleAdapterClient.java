package dev.shelfsync.tracker.adapter;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.AuthRequest;
import dev.shelfsync.contracts.adapter.AuthResult;
import dev.shelfsync.contracts.adapter.DeregisterResult;
import dev.shelfsync.contracts.adapter.LibraryResult;
import dev.shelfsync.contracts.adapter.LoginUrlRequest;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import dev.shelfsync.tracker.error.ApiException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Calls the audible-adapter. Adapter errors arrive already mapped ({@link AdapterErrors}): a user-side
 * error (4xx) is an {@link ApiException} that is neither retried nor counted by the breaker; only
 * {@link AdapterUnavailableException}s, I/O errors and timeouts are. Whatever still fails after that
 * (unreachable, breaker open) leaves here as a 503 {@code adapter_unavailable}.
 */
@ApplicationScoped
@MeasuredAdapterCall
@Timeout(value = 20, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 500, jitter = 200,
        retryOn = {AdapterUnavailableException.class, ProcessingException.class, TimeoutException.class})
@ExponentialBackoff(maxDelay = 5000)
@CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000, successThreshold = 1,
        failOn = {AdapterUnavailableException.class, ProcessingException.class, TimeoutException.class})
public class AudibleAdapterClient {

    private final AudibleAdapterApi api;

    AudibleAdapterClient(@RestClient AudibleAdapterApi api) {
        this.api = api;
    }

    @Fallback(fallbackMethod = "loginUrlUnavailable", skipOn = ApiException.class)
    public LoginUrlResult loginUrl(String countryCode) {
        return data(api.loginUrl(new LoginUrlRequest(countryCode)));
    }

    /** Completes a login; the password inside {@code request} goes to the adapter and nowhere else. */
    @Fallback(fallbackMethod = "authenticateUnavailable", skipOn = ApiException.class)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public AuthResult authenticate(AuthRequest request) {
        return data(api.authenticate(request));
    }

    /** The whole library with progress, all pages in one call (big libraries take a while). */
    @Fallback(fallbackMethod = "libraryUnavailable", skipOn = ApiException.class)
    @Timeout(value = 180, unit = ChronoUnit.SECONDS)
    public LibraryResult library(String auth, String marketplace) {
        return data(api.library(new AuthBlobRequest(auth, marketplace)));
    }

    @Fallback(fallbackMethod = "deregisterUnavailable", skipOn = ApiException.class)
    public DeregisterResult deregister(String auth) {
        return data(api.deregister(AuthBlobRequest.of(auth)));
    }

    LoginUrlResult loginUrlUnavailable(String countryCode, Throwable cause) {
        throw AdapterUnavailableException.unreachable(cause);
    }

    AuthResult authenticateUnavailable(AuthRequest request, Throwable cause) {
        throw AdapterUnavailableException.unreachable(cause);
    }

    LibraryResult libraryUnavailable(String auth, String marketplace, Throwable cause) {
        throw AdapterUnavailableException.unreachable(cause);
    }

    DeregisterResult deregisterUnavailable(String auth, Throwable cause) {
        throw AdapterUnavailableException.unreachable(cause);
    }

    private static <T> T data(ApiResponse<T> response) {
        if (response == null || response.data() == null) {
            throw new ApiException(502, dev.shelfsync.contracts.ErrorCodes.ADAPTER_UNAVAILABLE,
                    "The Audible adapter answered without data; check that its version matches tracker-api's.");
        }
        return response.data();
    }
}
