//! A text field that edits Chinese correctly: the cursor is a byte offset on a char boundary
//! and its screen column is measured in display columns.

use unicode_width::UnicodeWidthChar;

use crate::tui::keys::Action;

/// What a one-line field (a title, an owner, a quote, the search) holds at most: a paste of any
/// size never grows it past this. A note's text has its own limit, checked with a message.
pub const LINE_LIMIT: usize = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Byte offset into `text`, always on a char boundary.
    cursor: usize,
    multiline: bool,
}

/// Where the input appears once wrapped to a width: its visual lines and the cursor's cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// (visual line, display column) of the cursor.
    pub cursor: (usize, usize),
}

impl TextInput {
    pub fn single(text: &str) -> TextInput {
        let mut input = TextInput {
            multiline: false,
            ..TextInput::default()
        };
        input.insert_str(text);
        input
    }

    pub fn multi() -> TextInput {
        TextInput {
            multiline: true,
            ..TextInput::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Bytes this input may hold: one line, or a note with some room past the note limit
    /// so that an over-long note can still be refused with its size.
    fn limit(&self) -> usize {
        if self.multiline {
            crate::model::MAX_NOTE_BYTES + crate::model::NOTE_SLACK
        } else {
            LINE_LIMIT
        }
    }

    pub fn insert(&mut self, c: char) {
        if (c == '\n' && !self.multiline) || self.text.len() + c.len_utf8() > self.limit() {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Inserts pasted text; line breaks are kept in a multi-line input, spaces elsewhere.
    pub fn insert_str(&mut self, s: &str) {
        let s = s.replace("\r\n", "\n").replace('\r', "\n");
        let s = if self.multiline {
            s
        } else {
            s.replace('\n', " ")
        };
        // Taken whole or not at all: half a paste would be a silent change of what was meant.
        if self.text.len() + s.len() > self.limit() {
            return;
        }
        self.text.insert_str(self.cursor, &s);
        self.cursor += s.len();
    }

    fn prev_boundary(&self) -> Option<usize> {
        self.text[..self.cursor]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
    }

    fn next_boundary(&self) -> Option<usize> {
        self.text[self.cursor..]
            .chars()
            .next()
            .map(|c| self.cursor + c.len_utf8())
    }

    pub fn backspace(&mut self) {
        if let Some(prev) = self.prev_boundary() {
            self.text.replace_range(prev..self.cursor, "");
            self.cursor = prev;
        }
    }

    pub fn delete(&mut self) {
        if let Some(next) = self.next_boundary() {
            self.text.replace_range(self.cursor..next, "");
        }
    }

    pub fn left(&mut self) {
        if let Some(prev) = self.prev_boundary() {
            self.cursor = prev;
        }
    }

    pub fn right(&mut self) {
        if let Some(next) = self.next_boundary() {
            self.cursor = next;
        }
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    pub fn home(&mut self) {
        self.cursor = self.line_start();
    }

    pub fn end(&mut self) {
        self.cursor = self.line_end();
    }

    /// Display column of the cursor within its line.
    fn column(&self) -> usize {
        col_width(&self.text[self.line_start()..self.cursor])
    }

    /// Byte offset in the line starting at `start` nearest to display column `col`.
    fn offset_at_column(&self, start: usize, col: usize) -> usize {
        let line = self.text[start..].split('\n').next().unwrap_or("");
        let mut used = 0;
        for (i, c) in line.char_indices() {
            let w = c.width().unwrap_or(0);
            if used + w > col {
                return start + i;
            }
            used += w;
        }
        start + line.len()
    }

    /// Moves to the previous line at the same display column; false on the first line.
    pub fn up(&mut self) -> bool {
        let start = self.line_start();
        if start == 0 {
            return false;
        }
        let col = self.column();
        let prev_start = self.text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        self.cursor = self.offset_at_column(prev_start, col);
        true
    }

    /// Moves to the next line at the same display column; false on the last line.
    pub fn down(&mut self) -> bool {
        let end = self.line_end();
        if end == self.text.len() {
            return false;
        }
        let col = self.column();
        self.cursor = self.offset_at_column(end + 1, col);
        true
    }

    /// Applies an editing key: the one place the search field and every form's fields are
    /// typed into. False when the action is not an edit of one line (moving up and down a
    /// note's lines is the editor's, which knows where its lines are).
    pub fn edit(&mut self, action: &Action) -> bool {
        match action {
            Action::Insert(c) => self.insert(*c),
            Action::Paste(s) => self.insert_str(s),
            Action::Backspace => self.backspace(),
            Action::Delete => self.delete(),
            Action::Left => self.left(),
            Action::Right => self.right(),
            Action::Home => self.home(),
            Action::End => self.end(),
            _ => return false,
        }
        true
    }

    /// Wraps the text to `width` display columns (at least 2), character by character.
    pub fn wrap(&self, width: usize) -> Wrapped {
        let width = width.max(2);
        let mut lines = vec![String::new()];
        let mut used = 0;
        let mut cursor = (0, 0);
        for (i, c) in self.text.char_indices() {
            if i == self.cursor {
                cursor = (lines.len() - 1, used);
            }
            if c == '\n' {
                lines.push(String::new());
                used = 0;
                continue;
            }
            let shown = crate::text::inert_line(c.encode_utf8(&mut [0; 4])).into_owned();
            let w = col_width(&shown);
            if used + w > width {
                lines.push(String::new());
                used = 0;
            }
            if let Some(last) = lines.last_mut() {
                last.push_str(&shown);
            }
            used += w;
        }
        if self.cursor >= self.text.len() {
            // A cursor at a full line's end moves to the start of the next visual line.
            cursor = if used >= width {
                (lines.len(), 0)
            } else {
                (lines.len() - 1, used)
            };
            if cursor.0 == lines.len() {
                lines.push(String::new());
            }
        }
        Wrapped { lines, cursor }
    }
}

fn col_width(s: &str) -> usize {
    crate::text::width(&crate::text::inert_line(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextInput {
        let mut input = TextInput::multi();
        s.chars().for_each(|c| input.insert(c));
        input
    }

    #[test]
    fn the_cursor_column_counts_display_columns() {
        let input = typed("a进展");
        assert_eq!(input.wrap(80).cursor, (0, 5));
        let mut input = typed("进展顺利");
        input.left();
        input.backspace();
        assert_eq!(input.text(), "进展利");
        assert_eq!(input.wrap(80).cursor, (0, 4));
        input.delete();
        assert_eq!(input.text(), "进展");
    }

    #[test]
    fn up_and_down_keep_the_display_column() {
        let mut input = typed("ab进展\n第二行文字");
        assert_eq!(input.wrap(80).cursor, (1, 10));
        assert!(input.up());
        assert_eq!(input.wrap(80).cursor, (0, 6));
        input.home();
        input.right();
        input.right();
        input.right();
        assert_eq!(input.wrap(80).cursor, (0, 4));
        assert!(input.down());
        assert_eq!(input.wrap(80).cursor, (1, 4));
        assert!(!input.down());
    }

    #[test]
    fn a_paste_of_any_size_never_grows_a_field_past_its_limit() {
        let mut line = TextInput::single("省科技厅");
        line.insert_str(&"长".repeat(LINE_LIMIT));
        assert_eq!(
            line.text(),
            "省科技厅",
            "a paste past the limit is not taken"
        );
        line.insert_str(&"a".repeat(LINE_LIMIT - line.text().len()));
        assert_eq!(line.text().len(), LINE_LIMIT, "up to the limit is taken");
        line.insert('b');
        assert_eq!(line.text().len(), LINE_LIMIT);
        let mut note = TextInput::multi();
        note.insert_str(&"x".repeat(crate::model::MAX_NOTE_BYTES * 3));
        assert!(note.text().is_empty());
    }

    #[test]
    fn paste_keeps_line_breaks_only_where_lines_are_allowed() {
        let mut body = TextInput::multi();
        body.insert_str("第一行\r\n第二行");
        assert_eq!(body.text(), "第一行\n第二行");
        let mut one = TextInput::single("");
        one.insert_str("a\nb");
        one.insert('\n');
        assert_eq!(one.text(), "a b");
    }

    #[test]
    fn editing_keys_edit_and_other_actions_are_left_alone() {
        let mut input = TextInput::single("进展");
        for action in [
            Action::Home,
            Action::Insert('新'),
            Action::End,
            Action::Backspace,
        ] {
            assert!(input.edit(&action), "{action:?}");
        }
        assert_eq!(input.text(), "新进");
        assert!(input.edit(&Action::Paste("a\nb".into())));
        assert_eq!(input.text(), "新进a b");
        assert!(!input.edit(&Action::Save));
        assert!(!input.edit(&Action::Up));
        assert_eq!(input.text(), "新进a b");
    }

    #[test]
    fn wrapping_never_splits_a_wide_character() {
        let input = typed("一二三四五");
        let w = input.wrap(5);
        assert_eq!(w.lines, ["一二", "三四", "五"]);
        assert_eq!(w.cursor, (2, 2));
        let full = typed("一二");
        assert_eq!(full.wrap(4).cursor, (1, 0));
        let hostile = typed("x\u{1b}[2J");
        assert_eq!(hostile.wrap(20).lines, ["x␛[2J"]);
    }
}
