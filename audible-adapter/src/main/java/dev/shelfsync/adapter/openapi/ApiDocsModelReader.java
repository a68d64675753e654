package dev.shelfsync.adapter.openapi;

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

/** The parts of the spec no route owns: the X-API-Secret scheme and the error envelope responses ({@link ApiDocs}). */
public class ApiDocsModelReader implements OASModelReader {

    private static final String ENVELOPE = "ErrorEnvelope";

    private record ErrorDoc(String name, String description, String code, String message) {
    }

    private static final List<ErrorDoc> ERRORS = List.of(
            new ErrorDoc(ApiDocs.BAD_REQUEST, "Invalid input; details names each refused field",
                    ErrorCodes.VALIDATION_FAILED, "Invalid country_code"),
            new ErrorDoc(ApiDocs.UNAUTHORIZED, "Missing or wrong X-API-Secret (unauthorized), or Amazon wants the user: "
                    + "relogin_required, otp_required, browser_login_required",
                    ErrorCodes.RELOGIN_REQUIRED, "Audible no longer accepts this login; sign in again."),
            new ErrorDoc(ApiDocs.NOT_FOUND, "Audible does not know this item",
                    ErrorCodes.NOT_FOUND, "Audible does not know this item."),
            new ErrorDoc(ApiDocs.BAD_GATEWAY, "Amazon or Audible rejected the request",
                    ErrorCodes.AUDIBLE_UNAVAILABLE, "Audible rejected the request (HTTP 400)."),
            new ErrorDoc(ApiDocs.SERVICE_UNAVAILABLE, "Audible is down or rate-limiting (audible_rate_limited, with "
                    + "Retry-After) after the retries",
                    ErrorCodes.AUDIBLE_UNAVAILABLE, "Audible is unavailable (HTTP 503); try again later."));

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents()
                .addSchema(ENVELOPE, envelopeSchema())
                .addSecurityScheme(ApiDocs.API_SECRET, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Secret")
                        .description("The secret shared with tracker-api (AUDIBLE_API_SECRET)"));
        ERRORS.forEach(error -> components.addResponse(error.name(), response(error)));
        return OASFactory.createOpenAPI().components(components);
    }

    private static APIResponse response(ErrorDoc error) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("success", false);
        example.put("error", error.code());
        example.put("message", error.message());
        if (error.code().equals(ErrorCodes.VALIDATION_FAILED)) {
            example.put("details", Map.of("country_code", "is required"));
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(error.description())
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ENVELOPE))
                        .addExample(error.code(), OASFactory.createExample().value(example))));
        if (error.name().equals(ApiDocs.SERVICE_UNAVAILABLE)) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds Audible asked to wait")
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
}
