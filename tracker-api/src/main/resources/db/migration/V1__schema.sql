-- Shelfsync tracker schema: users and API keys, the tracker's books, and the Audible integration.
-- Every row that belongs to a user carries user_id.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Users and API keys
-- ---------------------------------------------------------------------------------------------
CREATE TABLE users (
    id           BIGSERIAL PRIMARY KEY,
    email        TEXT        NOT NULL,
    display_name TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT users_email_not_blank CHECK (btrim(email) <> ''),
    CONSTRAINT users_email_unique UNIQUE (email)
);

-- The key itself is shown once at creation; only its SHA-256 (hex) is kept.
CREATE TABLE api_keys (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL DEFAULT 'default',
    key_hash     TEXT        NOT NULL,
    key_prefix   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    CONSTRAINT api_keys_hash_is_sha256 CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash)
);
CREATE INDEX api_keys_user_id_idx ON api_keys (user_id);

-- ---------------------------------------------------------------------------------------------
-- The tracker's books
-- ---------------------------------------------------------------------------------------------
CREATE TABLE books (
    id             BIGSERIAL PRIMARY KEY,
    user_id        BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title          TEXT          NOT NULL,
    author         TEXT,
    isbn           TEXT,
    type           TEXT          NOT NULL DEFAULT 'Book',
    status         TEXT          NOT NULL DEFAULT 'Want to Read',
    current_page   INTEGER       NOT NULL DEFAULT 0,
    total_pages    INTEGER,
    progress       NUMERIC(5, 2) NOT NULL DEFAULT 0,
    started_date   DATE,
    completed_date DATE,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT books_title_not_blank CHECK (btrim(title) <> ''),
    CONSTRAINT books_type_valid CHECK (type IN ('Audiobook', 'Book', 'Ebook')),
    CONSTRAINT books_status_valid CHECK (status IN ('Want to Read', 'Reading', 'Completed')),
    CONSTRAINT books_current_page_non_negative CHECK (current_page >= 0),
    CONSTRAINT books_total_pages_positive CHECK (total_pages IS NULL OR total_pages > 0),
    CONSTRAINT books_current_page_within_total CHECK (total_pages IS NULL OR current_page <= total_pages),
    CONSTRAINT books_progress_percentage CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT books_isbn_digits CHECK (isbn IS NULL OR isbn ~ '^[0-9]{9}[0-9X]$|^[0-9]{13}$'),
    CONSTRAINT books_completed_after_started
        CHECK (completed_date IS NULL OR started_date IS NULL OR completed_date >= started_date),
    -- Lets rows of other tables name a book together with its owner, so they cannot point at another user's.
    CONSTRAINT books_id_user_unique UNIQUE (id, user_id)
);
CREATE INDEX books_user_status_idx ON books (user_id, status);
CREATE INDEX books_user_type_idx ON books (user_id, type);
CREATE INDEX books_user_isbn_idx ON books (user_id, isbn) WHERE isbn IS NOT NULL;
CREATE TRIGGER books_touch_updated_at BEFORE UPDATE ON books
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Audible connection and rate limiting, one row per user
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audible_config (
    user_id               BIGINT      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    email                 TEXT,
    -- Fernet token made by the audible-adapter; the plain auth record never reaches this database.
    auth_encrypted        TEXT,
    auth_expires_at       TIMESTAMPTZ,
    customer_name         TEXT,
    marketplace           TEXT        NOT NULL DEFAULT 'us',
    enabled               BOOLEAN     NOT NULL DEFAULT TRUE,
    auto_sync_progress    BOOLEAN     NOT NULL DEFAULT TRUE,
    sync_interval_minutes INTEGER     NOT NULL DEFAULT 60,
    daily_sync_limit      INTEGER     NOT NULL DEFAULT 600,
    sync_count_today      INTEGER     NOT NULL DEFAULT 0,
    last_sync_at          TIMESTAMPTZ,
    last_reset_date       DATE        NOT NULL DEFAULT current_date,
    connected_at          TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT audible_config_marketplace_valid
        CHECK (marketplace IN ('us', 'uk', 'de', 'fr', 'ca', 'it', 'au', 'in', 'jp', 'es', 'br')),
    CONSTRAINT audible_config_interval_min_15 CHECK (sync_interval_minutes >= 15),
    CONSTRAINT audible_config_daily_limit_range CHECK (daily_sync_limit BETWEEN 1 AND 600),
    CONSTRAINT audible_config_count_non_negative CHECK (sync_count_today >= 0)
);
CREATE TRIGGER audible_config_touch_updated_at BEFORE UPDATE ON audible_config
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A sync that lands on a later day than the last reset starts the day's count afresh: the counter keeps
-- only what this update added.
CREATE FUNCTION reset_audible_daily_sync_counter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_sync_at IS NOT NULL AND NEW.last_sync_at::date > OLD.last_reset_date THEN
        NEW.sync_count_today := GREATEST(NEW.sync_count_today - OLD.sync_count_today, 0);
        NEW.last_reset_date := NEW.last_sync_at::date;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER reset_daily_sync_counter_trigger BEFORE UPDATE ON audible_config
    FOR EACH ROW WHEN (OLD.last_sync_at IS DISTINCT FROM NEW.last_sync_at)
    EXECUTE FUNCTION reset_audible_daily_sync_counter();

