package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.adapter.error.ReloginRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps access tokens fresh. Refreshes of one device are serialised (keyed by a hash of its refresh token), and a
 * call that waited for another's refresh reuses that token instead of asking Amazon a second time.
 */
@ApplicationScoped
public class TokenRefresher {

    private static final Logger LOG = Logger.getLogger(TokenRefresher.class);

    private final AmazonAuthClient amazon;
    private final AudibleConfig config;
    private final Map<String, DeviceSlot> devices = new ConcurrentHashMap<>();

    public TokenRefresher(AmazonAuthClient amazon, AudibleConfig config) {
        this.amazon = amazon;
        this.config = config;
    }

    /** Refreshes when the token expires within the configured margin. */
    public void ensureFresh(AuthSession session) {
        if (!isFresh(session.record().expiresAt())) {
            refresh(session, null);
        }
    }

    /** Refreshes now, e.g. for {@code /api/refresh-token}. */
    public void forceRefresh(AuthSession session) {
        refresh(session, session.record().accessToken());
    }

    /** Refreshes after Audible rejected {@code rejectedToken}, unless a concurrent call already replaced it. */
    void refreshAfterRejection(AuthSession session, String rejectedToken) {
        refresh(session, rejectedToken);
    }

    private void refresh(AuthSession session, String rejectedToken) {
        AuthRecord record = session.record();
        if (record.refreshToken() == null || record.refreshToken().isBlank()) {
            throw new ReloginRequiredException();
        }
        DeviceSlot slot = devices.computeIfAbsent(hash(record.refreshToken()), key -> new DeviceSlot());
        synchronized (slot) {
            AccessTokenGrant latest = slot.latest;
            boolean reusable = latest != null && isFresh(latest.expiresAt())
                    && !latest.accessToken().equals(rejectedToken)
                    && !latest.accessToken().equals(record.accessToken());
            if (!reusable) {
                latest = requestGrant(session, record);
                slot.latest = latest;
                LOG.infof("Refreshed an access token for marketplace %s", session.marketplace().countryCode());
            } else {
                LOG.debug("Reusing the access token a concurrent call just refreshed");
            }
            session.replace(record.withAccessToken(latest.accessToken(), latest.expiresAt()));
        }
        devices.values().removeIf(s -> s != slot && s.latest != null && s.latest.expiresAt().isBefore(Instant.now()));
    }

    private AccessTokenGrant requestGrant(AuthSession session, AuthRecord record) {
        try {
            return amazon.refreshAccessToken(session.marketplace(), record.refreshToken());
        } catch (AudibleRejectedException e) {
            throw new ReloginRequiredException();
        }
    }

    private boolean isFresh(Instant expiresAt) {
        return expiresAt.isAfter(Instant.now().plus(config.tokenRefreshMargin()));
    }

    private static String hash(String refreshToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class DeviceSlot {
        private AccessTokenGrant latest;
    }
}
