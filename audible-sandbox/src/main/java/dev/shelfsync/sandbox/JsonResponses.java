package dev.shelfsync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The shared ObjectMapper and the error bodies in the shapes the different Amazon/Audible hosts use. */
final class JsonResponses {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private JsonResponses() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static SandboxResponse ok(Object body) {
        return json(200, body);
    }

    static SandboxResponse json(int status, Object body) {
        try {
            return SandboxResponse.json(status, MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** api.audible.* style: {@code {"message": "..."}} (the validation-error body of the docs). */
    static SandboxResponse message(int status, String message) {
        return json(status, object().put("message", message));
    }

    /** api.amazon.* /auth/register style: {@code {"request_id", "response": {"error": {code, index, message}}}}. */
    static SandboxResponse registrationError(int status, String code, String message) {
        ObjectNode body = object().put("request_id", UUID.randomUUID().toString());
        body.putObject("response").putObject("error")
                .put("code", code)
                .put("index", UUID.randomUUID().toString().replace("-", ""))
                .put("message", message);
        return json(status, body);
    }

    /** api.amazon.* /auth/token style OAuth error. */
    static SandboxResponse oauthError(int status, String error, String description) {
        return json(status, object()
                .put("error", error)
                .put("error_description", description)
                .put("request_id", UUID.randomUUID().toString()));
    }
}
