package dev.shelfsync.adapter.openapi;

/**
 * Names shared by the resource annotations and {@link ApiDocsModelReader}: the security scheme and the error
 * responses every route refers to ({@code @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)}).
 */
public final class ApiDocs {

    public static final String API_SECRET = "apiSecret";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private ApiDocs() {
    }
}
