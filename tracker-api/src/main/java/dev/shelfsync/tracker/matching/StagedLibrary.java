package dev.shelfsync.tracker.matching;

import dev.shelfsync.contracts.adapter.LibraryItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The fetched library as a temporary table ({@code sync_library}, dropped at commit), loaded in one statement
 * from arrays. Titles that still need matching get their keys from the same SQL functions as the books'
 * generated columns ({@link #keyPendingTitles}); titles already mapped never pay for that. Matching and the
 * progress writes work on it set-based. {@code action} moves from {@code pending} to {@code tracked} (already
 * mapped), {@code ignored}, {@code conflict_open} (its open conflict stands), {@code linked} or
 * {@code conflict}.
 */
public final class StagedLibrary {

    private static final String CREATE = """
            CREATE TEMP TABLE sync_library (
                asin             TEXT PRIMARY KEY,
                title            TEXT NOT NULL,
                author           TEXT,
                runtime_minutes  INTEGER,
                percentage       NUMERIC(5, 2),
                is_finished      BOOLEAN NOT NULL,
                finished_at      TIMESTAMPTZ,
                subtitle         TEXT,
                first_author     TEXT,
                isbn             TEXT,
                title_key        TEXT,
                subtitled_key    TEXT,
                main_title_key   TEXT,
                author_key       TEXT,
                isbn13           TEXT,
                action           TEXT NOT NULL DEFAULT 'pending',
                book_id          BIGINT,
                match_method     TEXT,
                match_confidence NUMERIC(4, 3),
                conflict_type    TEXT,
                candidates       JSONB,
                progress_changed BOOLEAN NOT NULL DEFAULT FALSE,
                book_updated     BOOLEAN NOT NULL DEFAULT FALSE
            ) ON COMMIT DROP""";

    private static final String LOAD = """
            INSERT INTO sync_library (asin, title, author, runtime_minutes, percentage, is_finished, finished_at,
                                      subtitle, first_author, isbn)
            SELECT DISTINCT ON (u.asin)
                   u.asin, u.title, u.author, u.runtime_minutes::int,
                   least(100, greatest(0, round(u.percentage::numeric, 2))),
                   coalesce(u.is_finished::boolean, false), u.finished_at::timestamptz,
                   u.subtitle, u.first_author, u.isbn
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[])
                 AS u(asin, title, subtitle, author, first_author, isbn, runtime_minutes, percentage, is_finished,
                      finished_at)
            WHERE u.asin ~ '^[A-Z0-9]{10}$' AND btrim(coalesce(u.title, '')) <> ''
            ORDER BY u.asin""";

    private static final String KEY_PENDING = """
            UPDATE sync_library
            SET title_key = shelfsync_title_key(title),
                subtitled_key = shelfsync_title_key(title || ': ' || subtitle),
                main_title_key = shelfsync_main_title_key(title),
                author_key = shelfsync_author_key(first_author),
                isbn13 = shelfsync_isbn13(isbn)
            WHERE action = 'pending'""";

    private StagedLibrary() {
    }

    /** Computes the matching keys of the titles still {@code pending}. */
    static void keyPendingTitles(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(KEY_PENDING);
        }
    }

    /** Stages the items and returns how many were usable (a valid ASIN and a title). */
    public static int load(Connection connection, List<LibraryItem> items) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        int n = items.size();
        String[][] columns = new String[10][n];
        for (int i = 0; i < n; i++) {
            LibraryItem item = items.get(i);
            List<String> authors = item.authors() == null ? List.of() : item.authors();
            columns[0][i] = item.asin();
            columns[1][i] = item.title();
            columns[2][i] = item.subtitle();
            columns[3][i] = authors.isEmpty() ? null : String.join(", ", authors);
            columns[4][i] = authors.isEmpty() ? null : authors.get(0);
            columns[5][i] = item.isbn();
            columns[6][i] = item.runtimeMinutes() == null ? null : item.runtimeMinutes().toString();
            columns[7][i] = item.percentComplete() == null ? null : item.percentComplete().toString();
            columns[8][i] = item.isFinished() == null ? null : item.isFinished().toString();
            columns[9][i] = item.finishedAt() == null ? null : item.finishedAt().toString();
        }
        int loaded;
        try (PreparedStatement load = connection.prepareStatement(LOAD)) {
            for (int c = 0; c < columns.length; c++) {
                load.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            loaded = load.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE sync_library");
        }
        return loaded;
    }
}
