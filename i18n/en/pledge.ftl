# pledge's messages in English: the fallback, checked by `fl!` at compile time.
# One section per file of src/messages/; ids start with the section's name.
# Fluent trims leading spaces of a value: write {" "} where one must stay.


## values

values-status-pending = pending
values-status-in-progress = in_progress
values-status-stalled = stalled
values-status-done = done
values-status-partial = partial
values-status-dropped = dropped
values-due-overdue = {$days}d overdue
# English labels are the keywords, so only the keyword is written ($label is selected on
# so that both languages take the same arguments).
values-status-choice = { $label ->
       *[other] {$keyword}
    }
values-separator = {", "}
values-due-today = due today
values-due-left = {$days}d left

# end of values


## errors

errors-ledger = the ledger
errors-ledger-at = the ledger at {$path}
errors-busy = the ledger is busy (another pledge process is writing); {$not_saved}
errors-damaged = {$ledger} is damaged ({$damage}); it was not changed. Restore it from a backup (`pledge backup FILE` makes one) or from a copy of the file
errors-disk-full = disk full, {$not_saved}; free some space and try again (what was saved before is intact)
errors-read-only-anything = {$ledger} is read-only: no change can be saved
errors-read-only = {$ledger} is read-only: {$not_saved}
# $path is errors-io-path (with its leading space) or empty.
errors-doing-read = cannot read{$path}
errors-doing-write = cannot write{$path}
errors-doing-create = cannot create{$path}
errors-doing-create-folder = cannot create the folder{$path}
errors-doing-set-permissions = cannot set the permissions of{$path}
errors-doing-place-ledger = cannot move the new ledger to{$path}
errors-doing-place-file = cannot move the new file to{$path}
errors-doing-keep-old-ledger = cannot keep the old ledger as{$path}
errors-doing-move-old-sidecar = cannot move the old sidecar file to{$path}
errors-doing-place-restored = cannot move the restored ledger to{$path}
errors-doing-write-output = cannot write the output{$path}
errors-doing-read-note-input = cannot read the note from standard input{$path}
errors-doing-terminal = terminal{$path}
errors-doing-report-spill = cannot use a temporary file for the report{$path}
errors-doing-read-config = cannot read the config file{$path}
errors-io-path = {" "}{$path}
errors-io = {$doing}: {$reason}
# The system's own words; Chinese names the common kinds ($kind) itself.
errors-io-reason = { $kind ->
       *[other] {$os}
    }
errors-sqlite = ledger error: {$error}
errors-saved-unconfirmed = {$saved} was saved, but its confirmation could not be written: {$reason}

# end of errors


## cli

cli-unknown-lang = {$from} {$value}: unknown language; expected one of {$accepted}

# end of cli


## cli-help


# end of cli-help


## files


# end of files


## letter

letter-refused = {$path}: {$why}; nothing imported
letter-directory = is a directory, not a letter
letter-not-a-file = is not a regular file (a pipe, socket or device)
letter-empty = is empty
letter-too-large = is {$mb} MB; a letter file is at most {$limit} MB
letter-grew = grew past {$limit} MB while it was read; a letter file is at most {$limit} MB
letter-io = cannot read {$path}: {$reason}
letter-pdf = is a PDF; extract its text first (for example `pdftotext FILE letter.txt`)
letter-not-text = is {$kind}, not a letter's text
letter-png = a PNG image
letter-jpeg = a JPEG image
letter-gif = a GIF image
letter-tiff = a TIFF image
letter-old-word = is an old Word (.doc) file; save it as .docx or text, not a letter's text
letter-bad-encoding = is not valid {$encoding} text
letter-binary = holds binary data (NUL bytes), not text
letter-unknown-encoding = is neither UTF-8 nor GB18030/GBK text
letter-damaged-zip = is a damaged ZIP file
letter-not-word-document = is a ZIP file but not a Word document (no word/document.xml)
letter-docx-unreadable = is a Word document whose text cannot be read
letter-docx-too-large = is a Word document whose text unpacks to more than {$limit} bytes; a letter's is far smaller
letter-docx-not-utf8 = is a Word document whose text is not UTF-8
letter-docx-broken-text = is a Word document with broken text
letter-docx-bad-xml = is a Word document whose XML is damaged
letter-too-long = the letter's text is more than {$max} characters ({$bytes} bytes); one letter holds at most {$max} characters
letter-too-many-drafts = {$found} pledges from one letter; one letter gives at most {$max}
letter-no-draft-added = {$why}: no draft added
letter-saved = added letter #{$id} ({$issuer}, read as {$read_as}) with {$n} pledge(s){$ids}
letter-saved-one = : #{$id}
letter-saved-range = : #{$first}–#{$last}
letter-dry-read-as = Read as {$read_as}
letter-dry-not-found = (not found)
# Labels of the dry run, padded to one column by display width.
letter-dry-issuer = Issuer:
letter-dry-addressee = Addressee:
letter-dry-proposal = Proposal:
letter-dry-date = Date:
letter-dry-found = {$n} pledge(s) found (dry run: nothing written)
letter-dry-owner = owner
letter-dry-deadline = deadline
letter-dry-deadline-value = {$date} ("{$text}")
letter-dry-target = target
letter-dry-quote = quote

