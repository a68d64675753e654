package dev.shelfsync.tracker.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** Finds the user an active API key belongs to and notes that the key was used. Blocking: a database call. */
@ApplicationScoped
class ApiKeyLookup {

    private final EntityManager em;

    ApiKeyLookup(EntityManager em) {
        this.em = em;
    }

    Optional<Long> userOwning(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("""
                            UPDATE api_keys SET last_used_at = now()
                            WHERE key_hash = :h AND revoked_at IS NULL RETURNING user_id""")
                    .setParameter("h", ApiKeys.hash(key))
                    .getResultList();
            return ids.stream().findFirst().map(Number::longValue);
        });
    }
}
