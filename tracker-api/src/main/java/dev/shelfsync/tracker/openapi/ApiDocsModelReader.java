package dev.shelfsync.tracker.openapi;

import dev.shelfsync.contracts.ErrorCodes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of the spec no route owns: the security schemes and the error envelope responses ({@link ApiDocs}). */
public class ApiDocsModelReader implements OASModelReader {

    private static final String ENVELOPE = "ErrorEnvelope";

    private record ErrorDoc(String name, String description, String code, String message) {
    }

    private static final List<ErrorDoc> ERRORS = List.of(
            new ErrorDoc(ApiDocs.BAD_REQUEST, "Invalid input; details names each refused field",
                    ErrorCodes.VALIDATION_FAILED, "Invalid title"),
            new ErrorDoc(ApiDocs.UNAUTHORIZED, "Missing or wrong API key",
                    ErrorCodes.UNAUTHORIZED, "Send a valid API key as 'Authorization: Bearer <key>'"),
            new ErrorDoc(ApiDocs.NOT_FOUND, "No such resource for this user",
                    ErrorCodes.NOT_FOUND, "Book 42 not found"),
            new ErrorDoc(ApiDocs.CONFLICT, "The current state does not allow this (sync running, not connected, ...)",
                    ErrorCodes.SYNC_IN_PROGRESS, "A sync of this Audible library is already running; try again when it ends"),
            new ErrorDoc(ApiDocs.TOO_MANY_REQUESTS, "Too soon; Retry-After gives the seconds to wait",
                    ErrorCodes.RATE_LIMITED, "Synced less than 15 minutes ago; next sync allowed at 2025-01-01T10:15:00Z"),
            new ErrorDoc(ApiDocs.BAD_GATEWAY, "The audible-adapter failed or answered unexpectedly",
                    ErrorCodes.ADAPTER_UNAVAILABLE, "The Audible adapter failed (HTTP 500); try again later."),
            new ErrorDoc(ApiDocs.SERVICE_UNAVAILABLE, "The audible-adapter or Audible is not answering",
                    ErrorCodes.ADAPTER_UNAVAILABLE, "The Audible adapter is not answering; try again in a minute."));

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents()
                .addSchema(ENVELOPE, envelopeSchema())
                .addSecurityScheme(ApiDocs.API_KEY, bearer("The user's API key: 'Authorization: Bearer <key>'"))
                .addSecurityScheme(ApiDocs.CRON_SECRET, bearer("The cron secret: 'Authorization: Bearer $CRON_SECRET'"));
        ERRORS.forEach(error -> components.addResponse(error.name(), response(error)));
        return OASFactory.createOpenAPI().components(components);
    }

    private static APIResponse response(ErrorDoc error) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("success", false);
        example.put("error", error.code());
        example.put("message", error.message());
        if (error.code().equals(ErrorCodes.VALIDATION_FAILED)) {
            example.put("details", Map.of("title", "must not be blank"));
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(error.description())
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ENVELOPE))
                        .addExample(error.code(), OASFactory.createExample().value(example))));
        if (error.name().equals(ApiDocs.TOO_MANY_REQUESTS)) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds until the next sync is allowed")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    private static Schema envelopeSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every error: success is false, error a stable code, message for people")
                .addProperty("success", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN))
                .addProperty("error", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("details", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .addProperty("data", OASFactory.createSchema().description("Extra facts for some errors"))
                .required(List.of("success", "error"));
    }

    private static SecurityScheme bearer(String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(description);
    }
}