-- ---------------------------------------------------------------------------------------------
-- ASIN to book mappings
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audible_book_mappings (
    id                          BIGSERIAL PRIMARY KEY,
    user_id                     BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    asin                        TEXT          NOT NULL,
    book_id                     BIGINT        NOT NULL,
    audible_title               TEXT          NOT NULL,
    audible_author              TEXT,
    runtime_minutes             INTEGER,
    last_known_percentage       NUMERIC(5, 2),
    last_known_position_seconds BIGINT,
    is_finished                 BOOLEAN       NOT NULL DEFAULT FALSE,
    finished_at                 TIMESTAMPTZ,
    match_confidence            NUMERIC(4, 3) NOT NULL,
    match_method                TEXT          NOT NULL,
    manually_confirmed          BOOLEAN       NOT NULL DEFAULT FALSE,
    sync_enabled                BOOLEAN       NOT NULL DEFAULT TRUE,
    last_synced_at              TIMESTAMPTZ,
    created_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT audible_mappings_user_asin_unique UNIQUE (user_id, asin),
    CONSTRAINT audible_mappings_id_user_unique UNIQUE (id, user_id),
    CONSTRAINT audible_mappings_book_of_same_user
        FOREIGN KEY (book_id, user_id) REFERENCES books (id, user_id) ON DELETE CASCADE,
    CONSTRAINT audible_mappings_asin_format CHECK (asin ~ '^[A-Z0-9]{10}$'),
    CONSTRAINT audible_mappings_percentage_range
        CHECK (last_known_percentage IS NULL OR last_known_percentage BETWEEN 0 AND 100),
    CONSTRAINT audible_mappings_position_non_negative
        CHECK (last_known_position_seconds IS NULL OR last_known_position_seconds >= 0),
    CONSTRAINT audible_mappings_confidence_range CHECK (match_confidence BETWEEN 0 AND 1),
    CONSTRAINT audible_mappings_method_valid
        CHECK (match_method IN ('isbn', 'exact_title', 'fuzzy', 'manual', 'created'))
);
CREATE INDEX audible_mappings_book_id_idx ON audible_book_mappings (book_id);
CREATE INDEX audible_mappings_asin_idx ON audible_book_mappings (asin);
CREATE TRIGGER audible_mappings_touch_updated_at BEFORE UPDATE ON audible_book_mappings
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Sync logs
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audible_sync_logs (
    id                BIGSERIAL PRIMARY KEY,
    user_id           BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sync_type         TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    books_synced      INTEGER     NOT NULL DEFAULT 0,
    books_matched     INTEGER     NOT NULL DEFAULT 0,
    books_updated     INTEGER     NOT NULL DEFAULT 0,
    conflicts_created INTEGER     NOT NULL DEFAULT 0,
    errors_count      INTEGER     NOT NULL DEFAULT 0,
    duration_ms       INTEGER,
    error_message     TEXT,
    sync_details      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    started_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT audible_sync_logs_id_user_unique UNIQUE (id, user_id),
    CONSTRAINT audible_sync_logs_type_valid CHECK (sync_type IN ('manual', 'cron', 'scheduled')),
    CONSTRAINT audible_sync_logs_status_valid
        CHECK (status IN ('running', 'success', 'partial', 'failed', 'skipped')),
    CONSTRAINT audible_sync_logs_counts_non_negative CHECK (
        books_synced >= 0 AND books_matched >= 0 AND books_updated >= 0
        AND conflicts_created >= 0 AND errors_count >= 0),
    CONSTRAINT audible_sync_logs_duration_non_negative CHECK (duration_ms IS NULL OR duration_ms >= 0)
);
CREATE INDEX audible_sync_logs_user_created_idx ON audible_sync_logs (user_id, created_at DESC);
CREATE INDEX audible_sync_logs_status_idx ON audible_sync_logs (status);

