-- The pledge ledger on PostgreSQL, step 5: every write leaves a key, made by the server in
-- the write's own transaction and kept a day. A desk whose connection was lost as it
-- committed asks for its key when it reconnects: found, the write was saved (and is not made
-- again); not found, it was not, and is made now. Not a record of the ledger: not copied.

CREATE TABLE write_key (
    key         text PRIMARY KEY,
    result      text,
    written_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX write_key_written ON write_key (written_at);
