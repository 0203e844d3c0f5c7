//! The integration tests: one binary, with a shared `util` module.

mod cli;
#[cfg(feature = "ballista")]
mod cluster;
mod demo;
mod dump;
mod export;
mod extract;
mod fuzz;
mod init;
mod layers;
mod link;
mod load;
mod measures;
mod nothing_lost;
mod report;
mod review;
mod shapes;
mod staged;
mod staged_servers;
mod terminal;
mod util;
