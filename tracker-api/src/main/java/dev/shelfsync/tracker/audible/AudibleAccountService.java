package dev.shelfsync.tracker.audible;

import dev.shelfsync.contracts.adapter.AuthRequest;
import dev.shelfsync.contracts.adapter.AuthResult;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import dev.shelfsync.tracker.adapter.AudibleAdapterClient;
import dev.shelfsync.tracker.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connecting, configuring and disconnecting a user's Audible account. Adapter calls happen outside any
 * transaction; only their results are written.
 */
@ApplicationScoped
public class AudibleAccountService {

    private static final Logger LOG = Logger.getLogger(AudibleAccountService.class);
    static final int MIN_INTERVAL_MINUTES = 15;

    private final AudibleAdapterClient adapter;

    AudibleAccountService(AudibleAdapterClient adapter) {
        this.adapter = adapter;
    }

    public LoginUrlResult loginUrl(String countryCode) {
        requireMarketplace(countryCode);
        return adapter.loginUrl(countryCode);
    }

    public ConfigView connect(long userId, ConnectRequest request) {
        validate(request);
        AuthResult auth = adapter.authenticate(new AuthRequest(request.countryCode(), request.redirectUrl(),
                request.loginState(), request.email(), request.password(), request.otpCode()));
        ConfigView view = QuarkusTransaction.requiringNew().call(() -> store(userId, request, auth));
        LOG.infof("Audible connected for user %d (marketplace %s)", userId, view.marketplace());
        return view;
    }

    public ConfigView config(long userId) {
        return QuarkusTransaction.requiringNew().call(
                () -> ConfigView.of(AudibleAccount.ofUser(userId).orElseGet(() -> newAccount(userId))));
    }

    @Transactional
    public ConfigView updateConfig(long userId, ConfigUpdate update) {
        Map<String, String> invalid = new LinkedHashMap<>();
        if (update.syncIntervalMinutes() != null && update.syncIntervalMinutes() < MIN_INTERVAL_MINUTES) {
            invalid.put("sync_interval_minutes", "must be at least " + MIN_INTERVAL_MINUTES);
        }
        if (update.marketplace() != null && !Marketplaces.isValid(update.marketplace())) {
            invalid.put("marketplace", "must be one of " + String.join(", ", Marketplaces.CODES));
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        AudibleAccount account = AudibleAccount.ofUser(userId).orElseGet(() -> {
            AudibleAccount created = newAccount(userId);
            created.persist();
            return created;
        });
        if (update.enabled() != null) {
            account.enabled = update.enabled();
        }
        if (update.autoSyncProgress() != null) {
            account.autoSyncProgress = update.autoSyncProgress();
        }
        if (update.syncIntervalMinutes() != null) {
            account.syncIntervalMinutes = update.syncIntervalMinutes();
        }
        if (update.marketplace() != null) {
            account.marketplace = update.marketplace();
        }
        return ConfigView.of(account);
    }

    /**
     * Releases the device slot at Amazon and forgets the tokens. A device Amazon no longer knows (relogin
     * required) is as good as released; with the adapter down the tokens stay so the release can be retried.
     */
    public boolean disconnect(long userId) {
        String auth = QuarkusTransaction.requiringNew().call(
                () -> AudibleAccount.ofUser(userId).map(a -> a.authEncrypted).orElse(null));
        if (auth == null) {
            return false;
        }
        try {
            adapter.deregister(auth);
        } catch (ApiException e) {
            if (e.status() >= 500) {
                throw e;
            }
            LOG.infof("Audible device of user %d was already gone (%s); forgetting the tokens", userId, e.code());
        }
        QuarkusTransaction.requiringNew().run(() -> AudibleAccount.ofUser(userId).ifPresent(a -> {
            a.authEncrypted = null;
            a.authExpiresAt = null;
            a.customerName = null;
            a.connectedAt = null;
        }));
        LOG.infof("Audible disconnected for user %d", userId);
        return true;
    }

    private ConfigView store(long userId, ConnectRequest request, AuthResult auth) {
        AudibleAccount account = AudibleAccount.ofUser(userId).orElseGet(() -> {
            AudibleAccount created = newAccount(userId);
            created.persist();
            return created;
        });
        account.authEncrypted = auth.auth();
        account.authExpiresAt = auth.expiresAt();
        account.customerName = auth.customerName();
        account.marketplace = Marketplaces.isValid(auth.marketplace()) ? auth.marketplace() : request.countryCode();
        if (request.email() != null) {
            account.email = request.email();
        }
        account.connectedAt = Instant.now();
        return ConfigView.of(account);
    }

    private static AudibleAccount newAccount(long userId) {
        AudibleAccount account = new AudibleAccount();
        account.userId = userId;
        return account;
    }

    private static void validate(ConnectRequest request) {
        requireMarketplace(request.countryCode());
        Map<String, String> invalid = new LinkedHashMap<>();
        if (request.browserLogin()) {
            if (blank(request.loginState())) {
                invalid.put("login_state", "is required with redirect_url (from POST /api/audible/login-url)");
            }
        } else {
            if (blank(request.email())) {
                invalid.put("email", "is required (or send redirect_url and login_state for browser login)");
            }
            if (blank(request.password())) {
                invalid.put("password", "is required (or send redirect_url and login_state for browser login)");
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
    }

    private static void requireMarketplace(String countryCode) {
        if (!Marketplaces.isValid(countryCode)) {
            throw ApiException.invalid("country_code", "must be one of " + String.join(", ", Marketplaces.CODES));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
