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

values-date-accepted = a real day from 1900-01-01 to 9999-12-31 written YYYY-MM-DD, 2025/6/30, 2025.6.30, 2025-6-30 or 2025年6月30日
values-date-accepted-in-files = a real calendar date written YYYY-MM-DD (e.g. 2025-12-31), from 1900-01-01 to 9999-12-31
values-field-title = title
values-field-owner = owner
values-field-deadline = deadline
values-field-deadline-text = deadline as written
values-field-status = status
values-field-target = target
values-field-unit = unit
values-field-progress = progress
values-field-quote = quote
values-field-parent = parent
values-field-letter = letter
values-field-note = note
values-field-on = date
values-field-author = author
values-field-reason = reason
values-field-id = id
values-field-today = today
values-field-search = search
values-field-limit = limit
values-field-target-text = target wording
values-problem-date-shape = not a date in any of the accepted forms; expected {$accepted}
values-problem-date-year = year {$year} is out of range; expected {$accepted}
values-problem-no-such-day = there is no such day in the calendar; expected {$accepted}
values-problem-after-today = is after today ({$today}); a note records progress that has happened
values-problem-unknown-status = unknown status; expected one of {$accepted}
values-problem-not-a-number = not a number; expected a number of zero or more, e.g. 30 or 2.5
values-problem-not-a-quantity = expected a number of zero or more, e.g. 30 or 2.5
values-problem-note-too-large = the note is {$mb} MB; a note holds at most 1 MB ({$max} bytes)
values-problem-empty = expected some text, not an empty value
values-problem-not-an-id = expected a pledge id: a whole number of 1 or more, as `pledge list` shows
values-problem-too-long = too long; this field holds at most {$max} bytes on one line
values-problem-without-target = describes a target; give the target number too, or leave this field empty
values-file-date-shape = not in the form YYYY-MM-DD; expected {$accepted}
values-file-date-year = the year is out of range; expected {$accepted}
values-parser-words = {$head}: {$worded}
values-invalid = {$field} {$value}: {$problem}
values-citation = {$issuer}, {$date}, reply to {$addressee}: 《{$title}》
# A date in prose: ISO in English ($year, $month and $day are selected on so that both
# languages take the same arguments).
values-date = { $year ->
       *[other] { $month ->
           *[other] { $day ->
               *[other] {$iso}
            }
        }
    }

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

cli-or-none = {$refused}, or `none` to remove the deadline
cli-empty-db = --db (or PLEDGE_DB) is empty; expected the path of a ledger file
cli-no-data-folder = cannot find a data folder for the default ledger (is HOME set?); give one with --db PATH or PLEDGE_DB
cli-note-input-too-large = the note on standard input is more than {$read} bytes (reading stopped there); a note holds at most 1 MB ({$max} bytes); note NOT saved
cli-note-input-not-utf8 = the note on standard input is not UTF-8 text (invalid byte at offset {$offset}); note NOT saved
cli-nothing-to-change = nothing to change: give at least one of --status, --owner, --deadline, --deadline-text, --title, --target, --unit, --target-text, --no-target
cli-review-needs-terminal = reviewing a letter's pledges needs a terminal; give --dry-run to print them or --yes to add them all without review; nothing added
cli-report-not-made = the report was not made
cli-csv-not-written = cannot write CSV: {$detail}
cli-json-not-written = cannot write JSON: {$detail}
cli-builtin-damaged = the built-in pledges are damaged: {$detail}
cli-internal-error = internal error (a bug: please report it with the command that caused it)
cli-internal-error-at = internal error at {$file}:{$line} (a bug: please report it with the command that caused it)
cli-saved-letter = letter #{$id}
cli-added-pledge = added pledge #{$id}: {$title}
cli-added-note = added note #{$id} to pledge #{$pledge} ({$on})
cli-unchanged = pledge #{$pledge} already has those values; nothing changed
cli-no-value = (none)
cli-changed = pledge #{$pledge} {$field}: {$old} → {$new}
cli-sound = the ledger at {$ledger} is sound: {$letters} letter(s), {$pledges} pledge(s), {$notes} note(s)
cli-created-default = created a new ledger at {$ledger} with the built-in letter of 2025-05-19
cli-backed-up = backed up {$ledger} to {$to}
cli-restored = restored {$ledger} from {$from}: {$letters} letter(s), {$pledges} pledge(s), {$notes} note(s)
cli-replaced-kept = the ledger it replaced is kept as {$aside}
cli-leftover-kept = no ledger was there; {$from} (left from an earlier one) is kept as {$to}
cli-report-written = report written to {$path}
cli-overdue-flagged = { $late ->
        [one] 1 pledge is
       *[other] {$late} pledges are
    } overdue as of {$as_of}
cli-list-id = ID
cli-list-status = STATUS
cli-list-title = TITLE
cli-list-owner = OWNER
cli-list-deadline = DEADLINE
cli-list-due = DUE
cli-list-progress = PROGRESS
cli-list-last-note = LAST NOTE
cli-no-match = no pledges match
cli-list-footer = { $shown ->
        [one] 1 pledge
       *[other] {$shown} pledges
    }, {$overdue} overdue as of {$today} (! marks overdue)
