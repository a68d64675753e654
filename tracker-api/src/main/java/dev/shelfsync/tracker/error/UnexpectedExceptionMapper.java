package dev.shelfsync.tracker.error;

import dev.shelfsync.contracts.ErrorCodes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Anything no other mapper claimed: logged once with its stack trace under a reference id; the caller gets a
 * 500 envelope with that reference and nothing else about the failure.
 */
@Singleton
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error (reference %s)", reference);
        return ErrorResponses.envelope(500, ErrorCodes.INTERNAL_ERROR,
                "Something went wrong on our side; quote reference " + reference + " when reporting it");
    }
}
