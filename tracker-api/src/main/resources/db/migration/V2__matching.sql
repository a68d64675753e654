-- Matching Audible titles to books. Text normalisation lives here, in one place: the generated columns on
-- books and the sync's staged library titles go through the same functions, so no two notions of
-- "the same title" can exist.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower case, accents and punctuation gone, '&' spelled out, whitespace collapsed. unaccent() is only STABLE
-- because its dictionary could change; with the dictionary named explicitly it is safe to treat as immutable.
CREATE FUNCTION shelfsync_plain_text(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
SELECT nullif(btrim(regexp_replace(
           regexp_replace(
               replace(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, t)),
                                      '[''’‘`]', '', 'g'),
                       '&', ' and '),
               '[[:punct:]“”«»—–…¿¡]+', ' ', 'g'),
           '\s+', ' ', 'g')), '')
$$;

-- A title as print and audio listings share it: no parenthesised or bracketed notes ("(Unabridged)",
-- "(The Expanse, #1)"), no trailing series marker (", Book 3", "#2", "Volume 4"), no trailing "A Novel".
CREATE FUNCTION shelfsync_title_key(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
SELECT shelfsync_plain_text(
           regexp_replace(
               regexp_replace(
                   regexp_replace(
                       regexp_replace(lower(t), '\([^)]*\)|\[[^]]*\]', ' ', 'g'),
                       '[,:;]?\s*\m(book|volume|vol|part)\.?\s*[0-9]+(\.[0-9]+)?\s*$', ''),
                   '[,:;]?\s*#\s*[0-9]+(\.[0-9]+)?\s*$', ''),
               '[,:;]?\s*\ma novel\s*$', ''))
$$;

-- The main title alone: what precedes a subtitle (':' ';' ' - ') or an alternative title (', or ...').
CREATE FUNCTION shelfsync_main_title_key(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
SELECT shelfsync_title_key(regexp_replace(t, '\s*(:|;|\s-\s|\s—\s|,\s+or\s+).*$', ''))
$$;

-- Author names with initials written any way ("J.K.", "J. K.", "J K", "JK") reduced to one form: "jk rowling".
CREATE FUNCTION shelfsync_author_key(a TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
SELECT regexp_replace(shelfsync_plain_text(replace(a, '.', '. ')), '\m([[:alnum:]]) (?=[[:alnum:]]\M)', '\1', 'g')
$$;

-- The ISBN-13 of an ISBN-10 or ISBN-13 (hyphens and spaces ignored); NULL for anything else.
CREATE FUNCTION shelfsync_isbn13(isbn TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
DECLARE
    digits TEXT := upper(regexp_replace(isbn, '[\s-]', '', 'g'));
    body   TEXT;
    total  INTEGER := 0;
BEGIN
    IF digits ~ '^[0-9]{13}$' THEN
        RETURN digits;
    END IF;
    IF digits !~ '^[0-9]{9}[0-9X]$' THEN
        RETURN NULL;
    END IF;
    body := '978' || left(digits, 9);
    FOR i IN 1..12 LOOP
        total := total + substr(body, i, 1)::INTEGER * CASE WHEN i % 2 = 1 THEN 1 ELSE 3 END;
    END LOOP;
    RETURN body || ((10 - total % 10) % 10)::TEXT;
END;
$$;

ALTER TABLE books
    ADD COLUMN title_key      TEXT GENERATED ALWAYS AS (shelfsync_title_key(title)) STORED,
    ADD COLUMN main_title_key TEXT GENERATED ALWAYS AS (shelfsync_main_title_key(title)) STORED,
    ADD COLUMN author_key     TEXT GENERATED ALWAYS AS (shelfsync_author_key(author)) STORED,
    ADD COLUMN isbn13         TEXT GENERATED ALWAYS AS (shelfsync_isbn13(isbn)) STORED;

CREATE INDEX books_user_title_key_idx ON books (user_id, title_key);
CREATE INDEX books_user_main_title_key_idx ON books (user_id, main_title_key);
CREATE INDEX books_user_isbn13_idx ON books (user_id, isbn13) WHERE isbn13 IS NOT NULL;
-- Trigram search for titles no exact key matched (GIN beats GiST here: design-notes §6).
CREATE INDEX books_title_key_trgm_idx ON books USING gin (title_key gin_trgm_ops);
CREATE INDEX books_author_key_trgm_idx ON books USING gin (author_key gin_trgm_ops);

-- Titles the user chose to ignore are looked up by user and asin on every sync.
CREATE INDEX audible_conflicts_ignored_idx ON audible_conflicts (user_id, asin) WHERE resolution = 'ignored';
