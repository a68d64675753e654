package dev.shelfsync.tracker.openapi;

import dev.shelfsync.support.routes.ResourceRoutes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OpenApiTest {

    private static JsonPath spec() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRouteIsDocumentedWithASummaryAndItsErrors() {
        JsonPath spec = spec();
        List<ResourceRoutes.Route> routes = ResourceRoutes.all();
        assertTrue(routes.size() >= 20, routes.toString());
        for (ResourceRoutes.Route route : routes) {
            Map<String, Object> operation = spec.getMap("paths.'" + route.path() + "'." + route.method());
            assertNotNull(operation, "no operation for " + route);
            assertNotNull(operation.get("summary"), "no summary for " + route);
            Map<String, Object> responses = spec.getMap("paths.'" + route.path() + "'." + route.method() + ".responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), "no success answer for " + route);
            // /health has no input and no key: its only error is 503
            String errorClass = route.path().equals("/health") ? "5" : "4";
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith(errorClass)),
                    "no documented " + errorClass + "xx for " + route + ": " + responses.keySet());
        }
    }

    @Test
    void errorResponsesUseTheEnvelope() {
        JsonPath spec = spec();
        for (String name : List.of(ApiDocs.BAD_REQUEST, ApiDocs.UNAUTHORIZED, ApiDocs.NOT_FOUND, ApiDocs.CONFLICT,
                ApiDocs.TOO_MANY_REQUESTS, ApiDocs.BAD_GATEWAY, ApiDocs.SERVICE_UNAVAILABLE)) {
            String content = "components.responses." + name + ".content.'application/json'";
            assertEquals("#/components/schemas/ErrorEnvelope", spec.getString(content + ".schema.$ref"), name);
            assertFalse(spec.getMap(content + ".examples").isEmpty(), name);
        }
        assertEquals("#/components/responses/NotFound", spec.getString("paths.'/api/books/{id}'.get.responses.'404'.$ref"));
        assertNotNull(spec.get("paths.'/api/audible/sync'.post.responses.'429'"));
    }

    @Test
    void securitySchemesAreTheApiKeyAndTheCronSecret() {
        JsonPath spec = spec();
        assertEquals("bearer", spec.getString("components.securitySchemes." + ApiDocs.API_KEY + ".scheme"));
        assertEquals("bearer", spec.getString("components.securitySchemes." + ApiDocs.CRON_SECRET + ".scheme"));
        assertNotNull(spec.get("paths.'/api/books'.get.security[0]." + ApiDocs.API_KEY));
        assertNotNull(spec.get("paths.'/api/cron/audible-sync'.get.security[0]." + ApiDocs.CRON_SECRET));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        assertEquals("Shelfsync tracker-api", spec().getString("info.title"));
    }
}
