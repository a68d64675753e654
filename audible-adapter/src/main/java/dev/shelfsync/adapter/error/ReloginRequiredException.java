package dev.shelfsync.adapter.error;

import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.core.Response;

/** 401: Amazon no longer accepts this device (revoked, deregistered, refresh token dead). */
public class ReloginRequiredException extends AdapterException {

    public ReloginRequiredException() {
        super(Response.Status.UNAUTHORIZED, ErrorCodes.RELOGIN_REQUIRED,
                "Audible rejected the stored sign-in; re-login needed.");
    }
}
