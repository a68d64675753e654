package dev.shelfsync.tracker.sync;

import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.auth.UserProvisioning;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Users connected to the adapter double, books, syncs and direct reads of the database for the Audible tests. */
@ApplicationScoped
public class AudibleFixtures {

    /** A user connected to Audible through the double; {@code auth} keys the double's answers for them. */
    public record Connected(long userId, String apiKey, String auth) {
    }

    private final UserProvisioning users;
    private final AgroalDataSource dataSource;

    AudibleFixtures(UserProvisioning users, AgroalDataSource dataSource) {
        this.users = users;
        this.dataSource = dataSource;
    }

    public Connected connectedUser() {
        String email = "listener-" + UUID.randomUUID() + "@test.local";
        UserProvisioning.NewUser user = users.createUser(email, "Listener");
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "secret", "country_code", "us"))
                .post("/api/audible/auth").then().statusCode(200);
        return new Connected(user.userId(), user.apiKey(), AdapterDouble.authFor(email));
    }

    public UserProvisioning.NewUser plainUser() {
        return users.createUser("user-" + UUID.randomUUID() + "@test.local", "User");
    }

    public long book(long userId, String title, String author, String isbn, String type, Integer totalPages) {
        return (Long) one("""
                INSERT INTO books (user_id, title, author, isbn, type, total_pages) VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id""", userId, title, author, isbn, type, totalPages).get("id");
    }

    public JsonPath sync(Connected user) {
        return given().auth().oauth2(user.apiKey()).post("/api/audible/sync")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Moves the last sync back past the interval so the next sync is allowed at once. */
    public void allowNextSync(long userId) {
        update("UPDATE audible_config SET last_sync_at = last_sync_at - interval '2 hours' WHERE user_id = ?", userId);
    }

    /** Keeps a user whose adapter answers are programmed to fail out of other tests' automatic rounds. */
    public void disableSync(long userId) {
        update("UPDATE audible_config SET enabled = FALSE WHERE user_id = ?", userId);
    }

    public Map<String, Object> one(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Map<String, Object> row = new HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... params) {
        return ((Number) one(sql, params).values().iterator().next()).longValue();
    }

    public void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