-- ---------------------------------------------------------------------------------------------
-- Conflicts: titles that could not be matched with certainty
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audible_conflicts (
    id                BIGSERIAL PRIMARY KEY,
    user_id           BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    asin              TEXT        NOT NULL,
    audible_title     TEXT        NOT NULL,
    audible_author    TEXT,
    conflict_type     TEXT        NOT NULL,
    potential_matches JSONB       NOT NULL DEFAULT '[]'::jsonb,
    resolved          BOOLEAN     NOT NULL DEFAULT FALSE,
    resolution        TEXT,
    resolved_book_id  BIGINT,
    resolved_at       TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT audible_conflicts_type_valid CHECK (conflict_type IN ('low_confidence', 'ambiguous', 'no_match')),
    CONSTRAINT audible_conflicts_resolution_valid CHECK (resolution IS NULL OR resolution IN ('linked', 'created', 'ignored')),
    CONSTRAINT audible_conflicts_resolution_when_resolved CHECK (resolved = (resolution IS NOT NULL)),
    CONSTRAINT audible_conflicts_matches_is_array CHECK (jsonb_typeof(potential_matches) = 'array'),
    CONSTRAINT audible_conflicts_resolved_book_of_same_user FOREIGN KEY (resolved_book_id, user_id)
        REFERENCES books (id, user_id) ON DELETE SET NULL (resolved_book_id)
);
-- At most one open conflict per title and user: a second sync finds it instead of adding another.
CREATE UNIQUE INDEX audible_conflicts_unresolved_idx ON audible_conflicts (user_id, asin) WHERE NOT resolved;
CREATE INDEX audible_conflicts_user_asin_idx ON audible_conflicts (user_id, asin);

-- ---------------------------------------------------------------------------------------------
-- Progress history: one row per observed change
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audible_progress_history (
    id               BIGSERIAL PRIMARY KEY,
    user_id          BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mapping_id       BIGINT        NOT NULL,
    position_seconds BIGINT,
    percentage       NUMERIC(5, 2),
    is_finished      BOOLEAN       NOT NULL DEFAULT FALSE,
    sync_log_id      BIGINT,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT audible_history_mapping_of_same_user FOREIGN KEY (mapping_id, user_id)
        REFERENCES audible_book_mappings (id, user_id) ON DELETE CASCADE,
    CONSTRAINT audible_history_sync_log_of_same_user FOREIGN KEY (sync_log_id, user_id)
        REFERENCES audible_sync_logs (id, user_id) ON DELETE SET NULL (sync_log_id),
    CONSTRAINT audible_history_percentage_range CHECK (percentage IS NULL OR percentage BETWEEN 0 AND 100),
    CONSTRAINT audible_history_position_non_negative CHECK (position_seconds IS NULL OR position_seconds >= 0)
);
CREATE INDEX audible_history_mapping_created_idx ON audible_progress_history (mapping_id, created_at DESC);
CREATE INDEX audible_history_sync_log_idx ON audible_progress_history (sync_log_id);

-- ---------------------------------------------------------------------------------------------
-- Rate limiting and maintenance functions
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION audible_can_sync(p_user_id BIGINT)
    RETURNS TABLE (can_sync BOOLEAN, reason TEXT, next_allowed_at TIMESTAMPTZ, syncs_remaining_today INTEGER)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    cfg        audible_config%ROWTYPE;
    used_today INTEGER;
    remaining  INTEGER;
    next_slot  TIMESTAMPTZ;
