//! mysql column types: being written.
