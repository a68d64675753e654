package dev.shelfsync.tracker.cron;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.sync.SyncType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /api/cron/audible-sync}, for Railway/Vercel-style cron: {@code Authorization: Bearer $CRON_SECRET}.
 * Outside the API-key filter; the secret is its only guard.
 */
@Path("/api/cron/audible-sync")
@Produces(MediaType.APPLICATION_JSON)
public class CronResource {

    private static final String BEARER = "Bearer ";

    private final CronConfig config;
    private final AutoSync autoSync;

    CronResource(CronConfig config, AutoSync autoSync) {
        this.config = config;
        this.autoSync = autoSync;
    }

    @GET
    public ApiResponse<AutoSyncSummary> run(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String secret = config.secret().filter(s -> !s.isBlank()).orElseThrow(() -> new ApiException(503,
                ErrorCodes.INTERNAL_ERROR, "cron not configured: set CRON_SECRET on tracker-api and in the cron job"));
        if (!matches(authorization, secret)) {
            throw new ApiException(401, ErrorCodes.UNAUTHORIZED, "Send 'Authorization: Bearer <CRON_SECRET>'");
        }
        AutoSyncSummary summary = autoSync.run(SyncType.CRON);
        return ApiResponse.ok("Synced " + summary.synced() + " of " + summary.usersConsidered() + " users", summary);
    }

    private static boolean matches(String authorization, String secret) {
        String given = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim()
                : "";
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
}
