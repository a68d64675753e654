package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.audible.AuthRecord;
import dev.shelfsync.adapter.audible.AuthSession;
import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.adapter.crypto.InvalidFernetTokenException;
import dev.shelfsync.adapter.error.InvalidRequestException;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Opens the caller's encrypted auth blob into a session, and seals a changed record back into a blob. */
@ApplicationScoped
public class AuthSessions {

    private final BlobCipher cipher;

    public AuthSessions(BlobCipher cipher) {
        this.cipher = cipher;
    }

    /** @throws InvalidRequestException (field {@code auth} or {@code country_code}) when the blob is unusable */
    public AuthSession open(AuthBlobRequest request) {
        if (request == null || request.auth() == null || request.auth().isBlank()) {
            throw InvalidRequestException.field("auth", "is required");
        }
        AuthRecord record;
        try {
            record = cipher.decrypt(request.auth(), AuthRecord.class);
        } catch (InvalidFernetTokenException e) {
            throw InvalidRequestException.field("auth", "cannot be decrypted with this adapter's keys");
        }
        if (record.refreshToken() == null && record.accessToken() == null) {
            throw InvalidRequestException.field("auth", "holds no Audible tokens");
        }
        Marketplace marketplace = request.countryCode() != null && !request.countryCode().isBlank()
                ? Marketplace.require(request.countryCode(), "country_code")
                : Marketplace.find(record.localeCode()).orElse(Marketplace.US);
        return new AuthSession(marketplace, record, cipher.madeUnderRetiredKey(request.auth()));
    }

    public String seal(AuthRecord record) {
        return cipher.encrypt(record);
    }

    /**
     * The new blob when the caller must store one (tokens refreshed, or the blob was under a retired key), else
     * {@code null}.
     */
    public String sealIfChanged(AuthSession session) {
        return session.changed() ? seal(session.record()) : null;
    }
}
