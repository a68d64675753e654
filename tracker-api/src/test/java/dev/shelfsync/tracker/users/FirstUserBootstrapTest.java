package dev.shelfsync.tracker.users;

import dev.shelfsync.tracker.auth.ApiKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FirstUserBootstrapTest {

    @Inject
    FirstUserBootstrap bootstrap;

    @Inject
    AgroalDataSource dataSource;

    static String newEmail() {
        return "owner-" + UUID.randomUUID() + "@example.test";
    }

    @Test
    void generatesAKeyOnceAndNothingOnRestart() throws Exception {
        String email = newEmail();
        String key = bootstrap.ensure(email, "Owner", Optional.empty()).orElseThrow();
        given().auth().oauth2(key).get("/api/books").then().statusCode(200);

        assertEquals(Optional.empty(), bootstrap.ensure(email, "Owner", Optional.empty()));
        assertEquals(1, count("SELECT count(*) FROM users WHERE email = ?", email));
        assertEquals(1, count("SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = ?", email));
    }

    @Test
    void installsTheConfiguredKeyHashedAndOnlyOnce() throws Exception {
        String email = newEmail();
        String key = "operator-chosen-" + UUID.randomUUID();
        assertEquals(Optional.empty(), bootstrap.ensure(email, "Owner", Optional.of(key)));
        assertEquals(Optional.empty(), bootstrap.ensure(email, "Owner", Optional.of(key)));

        given().auth().oauth2(key).get("/api/books").then().statusCode(200);
        assertEquals(1, count("SELECT count(*) FROM api_keys WHERE key_hash = ?", ApiKeys.hash(key)));
        assertEquals(0, count("SELECT count(*) FROM api_keys WHERE key_hash = ? OR key_prefix = ?", key, key));
    }

    @Test
    void addsANewConfiguredKeyToAnExistingUser() throws Exception {
        String email = newEmail();
        String first = bootstrap.ensure(email, "Owner", Optional.empty()).orElseThrow();
        String configured = "operator-chosen-" + UUID.randomUUID();
        bootstrap.ensure(email, "Owner", Optional.of(configured));

        given().auth().oauth2(first).get("/api/books").then().statusCode(200);
        given().auth().oauth2(configured).get("/api/books").then().statusCode(200);
        assertEquals(2, count("SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = ?", email));
    }

    @Test
    void refusesAShortConfiguredKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> bootstrap.ensure(newEmail(), "Owner", Optional.of("too-short")));
        assertTrue(e.getMessage().contains("at least"));
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
