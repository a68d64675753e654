package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.audible.AmazonAuthClient;
import dev.shelfsync.adapter.audible.AuthRecord;
import dev.shelfsync.adapter.audible.AuthSession;
import dev.shelfsync.adapter.audible.AuthorizedCalls;
import dev.shelfsync.adapter.audible.TokenRefresher;
import dev.shelfsync.adapter.error.InvalidRequestException;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.AuthRequest;
import dev.shelfsync.contracts.adapter.AuthResult;
import dev.shelfsync.contracts.adapter.DeregisterResult;
import dev.shelfsync.contracts.adapter.RefreshResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sign-in (browser redirect or password), token refresh and deregistration of the Audible device. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    private final LoginUrlService loginUrls;
    private final PasswordSignIn passwordSignIn;
    private final DeviceRegistrar registrar;
    private final AuthSessions sessions;
    private final TokenRefresher refresher;
    private final AuthorizedCalls calls;
    private final AmazonAuthClient amazon;

    public AuthService(LoginUrlService loginUrls, PasswordSignIn passwordSignIn, DeviceRegistrar registrar,
                       AuthSessions sessions, TokenRefresher refresher, AuthorizedCalls calls,
                       AmazonAuthClient amazon) {
        this.loginUrls = loginUrls;
        this.passwordSignIn = passwordSignIn;
        this.registrar = registrar;
        this.sessions = sessions;
        this.refresher = refresher;
        this.calls = calls;
        this.amazon = amazon;
    }

    public AuthResult login(AuthRequest request) {
        if (request == null) {
            throw InvalidRequestException.field("body", "is required");
        }
        return request.isBrowserLogin() ? completeBrowserLogin(request) : passwordLogin(request);
    }

    private AuthResult completeBrowserLogin(AuthRequest request) {
        LoginState state = loginUrls.resume(request.loginState());
        Marketplace marketplace = Marketplace.find(state.marketplace())
                .orElseThrow(() -> InvalidRequestException.field("login_state", "names no known marketplace"));
        if (request.countryCode() != null && Marketplace.require(request.countryCode(), "country_code") != marketplace) {
            throw InvalidRequestException.field("country_code", "differs from the marketplace the login was started for");
        }
        String code = AuthorizationCodes.find(parseRedirect(request.redirectUrl()))
                .orElseThrow(() -> InvalidRequestException.field("redirect_url",
                        "has no openid.oa2.authorization_code; paste the full address of the page Amazon sent you to"));
        AuthRecord record = registrar.register(marketplace, new DeviceIdentity(state.serial()), code, state.codeVerifier());
        return result(record, marketplace);
    }

    private AuthResult passwordLogin(AuthRequest request) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (request.email() == null || request.email().isBlank()) {
            missing.put("email", "is required (or send redirect_url and login_state for a browser login)");
        }
        if (request.password() == null || request.password().isEmpty()) {
            missing.put("password", "is required (or send redirect_url and login_state for a browser login)");
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        Marketplace marketplace = Marketplace.require(request.countryCode(), "country_code");
        DeviceIdentity device = DeviceIdentity.newDevice();
        Pkce pkce = Pkce.create();
        String code;
        try {
            code = passwordSignIn.signIn(marketplace, device, pkce,
                    new PasswordSignIn.Credentials(request.email().trim(), request.password(), request.otpCode()));
        } catch (PasswordSignIn.BrowserNeeded e) {
            LOG.infof("Password sign-in for marketplace %s needs a browser: %s", marketplace.countryCode(), e.challenge());
            throw SignInChallengeException.browserLoginRequired(e.challenge(), loginUrls.start(marketplace));
        }
        return result(registrar.register(marketplace, device, code, pkce.verifier()), marketplace);
    }

    public RefreshResult refresh(AuthBlobRequest request) {
        AuthSession session = sessions.open(request);
        refresher.forceRefresh(session);
        return new RefreshResult(sessions.seal(session.record()), session.record().expiresAt());
    }

    public DeregisterResult deregister(AuthBlobRequest request) {
        AuthSession session = sessions.open(request);
        calls.call(session, record -> {
            amazon.deregister(session.marketplace(), record.accessToken());
            return null;
        });
        LOG.infof("Deregistered an Audible device for marketplace %s", session.marketplace().countryCode());
        return new DeregisterResult(true);
    }

    private AuthResult result(AuthRecord record, Marketplace marketplace) {
        return new AuthResult(sessions.seal(record), record.expiresAt(), record.customerName(), marketplace.countryCode());
    }

    private static URI parseRedirect(String redirectUrl) {
        try {
            URI uri = new URI(redirectUrl.trim());
            if (uri.getScheme() == null || uri.getRawQuery() == null) {
                throw InvalidRequestException.field("redirect_url", "must be an absolute URL with a query string");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw InvalidRequestException.field("redirect_url", "is not a valid URL");
        }
    }
}