# end of letter


## report

# A date in prose (the title's as-of day): ISO in English ($year, $month and $day are
# selected on so that both languages take the same arguments).
report-date = { $year ->
       *[other] { $month ->
           *[other] { $day ->
               *[other] {$iso}
            }
        }
    }
# The title: its first line is the heading, any further line sits under it.
report-text-title = OVERDUE REPORT (督办通报) as of {$date}
report-title = Overdue report (督办通报) as of {$date}
report-html-lang = en
report-page-title = Overdue report as of {$date}
# CSS `content`: quoted text and counters.
report-page-number = "Page " counter(page) " of " counter(pages)
report-ledger-label = Ledger:
report-letters-label = Letters:
report-letter-label = Letter:
report-scope-label = Scope:
# Between a label and its value.
report-label-gap = {" "}
report-no-letters = none (pledges entered by hand)
report-no-letters-listed = none (no pledge listed)
report-scope-owner = owner contains {$owners}
report-scope-or = {" or "}
report-scope-status = status {$status}
report-scope-overdue = overdue only
report-scope-matching = matching "{$text}"
report-scope-separator = {"; "}
report-section-overdue = OVERDUE: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
report-section-due-soon = DUE WITHIN {$days} DAYS: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
report-section-no-deadline = NO DEADLINE AND NO PROGRESS IN {$days} DAYS: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
report-section-numbered = {$n}. {$heading}
# Markdown's sections are headings of their own, not numbered.
report-section-markdown = { $n ->
       *[other] {$heading}
    }
# An owner's group ($numeral: its place in the section, in Chinese numerals).
report-owner-group = { $numeral ->
       *[other] {$owner} ({$count})
    }
report-none-listed = None.
report-text-id = ID
report-text-title-column = TITLE
report-text-deadline = DEADLINE
report-text-late = LATE
report-text-left = LEFT
report-text-since = SINCE
report-text-status = STATUS
report-text-progress = PROGRESS
report-text-last-note = LAST NOTE
report-id = ID
report-title-column = Title
report-deadline = Deadline
report-days-overdue = Days overdue
report-days-left = Days left
report-days-since = Days since
report-status = Status
report-progress = Progress
report-last-note = Last note
report-no-progress = no progress recorded
report-text-totals = TOTALS
report-totals-heading = Totals
report-totals = {$overdue} overdue, {$soon} due within {$within} days, {$undated} without a deadline or recent progress
report-text-count-owner = OWNER
report-text-count-overdue = OVERDUE
report-text-count-due-soon = DUE SOON
report-text-count-no-deadline = NO DEADLINE
report-count-owner = Owner
report-count-overdue = Overdue
report-count-due-soon = Due soon
report-count-no-deadline = No deadline
report-all-owners = All
report-left-out = {$count} open pledge(s) without a deadline had progress in the last {$days} days and are not listed
# A sentence of the footer ending a paragraph.
report-sentence = {$text}.
report-miscounted = the report counted {$counted} pledge(s) of {$owner} in {$section} but read {$read}
report-layout-stopped = the report's layout stopped before it was done
report-spill-bad = the report's temporary file has a bad {$what}
report-csv-section = section
report-csv-owner = owner
report-csv-id = id
report-csv-title = title
report-csv-deadline = deadline
report-csv-deadline-text = deadline_text
report-csv-days-overdue = days_overdue
report-csv-days-left = days_left
report-csv-days-since = days_since
report-csv-status = status
report-csv-progress = progress
report-csv-target-quantity = target_quantity
report-csv-target-unit = target_unit
report-csv-last-note-on = last_note_on
report-csv-last-note = last_note
# A section in the CSV's first column: its machine name in English.
report-csv-overdue = overdue
report-csv-due-soon = due_soon
report-csv-no-deadline = no_deadline