cli-label-status = status
cli-label-owner = owner
cli-label-deadline = deadline
cli-label-target = target
cli-label-progress = progress
cli-label-part-of = part of
cli-label-sub-items = sub-items
cli-label-created = created
cli-label-updated = updated
cli-status-due = {$status} ({$due} as of {$today})
cli-deadline-none = none
cli-deadline-worded = {$on} ("{$words}")
cli-target-worded = {$target} — {$words}
cli-no-progress-reported = none reported
cli-quote-heading = Quote
cli-notes-heading = Notes ({$count}, newest first)
cli-history-heading = History
# What a note set besides its text, each after two spaces.
cli-note-sets-progress = {"  "}progress {$progress}
cli-note-sets-status = {"  "}status → {$status}
cli-history-created = created
cli-history-change = {$field}: {$old} → {$new}
cli-history-why = {"  "}why: {$reason}
cli-letter-already-in = this letter is already in the ledger (letter #{$id}); nothing added
cli-review-left = review left without saving; nothing added
# `pledge list --format csv`'s headings.
cli-csv-id = id
cli-csv-status = status
cli-csv-title = title
cli-csv-owner = owner
cli-csv-deadline = deadline
cli-csv-deadline-text = deadline_text
cli-csv-days-overdue = days_overdue
cli-csv-target-quantity = target_quantity
cli-csv-target-unit = target_unit
cli-csv-target-text = target_text
cli-csv-progress = progress
cli-csv-last-note-on = last_note_on
cli-csv-parent = parent
cli-csv-letter = letter

# A field as the history names it; English shows the name itself.
cli-history-field = { $key ->
       *[other] {$key}
    }

# end of cli


## cli-help

cli-help-add-lead = The body that leads it (牵头), by any of its names; a new name makes a body
cli-help-add-co-owner = A body that works with the lead (配合); repeat for several
cli-help-set-lead = The body that leads it (牵头), by any of its names; a new name makes a body
cli-help-set-co-owner = A body that works with the lead (配合); repeat for several
cli-help-list-lead-only = With --owner: only the pledges the body leads, not those it co-owns
cli-help-report-overdue-lead-only = With --owner: only the pledges those bodies lead, not those they co-own
cli-help-bodies = List the accountable bodies (承办单位), each with its open, overdue, done and dropped pledges and its on-time rate, the most overdue first
cli-help-bodies-format = How the bodies are printed; JSON's field names are English in every language
cli-help-body = Show, rename, alias, merge or set the parent and contact of an accountable body
cli-help-body-show = Show a body (by its name or any alias): its names and its pledges, led ones first
cli-help-body-show-name = The body, by its name or any alias
cli-help-body-show-format = How the page is printed; JSON's field names are English in every language
cli-help-body-rename = Give a body a new name; the old name stays an alias
cli-help-body-rename-old = The body, by its name or any alias
cli-help-body-rename-new = Its new name
cli-help-body-alias = Give a body another name it is known by (e.g. an abbreviation)
cli-help-body-alias-name = The body, by its name or any alias
cli-help-body-alias-alias = The other name, which no other body may have
cli-help-body-merge = Make FROM part of INTO: its pledges, aliases and name move to INTO
cli-help-body-merge-from = The body that goes, by its name or any alias
cli-help-body-merge-into = The body that stays, by its name or any alias
cli-help-list-letter = Only pledges quoted from this letter
cli-help-list-member = Only pledges of letters answering a member or deputy whose name contains this text
cli-help-note-why = Why the status changes: required when --status closes or reopens the pledge
cli-help-note-by-body = The body that reported the progress [default: the pledge's owner]
cli-help-note-evidence = What backs the note: a URL, a document number (吉科办〔2025〕12号), a file name
cli-help-letters = List the reply letters with their pledges counted; a letter claiming A while a pledge is overdue or dropped is flagged
cli-help-letters-format = How the letters are printed; JSON's field names are English in every language
cli-help-letter = Show or change one letter
cli-help-letter-show = One letter: its metadata, its pledges counted, its full text and its pledges
cli-help-letter-show-id = The letter's id, as `pledge letters` shows it
cli-help-letter-show-format = How the page is printed; JSON's field names are English in every language
cli-help-letter-set = Change what a letter says of itself: member, 建议 or 提案, category, contact, phone, 文号 (each option takes '' to clear it)
cli-help-letter-set-id = The letter's id, as `pledge letters` shows it
cli-help-letter-set-member = The member or deputy the letter answers, e.g. 朱立伟
cli-help-letter-set-kind = 建议 (suggestion, a deputy's) or 提案 (proposal, a CPPCC member's)
cli-help-letter-set-category = The 办复类别 the letter claims: A solved or mostly, B being solved or planned, C not now
cli-help-letter-set-contact = The contact person the letter names (联系人)
cli-help-letter-set-phone = The contact telephone the letter names (联系电话)
cli-help-letter-set-reference = The letter's reference (文号), e.g. 吉科办〔2025〕12号
cli-help-confirm = Confirm, as the supervision office, that a deadline cleared while overdue may go
cli-help-confirm-id = The pledge's id, as `pledge list` shows it
cli-help-confirm-why = Why the deadline, cleared while overdue, may go: kept with the confirmation

cli-help-pledge = A ledger of government "next step" pledges, kept in one SQLite file
cli-help-pledge-long = A ledger of government "next step" pledges (下步工作), kept in one SQLite file.
    With no command, opens the full-screen view of the ledger.
cli-help-pledge-db = The ledger file [default: the platform data folder, e.g. ~/.local/share/pledge/ledger.db]
cli-help-pledge-today = Take this day as today (YYYY-MM-DD), for reproducible output
cli-help-pledge-lang = The language of screens, reports and messages: zh (简体中文) or en [default: PLEDGE_LANG, else the locale; Chinese when it names neither]
cli-help-pledge-color = When to colour: auto (on a terminal, unless NO_COLOR or CLICOLOR=0 is set or TERM=dumb; CLICOLOR_FORCE=1 forces it), always or never
cli-help-init = Create a ledger (with the built-in 2025-05-19 Jilin letter and its pledges unless --empty)
cli-help-init-empty = Start with no letters and no pledges
cli-help-init-force = Replace an empty (0-byte) file at the path; never replaces a ledger
cli-help-add = Add a pledge by hand
cli-help-add-title = Short summary of the pledge
cli-help-add-owner = The responsible body, as the letter names it
cli-help-add-deadline = The deadline (YYYY-MM-DD, 2026年6月30日, 2026/6/30 …)
cli-help-add-deadline-text = The deadline as the letter words it, e.g. "5 年内"
cli-help-add-target = Numeric target, e.g. 30
cli-help-add-unit = Unit of the target, e.g. 家
cli-help-add-target-text = The target as the letter words it, e.g. "300-400 名"
cli-help-add-quote = The sentence(s) of the letter the pledge comes from
cli-help-add-parent = Make it a sub-item of this pledge
cli-help-add-letter = The letter it comes from
cli-help-add-status = Its status [default: pending]
cli-help-list = List pledges
cli-help-list-owner = Only pledges whose owner contains this text
cli-help-list-status = Only pledges with this status
cli-help-list-overdue = Only open pledges past their deadline
cli-help-list-search = Only pledges whose title, owner, quote or notes contain this text
cli-help-list-sort = The order of the rows
cli-help-list-format = How the pledges are printed; JSON's field names are English in every language
cli-help-list-no-bom = Leave out the byte-order mark that CSV files carry for spreadsheet programs
cli-help-show = Show one pledge: fields, quote and letter, notes (newest first) and history
cli-help-show-id = The pledge's id, as `pledge list` shows it
cli-help-show-format = How the page is printed; JSON's field names are English in every language
cli-help-note = Add a dated progress note to a pledge
cli-help-note-id = The pledge's id, as `pledge list` shows it
cli-help-note-text = The note; `-` reads it from standard input
cli-help-note-on = The day the progress happened [default: today]
cli-help-note-progress = Progress so far, in the target's unit
cli-help-note-status = Change the pledge's status with this note
cli-help-note-author = Who reports it [default: your login name]
cli-help-set = Change a pledge's fields; every change is kept in its history
cli-help-set-id = The pledge's id, as `pledge list` shows it
cli-help-set-status = New status
cli-help-set-owner = New owner
cli-help-set-deadline = New deadline, or `none` to remove it
cli-help-set-deadline-text = The deadline as the letter words it; '' removes it. Kept when --deadline changes
cli-help-set-title = New title
cli-help-set-target = New numeric target; its unit and wording are kept unless given too
cli-help-set-unit = New unit of the target, e.g. 家; '' removes it
cli-help-set-target-text = New wording of the target as the letter has it; '' removes it
cli-help-set-no-target = Remove the target with its unit and wording
cli-help-set-why = Why: kept in the history with the change
cli-help-export = Write the whole ledger as JSON to standard output
cli-help-copy = Copy a whole ledger between a ledger file and a PostgreSQL server, ids and history kept (all or nothing)
cli-help-copy-from = The ledger to copy: a file, or postgres://… [default: the ledger --db names]
cli-help-copy-to = Where to copy it: a server ledger that holds nothing yet (postgres://…; its schema is made when the database is empty), or a ledger file
cli-help-import = Load a JSON export into an empty ledger (all or nothing)
cli-help-import-file = A file written by `pledge export`
cli-help-backup = Copy the ledger, consistent even while others write, checked, to a new FILE
cli-help-backup-file = Where to write the copy (must not exist yet)
cli-help-restore = Put a backup in place of the ledger (checked; the old ledger is kept beside it)
cli-help-restore-backup = A backup written by `pledge backup` (or any copy of a ledger)
cli-help-check = Read every page of the ledger and check it (integrity_check)
cli-help-import-letter = Find the pledges of a reply letter (text, GB18030, HTML or DOCX), review them, add them
cli-help-import-letter-files = The letters: plain text (UTF-8 or GB18030/GBK), HTML saved from a web site, or DOCX; a folder stands for every .txt, .html and .docx in it, by name. Without --dry-run or --yes, a review screen opens for each in turn: the letter beside its drafts, to accept, reject, edit, split, merge or add them before saving. With several, one that cannot be read does not stop the others, and a summary ends the import
cli-help-import-letter-dry-run = Print what was found; write nothing
cli-help-import-letter-yes = Add the letter and every pledge found without review
cli-help-import-letter-format = How --dry-run prints what it found
cli-help-report = Print a report
cli-help-report-overdue = What is late, due soon, or undated with no recent progress, per owner (督办通报)
cli-help-report-overdue-as-of = The day the report is as of [default: today, or --today]
cli-help-report-overdue-owner = Only owners containing this text (repeat for several)
cli-help-report-overdue-format = The report's format; JSON's field names are English in every language
cli-help-report-overdue-width = Page width of the text format in display columns [default: the terminal's, else 100]
cli-help-report-overdue-output = Write to this file (whole or not at all) instead of standard output
cli-help-report-overdue-within = "Due soon" means due within this many days [default: the config file's `[report] within`, else 30]
cli-help-report-overdue-stale-days = An undated pledge is listed when its last note is older than this many days [default: the config file's `[report] stale_days`, else 90]
cli-help-report-overdue-no-bom = Leave out the byte-order mark that CSV files carry for spreadsheet programs
cli-help-report-overdue-fail-if-overdue = Exit with code 3 when anything is overdue (for cron and scripts)
cli-help-completions = Print the shell's completion script (see the README for where to put it)
cli-help-completions-shell = The shell to complete for
cli-help-man = Print the manual page (roff), e.g. `pledge man > ~/.local/share/man/man1/pledge.1`
cli-help-config = Print the effective settings and where each comes from (option, environment, config file, default)
cli-help-config-path = Print only the config file's path (even when the file holds a mistake)

# end of cli-help


## files


files-kind-directory = a directory
files-kind-fifo = a named pipe (FIFO)
files-kind-socket = a socket
files-kind-char-device = a character device
files-kind-block-device = a block device
files-kind-other = not a regular file
files-sqlite-database = an SQLite database (a ledger, or a copy of one)
files-sqlite-wal = an SQLite WAL file
files-broken-loop = a symbolic link loop (following it leads back to a link, never to a file)
files-broken-to = a symbolic link to {$target}, which does not exist
files-broken-unreadable = a symbolic link to no file
files-is-directory = {$path} is a directory; expected a file name to write; nothing written
files-not-a-file = {$path} is {$kind}; outputs are written to regular files only; nothing written
files-is-sqlite = {$path} is {$kind}; an output never replaces it; nothing written. Give another name
files-no-folder = cannot write {$path}: the folder {$folder} does not exist
files-exists = {$path} already exists; a backup never replaces a file: give a new name
files-dangling = {$path} is {$link}; nothing written there
files-sidecar-name = {$path} is where SQLite keeps the {$suffix} file of the database {$db}; nothing written there. Give another name
files-folder-not-writable = {$doing}: the folder {$dir} is not writable; {$outcome}
files-creating-ledger = cannot create a ledger at {$path}
files-writing-backup = cannot write the backup {$path}
files-restoring-to = cannot restore to {$path}
files-nothing-written = nothing written
files-nothing-restored = nothing restored

# end of files


## config

config-accepted-path = an absolute path, one starting with ~/, or a server's postgres:// address
config-accepted-text = text that is not blank, in quotes
config-accepted-language = "zh" or "en"
config-accepted-days = a whole number of days from 0 to 3650
config-accepted-table = a table of settings, e.g. [report] on a line of its own
config-accepted-key = a key in quotes: one character ("Q"), a name ("enter", "esc", "tab", "space", "up", "pagedown", "f2" …), either after "ctrl-" or "alt-"
config-at = config file {$path}, line {$line}
config-missing = no config file at {$path} (named by PLEDGE_CONFIG)
config-not-a-file = the config file {$path} is not a file (a folder, a pipe or a device)
config-too-large = the config file {$path} is larger than 1 MB; a config file holds a few settings
config-not-text = {$at}: not UTF-8 text
config-not-toml = {$at}: not TOML ({$detail})
config-unknown-key = {$at}: no setting is called `{$key}`; the settings here: {$accepted}
config-bad-value = {$at}: `{$key}` cannot be {$value}; it takes {$accepted}
config-unknown-action = {$at}: [keys] names `{$action}`, which is no action; the actions: {$actions}
config-file-none = config file: none (no home folder to look in)
config-from-env = named by PLEDGE_CONFIG
config-from-xdg = in XDG_CONFIG_HOME
config-from-home = in the home folder
config-file-found = config file: {$path}  ({$why})
config-file-not-there = config file: {$path}  ({$why}; not there, so none applies)
config-origin-named = from {$name}
config-origin-file = from the config file, line {$line}
config-origin-login = the login name
config-origin-role = the role the server ledger signs in as
config-origin-default = built-in default
config-setting = {$name} = {$value}  ({$from})

# end of config


## letter

letter-refused = {$path}: {$why}; nothing imported
letter-directory = is a directory, not a letter
letter-not-a-file = is not a regular file (a pipe, socket or device)
letter-empty = is empty
letter-too-large = is {$mb} MB; a letter file is at most {$limit} MB
letter-grew = grew past {$limit} MB while it was read; a letter file is at most {$limit} MB
letter-io = cannot read {$path}: {$reason}
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
report-reading-stopped = the report stopped being read before it was done
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
import-body-cycle = the parents of bodies {$ids} go round in a cycle; a body cannot be above itself
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

tui-gone = pledge {$id} is gone
tui-empty-note = the note is empty; type what was reported, then Ctrl-S
tui-read-only = the ledger is read-only: nothing can be changed or added here
tui-not-undone-after = not undone: pledge #{$pledge} changed after note #{$note}: {$changed}
tui-not-undone-since = not undone: pledge #{$pledge} changed since: {$changed}
tui-changes-separator = {"; "}
tui-stored-status = pledge #{$id}: stored status {$problem}
tui-editor-from = {" "}(from ${$var})
tui-editor-unparsable = cannot be read as a command: check its quotes
tui-editor-not-found = was not found
tui-editor-exited = exited with status {$code}
tui-editor-signal = was stopped by a signal
tui-editor-not-text = left text that is not UTF-8
tui-editor-too-large = left more than {$limit} bytes
tui-editor-io = could not be run: {$kind}
tui-editor-failed = the editor “{$command}”{$from} {$why}; the draft is as it was
tui-copied-quote = copied the quote of pledge #{$id} to the clipboard
tui-copied-id = copied the id {$id} to the clipboard
tui-no-quote = pledge #{$id} has no quote to copy
tui-none = (none)
tui-quoted = “{$value}”
# Fields as history and the guards name them (English keeps the stored column names).
tui-field-title = title
tui-field-owner = owner
tui-field-deadline = deadline
tui-field-deadline-text = deadline_text
tui-field-status = status
tui-field-target-quantity = target_quantity
tui-field-target-unit = target_unit
tui-field-target-text = target_text
tui-field-progress = progress
tui-field-quote = quote
tui-field-parent = parent_id
tui-fields-separator = {", "}
tui-changed-since = {$field} is now {$now}
tui-changed-since-by = {$field} is now {$now} (by {$by})
tui-too-small = Window too small: {$w}×{$h}. pledge needs at least {$min_w}×{$min_h}; enlarge it to go on.
# The header's counts, after the program's name and the ledger.
tui-counts = {" "}· as of {$date} · {$open} open · {$overdue} overdue · {$done} done
tui-read-only-mark = READ-ONLY
# The list's column heads.
tui-col-id = ID
tui-col-status = STATUS
tui-col-title = TITLE
tui-col-owner = OWNER
tui-col-deadline = DEADLINE
tui-col-due = DUE
tui-col-progress = PROGRESS
tui-col-last-note = LAST NOTE
tui-sort-deadline = deadline
tui-sort-overdue = overdue
tui-sort-owner = owner
tui-sort-updated = updated
tui-sort-id = id
tui-filter-overdue = overdue
tui-filter-status = status={$status}
tui-filter-owner = owner={$owner}
tui-filter-search = search="{$text}"
tui-all = all
tui-filter-and-sort = filter: {$filter} · sort: {$sort}{" "}
tui-search-prompt = Search:{" "}
tui-empty-filtered = No pledge matches the filter: Esc clears it.
tui-empty-ledger = The ledger has no pledges yet: press a to add one.
tui-sorted = sorted by {$sort}
tui-reread = re-read from the ledger
tui-none-selected = no pledge selected
tui-choose-sub-item = Tab selects a sub-item to open
tui-quit-question = A draft is open and will be lost. Quit anyway?
tui-review-left = review left; nothing added
tui-draft-discarded = draft discarded
tui-report-saved = saved the report ({$format}) to {$path}
tui-report-reading = reading the report…
tui-dashboard-reading = reading the dashboard…
tui-bodies-reading = reading the bodies…
tui-status-title = Status of #{$id}
tui-filters-title = Filters
tui-yes = yes
tui-no = no
tui-filter-row-overdue = Overdue only: {$value}
tui-filter-row-status = Status: {$value}
tui-filter-row-owner = Owner: {$value}
tui-save-as-title = Save the report as
tui-saved-where = Saved in the current folder
tui-confirm-title = Are you sure?
tui-confirm-keys = y yes   n no

# end of tui


## tui-keys

tui-keys-quit-now = quit now
tui-keys-suspend = suspend
tui-keys-down = down
tui-keys-up = up
tui-keys-first = first
tui-keys-last = last
tui-keys-page-down = page down
tui-keys-page-up = page up
tui-keys-half-page-down = half a page down
tui-keys-half-page-up = half a page up
tui-keys-scroll-down = scroll down
tui-keys-scroll-up = scroll up
tui-keys-top = top
tui-keys-end = end
tui-keys-open = open
tui-keys-note = note
tui-keys-edit = edit
tui-keys-status = status
tui-keys-add = add
tui-keys-add-sub-item = add sub-item
tui-keys-search = search
tui-keys-filter = filter
tui-keys-sort = sort
tui-keys-report = report
tui-keys-undo = undo
tui-keys-refresh = refresh
tui-keys-clear-filters = clear filters
tui-keys-help = help
tui-keys-quit = quit
tui-keys-next-sub-item = next sub-item
tui-keys-open-sub-item = open sub-item
tui-keys-back = back
tui-keys-delete-left = delete left
tui-keys-delete-right = delete right
tui-keys-cursor-left = cursor left
tui-keys-cursor-right = cursor right
tui-keys-line-up = line up
tui-keys-line-down = line down
tui-keys-line-start = line start
tui-keys-line-end = line end
tui-keys-save = save
tui-keys-new-line = new line
tui-keys-next-field = next field
tui-keys-previous-field = previous field
tui-keys-cancel = cancel
tui-keys-keep-filter = keep filter
tui-keys-clear = clear
tui-keys-set-status = set status
tui-keys-change = change
tui-keys-change-back = change back
tui-keys-clear-all = clear all
tui-keys-done = done
tui-keys-save-to-file = save to a file
tui-keys-next-format = next format
tui-keys-previous-format = previous format
tui-keys-accept = accept
tui-keys-reject = reject
tui-keys-accept-or-reject = accept/reject
tui-keys-accept-rest = accept the rest
tui-keys-split = split
tui-keys-merge-with-next = merge with next
tui-keys-letter = letter
tui-keys-add-sentence = add sentence
tui-keys-leave = leave
tui-keys-later = later
tui-keys-earlier = earlier
tui-keys-split-here = split here
tui-keys-close = close
tui-keys-yes = yes
tui-keys-no = no
tui-keys-redo = redo
tui-keys-search-help = search help
tui-keys-next-match = next match
tui-keys-previous-match = previous match
tui-keys-keep-search = keep the search, then n/N
tui-keys-leave-search = leave the search
tui-keys-copy-quote = copy quote
tui-keys-copy-id = copy id
tui-keys-external-editor = open in $VISUAL/$EDITOR
tui-keys-section-everywhere = Everywhere
tui-keys-section-list = List
tui-keys-section-pledge = Pledge
tui-keys-section-note-editor = Note editor
tui-keys-section-form = Edit / add form
tui-keys-section-search = Search
tui-keys-section-status = Status
tui-keys-section-filters = Filters
tui-keys-section-report = Report
tui-keys-section-saving-report = Saving a report
tui-keys-section-review = Reviewing a letter
tui-keys-section-splitting = Splitting a draft
tui-keys-section-help = Help
tui-keys-section-questions = Questions
tui-keys-section-help-search = Searching help
tui-keys-help-title = Keys (Esc closes)
tui-keys-search-match = /{$query}   match {$n} of {$of} (n/N: next/previous, Esc: leave)
tui-keys-search-none = /{$query}   no line matches

# end of tui-keys


## tui-page

tui-page-status = Status
tui-page-owner = Owner
tui-page-deadline = Deadline
tui-page-target = Target
tui-page-progress = Progress
tui-page-part-of = Part of
tui-page-updated = Updated
tui-page-quote = Quote
tui-page-history = History
tui-page-none = none
tui-page-no-progress = none reported
tui-page-no-notes = {"  "}no progress recorded
tui-page-deadline-worded = {$date} ("{$worded}")
tui-page-sub-items = Sub-items ({$count}; Tab selects, Enter opens)
tui-page-notes = Notes ({$count}, newest first)
tui-page-note-progress = {"  "}progress {$progress}
tui-page-created = created
tui-page-change = {$field}: {$old} → {$new}

# end of tui-page


## tui-editor

tui-editor-unchanged = The editor left the draft unchanged (an editor that returns at once needs its wait option, e.g. "code --wait")
tui-editor-note-heading = New note on #{$pledge} {$title}
tui-editor-body-title = {" "}What was reported{" "}
tui-editor-on = Happened on
tui-editor-on-hint = YYYY-MM-DD
tui-editor-progress = Progress
tui-editor-progress-now = now {$now}; empty keeps it
tui-editor-progress-any = a number, or empty
tui-editor-author = By
tui-editor-author-hint = who reports it
tui-editor-new-status = New status
tui-editor-keep-status = keep as it is
tui-editor-choice-hint = {"  "}←/→ to change
tui-editor-edit-heading = Edit pledge #{$id}
tui-editor-sub-heading = New sub-item of pledge #{$parent}
tui-editor-add-heading = New pledge
tui-editor-draft-heading = Draft {$n} of the letter (saved with the letter)
tui-editor-status-heading = Pledge #{$id} to {$status}: why? (kept in history)
tui-editor-label-title = Title
tui-editor-label-owner = Owner
tui-editor-label-deadline = Deadline
tui-editor-label-deadline-text = Deadline as worded
tui-editor-label-target-text = Target as worded
tui-editor-label-target = Target
tui-editor-label-unit = Unit
tui-editor-label-status = Status
tui-editor-label-quote = Quote
tui-editor-label-reason = Why (kept in history)
tui-editor-hint-deadline = YYYY-MM-DD, empty for none
tui-editor-hint-target = a number, empty for none
tui-editor-hint-status = ←/→ to change
tui-editor-hint-reason = needed when the deadline moves or the status closes or reopens
tui-editor-force-quit = Quit and lose the draft? (Ctrl-C again or y quits)
tui-editor-discard = Discard this draft?
tui-editor-not-added = {$problem}: the text was not added
tui-editor-note-saved = note #{$note} saved to pledge #{$pledge}
tui-editor-added = added pledge #{$id}
tui-editor-nothing-changed = nothing changed
tui-editor-changed = pledge #{$id}: changed {$fields}

# end of tui-editor


## tui-review

tui-review-mark-open = {"[ ]"}
tui-review-mark-accepted = {"[✓]"}
tui-review-mark-rejected = {"[✗]"}
tui-review-undecided = undecided
tui-review-accepted = accepted
tui-review-rejected = rejected
tui-review-opened = {$found} pledge(s) found: a accepts, x rejects, Ctrl-S saves the accepted ones
tui-review-no-drafts = no drafts: Tab to the letter, choose a sentence and press n to add one
tui-review-no-split-point = this quote has no comma or full stop to split at
tui-review-no-next = no next draft to merge with
tui-review-not-in-letter = Tab to the letter first, then choose the sentence with ↑/↓
tui-review-accepted-rest = accepted {$n} undecided draft(s)
tui-review-merged = drafts {$first} and {$second} merged
tui-review-split = draft {$n} split in two
tui-review-added = draft {$n} added from the letter and accepted
tui-review-changed = draft {$n} changed and accepted
tui-review-leave-question = Leave the review? The letter and its pledges are not saved.
tui-review-save-alone = No draft is accepted. Save the letter alone, with no pledges?
tui-review-save-question = {$open} draft(s) not decided will be left out. Save the letter with {$accepted} pledge(s)?
tui-review-unsigned = (unsigned)
tui-review-undated = (undated)
tui-review-letter-title = {" "}Letter · {$issuer} · {$issued_on} · read as {$read_as}{" "}
tui-review-drafts-title = {" "}Drafts · {$accepted} accepted · {$rejected} rejected · {$open} undecided{" "}
tui-review-nothing-found = No pledges found. Tab to the letter, choose a sentence with ↑/↓ and press n.
tui-review-label-draft = Draft
tui-review-label-title = Title
tui-review-label-owner = Owner
tui-review-label-deadline = Deadline
tui-review-label-targets = Targets
tui-review-label-quote = Quote
tui-review-draft-number = {$n} · {$decision}
tui-review-target = {$quantity} {$unit} ({$worded})
tui-review-split-title = Split the draft in two
tui-review-split-keys = ←/→ move the cut   Enter split   Esc cancel

tui-review-mark-doubtful = {"[?]"}
tui-review-sort-by-score = sort by score
tui-review-sorted = { $order ->
    [score] drafts sorted by score, highest first; o again for the letter's order
   *[letter] drafts in the letter's order
    }
tui-review-label-why = Why
# end of tui-review


## tui-status

tui-status-already = pledge #{$id} is already {$status}
tui-status-now = pledge #{$id} is now {$status}
tui-status-kept = kept: pledge #{$id} is {$status}
tui-status-over-theirs = Changed while the picker was open: pledge #{$id}'s {$changed}. Set it to {$status} over theirs? (n: keep {$now})

# end of tui-status


## tui-conflict

tui-conflict-field = {$changed}; yours is {$yours}.
tui-conflict-separator = {" "}
tui-conflict-over-theirs = Changed while this form was open: {$fields} Save yours over theirs? (n: keep theirs)
tui-conflict-kept = kept the stored {$fields}; nothing saved yet (Ctrl-S saves your other changes)

# end of tui-conflict


## tui-undo

tui-undo-nothing-to-redo = nothing to redo: nothing was undone since the last change
tui-undo-nothing-to-undo = nothing to undo in this session
tui-undo-pledge = #{$id} “{$title}”
tui-undo-changed = the change of {$fields}
tui-undo-adding = adding it
tui-undo-note = note #{$note}
tui-undo-withdrawal = the withdrawal of its note
tui-undo-redone = redone on pledge {$pledge}: {$what}
tui-undo-undone = undone on pledge {$pledge}: {$what}
tui-undo-withdrawn = undone on pledge {$pledge}: note #{$note} is withdrawn (notes are a record and are not deleted)
tui-undo-ask-redo = Redo {$what} on pledge {$pledge}? It is not the pledge on screen.
tui-undo-ask-undo = Undo {$what} on pledge {$pledge}? It is not the pledge on screen.
tui-undo-not-redone-note = not redone: pledge #{$pledge} has a newer note since
tui-undo-not-redone = not redone: pledge #{$pledge} changed since: {$changed}

## letters

letters-field-member = member
letters-field-kind = kind
letters-field-category = category
letters-field-contact = contact
letters-field-phone = phone
letters-field-reported-by = reporting body
letters-field-evidence = evidence
letters-field-reference = reference
letters-problem-unknown-kind = unknown kind; expected 建议 (or suggestion) or 提案 (or proposal)
letters-problem-unknown-category = unknown category; expected A (solved or mostly solved), B (being solved or planned) or C (cannot be solved now)
letters-problem-nothing-to-confirm = has no deadline cleared while overdue, so there is nothing to confirm
letters-kind-suggestion = suggestion (建议)
letters-kind-proposal = proposal (提案)
letters-category = { $category ->
       *[other] {$category}
    }
letters-heading-id = id
letters-heading-issuer = issuer
letters-heading-member = member
letters-heading-title = title
letters-heading-date = date
letters-heading-reference = reference
letters-heading-category = claims
letters-heading-pledges = pledges
letters-heading-open = open
letters-heading-overdue = overdue
letters-heading-done = done
letters-heading-flag = kept?
letters-not-kept = claims A, not kept
letters-none = No letters.
letters-footer = { $n ->
        [one] 1 letter
       *[other] {$n} letters
    }, { $flagged ->
        [0] none claims A while a pledge is overdue or dropped
        [one] 1 claims A while a pledge is overdue or dropped
       *[other] {$flagged} claim A while a pledge is overdue or dropped
    }
letters-label-issuer = issuer
letters-label-addressee = to
letters-label-member = member
letters-label-kind = kind
letters-label-title = title
letters-label-date = date
letters-label-reference = reference
letters-label-category = claims
letters-label-contact = contact
letters-label-phone = phone
letters-label-pledges = pledges
letters-counts = {$pledges} in all: {$open} open ({$overdue} overdue), {$done} done, {$dropped} dropped
letters-not-kept-line = Claimed versus kept: the letter claims A (solved or mostly solved) while {$overdue} overdue and {$dropped} dropped.
letters-text-heading = Text
letters-pledges-heading = Pledges
letters-no-pledges = No pledges recorded from this letter.
letters-changed = Letter #{$id}: {$field} {$old} → {$new}
letters-unchanged = Letter #{$id}: nothing changed.
letters-confirmed = Confirmed #{$id}: its deadline {$deadline}, cleared while overdue, leaves the overdue section.
letters-moved = moved { $n ->
        [one] once
       *[other] {$n} times
    }, originally {$original}
letters-cleared = deadline {$deadline} cleared while overdue, awaiting confirmation
letters-reported-by = reported by {$body}
letters-evidence = evidence: {$evidence}
letters-reason-note-why = with note #{$note}: {$why}
letters-original-deadline = {$original} originally, moved { $n ->
        [one] once
       *[other] {$n} times
    }
letters-title-marked = {$title} ({$mark})
letters-mark-separator = {"; "}
letters-problem-no-such-letter = there is no letter with this id; `pledge letters` lists them
letters-reason-needed-move = moving the deadline needs a reason: give --why TEXT
letters-reason-needed-clear = clearing the deadline needs a reason: give --why TEXT
letters-reason-needed-close = closing the pledge needs a reason: give --why TEXT
letters-reason-needed-reopen = reopening the pledge needs a reason: give --why TEXT

# end of letters


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
bodies-show-pledge-bodies = bodies
bodies-linked = {$name} ({$role})
bodies-linked-separator = {", "}
bodies-field-parent = parent body (--parent)
bodies-field-contact = contact (--contact)
bodies-show-parent = Part of
bodies-changed = Body {$body}: {$field} {$old} → {$new}
bodies-unchanged = Body {$body}: nothing changed.
bodies-parent-cycle = {$field} {$parent}: is body {$body} or a body under it, and a body cannot be part of itself; give a body above it, or none. Nothing was written
cli-help-body-set = Set the body a body is part of, and whom to contact there
cli-help-body-set-name = The body, by its name or any alias
cli-help-body-set-parent = The body it is part of, by any of its names; none for none
cli-help-body-set-contact = Whom to contact there; '' clears it
bodies-nothing-to-set = nothing to set: give --parent BODY (or none), --contact TEXT (or ''), or both. Nothing was written

## tui-bodies

tui-bodies-key-bodies = bodies
tui-bodies-key-letters = letters
tui-bodies-key-list-body = list its pledges
tui-bodies-key-open-letter = open
tui-bodies-key-letter-pledges = list its pledges
tui-bodies-key-next-quote = next quote
tui-bodies-key-previous-quote = previous quote
tui-bodies-key-open-quoted-pledge = open the quote's pledge
tui-bodies-key-complete = complete
tui-bodies-key-apply-owner = apply
tui-bodies-key-previous-match = previous match, or the row above
tui-bodies-key-next-match = next match
tui-bodies-section-bodies = Bodies
tui-bodies-section-letters = Letters
tui-bodies-section-letter = A letter
tui-bodies-section-owner-filter = Owner filter
tui-bodies-body-listed = { $n ->
    [one] 1 pledge that {$name} leads or co-owns
   *[other] {$n} pledges that {$name} leads or co-owns
  }
tui-bodies-filter-letter = letter={$id}
tui-bodies-no-match = no body has a name containing this
tui-bodies-choose-quote = press n or Tab to choose a quote first
tui-bodies-bodies-title = { $n ->
    [one] 1 body, the most overdue first
   *[other] {$n} bodies, the most overdue first
  }
tui-bodies-letters-title = { $n ->
    [one] 1 letter
   *[other] {$n} letters
  }{ $flagged ->
    [0] {""}
    [one] , 1 claims A while not kept
   *[other] , {$flagged} claim A while not kept
  }
tui-bodies-letter-head = Letter {$id} · {$issuer} · {$date} · {$title}
tui-bodies-letter-head-ref = Letter {$id} · {$issuer} · {$date} · {$reference} · {$title}
tui-bodies-quote-chosen = Quote {$n} of {$of}: pledge {$id} {$title}
tui-bodies-no-quote-found = { $quoted ->
    [0] none of its pledges has a quote
   *[other] no quote of its pledges is found in the text
  }
tui-bodies-quotes-marked = { $found ->
    [one] 1 quote marked
   *[other] {$found} quotes marked
  } (of {$quoted}); n or Tab goes to the next
tui-bodies-text-title = {" "}Text{" "}

# end of tui-bodies

# end of bodies

## extract

extract-in-part = in a next-steps part
extract-future = says what will be done
extract-target = names a number to deliver
extract-done = reports work done
extract-status = states how things are now
extract-courtesy = courtesy or contact details
extract-study-only = only promises to study, or asks others to act
extract-under-topic = under a topic heading
extract-standing = keeps up standing practice
extract-restated = restates the proposal
extract-separator = {", "}
extract-why = score {$score}: {$reasons}

extract-batch-heading = ── {$path} ──
extract-batch-named = {$path}: {$said}
extract-batch-summary = { $read ->
    [one] 1 letter read
   *[other] {$read} letters read
    }, { $found ->
    [one] 1 pledge found
   *[other] {$found} pledges found
    }, { $refused ->
    [one] 1 letter refused
   *[other] {$refused} letters refused
    }
extract-batch-added = {", "}{ $added ->
    [one] 1 pledge added
   *[other] {$added} pledges added
    }
extract-batch-refused = {"  "}{$why}
extract-batch-too-many = {$path}: holds more than {$limit} letter files; import at most {$limit} at once; nothing imported
extract-batch-some-refused = { $refused ->
    [one] 1 letter
   *[other] {$refused} letters
    } of {$of} not imported (see the summary above)
# end of extract

## tui-dashboard

tui-dashboard-key-dashboard = dashboard
tui-dashboard-key-to-gauges = to the targets
tui-dashboard-key-to-bodies = to the bodies
tui-dashboard-section-bodies = Dashboard: bodies
tui-dashboard-section-gauges = Dashboard: targets
tui-dashboard-title = Dashboard · { $stale ->
    [one] 1 open pledge
   *[other] {$stale} open pledges
  } without a note for over {$days} days
tui-dashboard-notes = { $n ->
    [one] 1 note
   *[other] {$n} notes
  } in the {$months} months {$from} to {$to}
tui-dashboard-bodies-heading = Each body's pledges: overdue, open, done ({ $n ->
    [one] 1 body
   *[other] {$n} bodies
  })
tui-dashboard-overdue = overdue
tui-dashboard-open = open
tui-dashboard-done = done
tui-dashboard-gauges-heading = { $n ->
    [one] 1 open pledge
   *[other] {$n} open pledges
  } with a target and a deadline, against an even pace
tui-dashboard-no-gauges = No open pledge has both a numeric target and a deadline.
tui-dashboard-gauge = {$id} {$title}
tui-dashboard-on-pace = on pace
tui-dashboard-behind = behind by {$shortfall}
tui-dashboard-no-pace = no pace

# end of tui-dashboard

## tui-review-batch
tui-review-batch-drafts = drafts
tui-review-batch-stop-key = stop the batch
tui-review-batch-section-letter = Reviewing a letter: its text
tui-review-batch-add-line = This line is not a sentence of the letter's body (a heading, signature or date). Add it as a pledge anyway?
tui-review-batch-stop = Stop the whole batch? This letter is not saved and { $left ->
    [0] no other letter is left
    [one] the 1 letter after it is not read
   *[other] the {$left} letters after it are not read
    }; letters already saved stay in the ledger.
tui-review-batch-place = letter {$at} of {$of} (Q stops the batch)
tui-review-batch-stopped = stopped by request: the letter under review was not saved{ $left ->
    [0] {""}
    [one] {" "}and 1 more letter was not read
   *[other] {" "}and {$left} more letters were not read
    }
# end of tui-review-batch


## calendar

calendar-name = Pledge deadlines
calendar-pledge = Pledge #{$id}
calendar-owner = Owner: {$owner}
calendar-deadline-text = Deadline as worded: {$text}
calendar-letter = Letter: {$letter}
calendar-quote = Quote: {$quote}
calendar-written = { $events ->
        [one] 1 event
       *[other] {$events} events
    } written to {$path}
# `pledge calendar --help`.
cli-help-calendar = Write the open pledges with a deadline as all-day events of a calendar file (.ics)
cli-help-calendar-owner = Only this body's pledges, lead or co-owner: any of its names, or part of one (repeat for several)
cli-help-calendar-lead-only = With --owner: only the pledges those bodies lead, not those they co-own
cli-help-calendar-output = Write to this file (whole or not at all) instead of standard output

# end of calendar


## period

period-title = PERIOD REPORT (月度督办通报) {$from} to {$to}
period-page-title = Period report {$from} to {$to}
period-period-label = Period:
period-period-value = {$from} to {$to}
# A part's heading ($numeral: its number in Chinese numerals).
period-numbered = { $numeral ->
       *[other] {$n}. {$heading}
    }
period-progressed = PROGRESSED: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
period-completed = COMPLETED: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
period-fell-overdue = FELL OVERDUE: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
period-extended = EXTENDED: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
period-by-body = BY BODY
period-col-last-note-on = Last note
period-col-notes = Progress in the period
period-col-completed-on = Completed
period-col-completion = Completion
period-col-deadline = Deadline
period-col-late = Late at the period's end
period-col-extended-on = Extended
period-col-extension = Deadline moved
period-col-status-now = Status now
period-cell-progressed = { $notes ->
        [one] 1 note
       *[other] {$notes} notes
    }; latest: {$latest}
period-cell-completed-why = {$status}: {$why}
period-cell-late = { $days ->
        [one] 1 day
       *[other] {$days} days
    }
period-cell-extended = {$from} → {$to}
period-cell-extended-why = {$from} → {$to}: {$why}
period-count-progressed = Progressed
period-count-completed = Completed
period-count-fell-overdue = Fell overdue
period-count-extended = Extended
period-totals = In the period: {$progressed} progressed, {$completed} completed, {$late} fell overdue, {$extended} extended.
period-chart-title = Pledges per body as of {$to}: overdue, open, done
period-csv-kind = kind
period-csv-on = on
period-csv-detail = detail
period-csv-role = role
period-csv-progressed = progressed
period-csv-completed = completed
period-csv-fell-overdue = fell_overdue
period-csv-extended = extended
period-backwards = --to {$to} is before --from {$from}: a period ends on or after the day it starts
period-ahead = --to {$to} is after today ({$today}): a period ends on or before today, since what falls overdue later is not yet known
# `pledge report period --help`.
cli-help-report-period = What progressed, was completed, fell overdue or was extended between two days, per body (月度督办通报)
cli-help-report-period-from = The period's first day
cli-help-report-period-to = The period's last day, at the latest today [default: today, or --today]
cli-help-report-period-owner = Only this body's pledges, lead or co-owner: any of its names, or part of one (repeat for several)
cli-help-report-period-lead-only = With --owner: only the pledges those bodies lead, not those they co-own
cli-help-report-period-format = The report's format; JSON's field names are English in every language
cli-help-report-period-width = Page width of the text format in display columns [default: the terminal's, else 100]
cli-help-report-period-output = Write to this file (whole or not at all) instead of standard output
cli-help-report-period-no-bom = Leave out the byte-order mark that CSV files carry for spreadsheet programs

# end of period


## charts

charts-overdue = Overdue
charts-open = Open
charts-done = Done
charts-overdue-title = Pledges per body as of {$date}: overdue, open, done

# end of charts


## scorecard

scorecard-title = SCORECARD (承诺兑现情况) as of {$date}
scorecard-page-title = Scorecard as of {$date}
scorecard-kept = Kept
scorecard-partly = Partly kept
scorecard-broken = Broken
scorecard-in-progress = In progress
scorecard-not-started = Not started
scorecard-letter = Letter
scorecard-total = Total
scorecard-no-letter = Entered by hand (no letter)
scorecard-overall = Overall
scorecard-by-letter = BY LETTER: { $count ->
        [one] 1 letter
       *[other] {$count} letters
    }
scorecard-broken-heading = BROKEN: { $count ->
        [one] 1 pledge
       *[other] {$count} pledges
    }
scorecard-why-broken = Why
scorecard-late = { $days ->
        [one] 1 day overdue
       *[other] {$days} days overdue
    }
scorecard-dropped = dropped
scorecard-rule = Kept: done; partly kept: partial; broken: dropped, or overdue by more than {$days} days; in progress: in progress or stalled; not started: pending.
scorecard-scope-letter = letter #{$id}
scorecard-scope-member = letters answering a member whose name contains {$name}
scorecard-chart-title = Pledges kept, partly kept, broken, in progress and not started, per letter, as of {$date}
scorecard-csv-letter-id = letter_id
# `pledge report scorecard --help`.
cli-help-report-scorecard = How many pledges were kept, partly kept, broken, are in progress or not started, per letter and overall
cli-help-report-scorecard-as-of = The day the scorecard is as of [default: today, or --today]
cli-help-report-scorecard-letter = Only this letter's pledges
cli-help-report-scorecard-member = Only the pledges of letters answering a member or deputy whose name contains this text
cli-help-report-scorecard-broken-after = An open pledge overdue by more than this many days counts as broken [default: 90]
cli-help-report-scorecard-owner = Only this body's pledges, lead or co-owner: any of its names, or part of one (repeat for several)
cli-help-report-scorecard-lead-only = With --owner: only the pledges those bodies lead, not those they co-own
cli-help-report-scorecard-format = The report's format; JSON's field names are English in every language
cli-help-report-scorecard-width = Page width of the text format in display columns [default: the terminal's, else 100]
cli-help-report-scorecard-output = Write to this file (whole or not at all) instead of standard output
cli-help-report-scorecard-no-bom = Leave out the byte-order mark that CSV files carry for spreadsheet programs

# end of scorecard

## sheets

sheets-sheet-name = Progress request
sheets-file-stem = progress-request
sheets-title = Progress request to {$body} on its open pledges (as of {$date})
sheets-instructions = Fill in the five yellow columns for each pledge with progress to report: the progress note (required: what was done; when the new status is {$closing}, say why), its date, the quantity reached so far, a new status if it changed, and the evidence (document number, link, file name). Leave a row empty when there is nothing to report. Do not change the other columns or the hidden one: they match your answers to the pledges.
sheets-separator = {", "}
sheets-heading-id = ID
sheets-heading-title = Pledge
sheets-heading-quote = As the letter says
sheets-heading-deadline = Deadline
sheets-heading-target = Target
sheets-heading-role = Role
sheets-heading-last-progress = Last progress
sheets-heading-note = Progress note
sheets-heading-on = Date
sheets-heading-quantity = Quantity so far
sheets-heading-status = New status
sheets-heading-evidence = Evidence
sheets-heading-key = key
sheets-status-hint = Choose from the list; leave empty if unchanged.
sheets-status-refused = Choose one of the statuses in the list.
sheets-date-hint = The day of the progress, e.g. 2026-11-28; empty means the day it is collected.
sheets-date-refused = Not a day: write it as 2026-11-28.
sheets-quantity-hint = The number reached so far, in the target's unit.
sheets-quantity-refused = A number of 0 or more.
sheets-deadline-both = {$date} ({$text})
sheets-no-note = no progress yet
sheets-last-note = {$date}: {$body}
sheets-last-note-progress = {$date} (progress {$progress}): {$body}
sheets-written = wrote {$path} ({ $count ->
    [one] 1 pledge
   *[other] {$count} pledges
    })
sheets-nothing-to-ask = {$body} has no open pledge: no request written for it
sheets-no-open-pledges = no body has an open pledge: no request written
sheets-not-a-folder = {$path} is not a folder: -o names the folder the requests are written to
sheets-not-written = the request could not be written: {$detail}
sheets-bad = { $count ->
    [one] 1 problem
   *[other] {$count} problems
    } (listed above): nothing added; correct them and collect again, or pass --skip-bad to add only the rows without problems
sheets-too-many-files = {$given} files given; collect takes at most {$limit} at once
sheets-needs-answer = collect asks before adding, and standard input is not a terminal: pass --dry-run to only see what would be added, or --yes to add it
sheets-place-file = {$file}
sheets-place-sheet = {$file}, sheet “{$sheet}”
sheets-place-cell = {$file}, sheet “{$sheet}”, row {$row}, column {$column} ({$cell})
sheets-found = {$place}: {$trouble}
   *[other] {""}
    }; save it as .xlsx (Excel or WPS: Save As) and collect that
sheets-trouble-unknown-kind = is a “{$extension}” file: collect reads .xlsx and .csv files; save it as .xlsx (Excel or WPS: Save As) and collect that
sheets-trouble-directory = is a folder, not a sheet
sheets-trouble-not-a-file = is not a regular file
sheets-trouble-empty = is empty
sheets-trouble-too-large = is {$bytes} bytes; a returned sheet may be at most {$limit} MB
sheets-trouble-inflates = unpacks to more than {$limit} MB of sheet data; a returned sheet holds far less
sheets-trouble-io = could not be read: {$detail}
sheets-trouble-unreadable = is not a spreadsheet that can be read: {$detail}
sheets-trouble-not-a-request = holds no sheet made by pledge request (its key column is missing)
sheets-trouble-too-many-rows = holds more than {$limit} rows; a returned sheet holds one row per pledge
sheets-trouble-other-ledger = was made by another ledger (ledger {$fingerprint}), not this one: collect it into the ledger that wrote it
sheets-trouble-mark-altered = the sheet's key was changed: it is not the one this ledger wrote
sheets-trouble-columns-moved = the key is in column {$found}, not {$expected}: columns were inserted, moved or deleted; answer in a fresh copy of the request
sheets-trouble-body-gone = was made for a body (#{$body}) that is no longer in the ledger (merged into another?)
sheets-trouble-row-without-mark = an answer in a row the request did not write (no key in the hidden column)
sheets-trouble-row-mark-altered = the row's key does not match this sheet: changed by hand, or copied from another sheet
sheets-trouble-id-differs = the ID shown, {$shown}, is not the pledge the row was written for (#{$marked})
sheets-trouble-twice = pledge #{$pledge} is answered twice (first in row {$first})
sheets-trouble-conflicts = pledge #{$pledge} is answered otherwise in the same sheet at {$other}
sheets-trouble-no-such-pledge = pledge #{$pledge} is no longer in the ledger
sheets-sheet-read = {$place}: {$body}, as of {$date}
sheets-plan-row = {"  "}{$cell}  #{$pledge} {$title}  {$date}  {$note}{$extras}
sheets-plan-quantity = {"  "}quantity {$quantity}
sheets-plan-status = {"  "}status {$from} → {$to}
sheets-plan-evidence = {"  "}evidence {$evidence}
sheets-again = {$place}: collected before (note #{$note}); not added again
sheets-again-changed = {$place}: collected before (note #{$note}) and answered otherwise now; not added again (add a note with pledge note if it is new)
sheets-summary = { $rows ->
    [one] 1 note
   *[other] {$rows} notes
    } to add; { $empty ->
    [one] 1 row
   *[other] {$empty} rows
    } left empty, { $again ->
    [one] 1 row
   *[other] {$again} rows
    } collected before, { $bad ->
    [one] 1 problem
   *[other] {$bad} problems
    }
sheets-ask = Add { $count ->
    [one] this note
   *[other] these {$count} notes
    }? [y/N]{" "}
sheets-declined = nothing added
sheets-dry-run = dry run: nothing written
sheets-nothing = nothing to add
sheets-added = added { $count ->
    [one] 1 note
   *[other] {$count} notes
    } (#{$first}–#{$last})
cli-help-request = Write each body's request sheet (催办单, .xlsx) of its open pledges, to fill in
cli-help-request-owner = Only this body, lead or co-owner: any of its names, or part of one (repeat for several) [default: every body with an open pledge]
cli-help-request-as-of = The day the requests are as of [default: today, or --today]
cli-help-request-output = The folder to write the sheets to (made if missing); an existing file is never replaced: the new one is numbered
cli-help-collect = Add the progress the bodies reported in their returned request sheets
cli-help-collect-files = The returned sheets: .xlsx or .csv, as the bodies saved them
cli-help-collect-dry-run = Print what would be added; write nothing
cli-help-collect-yes = Add without asking
cli-help-collect-skip-bad = Add the rows without problems even when others have some (each is still listed)
# end of sheets

## ocr
ocr-pdf-damaged = is a damaged PDF that cannot be read
ocr-pdf-encrypted = is a PDF locked with a password; save an unlocked copy (or print it to PDF) and import that
ocr-pdf-no-pages = is a PDF with no pages
ocr-pdf-too-many-pages = is a PDF of {$pages} pages; a letter is read from at most {$limit}
ocr-pdf-too-large = is a PDF whose contents unpack to more than {$limit} MB; a letter's are far smaller
ocr-pdf-no-text = is a PDF of {$pages} page(s) with neither text nor scanned pages to read
ocr-pdf-scanned = is a scanned PDF of {$pages} page(s), to be read by OCR
ocr-image-unreadable = is {$kind} whose size cannot be read (damaged or cut short)
ocr-image-too-large = is an image of {$width}×{$height} pixels; a scanned page is read up to {$limit} million pixels
ocr-scan-no-text = holds no letter that OCR could read: {$chars} character(s), mean confidence {$confidence}% (a letter is at least {$min_chars} characters at {$min_confidence}%)
ocr-program-missing = {$path}: is a scan, and reading it takes `{$program}`, which is not installed (not found on PATH); install it with `apt-get install {$package}`; nothing imported
ocr-language-missing = {$path}: is a scan, and tesseract has no Simplified Chinese data (chi_sim); install it with `apt-get install {$package}`; nothing imported
ocr-timed-out = {$path}: `{$program}` was still reading the scan after {$seconds} seconds and was stopped; nothing imported
ocr-failed = {$path}: `{$program}` failed while reading the scan ({$detail}); nothing imported
ocr-origin-pdf = PDF text layer ({$pages} pp.)
ocr-origin-ocr = OCR ({$pages} pp., mean {$confidence}%)
ocr-legend = {" "}Red underlined: OCR was less than {$threshold}% sure; check against the paper{" "}
# end of ocr

## tui-searching
tui-searching-label = searching…
# end of tui-searching

## server
server-bad-address = --db {$address}: is not a PostgreSQL address ({$why}); write postgres://user@host/database
server-bad-tls = --db {$address}: TLS cannot be set up as asked ({$why}); sslmode takes disable, allow, prefer, require, verify-ca or verify-full, and sslrootcert a PEM file of the roots to trust
server-unreachable = {$address}: could not connect to the server ({$why}); nothing was saved
server-not-utf8 = {$address}: the database's encoding is {$encoding} and its character type {$ctype}; a ledger needs UTF-8 for Chinese search: CREATE DATABASE … TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'
server-foreign = {$address}: the database already holds other tables ({$tables}); a ledger is created only in an empty database; nothing was changed
server-already-ledger = {$address}: already holds a ledger; nothing was changed
server-not-ledger = {$address}: holds no ledger; create one with `pledge init --db …`
server-newer = {$address}: the ledger's schema is version {$found}, newer than this program's {$known}; upgrade pledge; nothing was changed
server-not-yet = {$what}: not yet available on a server ledger; use a ledger file for it
server-upgrade-by-owner = {$address}: the ledger's schema is version {$found}, older than this program's {$known}, and this role may not upgrade it; the ledger's owner role runs pledge once to upgrade (pledge check --db postgres://OWNER@…), then the desks' grants again; nothing was changed
server-lost-unknown = the connection to the server was lost as the {$what} was committed and could not be made again: it may be saved; look (pledge show) before saving it again
server-lost-committed = the connection to the server was lost as the {$what} was committed; it IS saved: do not save it again
server-failed = the server refused: {$why}; nothing was saved
server-value-unfit = a {$kind} value does not fit the server's {$column} column
server-column-unread = the server gave a column of type {$column}, which a ledger does not hold
server-kind-whole = whole number
server-kind-real = number
server-kind-text = text
server-kind-bytes = bytes
server-kind-other = computed
server-created = Created a ledger at {$address} (schema version {$version}).
server-copy-not-empty = {$address}: already holds {$pledges} pledges, {$letters} letters and {$other} other rows (notes, history, bodies, confirmations, collected rows); a ledger is copied only into an empty one, so that every id is kept (`pledge init --empty --db …` makes one); nothing copied
server-copy-file-not-empty = {$path} already holds {$pledges} pledges and {$letters} letters; a server ledger is copied into a new file (or an empty ledger, `pledge init --empty --db FILE`) so that every id is kept; nothing copied
server-copy-not-text = {$table} #{$id}, {$column}: holds bytes that are not UTF-8 text (or a NUL), which a server ledger cannot keep; correct it in the ledger file first; nothing copied
server-copy-columns = the table {$table} has other columns in the ledger file ({$file}) than on the server ({$server}); upgrade pledge on every desk, then copy again; nothing copied
server-copied = Copied {$from} to {$to}: {$letters} letters, {$pledges} pledges, {$notes} notes, {$history} history entries, ids kept.
server-copy-same-kind = copy moves a ledger between a file and a server; for {$from} to {$to} use { $files ->
    [yes] `pledge backup FILE`
   *[no] pg_dump
  }; nothing copied
server-copy-to-file = copy from a server into a ledger file is not yet written; export the server ledger with pg_dump meanwhile; nothing copied
# end of server

## docx
# The Word report's footer: what stands before and after the page number (GB/T 9704's dashes).
report-docx-page-before = {"— "}
report-docx-page-after = {" —"}
report-docx-too-long = a Word report holds at most {$max} rows and this one has {$rows}; narrow it with --owner or write it as text, HTML or CSV; nothing written
report-docx-needs-file = a Word report is a binary file: give -o FILE (for example -o report.docx); nothing written
# end of docx

## tui-period
tui-period-key-period = period report
tui-period-key-previous-month = previous month
tui-period-key-next-month = next month
tui-period-section = Period report (a month at a time)
tui-period-no-later = this month is the last: a period ends today ({$today}) at the latest
tui-period-no-earlier = no month before {$first}
# end of tui-period
