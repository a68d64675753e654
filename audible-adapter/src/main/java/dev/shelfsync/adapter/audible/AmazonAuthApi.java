package dev.shelfsync.adapter.audible;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Amazon's device auth endpoints on {@code api.amazon.{domain}}. Built per marketplace base URL by
 * {@link AmazonAuthClient}; responses come back raw so statuses are classified before fault tolerance sees them.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
interface AmazonAuthApi {

    String AUTH_DOMAIN = "x-amzn-identity-auth-domain";

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(@HeaderParam(AUTH_DOMAIN) String authDomain, ObjectNode body);

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@HeaderParam(AUTH_DOMAIN) String authDomain, Form form);

    @POST
    @Path("/deregister")
    @Consumes(MediaType.APPLICATION_JSON)
    Response deregister(@HeaderParam(AUTH_DOMAIN) String authDomain,
                        @HeaderParam("x-amz-access-token") String accessToken, ObjectNode body);
}
