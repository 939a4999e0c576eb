-- Step 9: one- and two-character searches through an index too. The trigram indexes of step 4
-- need three characters, so a search of 氧 or 化镓 read every title, owner, quote and note: over
-- a second at a million pledges, for the searches Chinese readers make most. These tables hold
-- every character of those texts as one token, so such a search is a phrase of one or two
-- tokens, matched within one field as the texts themselves are.
--
-- A character's token is its code point in hex, an ASCII capital first made small ("6c27" for
-- 氧, "61" for A and a): FTS5's tokenizers drop punctuation and fold more than ASCII case, this
-- keeps every character and the very sense of the search the texts were read with (LIKE's ASCII
-- case, exact bytes otherwise). Contentless (the texts stay once, in their tables); a row is
-- deleted by its id alone. The triggers split a text in SQL, so any writer keeps the index; the
-- text is walked as bytes (a UTF-8 lead byte says how long its character is), which keeps the
-- work linear in its length: substr over text counts characters from the start every time.
-- Building a whole table (this step, an import) is done in Rust with the same tokens
-- (src/store/chars.rs), one statement: in SQL it takes minutes at a million pledges.
CREATE VIRTUAL TABLE pledge_chars USING fts5(
    title, owner, quote, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE note_chars USING fts5(
    body, content = '', contentless_delete = 1, tokenize = 'ascii');

CREATE TRIGGER pledge_chars_insert AFTER INSERT ON pledge
BEGIN
    INSERT INTO pledge_chars (rowid, title, owner, quote) VALUES (NEW.id,
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.title AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.title AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.title AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.title AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)),
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.owner AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.owner AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.owner AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.owner AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)),
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.quote AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.quote AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.quote AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.quote AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)));
END;

CREATE TRIGGER pledge_chars_update AFTER UPDATE OF title, owner, quote ON pledge
BEGIN
    DELETE FROM pledge_chars WHERE rowid = OLD.id;
    INSERT INTO pledge_chars (rowid, title, owner, quote) VALUES (NEW.id,
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.title AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.title AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.title AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.title AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)),
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.owner AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.owner AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.owner AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.owner AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)),
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.quote AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.quote AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.quote AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.quote AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)));
END;

CREATE TRIGGER pledge_chars_delete AFTER DELETE ON pledge
BEGIN
    DELETE FROM pledge_chars WHERE rowid = OLD.id;
END;

-- Notes are append-only, so inserting is all the index ever needs.
CREATE TRIGGER note_chars_insert AFTER INSERT ON note
BEGIN
    INSERT INTO note_chars (rowid, body) VALUES (NEW.id,
        (WITH RECURSIVE c(at, n) AS (
             SELECT 1, 0 WHERE length(CAST(NEW.body AS BLOB)) > 0
             UNION ALL
             SELECT at + n, CASE substr(hex(substr(CAST(NEW.body AS BLOB), at + n, 1)), 1, 1)
                                WHEN 'F' THEN 4 WHEN 'E' THEN 3 WHEN 'D' THEN 2 WHEN 'C' THEN 2
                                ELSE 1 END
             FROM c WHERE at + n <= length(CAST(NEW.body AS BLOB)))
         SELECT group_concat(printf('%x', u + 32 * (u BETWEEN 65 AND 90)), ' ')
         FROM (SELECT unicode(CAST(substr(CAST(NEW.body AS BLOB), at, n) AS TEXT)) AS u FROM c WHERE n > 0)));
END;
