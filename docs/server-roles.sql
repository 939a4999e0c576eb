-- What the desks of a server ledger may do: what every pledge command uses, and no more
-- (init, upgrades of the schema and `pledge copy --to` a server are the owner role's).
-- Run by the administrator after `pledge init`, and again after each upgrade (a new table
-- has no grants until then; this file starts from none, so it can be run any number of times):
--   psql -v ON_ERROR_STOP=1 -d pledge -v desks=pledge_desks -f docs/server-roles.sql
-- Notes, history, confirmations and collected sheet rows are a record: desks add and read
-- them, never change, delete or truncate them (the schema's triggers refuse that too, even
-- to the owner). Nor do desks change what the program never changes: a letter's text, a
-- pledge's quote, its first deadline and its count of deadline moves.
BEGIN;
-- Only the desks and the owner (who owns the database) connect to it.
REVOKE ALL ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"DBNAME" TO :"desks";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"desks";
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"desks";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"desks";

GRANT SELECT ON pledge_schema, ledger_identity TO :"desks";
GRANT SELECT, INSERT ON note, history, confirmation, collected TO :"desks";
GRANT SELECT, INSERT ON pledge TO :"desks";
GRANT UPDATE (title, owner, deadline, deadline_text, status, target_quantity, target_unit,
              target_text, updated_at, progress, progress_on, last_note_on, cleared_deadline)
    ON pledge TO :"desks";
GRANT SELECT ON letter TO :"desks";
GRANT UPDATE (reference, member, kind, category, contact, phone) ON letter TO :"desks";
GRANT SELECT, INSERT, UPDATE, DELETE ON body, body_alias TO :"desks";
GRANT SELECT, INSERT, DELETE ON pledge_body TO :"desks";
-- Each write's key (kept a day, then deleted by the next write).
GRANT SELECT, INSERT, DELETE ON write_key TO :"desks";
COMMIT;