# end of report


## store

store-saving-pledge = pledge
store-saving-change = change
store-saving-note = note
store-saving-letter = letter
store-saving-import = import
store-saving-builtin = built-in pledges
store-saving-anything = nothing
store-not-saved = {$what} NOT saved
store-nothing-saved = nothing was saved
store-saved-pledge = pledge #{$id}
store-saved-note = note #{$id}
store-saved-change = the change to pledge #{$pledge}
store-saved-letter = letter #{$id}
store-saved-the-letter = the letter
store-saved-backup = the backup {$path}
store-saved-restore = the restore of {$path}
store-saved-ledger = the ledger {$path}
store-saved-import = the import
store-damage-separator = {"; "}
# SQLite's own words about the damage (Chinese quotes them).
store-damage-text = {$text}
store-header-not-sqlite = its first page is not an SQLite header
store-header-page-size = its header gives an impossible page size
store-header-scribbled = its header is scribbled over
store-header-cut-mid-page = the file ends in the middle of a page: it was cut short
store-header-cut-short = the file is shorter than its header says: it was cut short
store-foreign-not-wal = it is not an SQLite WAL file
store-foreign-bad-header = its header does not verify (SQLite did not write it whole)
store-foreign-page-size = its page size differs from the ledger's
store-foreign-other-database = it holds changes made to another database file (a deleted ledger, or the ledger a copy was put over)
# One name of the files left behind, and what joins two of them.
store-leftover-name = {$path}
store-leftover-and = {" and "}
store-leftovers = {$names} { $n ->
        [one] is
       *[other] are
    } left from a ledger that was there before; SQLite would replay { $n ->
        [one] it
       *[other] them
    } into a new ledger. Put the old ledger back at {$path}, or move { $n ->
        [one] it
       *[other] them
    } away (keep { $n ->
        [one] it
       *[other] them
    } until you know { $n ->
        [one] it is
       *[other] they are
    } not needed)
