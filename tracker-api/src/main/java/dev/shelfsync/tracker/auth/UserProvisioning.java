package dev.shelfsync.tracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Creates users and their API keys. A plain key is returned once and never stored. */
@ApplicationScoped
public class UserProvisioning {

    private final EntityManager em;

    public UserProvisioning(EntityManager em) {
        this.em = em;
    }

    public record NewUser(long userId, String apiKey) {
        @Override
        public String toString() {
            return "NewUser[userId=" + userId + "]";
        }
    }

    /** Creates the user with a newly generated key. */
    @Transactional
    public NewUser createUser(String email, String displayName) {
        return createUser(email, displayName, ApiKeys.generate());
    }

    /** Creates the user with the key given (an operator's chosen key); only its hash is stored. */
    @Transactional
    public NewUser createUser(String email, String displayName, String apiKey) {
        Number userId = (Number) em.createNativeQuery(
                        "INSERT INTO users (email, display_name) VALUES (:email, :name) RETURNING id")
                .setParameter("email", email)
                .setParameter("name", displayName)
                .getSingleResult();
        installKey(userId.longValue(), "default", apiKey);
        return new NewUser(userId.longValue(), apiKey);
    }

    /** Adds a generated key for an existing user and returns it in plain text (the only time it is visible). */
    @Transactional
    public String addKey(long userId, String name) {
        String key = ApiKeys.generate();
        installKey(userId, name, key);
        return key;
    }

    /** Stores the hash of a key the caller already has. */
    @Transactional
    public void installKey(long userId, String name, String apiKey) {
        em.createNativeQuery("INSERT INTO api_keys (user_id, name, key_hash, key_prefix) VALUES (:u, :n, :h, :p)")
                .setParameter("u", userId)
                .setParameter("n", name)
                .setParameter("h", ApiKeys.hash(apiKey))
                .setParameter("p", ApiKeys.displayPrefix(apiKey))
                .executeUpdate();
    }

    @Transactional
    public Optional<Long> findUserByEmail(String email) {
        return em.createNativeQuery("SELECT id FROM users WHERE email = :email", Long.class)
                .setParameter("email", email)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Whether a key with this value is stored (for any user, revoked or not). */
    @Transactional
    public boolean isKnown(String apiKey) {
        return !em.createNativeQuery("SELECT 1 FROM api_keys WHERE key_hash = :h")
                .setParameter("h", ApiKeys.hash(apiKey))
                .getResultList().isEmpty();
    }
}
