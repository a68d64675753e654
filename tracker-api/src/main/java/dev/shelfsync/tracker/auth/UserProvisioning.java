package dev.shelfsync.tracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Creates users and their API keys. The plain key is returned once and never stored. */
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

    @Transactional
    public NewUser createUser(String email, String displayName) {
        Number userId = (Number) em.createNativeQuery(
                        "INSERT INTO users (email, display_name) VALUES (:email, :name) RETURNING id")
                .setParameter("email", email)
                .setParameter("name", displayName)
                .getSingleResult();
        return new NewUser(userId.longValue(), addKey(userId.longValue(), "default"));
    }

    /** Adds a key for an existing user and returns it in plain text (the only time it is visible). */
    @Transactional
    public String addKey(long userId, String name) {
        String key = ApiKeys.generate();
        em.createNativeQuery("INSERT INTO api_keys (user_id, name, key_hash, key_prefix) VALUES (:u, :n, :h, :p)")
                .setParameter("u", userId)
                .setParameter("n", name)
                .setParameter("h", ApiKeys.hash(key))
                .setParameter("p", ApiKeys.displayPrefix(key))
                .executeUpdate();
        return key;
    }
}
