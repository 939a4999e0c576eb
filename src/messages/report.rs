//! The overdue report's headings, labels and sentences, in every format.
