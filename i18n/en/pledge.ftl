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
