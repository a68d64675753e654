package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.error.ReloginRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * The one path for calls made on a user's behalf: refresh a token about to expire, make the call (retried on
 * 429/5xx by the clients), and on 401/403 refresh once and try again before asking the user to sign in again.
 */
@ApplicationScoped
public class AuthorizedCalls {

    private static final Logger LOG = Logger.getLogger(AuthorizedCalls.class);

    private final TokenRefresher refresher;
    private final AudibleApiClient api;

    public AuthorizedCalls(TokenRefresher refresher, AudibleApiClient api) {
        this.refresher = refresher;
        this.api = api;
    }

    /** A signed Audible API call. */
    public AudibleResponse send(AuthSession session, AudibleRequest request) {
        return call(session, record -> api.send(session.marketplace(), request, record));
    }

    public <T> T call(AuthSession session, Function<AuthRecord, T> call) {
        refresher.ensureFresh(session);
        AuthRecord used = session.record();
        try {
            return call.apply(used);
        } catch (AudibleRejectedException e) {
            if (!e.credentialsRejected()) {
                throw e;
            }
            LOG.infof("Audible refused the credentials (HTTP %d); refreshing the token once", e.upstreamStatus());
        }
        refresher.refreshAfterRejection(session, used.accessToken());
        try {
            return call.apply(session.record());
        } catch (AudibleRejectedException e) {
            throw e.credentialsRejected() ? new ReloginRequiredException() : e;
        }
    }
}
