-- Step 4: trigram full-text indexes, so a search of three characters or more finds pledges and
-- notes without reading every text (Chinese has no spaces to split words at; trigrams need
-- none). External content: the text stays once, in its own table; triggers keep the index.
CREATE VIRTUAL TABLE pledge_fts USING fts5(
    title, owner, quote, content = 'pledge', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE note_fts USING fts5(
    body, content = 'note', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO pledge_fts (pledge_fts) VALUES ('rebuild');
INSERT INTO note_fts (note_fts) VALUES ('rebuild');

CREATE TRIGGER pledge_fts_insert AFTER INSERT ON pledge
BEGIN
    INSERT INTO pledge_fts (rowid, title, owner, quote) VALUES (NEW.id, NEW.title, NEW.owner, NEW.quote);
END;

CREATE TRIGGER pledge_fts_update AFTER UPDATE OF title, owner, quote ON pledge
BEGIN
    INSERT INTO pledge_fts (pledge_fts, rowid, title, owner, quote)
        VALUES ('delete', OLD.id, OLD.title, OLD.owner, OLD.quote);
    INSERT INTO pledge_fts (rowid, title, owner, quote) VALUES (NEW.id, NEW.title, NEW.owner, NEW.quote);
END;

CREATE TRIGGER pledge_fts_delete AFTER DELETE ON pledge
BEGIN
    INSERT INTO pledge_fts (pledge_fts, rowid, title, owner, quote)
        VALUES ('delete', OLD.id, OLD.title, OLD.owner, OLD.quote);
END;

-- Notes are append-only, so inserting is all the index ever needs.
CREATE TRIGGER note_fts_insert AFTER INSERT ON note
BEGIN
    INSERT INTO note_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
