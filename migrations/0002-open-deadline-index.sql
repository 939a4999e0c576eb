-- Step 2: overdue lists and the report look up open pledges by deadline without visiting
-- closed ones.
CREATE INDEX pledge_open_deadline ON pledge (deadline)
    WHERE status IN ('pending', 'in_progress', 'stalled');