store-not-saved-invalid = {$why}; {$not_saved}
store-no-such-pledge = no pledge with id {$id}; this ledger's ids run from {$lo} to {$hi} (see `pledge list`)
store-no-such-pledge-none = no pledge with id {$id}; this ledger has no pledges
store-no-parent = no pledge with id {$id} (--parent); nothing added
store-no-letter = no letter with id {$id} (--letter); nothing added
store-no-such-note = pledge {$pledge} has no note #{$note}
store-pledge-gone = pledge {$pledge} is gone; {$not_saved}
store-target-without-number = pledge #{$pledge} would have a target unit or wording but no target number; give the number too. Nothing changed
store-read-only-folder = the ledger at {$ledger} is read-only here: its folder {$folder} is not writable, so SQLite cannot make the {$wal} and {$shm} files it needs to write; {$not_saved}
store-wal-unreadable = cannot read the ledger {$ledger}: changes are waiting in {$wal} and SQLite cannot read them without making {$shm}, which this folder does not allow. Run any pledge command on it as a user who can write the folder, or copy the ledger with its -wal to a folder you can write
store-read-only-path-not-utf8 = cannot read the read-only ledger {$ledger}: its folder is not writable either
store-broken-link = {$path} is {$link}; no ledger is there
store-no-ledger-leftovers = no ledger at {$path}: {$leftovers}
store-no-ledger = no ledger at {$path}; create one with `pledge init --db {$path}`
store-not-a-file = {$path} is {$kind}, not a pledge ledger; it was not opened. Give the path of a ledger file
store-empty-file = {$path} is an empty file (0 bytes), not a pledge ledger; it was not changed. `pledge init --force --db {$path}` replaces it with a new ledger
store-not-sqlite = {$path} is not a pledge ledger (not an SQLite database, {$bytes} bytes); it was not changed
store-other-program = {$path} is an SQLite database of another program (application_id {$application_id}), not a pledge ledger; it was not changed
store-newer-schema = {$ledger} was written by a newer pledge (schema version {$version}; this program knows up to {$known}); it was not changed. Upgrade pledge to open it
store-foreign-journal = {$journal} beside the ledger {$ledger} was not made by pledge (its ledgers keep a -wal, never a -journal); SQLite would replay it into the ledger. Move it away if it is not yours; the ledger was not changed
store-foreign-wal = {$wal} does not belong to the ledger {$ledger}: {$why}. SQLite would replay it into the ledger, so neither file was opened or changed. If you restored a backup, use `pledge restore BACKUP`; else move {$wal} (and {$shm}) away, keeping {$wal} until you know it is not needed
store-create-over-link = will not create a ledger at {$path}: it is {$link}. Give the path the ledger should have
store-create-over-empty-link = {$path} is an empty file (0 bytes); it was not changed. it is a symbolic link; give the path of the file itself to replace it
store-create-over-empty = {$path} is an empty file (0 bytes); it was not changed. add --force to replace it with a new ledger
store-create-over-existing = will not create a ledger at {$path}: {$found}
store-ledger-already-there = a pledge ledger is already there
store-create-beside-leftovers = will not create a ledger at {$path}: {$leftovers}
store-create-without-folder = cannot create a ledger at {$path}: the folder {$folder} does not exist
store-no-wal-mode = the folder of {$path} does not support SQLite's WAL mode (got {$mode})
store-wal-not-folded = SQLite did not fold the WAL of {$path} into it when it closed; nothing written
store-appeared-meanwhile = will not write {$path}: a file appeared there meanwhile
store-backup-without-folder = cannot write the backup {$backup}: the folder {$folder} does not exist
store-backup-beside-leftovers = will not write the backup {$backup}: {$leftovers}
store-backup-path-not-utf8 = cannot write a backup to {$path}: the path is not UTF-8
store-restore-path-not-utf8 = cannot restore to {$path}: the path is not UTF-8
store-backup-check-failed = the backup copy failed its check ({$damage}); nothing written
store-backup-disk-full = disk full: the backup {$backup} was not written (nothing of it was left behind); the ledger was not changed. Free some space and try again
store-restore-over-non-file = {$path} is {$kind}, not a ledger; nothing restored
store-restore-over-link = {$path} is {$link}; nothing restored
store-link-to-nothing = a symbolic link to a file that does not exist
store-restore-itself = {$backup} is the ledger itself, not a backup of it; nothing restored
store-restore-unusable = {$backup} cannot be restored: {$why}; nothing restored
store-restore-while-open = another process (pid {$pid}) has the ledger {$ledger} open; close it (quit the full-screen view, let running commands finish) and restore again; nothing restored
store-restore-damaged = the backup {$backup} is damaged ({$damage}); nothing restored
store-withdrawal = note #{$note} withdrawn: entered by mistake
store-reason-note = with note #{$note}
store-reason-undone = undo
store-reason-undone-added = undo: added by mistake
store-reason-redone = redo
store-withdrawn-mark = (withdrawn: entered by mistake)
store-column-not-a-date = column {$column}: not a date
store-column-no-date = column {$column}: missing date
store-column-no-status = column {$column}: missing status
store-column-refused = column {$column}: {$value}: {$problem}

# end of store


## import

