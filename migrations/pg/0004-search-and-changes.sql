-- The pledge ledger on PostgreSQL, step 4: a search of three characters or more finds a
-- pledge's quote and its notes through trigram indexes too, as a file's full-text indexes
-- cover title, owner, quote and notes (SQLite's step 4); and every write tells the other
-- desks that the ledger changed (NOTIFY at commit), as a file's data_version does.

CREATE INDEX pledge_quote_trgm ON pledge USING gin (quote gin_trgm_ops);
CREATE INDEX note_body_trgm ON note USING gin (body gin_trgm_ops);

-- One notice per transaction and table at most: PostgreSQL folds equal notices.
CREATE FUNCTION pledge_ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pledge_ledger', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER letter_changed AFTER INSERT OR UPDATE OR DELETE ON letter
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER pledge_changed AFTER INSERT OR UPDATE OR DELETE ON pledge
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER note_changed AFTER INSERT ON note
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER history_changed AFTER INSERT ON history
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER body_changed AFTER INSERT OR UPDATE OR DELETE ON body
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER body_alias_changed AFTER INSERT OR UPDATE OR DELETE ON body_alias
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER pledge_body_changed AFTER INSERT OR UPDATE OR DELETE ON pledge_body
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER confirmation_changed AFTER INSERT OR UPDATE OR DELETE ON confirmation
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
CREATE TRIGGER collected_changed AFTER INSERT OR UPDATE OR DELETE ON collected
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_ledger_changed();
