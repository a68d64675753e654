package dev.shelfsync.tracker.matching;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Matches the staged titles that have no mapping yet to the user's books, set-based, in this order:
 * <ol>
 *   <li>ISBN (ISBN-10 and -13 compared as ISBN-13): confidence 1.0;</li>
 *   <li>exact normalised title ({@code exact_title}): the full title, or the title with Audible's subtitle; then
 *       a book whose main title (before ':' or ', or') is the whole Audible title ("Sapiens" vs "Sapiens: A
 *       Brief History…");</li>
 *   <li>trigram similarity ({@code fuzzy}) for what is left: books sharing distinctive title words, scored,
 *       top 3 per title;</li>
 *   <li>failing all that, books by the same author, offered as suggestions only.</li>
 * </ol>
 * A title is auto-linked only to one clear winner whose title agrees and whose author does not disagree
 * (fuzzy matches need the author to agree). Audiobooks win a tie against other editions. An Audible title
 * whose main part alone equals a book ("Mistborn: The Final Empire" vs "Mistborn: The Well of Ascension" share
 * only "Mistborn") is at most a candidate. Everything else becomes an open conflict carrying the top
 * candidates and their scores; a title that already has an open conflict keeps that one.
 */
public final class TitleMatcher {

    /** Trigram similarity a book title needs to be listed as a candidate at all. */
    static final double CANDIDATE_THRESHOLD = 0.45;
    /** Trigram similarity of titles needed for a fuzzy auto-link. */
    static final double FUZZY_LINK_THRESHOLD = 0.8;
    /** How many fuzzy candidates a title keeps. */
    static final int FUZZY_CANDIDATES = 3;
    /** How many books sharing the most distinctive words are scored per title. */
    static final int SHARING_CANDIDATES = 25;
    /** A title word is distinctive when at most 1/this of the user's books (and at least this many) have it. */
    static final int WORD_BOOKS_DIVISOR = 500;
    static final int MIN_WORD_BOOKS = 50;
    /** Author similarity (best of whole-name and word similarity) that counts as the same author. */
    static final double AUTHOR_AGREES = 0.6;

    public record Outcome(int linked, int conflictsOpened) {
    }

    private TitleMatcher() {
    }

    public static Outcome match(Connection c, long userId) throws SQLException {
        markKnown(c, userId);
        StagedLibrary.keyPendingTitles(c);
        matchIsbn(c, userId);
        collectCandidates(c, userId);
        linkClearWinners(c);
        int conflicts = recordConflicts(c, userId);
        int mapped = createMappings(c, userId);
        resolveConflictsOfLinked(c, userId);
        return new Outcome(mapped, conflicts);
    }

    /**
     * Titles already mapped are only tracked; titles the user ignored are never matched again; a title whose
     * conflict is still open keeps it until a book is added or re-catalogued after the conflict was opened.
     */
    private static void markKnown(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                UPDATE sync_library s SET action = 'tracked'
                FROM audible_book_mappings m WHERE m.user_id = ? AND m.asin = s.asin""", userId);
        Jdbc.update(c, """
                UPDATE sync_library s SET action = 'ignored'
                FROM audible_conflicts x
                WHERE s.action = 'pending' AND x.user_id = ? AND x.asin = s.asin AND x.resolution = 'ignored'""",
                userId);
        Jdbc.update(c, """
                UPDATE sync_library s SET action = 'conflict_open'
                FROM audible_conflicts x
                WHERE s.action = 'pending' AND x.user_id = ? AND x.asin = s.asin AND NOT x.resolved
                  AND x.created_at >= (SELECT coalesce(max(b.match_keys_changed_at), '-infinity')
                                       FROM books b WHERE b.user_id = ?)""", userId, userId);
    }

    private static void matchIsbn(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                WITH hits AS (
                    SELECT s.asin, b.id AS book_id,
                           row_number() OVER (PARTITION BY s.asin ORDER BY (b.type = 'Audiobook') DESC, b.id) AS pick,
                           count(*) OVER (PARTITION BY s.asin, b.type = 'Audiobook') AS same_rank
                    FROM sync_library s
                    JOIN books b ON b.user_id = ? AND b.isbn13 = s.isbn13
                    WHERE s.action = 'pending' AND s.isbn13 IS NOT NULL)
                UPDATE sync_library s
                SET action = 'linked', book_id = h.book_id, match_method = 'isbn', match_confidence = 1.0
                FROM hits h
                WHERE h.asin = s.asin AND h.pick = 1 AND h.same_rank = 1""", userId);
    }

    /**
     * Tier 1: same title key; 2: the book's main title is the Audible title; 3: the Audible main title is the
     * book's whole title (candidate only); 4: trigram neighbours, only for titles without tier 1-3 candidates.
     */
    private static void collectCandidates(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                CREATE TEMP TABLE sync_candidates (
                    asin         TEXT    NOT NULL,
                    book_id      BIGINT  NOT NULL,
                    tier         INTEGER NOT NULL,
                    title_score  REAL    NOT NULL,
                    author_score REAL,
                    audiobook    BOOLEAN NOT NULL,
                    eligible     BOOLEAN NOT NULL DEFAULT FALSE
                ) ON COMMIT DROP""");
        Jdbc.update(c, """
                INSERT INTO sync_candidates (asin, book_id, tier, title_score, audiobook)
                SELECT k.asin, k.book_id, min(k.tier), 0, bool_or(k.audiobook)
                FROM (
                    SELECT s.asin, b.id AS book_id, 1 AS tier, b.type = 'Audiobook' AS audiobook
                    FROM sync_library s JOIN books b ON b.user_id = ? AND b.title_key = s.title_key
                    WHERE s.action = 'pending'
                    UNION ALL
                    SELECT s.asin, b.id, 1, b.type = 'Audiobook'
                    FROM sync_library s JOIN books b ON b.user_id = ? AND b.title_key = s.subtitled_key
                    WHERE s.action = 'pending'
                    UNION ALL
                    SELECT s.asin, b.id, 2, b.type = 'Audiobook'
                    FROM sync_library s JOIN books b ON b.user_id = ? AND b.main_title_key = s.title_key
                    WHERE s.action = 'pending'
                    UNION ALL
                    SELECT s.asin, b.id, 3, b.type = 'Audiobook'
                    FROM sync_library s JOIN books b ON b.user_id = ? AND b.title_key = s.main_title_key
                    WHERE s.action = 'pending' AND s.main_title_key <> s.title_key
                ) k
                GROUP BY k.asin, k.book_id""", userId, userId, userId, userId);
        Jdbc.update(c, "CREATE INDEX ON sync_candidates (asin)");
        Jdbc.update(c, "ANALYZE sync_candidates");
        collectFuzzyCandidates(c, userId);
        collectSameAuthorSuggestions(c, userId);
        Jdbc.update(c, """
                UPDATE sync_candidates x
                SET title_score = CASE WHEN x.tier <= 2 THEN 1.0
                                       WHEN x.tier IN (3, 5) THEN similarity(b.title_key, s.title_key)
                                       ELSE x.title_score END,
                    author_score = CASE WHEN b.author_key IS NULL OR s.author_key IS NULL THEN NULL
                                        WHEN b.author_key = s.author_key THEN 1.0
                                        ELSE greatest(similarity(b.author_key, s.author_key),
                                                      word_similarity(b.author_key, s.author_key),
                                                      word_similarity(s.author_key, b.author_key)) END
                FROM sync_library s, books b
                WHERE s.asin = x.asin AND b.id = x.book_id""");
        // A book already mapped to another title is offered, never taken automatically.
        Jdbc.update(c, """
                UPDATE sync_candidates x
                SET eligible = CASE
                        WHEN x.tier <= 2 THEN coalesce(x.author_score, 1) >= ?
                        WHEN x.tier = 4 THEN x.title_score >= ? AND coalesce(x.author_score, 0) >= ?
                        ELSE FALSE END
                    AND NOT EXISTS (SELECT 1 FROM audible_book_mappings m WHERE m.book_id = x.book_id)""",
                AUTHOR_AGREES, FUZZY_LINK_THRESHOLD, AUTHOR_AGREES);
    }

    /**
     * Tier 4, for titles no key matched: books sharing distinctive title words, scored by trigram similarity,
     * the best {@link #FUZZY_CANDIDATES} above {@link #CANDIDATE_THRESHOLD} kept. Words common to many of the
     * user's books ("the", "of", "stories") only narrow nothing, so they are left out of the retrieval; the
     * score still uses the whole title. One hash join for the whole library instead of one index search per
     * title keeps a first sync of 10,000 titles against 50,000 books within a second.
     */
    private static void collectFuzzyCandidates(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                CREATE TEMP TABLE sync_title_words ON COMMIT DROP AS
                SELECT DISTINCT s.asin, w.word
                FROM sync_library s, unnest(string_to_array(s.title_key, ' ')) AS w(word)
                WHERE s.action = 'pending' AND s.title_key IS NOT NULL AND length(w.word) > 1
                  AND NOT EXISTS (SELECT 1 FROM sync_candidates x WHERE x.asin = s.asin)""");
        Jdbc.update(c, """
                WITH book_words AS (
                    SELECT b.id AS book_id, w.word
                    FROM books b, unnest(string_to_array(b.title_key, ' ')) AS w(word)
                    WHERE b.user_id = ? AND w.word IN (SELECT word FROM sync_title_words)),
                distinctive AS (
                    SELECT word FROM book_words GROUP BY word
                    HAVING count(*) <= greatest(?, (SELECT count(*) FROM books WHERE user_id = ?) / ?)),
                sharing AS (
                    SELECT t.asin, bw.book_id,
                           row_number() OVER (PARTITION BY t.asin ORDER BY count(*) DESC, bw.book_id) AS closeness
                    FROM sync_title_words t
                    JOIN book_words bw ON bw.word = t.word
                    WHERE t.word IN (SELECT word FROM distinctive)
                    GROUP BY t.asin, bw.book_id),
                scored AS (
                    SELECT x.asin, b.id AS book_id, b.type = 'Audiobook' AS audiobook,
                           similarity(b.title_key, s.title_key) AS score
                    FROM sharing x
                    JOIN books b ON b.id = x.book_id
                    JOIN sync_library s ON s.asin = x.asin
                    WHERE x.closeness <= ?),
                best AS (
                    SELECT scored.*, row_number() OVER (PARTITION BY asin ORDER BY score DESC, book_id) AS place
                    FROM scored WHERE score >= ?)
                INSERT INTO sync_candidates (asin, book_id, tier, title_score, audiobook)
                SELECT asin, book_id, 4, score, audiobook FROM best WHERE place <= ?""",
                userId, MIN_WORD_BOOKS, userId, WORD_BOOKS_DIVISOR, SHARING_CANDIDATES, CANDIDATE_THRESHOLD,
                FUZZY_CANDIDATES);
    }

    /**
     * Tier 5, for titles nothing else found: up to {@link #FUZZY_CANDIDATES} books by the same author (the most
     * recently added), offered in the conflict (a print edition may carry another title), never linked.
     */
    private static void collectSameAuthorSuggestions(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO sync_candidates (asin, book_id, tier, title_score, audiobook)
                SELECT s.asin, b.id, 5, 0, b.type = 'Audiobook'
                FROM sync_library s
                CROSS JOIN LATERAL (
                    SELECT id, type FROM books
                    WHERE user_id = ? AND author_key = s.author_key
                    ORDER BY id DESC LIMIT ?) b
                WHERE s.action = 'pending' AND s.author_key IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM sync_candidates x WHERE x.asin = s.asin)""", userId, FUZZY_CANDIDATES);
    }

    /** Links each title whose best eligible level holds exactly one book no other title also wins. */
    private static void linkClearWinners(Connection c) throws SQLException {
        Jdbc.update(c, """
                WITH leveled AS (
                    SELECT x.*, rank() OVER (PARTITION BY x.asin ORDER BY x.tier, x.audiobook DESC) AS level
                    FROM sync_candidates x WHERE x.eligible),
                winners AS (
                    SELECT asin, min(book_id) AS book_id, min(tier) AS tier, max(title_score) AS title_score,
                           count(*) AS contenders
                    FROM leveled WHERE level = 1 GROUP BY asin),
                clear AS (
                    SELECT w.*, count(*) OVER (PARTITION BY w.book_id) AS claims
                    FROM winners w WHERE w.contenders = 1)
                UPDATE sync_library s
                SET action = 'linked', book_id = w.book_id,
                    match_method = CASE WHEN w.tier = 4 THEN 'fuzzy' ELSE 'exact_title' END,
                    match_confidence = CASE w.tier WHEN 1 THEN 0.95 WHEN 2 THEN 0.9
                                                   ELSE round(least(w.title_score, 0.85)::numeric, 3) END
                FROM clear w
                WHERE w.asin = s.asin AND w.claims = 1 AND s.action = 'pending'""");
    }

    private static int recordConflicts(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                UPDATE sync_library s
                SET action = 'conflict',
                    conflict_type = CASE
                        WHEN NOT EXISTS (SELECT 1 FROM sync_candidates x WHERE x.asin = s.asin AND x.tier < 5)
                            THEN 'no_match'
                        WHEN (SELECT count(*) FROM sync_candidates x WHERE x.asin = s.asin AND x.eligible) > 1
                            THEN 'ambiguous'
                        ELSE 'low_confidence' END,
                    candidates = (
                        SELECT coalesce(jsonb_agg(jsonb_build_object(
                                   'book_id', b.id, 'title', b.title, 'author', b.author, 'type', b.type,
                                   'reason', CASE t.tier WHEN 1 THEN 'same_title' WHEN 2 THEN 'title_without_subtitle'
                                                         WHEN 3 THEN 'same_main_title' WHEN 4 THEN 'similar_title'
                                                         ELSE 'same_author' END,
                                   'title_score', round(t.title_score::numeric, 3),
                                   'author_score', round(t.author_score::numeric, 3))
                                   ORDER BY t.tier, t.title_score DESC, t.author_score DESC NULLS LAST), '[]'::jsonb)
                        FROM (SELECT * FROM sync_candidates x WHERE x.asin = s.asin
                              ORDER BY x.tier, x.title_score DESC, x.author_score DESC NULLS LAST LIMIT 3) t
                        JOIN books b ON b.id = t.book_id)
                WHERE s.action = 'pending'""");
        return Jdbc.update(c, """
                INSERT INTO audible_conflicts (user_id, asin, audible_title, audible_author, conflict_type,
                                               potential_matches)
                SELECT ?, s.asin, s.title, s.author, s.conflict_type, s.candidates
                FROM sync_library s WHERE s.action = 'conflict'
                ON CONFLICT (user_id, asin) WHERE NOT resolved DO NOTHING""", userId);
    }

    /** Progress is left empty here; the progress step that follows sees it as a change and records it. */
    private static int createMappings(Connection c, long userId) throws SQLException {
        return Jdbc.update(c, """
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, audible_author,
                                                   runtime_minutes, match_confidence, match_method)
                SELECT ?, s.asin, s.book_id, s.title, s.author, s.runtime_minutes, s.match_confidence, s.match_method
                FROM sync_library s WHERE s.action = 'linked'
                ON CONFLICT (user_id, asin) DO NOTHING""", userId);
    }

    /** A title that now matches (the user added the book since) closes its open conflict. */
    private static void resolveConflictsOfLinked(Connection c, long userId) throws SQLException {
        Jdbc.update(c, """
                UPDATE audible_conflicts x
                SET resolved = TRUE, resolution = 'linked', resolved_book_id = s.book_id, resolved_at = now()
                FROM sync_library s
                WHERE x.user_id = ? AND NOT x.resolved AND x.asin = s.asin AND s.action = 'linked'""", userId);
    }
}
