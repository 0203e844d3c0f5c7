//! postgres column types: being written.
