package dev.shelfsync.tracker.openapi;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.support.openapi.ErrorEnvelopeDocs;
import dev.shelfsync.support.openapi.ErrorEnvelopeDocs.ErrorDoc;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/** The parts of the spec no route owns: the security schemes and the error envelope responses ({@link ApiDocs}). */
public class ApiDocsModelReader implements OASModelReader {

    private static final List<ErrorDoc> ERRORS = List.of(
            ErrorDoc.of(ApiDocs.BAD_REQUEST, "Invalid input; details names each refused field",
                    ErrorCodes.VALIDATION_FAILED, "Invalid title").withDetails(Map.of("title", "must not be blank")),
            ErrorDoc.of(ApiDocs.UNAUTHORIZED, "Missing or wrong API key",
                    ErrorCodes.UNAUTHORIZED, "Send a valid API key as 'Authorization: Bearer <key>'"),
            ErrorDoc.of(ApiDocs.NOT_FOUND, "No such resource for this user",
                    ErrorCodes.NOT_FOUND, "Book 42 not found"),
            ErrorDoc.of(ApiDocs.CONFLICT, "The current state does not allow this (sync running, not connected, ...)",
                    ErrorCodes.SYNC_IN_PROGRESS, "A sync of this Audible library is already running; try again when it ends"),
            ErrorDoc.of(ApiDocs.TOO_MANY_REQUESTS, "Too soon; Retry-After gives the seconds to wait",
                    ErrorCodes.RATE_LIMITED, "Synced less than 15 minutes ago; next sync allowed at 2025-01-01T10:15:00Z")
                    .withRetryAfter("Seconds until the next sync is allowed"),
            ErrorDoc.of(ApiDocs.BAD_GATEWAY, "The audible-adapter failed or answered unexpectedly",
                    ErrorCodes.ADAPTER_UNAVAILABLE, "The Audible adapter failed (HTTP 500); try again later."),
            ErrorDoc.of(ApiDocs.SERVICE_UNAVAILABLE, "The audible-adapter or Audible is not answering",
                    ErrorCodes.ADAPTER_UNAVAILABLE, "The Audible adapter is not answering; try again in a minute."));

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI().components(ErrorEnvelopeDocs.components(ERRORS)
                .addSecurityScheme(ApiDocs.API_KEY, bearer("The user's API key: 'Authorization: Bearer <key>'"))
                .addSecurityScheme(ApiDocs.CRON_SECRET, bearer("The cron secret: 'Authorization: Bearer $CRON_SECRET'")));
    }

    private static SecurityScheme bearer(String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(description);
    }
}
