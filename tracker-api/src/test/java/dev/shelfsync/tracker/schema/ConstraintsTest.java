package dev.shelfsync.tracker.schema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each CHECK, UNIQUE and ownership constraint of V1 refusing bad rows. */
@QuarkusTest
class ConstraintsTest {

    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Inject
    AgroalDataSource dataSource;

    Db db;
    long user;
    long book;

    @BeforeEach
    void newUser() throws SQLException {
        db = new Db(dataSource);
        user = db.newUser();
        book = db.newBook(user, "A book");
    }

    void assertRefused(String sqlState, String sql, Object... parameters) {
        SQLException e = assertThrows(SQLException.class, () -> db.update(sql, parameters));
        assertEquals(sqlState, e.getSQLState(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "title = '  '",
            "type = 'Magazine'",
            "status = 'Done'",
            "progress = 100.5",
            "progress = -1",
            "current_page = -1",
            "total_pages = 0",
            "total_pages = 10, current_page = 11",
            "isbn = '12345'",
            "isbn = '030640615x'",
            "isbn = '978-0306406157'",
            "started_date = '2024-02-02', completed_date = '2024-02-01'"})
    void booksRefuse(String assignment) {
        assertRefused(CHECK_VIOLATION, "UPDATE books SET " + assignment + " WHERE id = ?", book);
    }

    @Test
    void booksAcceptValidValues() {
        assertDoesNotThrow(() -> db.update("""
                UPDATE books SET type = 'Audiobook', status = 'Completed', progress = 100, total_pages = 10,
                       current_page = 10, isbn = '080442957X', started_date = '2024-01-01',
                       completed_date = '2024-01-01' WHERE id = ?""", book));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sync_interval_minutes = 14",
            "marketplace = 'xx'",
            "daily_sync_limit = 0",
            "daily_sync_limit = 601",
            "sync_count_today = -1"})
    void audibleConfigRefuses(String assignment) throws SQLException {
        db.update("INSERT INTO audible_config (user_id) VALUES (?)", user);
        assertRefused(CHECK_VIOLATION, "UPDATE audible_config SET " + assignment + " WHERE user_id = ?", user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"b000000001", "B00000001", "B0000000011", "B00000000-"})
    void mappingsRefuseMalformedAsins(String asin) {
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, match_confidence, match_method)
                VALUES (?, ?, ?, 'T', 1, 'manual')""", user, asin, book);
    }

    @Test
    void mappingsRefuseBadConfidenceAndMethod() {
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, match_confidence, match_method)
                VALUES (?, 'B000000001', ?, 'T', 1.5, 'manual')""", user, book);
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, match_confidence, match_method)
                VALUES (?, 'B000000001', ?, 'T', 1, 'guess')""", user, book);
    }

    @Test
    void anAsinIsMappedOncePerUserButAnyUserMayMapIt() throws SQLException {
        db.newMapping(user, book, "B000000001", null, false);
        assertRefused(UNIQUE_VIOLATION, """
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, match_confidence, match_method)
                VALUES (?, 'B000000001', ?, 'Again', 1, 'manual')""", user, db.newBook(user, "Other"));

        long otherUser = db.newUser();
        assertDoesNotThrow(() -> db.newMapping(otherUser, db.newBook(otherUser, "Theirs"), "B000000001", null, false));
    }

    @Test
    void aMappingCannotPointAtAnotherUsersBook() throws SQLException {
        long otherUser = db.newUser();
        assertRefused(FOREIGN_KEY_VIOLATION, """
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, match_confidence, match_method)
                VALUES (?, 'B000000001', ?, 'T', 1, 'manual')""", otherUser, book);
    }

    @Test
    void oneOpenConflictPerTitleUntilItIsResolved() throws SQLException {
        String insert = """
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type)
                VALUES (?, 'B000000009', 'T', 'ambiguous')""";
        db.update(insert, user);
        assertRefused(UNIQUE_VIOLATION, insert, user);

        db.update("""
                UPDATE audible_conflicts SET resolved = true, resolution = 'linked', resolved_book_id = ?,
                       resolved_at = now() WHERE user_id = ? AND asin = 'B000000009'""", book, user);
        assertDoesNotThrow(() -> db.update(insert, user));
        assertEquals(2, db.rows("SELECT 1 FROM audible_conflicts WHERE user_id = ?", user).size());
    }

    @Test
    void resolvedAndResolutionGoTogether() {
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type, resolved)
                VALUES (?, 'B000000009', 'T', 'no_match', true)""", user);
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type, resolution)
                VALUES (?, 'B000000009', 'T', 'no_match', 'ignored')""", user);
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type, resolved, resolution)
                VALUES (?, 'B000000009', 'T', 'no_match', true, 'deleted')""", user);
        assertRefused(CHECK_VIOLATION, """
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type, potential_matches)
                VALUES (?, 'B000000009', 'T', 'no_match', '{}')""", user);
    }

    @Test
    void deletingTheResolvedBookKeepsTheConflict() throws SQLException {
        long linked = db.newBook(user, "Linked");
        long conflict = db.id("""
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type, resolved, resolution,
                                               resolved_book_id)
                VALUES (?, 'B000000009', 'T', 'no_match', true, 'linked', ?) RETURNING id""", user, linked);
        db.update("DELETE FROM books WHERE id = ?", linked);
        assertEquals(user, ((Number) db.row("SELECT user_id, resolved_book_id FROM audible_conflicts WHERE id = ?",
                conflict).get("user_id")).longValue());
        assertEquals(null, db.row("SELECT resolved_book_id FROM audible_conflicts WHERE id = ?", conflict)
                .get("resolved_book_id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"percentage = 100.01", "percentage = -0.01", "position_seconds = -1"})
    void progressHistoryRefuses(String assignment) throws SQLException {
        long mapping = db.newMapping(user, book, "B000000001", 10.0, false);
        long row = db.id("INSERT INTO audible_progress_history (user_id, mapping_id, percentage) VALUES (?, ?, 10) "
                + "RETURNING id", user, mapping);
        assertRefused(CHECK_VIOLATION, "UPDATE audible_progress_history SET " + assignment + " WHERE id = ?", row);
    }

    @Test
    void apiKeysStoreOnlySha256Hashes() {
        assertRefused(CHECK_VIOLATION,
                "INSERT INTO api_keys (user_id, key_hash, key_prefix) VALUES (?, 'ss_plain-key', 'ss_pla')", user);
    }
}
