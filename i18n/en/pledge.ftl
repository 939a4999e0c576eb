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


# end of errors


## cli

cli-unknown-lang = {$from} {$value}: unknown language; expected one of {$accepted}

# end of cli


## cli-help


# end of cli-help


## files


# end of files


## letter


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


# end of store


## import


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

# end of tui-undo
