-- When a book's matching inputs last changed. A title with an open conflict is matched again only when some
-- book of its user was added or re-catalogued after the conflict was opened; otherwise every sync would redo
-- the same fuzzy search for the same answer.
ALTER TABLE books ADD COLUMN match_keys_changed_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE FUNCTION books_mark_match_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.title IS DISTINCT FROM OLD.title OR NEW.author IS DISTINCT FROM OLD.author
       OR NEW.isbn IS DISTINCT FROM OLD.isbn OR NEW.type IS DISTINCT FROM OLD.type THEN
        NEW.match_keys_changed_at := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER books_mark_match_keys_changed BEFORE UPDATE ON books
    FOR EACH ROW EXECUTE FUNCTION books_mark_match_keys_changed();

CREATE INDEX books_user_match_keys_changed_idx ON books (user_id, match_keys_changed_at DESC);

-- Same-author suggestions for titles nothing else matched join on the author key.
CREATE INDEX books_user_author_key_idx ON books (user_id, author_key);
