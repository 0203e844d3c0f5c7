//! The integration tests: one binary, with a shared `util` module.

mod cli;
mod demo;
mod extract;
mod link;
mod load;
mod report;
mod review;
mod util;
