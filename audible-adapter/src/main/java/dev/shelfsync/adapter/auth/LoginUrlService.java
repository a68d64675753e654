package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.adapter.crypto.InvalidFernetTokenException;
import dev.shelfsync.adapter.error.InvalidRequestException;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Starts a browser login: a fresh device and PKCE pair, the sign-in URL, and the encrypted state to come back with. */
@ApplicationScoped
public class LoginUrlService {

    private final SignInUrls signInUrls;
    private final BlobCipher cipher;
    private final AudibleConfig config;

    public LoginUrlService(SignInUrls signInUrls, BlobCipher cipher, AudibleConfig config) {
        this.signInUrls = signInUrls;
        this.cipher = cipher;
        this.config = config;
    }

    public LoginUrlResult start(Marketplace marketplace) {
        DeviceIdentity device = DeviceIdentity.newDevice();
        Pkce pkce = Pkce.create();
        LoginState state = new LoginState(device.serial(), pkce.verifier(), marketplace.countryCode(), Instant.now());
        return new LoginUrlResult(signInUrls.signIn(marketplace, device, pkce).toString(), cipher.encrypt(state));
    }

    /** @throws InvalidRequestException (field {@code login_state}) when the state is not ours or older than allowed */
    public LoginState resume(String loginState) {
        if (loginState == null || loginState.isBlank()) {
            throw InvalidRequestException.field("login_state", "is required for a browser login");
        }
        try {
            return cipher.decrypt(loginState, LoginState.class, config.loginStateTtl());
        } catch (InvalidFernetTokenException e) {
            throw InvalidRequestException.field("login_state",
                    "is invalid or has expired; request a new login URL");
        }
    }
}
