//! The integration tests: one binary, with a shared `util` module.

mod demo;
mod extract;
mod fuzz;
mod link;
mod load;
mod nothing_lost;
mod report;
mod review;
mod util;
