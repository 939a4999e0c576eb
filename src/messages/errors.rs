//! The program's errors, worded from the facts each variant carries.
