package dev.shelfsync.adapter.openapi;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.support.openapi.ErrorEnvelopeDocs;
import dev.shelfsync.support.openapi.ErrorEnvelopeDocs.ErrorDoc;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/** The parts of the spec no route owns: the X-API-Secret scheme and the error envelope responses ({@link ApiDocs}). */
public class ApiDocsModelReader implements OASModelReader {

    private static final List<ErrorDoc> ERRORS = List.of(
            ErrorDoc.of(ApiDocs.BAD_REQUEST, "Invalid input; details names each refused field",
                    ErrorCodes.VALIDATION_FAILED, "Invalid country_code").withDetails(Map.of("country_code", "is required")),
            ErrorDoc.of(ApiDocs.UNAUTHORIZED, "Missing or wrong X-API-Secret (unauthorized), or Amazon wants the user: "
                    + "relogin_required, audible_login_failed (e-mail or password refused), otp_required",
                    ErrorCodes.RELOGIN_REQUIRED, "Audible no longer accepts this login; sign in again."),
            ErrorDoc.of(ApiDocs.NOT_FOUND, "Audible does not know this item",
                    ErrorCodes.NOT_FOUND, "Audible does not know this item."),
            ErrorDoc.of(ApiDocs.BAD_GATEWAY, "Amazon or Audible rejected the request",
                    ErrorCodes.AUDIBLE_UNAVAILABLE, "Audible rejected the request (HTTP 400)."),
            ErrorDoc.of(ApiDocs.SERVICE_UNAVAILABLE, "Audible is down or rate-limiting (audible_rate_limited, with "
                    + "Retry-After) after the retries",
                    ErrorCodes.AUDIBLE_UNAVAILABLE, "Audible is unavailable (HTTP 503); try again later.")
                    .withRetryAfter("Seconds Audible asked to wait"));

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI().components(ErrorEnvelopeDocs.components(ERRORS)
                .addSecurityScheme(ApiDocs.API_SECRET, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Secret")
                        .description("The secret shared with tracker-api (AUDIBLE_API_SECRET)")));
    }
}
