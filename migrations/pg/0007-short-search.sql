-- The pledge ledger on PostgreSQL, step 7: a search of one or two characters (Chinese users
-- search by one or two all the time) goes through indexes too. pg_trgm serves three
-- characters and more; these hold each text's characters, case made small, so a short
-- search reads only the texts that have all of its characters (then checks them in order).

CREATE INDEX IF NOT EXISTS pledge_title_chars
    ON pledge USING gin (regexp_split_to_array(lower(title), ''));
CREATE INDEX IF NOT EXISTS pledge_owner_chars
    ON pledge USING gin (regexp_split_to_array(lower(owner), ''));
CREATE INDEX IF NOT EXISTS pledge_quote_chars
    ON pledge USING gin (regexp_split_to_array(lower(quote), ''));
CREATE INDEX IF NOT EXISTS note_body_chars
    ON note USING gin (regexp_split_to_array(lower(body), ''));
