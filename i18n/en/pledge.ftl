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