BEGIN
    SELECT * INTO cfg FROM audible_config WHERE user_id = p_user_id;
    IF NOT FOUND OR cfg.auth_encrypted IS NULL THEN
        RETURN QUERY SELECT FALSE, 'Audible is not connected'::TEXT, NULL::TIMESTAMPTZ, 0;
        RETURN;
    END IF;
    IF NOT cfg.enabled THEN
        RETURN QUERY SELECT FALSE, 'Sync is disabled'::TEXT, NULL::TIMESTAMPTZ, 0;
        RETURN;
    END IF;

    -- The counter resets when a sync lands on a new day; before that, a stale count is yesterday's.
    used_today := CASE WHEN cfg.last_reset_date < current_date THEN 0 ELSE cfg.sync_count_today END;
    remaining := GREATEST(cfg.daily_sync_limit - used_today, 0);
    IF remaining = 0 THEN
        RETURN QUERY SELECT FALSE,
            format('Daily sync limit of %s reached', cfg.daily_sync_limit),
            GREATEST((current_date + 1)::TIMESTAMPTZ,
                     cfg.last_sync_at + make_interval(mins => cfg.sync_interval_minutes)), 0;
        RETURN;
    END IF;

    next_slot := cfg.last_sync_at + make_interval(mins => cfg.sync_interval_minutes);
    IF next_slot IS NOT NULL AND next_slot > now() THEN
        RETURN QUERY SELECT FALSE,
            format('Synced less than %s minutes ago', cfg.sync_interval_minutes),
            next_slot, remaining;
        RETURN;
    END IF;

    RETURN QUERY SELECT TRUE, 'OK'::TEXT, now(), remaining;
END;
$$;

-- Deletes sync logs older than p_days days and returns how many were deleted.
CREATE FUNCTION cleanup_old_audible_sync_logs(p_days INTEGER DEFAULT 90) RETURNS INTEGER
    LANGUAGE plpgsql AS $$
DECLARE
    deleted INTEGER;
BEGIN
    IF p_days IS NULL OR p_days < 1 THEN
        RAISE EXCEPTION 'days to keep must be at least 1, got %', p_days;
    END IF;
    DELETE FROM audible_sync_logs WHERE created_at < now() - make_interval(days => p_days);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Views (each carries user_id; callers filter by it)
-- ---------------------------------------------------------------------------------------------
CREATE VIEW audible_sync_stats AS
SELECT u.id                                                             AS user_id,
       count(l.id) FILTER (WHERE l.status <> 'running')                 AS total_syncs,
       count(l.id) FILTER (WHERE l.status = 'success')                  AS successful_syncs,
       count(l.id) FILTER (WHERE l.status = 'partial')                  AS partial_syncs,
       count(l.id) FILTER (WHERE l.status = 'failed')                   AS failed_syncs,
       round(avg(l.duration_ms) FILTER (WHERE l.status IN ('success', 'partial')))::INTEGER AS avg_duration_ms,
       max(l.completed_at)                                              AS last_sync_at,
       coalesce(sum(l.books_updated), 0)::BIGINT                        AS total_books_updated,
       (SELECT count(*) FROM audible_book_mappings m WHERE m.user_id = u.id) AS mapped_books,
       (SELECT count(*) FROM audible_conflicts c WHERE c.user_id = u.id AND NOT c.resolved) AS unresolved_conflicts
FROM users u
LEFT JOIN audible_sync_logs l ON l.user_id = u.id
GROUP BY u.id;

CREATE VIEW audible_currently_reading AS
SELECT m.user_id,
       m.id                          AS mapping_id,
       b.id                          AS book_id,
       b.title,
       b.author,
       m.asin,
       m.last_known_percentage       AS percentage,
       m.last_known_position_seconds AS position_seconds,
       m.runtime_minutes,
       m.last_synced_at
FROM audible_book_mappings m
JOIN books b ON b.id = m.book_id
WHERE NOT m.is_finished
  AND m.last_known_percentage > 0;

CREATE VIEW audible_sync_activity AS
SELECT l.user_id,
       l.created_at::date                                 AS day,
       count(*)                                           AS syncs,
       count(*) FILTER (WHERE l.status = 'success')       AS successful,
       count(*) FILTER (WHERE l.status = 'partial')       AS partial,
       count(*) FILTER (WHERE l.status = 'failed')        AS failed,
       coalesce(sum(l.books_updated), 0)::BIGINT          AS books_updated,
       round(avg(l.duration_ms))::INTEGER                 AS avg_duration_ms
FROM audible_sync_logs l
WHERE l.created_at >= current_date - 29
GROUP BY l.user_id, l.created_at::date;

CREATE VIEW audible_unmapped_books AS
SELECT c.user_id,
       c.id AS conflict_id,
       c.asin,
       c.audible_title,
       c.audible_author,
       c.conflict_type,
       c.potential_matches,
       c.created_at
FROM audible_conflicts c
WHERE NOT c.resolved;