import-row = {$section}[{$index}] (id {$id})
import-table-history = history entry
import-table-letter = letter
import-table-pledge = pledge
import-table-note = note
import-column-letter = letter
import-column-parent = parent pledge
import-column-pledge = pledge
import-ledger-created = created a ledger at {$path} with {$letters} letter(s) and {$pledges} pledge(s)
import-imported = imported {$letters} letter(s), {$pledges} pledge(s), {$notes} note(s), {$history} history entries
import-expecting-export = the object `pledge export` writes
import-expecting-rows = a list of {$section}
import-not-an-export = not a pledge export: "format" is {$format}, expected {$expected}
import-newer-export = the export was written by a newer pledge (schema version {$version}; this program knows up to {$known})
import-schema-version = "schema_version" is {$version}; an export's schema version is 1 to {$known}
import-ledger-not-empty = this ledger already holds {$pledges} pledges and {$letters} letters; imports go into an empty ledger so that every id is kept (`pledge init --empty --db NEW`, then `pledge import FILE --db NEW`); nothing imported
import-bad-id = {$section}[{$index}]: id {$id} is not accepted; ids are whole numbers from 1 up
import-bad-stamp = {$row}: "{$field}" {$value} is not a time stamp; expected YYYY-MM-DDTHH:MM:SSZ (UTC)
import-wrong-sha = {$row}: "sha256" {$given} is not the SHA-256 of its body; expected {$expected}
import-own-parent = {$row} names itself as its parent; a parent is another pledge
import-note-too-large = {$row}: "{$field}": {$problem}
import-not-hex = {$row}: "body_hex" is not hexadecimal (pairs of 0-9, a-f)
import-two-texts = {$row}: "body" and "body_hex" are two different texts; give the text as "body" alone, or its exact bytes as "body_hex" with "body" as they read
import-duplicate-id = {$row}: id {$id} appears twice in {$section}; each id may appear once
import-duplicate-letter = {$row}: another letter has the same text ({$detail}); each letter may appear once
import-broken-rule = {$row} breaks a rule of the ledger ({$detail})
import-missing-reference = {$table} {$rowid} names {$column} {$other}, which is not in the import
import-cycle = the parents of pledges {$ids} go round in a cycle; a pledge cannot be its own ancestor
import-not-a-file = {$path} is not a regular file but {$kind}; expected a JSON file written by `pledge export`
import-utf16 = {$path} is UTF-16 text; save it as UTF-8 (as `pledge export` writes it); nothing imported
import-not-utf8 = {$path} is not UTF-8 text (line {$line}, byte {$byte}); expected the JSON of `pledge export`; nothing imported
import-nul = {$path} contains a NUL byte (line {$line}, byte {$byte}); a pledge export is text; nothing imported
import-string-too-long = {$path}: the string that ends line {$line} is longer than {$max_mb} MB; no field of a pledge export is that long; nothing imported
import-cut-mid-character = {$path} ends in the middle of a character (line {$line}): the file is cut short; nothing imported
import-malformed = {$path} is not a valid pledge export: line {$line}, column {$column}: {$at}{$words}; nothing imported
# Before what the parser said, in import-malformed.
import-malformed-at = {$section}[{$index}]:{" "}
import-nothing-imported = {$place}{$refusal}; nothing imported
# Before what is wrong there, in import-nothing-imported.
import-place = {$path}, line {$line}:{" "}

# end of import


## tui


# end of tui


## tui-keys


# end of tui-keys


## tui-page


# end of tui-page


## tui-editor


# end of tui-editor


## tui-review


# end of tui-review


## tui-status


# end of tui-status


## tui-conflict


# end of tui-conflict


## tui-undo


# end of tui-undo


## bodies

bodies-field-lead = lead body (--lead)
bodies-field-co-owner = co-owner (--co-owner)
bodies-field-body = body
bodies-field-alias = alias
bodies-role-lead = lead
bodies-role-co-owner = co-owner
bodies-co-owner-mark = [co-owner]
bodies-marked-title = {$mark} {$title}
bodies-col-body = BODY
bodies-col-aliases = ALSO CALLED
bodies-col-open = OPEN
bodies-col-overdue = OVERDUE
bodies-col-done = DONE
bodies-col-dropped = DROPPED
bodies-col-on-time = ON TIME
bodies-alias-separator = {", "}
bodies-rate = {$percent}%
bodies-no-rate = —
bodies-none = No bodies yet: a pledge's owner makes one.
bodies-show-name = Body
bodies-show-aliases = Also called
bodies-show-contact = Contact
bodies-show-pledges = Pledges
bodies-show-no-pledges = No pledge is linked to this body.
bodies-renamed = Renamed body {$old} to {$new} (the old name stays an alias)
bodies-aliased = Body {$body} is also called {$alias}
bodies-merged = Merged body {$from} into {$into}: its pledges, aliases and name moved
bodies-unknown = {$field} {$name}: no body has this name or alias; `pledge bodies` lists them. Nothing was written
bodies-merge-itself = body {$from}: is {$into} itself; merge two different bodies. Nothing was written
bodies-name-taken = {$field} {$name}: already a name of body {$body}; a name belongs to one body. Nothing was written

# end of bodies
