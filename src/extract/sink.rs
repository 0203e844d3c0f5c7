//! Where a reader hands its staged person records while it is still
//! reading: the staging store (`crate::store::stream`) writes them to its
//! file on a thread of its own, so the source is read on one core while its
//! records are encoded, hashed and written on the other, where the two ran
//! one after the other. The records go across a window at a time, in the
//! order they were staged, and come back whole, in that order, when the
//! reader is done (`PersonSink::finish`): the extract a reader returns is
//! the same with a sink or without one.

use crate::model::StagedPerson;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};

/// Person records handed over at a time: large enough that the hand-over
/// costs nothing beside staging them, small enough (about 6 MB) that the
/// windows in flight add nothing to the run's peak.
pub const WINDOW: usize = 1 << 14;

/// Windows that may wait for the writer before the reader waits for it.
const IN_FLIGHT: usize = 2;

/// What a sink sends its writer.
pub enum Msg {
    /// Room for this many records in all (the reader counted its rows).
    Reserve(usize),
    /// The next records, in staging order.
    Window(Vec<StagedPerson>),
    /// The reader is done: every record back, in order, through this.
    Finish(Sender<Vec<StagedPerson>>),
}

/// The reader's end (cloned with the `ReadCtx` it travels in).
#[derive(Clone)]
pub struct PersonSink {
    tx: SyncSender<Msg>,
    /// Windows the writer has emptied, to be filled again.
    spare: Arc<Mutex<Receiver<Vec<StagedPerson>>>>,
}

impl std::fmt::Debug for PersonSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PersonSink")
    }
}

/// The writer's end: the windows to write, and where the emptied ones go back.
pub struct SinkEnd {
    pub rx: Receiver<Msg>,
    pub spare: Sender<Vec<StagedPerson>>,
}

/// A sink and its writer's end.
pub fn channel() -> (PersonSink, SinkEnd) {
    let (tx, rx) = mpsc::sync_channel(IN_FLIGHT);
    let (spare_tx, spare_rx) = mpsc::channel();
    (
        PersonSink {
            tx,
            spare: Arc::new(Mutex::new(spare_rx)),
        },
        SinkEnd {
            rx,
            spare: spare_tx,
        },
    )
}

impl PersonSink {
    /// Room for `n` records in all, so the writer's vector is allocated once.
    pub fn reserve(&self, n: usize) {
        // A writer that has gone is found by `finish`.
        let _ = self.tx.send(Msg::Reserve(n));
    }

    /// Hand over a full window; an empty one to fill comes back.
    pub fn window(&self, full: Vec<StagedPerson>) -> Vec<StagedPerson> {
        // A writer that has gone is found by `finish`, which then fails
        // the extract: the records are not silently lost.
        let _ = self.tx.send(Msg::Window(full));
        let spare = self.spare.lock().ok().and_then(|rx| rx.try_recv().ok());
        spare.unwrap_or_else(|| Vec::with_capacity(WINDOW))
    }

    /// Every record handed over, in order, once the writer has them all;
    /// `None` when the writer has stopped.
    pub fn finish(&self) -> Option<Vec<StagedPerson>> {
        let (tx, rx) = mpsc::channel();
        self.tx.send(Msg::Finish(tx)).ok()?;
        rx.recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that keeps what it is sent, as the store's does.
    fn keeper(end: SinkEnd) -> std::thread::JoinHandle<usize> {
        std::thread::spawn(move || {
            let mut all = Vec::new();
            let mut windows = 0;
            for msg in end.rx.iter() {
                match msg {
                    Msg::Reserve(n) => all.reserve(n),
                    Msg::Window(mut w) => {
                        windows += 1;
                        all.append(&mut w);
                        let _ = end.spare.send(w);
                    }
                    Msg::Finish(reply) => {
                        let _ = reply.send(std::mem::take(&mut all));
                        break;
                    }
                }
            }
            windows
        })
    }

    #[test]
    fn records_come_back_whole_and_in_order() {
        let (sink, end) = channel();
        let writer = keeper(end);
        sink.reserve(3 * WINDOW + 5);
        let mut window = Vec::with_capacity(WINDOW);
        for n in 0..3 * WINDOW + 5 {
            window.push(StagedPerson {
                key: n.to_string(),
                ..Default::default()
            });
            if window.len() == WINDOW {
                window = sink.window(window);
                assert!(window.is_empty());
            }
        }
        sink.window(window);
        let all = sink.finish().expect("the writer answers");
        assert_eq!(writer.join().unwrap(), 4);
        assert_eq!(all.len(), 3 * WINDOW + 5);
        assert!(all.iter().enumerate().all(|(n, p)| p.key == n.to_string()));
    }

    #[test]
    fn a_writer_that_has_gone_is_found_at_the_end() {
        let (sink, end) = channel();
        drop(end);
        let back = sink.window(vec![StagedPerson::default()]);
        assert!(back.is_empty());
        assert!(sink.finish().is_none());
    }
}
