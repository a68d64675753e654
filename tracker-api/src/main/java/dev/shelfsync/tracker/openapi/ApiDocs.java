package dev.shelfsync.tracker.openapi;

/**
 * Names shared by the resource annotations and {@link ApiDocsModelReader}: the security schemes and the error
 * responses every route refers to ({@code @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)}).
 */
public final class ApiDocs {

    public static final String API_KEY = "apiKey";
    public static final String CRON_SECRET = "cronSecret";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private ApiDocs() {
    }
}
