//! The integration tests: one binary, with a shared `util` module.

mod demo;
mod extract;
mod layers;
mod link;
mod load;
mod report;
mod review;
mod util;
