//! sqlserver column types: being written.
