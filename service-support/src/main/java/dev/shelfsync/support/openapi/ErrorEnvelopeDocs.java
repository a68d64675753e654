package dev.shelfsync.support.openapi;

import dev.shelfsync.contracts.ErrorCodes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error envelope ({@code {success: false, error, message, details?, data?}}) as OpenAPI components: one schema
 * and a named response per documented error, each with an example, so routes refer to them by name.
 */
public final class ErrorEnvelopeDocs {

    public static final String ENVELOPE = "ErrorEnvelope";

    /**
     * One documented error response.
     *
     * @param name        the component name routes refer to
     * @param details     example per-field reasons (validation errors), or empty
     * @param retryAfter  what the {@code Retry-After} header means for this error, or {@code null} when it has none
     */
    public record ErrorDoc(String name, String description, String code, String message, Map<String, String> details,
                           String retryAfter) {

        public static ErrorDoc of(String name, String description, String code, String message) {
            return new ErrorDoc(name, description, code, message, Map.of(), null);
        }

        public ErrorDoc withDetails(Map<String, String> fieldReasons) {
            return new ErrorDoc(name, description, code, message, fieldReasons, retryAfter);
        }

        public ErrorDoc withRetryAfter(String meaning) {
            return new ErrorDoc(name, description, code, message, details, meaning);
        }
    }

    private ErrorEnvelopeDocs() {
    }

    /** Components holding the envelope schema and one response per error. */
    public static Components components(List<ErrorDoc> errors) {
        Components components = OASFactory.createComponents().addSchema(ENVELOPE, envelopeSchema());
        errors.forEach(error -> components.addResponse(error.name(), response(error)));
        return components;
    }

    private static APIResponse response(ErrorDoc error) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("success", false);
        example.put("error", error.code());
        example.put("message", error.message());
        if (!error.details().isEmpty()) {
            example.put("details", error.details());
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(error.description())
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ENVELOPE))
                        .addExample(error.code(), OASFactory.createExample().value(example))));
        if (error.retryAfter() != null) {
            response.addHeader("Retry-After", OASFactory.createHeader().description(error.retryAfter())
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    private static Schema envelopeSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every error: success is false, error a stable code (" + ErrorCodes.VALIDATION_FAILED
                        + ", ...), message for people")
                .addProperty("success", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN))
                .addProperty("error", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("details", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .addProperty("data", OASFactory.createSchema().description("Extra facts for some errors"))
                .required(List.of("success", "error"));
    }
}
