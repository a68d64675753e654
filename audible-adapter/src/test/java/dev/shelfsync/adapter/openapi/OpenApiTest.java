package dev.shelfsync.adapter.openapi;

import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.support.routes.ResourceRoutes;
import io.quarkus.test.common.WithTestResource;
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
@WithTestResource(SandboxResource.class)
class OpenApiTest {

    private static JsonPath spec() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRouteIsDocumentedWithASummaryAndItsErrors() {
        JsonPath spec = spec();
        List<ResourceRoutes.Route> routes = ResourceRoutes.all();
        assertTrue(routes.size() >= 7, routes.toString());
        for (ResourceRoutes.Route route : routes) {
            String operation = "paths.'" + route.path() + "'." + route.method();
            assertNotNull(spec.getMap(operation), "no operation for " + route);
            assertNotNull(spec.getString(operation + ".summary"), "no summary for " + route);
            Map<String, Object> responses = spec.getMap(operation + ".responses");
            assertTrue(responses.containsKey("200"), "no success answer for " + route);
            if (route.path().startsWith("/api/")) {
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("4")),
                        "no documented 4xx for " + route + ": " + responses.keySet());
                assertNotNull(spec.get(operation + ".security[0]." + ApiDocs.API_SECRET), "no security for " + route);
            }
        }
    }

    @Test
    void errorResponsesUseTheEnvelopeAndTheSecretIsAHeader() {
        JsonPath spec = spec();
        for (String name : List.of(ApiDocs.BAD_REQUEST, ApiDocs.UNAUTHORIZED, ApiDocs.NOT_FOUND, ApiDocs.BAD_GATEWAY,
                ApiDocs.SERVICE_UNAVAILABLE)) {
            String content = "components.responses." + name + ".content.'application/json'";
            assertEquals("#/components/schemas/ErrorEnvelope", spec.getString(content + ".schema.$ref"), name);
            assertFalse(spec.getMap(content + ".examples").isEmpty(), name);
        }
        String scheme = "components.securitySchemes." + ApiDocs.API_SECRET;
        assertEquals("apiKey", spec.getString(scheme + ".type"));
        assertEquals("header", spec.getString(scheme + ".in"));
        assertEquals("X-API-Secret", spec.getString(scheme + ".name"));
    }

    @Test
    void swaggerUiIsServedWithoutTheSecret() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        assertEquals("Shelfsync audible-adapter", spec().getString("info.title"));
    }
}
