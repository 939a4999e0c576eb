-- Step 11: notes by the day they happened. The dashboard counts notes per month over the last
-- months; without this index it scanned every note of the ledger to count a few months.
CREATE INDEX note_day ON note (happened_on);
