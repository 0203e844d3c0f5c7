//! A fresh extract written to the store while its source is read. The
//! reader hands its person records over a window at a time
//! (`crate::extract::sink`); a thread of the store's encodes each as its
//! line, hashes it, writes it and notes it in the person index, then keeps
//! the records, in order, for the reader to take back when it is done.
//! The extract's own line (its counts, rejects and integrity, known only
//! at the end) follows the person lines, then the index and the manifest,
//! with the atomic renames of `Store::put`.
//!
//! At a million records the store's write (encoding 386 MB of JSON and
//! hashing it) took a second after the read; beside the read, on the other
//! core, it takes none of the run's wall time.

use super::{extract_line, index, person_line, write_atomic, Manifest, Store, DATA};
use crate::error::{Error, Result};
use crate::extract::sink::{self, Msg, PersonSink, SinkEnd};
use crate::model::{SourceExtract, StagedPerson};
use sha2::{Digest, Sha256};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use tempfile::NamedTempFile;

/// A source's entry being written: its writer thread and the sink that
/// feeds it.
pub(crate) struct Streaming {
    sink: PersonSink,
    thread: std::thread::JoinHandle<Result<Written>>,
    dir: PathBuf,
}

/// The person lines written so far.
struct Written {
    file: BufWriter<NamedTempFile>,
    hash: Sha256,
    len: u64,
    index: index::Builder,
}

fn io_err(e: std::io::Error) -> Error {
    Error::Other(format!("staging an extract: {e}"))
}

impl Store {
    /// Start writing source `name`'s entry: person records handed to the
    /// returned sink are written as they come. Nothing replaces the entry
    /// in place until `Streaming::finish`; a read that fails leaves it as
    /// it was (the temporary file is removed).
    pub(crate) fn stream(&self, name: &str) -> Result<Streaming> {
        let dir = self.source_dir(name);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let tmp = NamedTempFile::new_in(&dir).map_err(|e| Error::io(&dir, e))?;
        let (sink, end) = sink::channel();
        let thread = std::thread::Builder::new()
            .name("stage-writer".into())
            .spawn(move || write_persons(end, tmp))
            .map_err(|e| Error::Other(format!("staging an extract: no writer thread: {e}")))?;
        Ok(Streaming { sink, thread, dir })
    }
}

impl Streaming {
    /// Where the reader hands its person records.
    pub(crate) fn sink(&self) -> PersonSink {
        self.sink.clone()
    }

    /// After a read that failed: the writer stopped and its temporary file
    /// removed before this returns (the reader, done, holds no sink now).
    pub(crate) fn abandon(self) {
        let Streaming { sink, thread, .. } = self;
        drop(sink);
        let _ = thread.join();
    }

    /// After the reader has taken its records back (`PersonSink::finish`,
    /// which `extract::run` calls): the extract's own line, then the data
    /// file, the person index and the manifest that `manifest` makes from
    /// the data's SHA-256, each renamed into place. Returns the manifest.
    pub(crate) fn finish(
        self,
        x: &mut SourceExtract,
        manifest: impl FnOnce(&SourceExtract, String) -> Manifest,
    ) -> Result<Manifest> {
        let Streaming { sink, thread, dir } = self;
        drop(sink);
        let Written {
            mut file,
            mut hash,
            len,
            index,
        } = thread
            .join()
            .map_err(|_| Error::Other("staging an extract: the store's writer stopped".into()))??;
        let last = extract_line(x)?;
        hash.update(&last);
        file.write_all(&last).map_err(io_err)?;
        let len = len + last.len() as u64;
        let path = dir.join(DATA);
        let tmp = file
            .into_inner()
            .map_err(|e| Error::io(&path, e.into_error()))?;
        let sha = hex::encode(hash.finalize());
        tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
        write_atomic(&dir.join(index::FILE), &index.finish(&sha, len))?;
        let mf = manifest(x, sha);
        let m = serde_json::to_vec_pretty(&mf).map_err(|e| Error::Other(e.to_string()))?;
        write_atomic(&dir.join("manifest.json"), &m)?;
        // Format 1's data file, no longer read: personal data not to leave behind.
        let _ = std::fs::remove_file(dir.join("extract.json"));
        Ok(mf)
    }
}

/// The writer thread: each window's lines written, its records kept, until
/// the reader asks for them back. A failed write stops the writing, not
/// the keeping: the reader gets every record back, and the failure is
/// `finish`'s error.
fn write_persons(end: SinkEnd, tmp: NamedTempFile) -> Result<Written> {
    let mut out = Written {
        file: BufWriter::with_capacity(1 << 20, tmp),
        hash: Sha256::new(),
        len: 0,
        index: index::Builder::default(),
    };
    let mut all: Vec<StagedPerson> = Vec::new();
    let mut failed: Option<Error> = None;
    let mut line = Vec::with_capacity(1 << 10);
    for msg in end.rx.iter() {
        match msg {
            Msg::Reserve(n) => all.reserve(n),
            Msg::Window(mut window) => {
                if failed.is_none() {
                    failed = out.lines(&window, &mut line).err();
                }
                all.append(&mut window);
                let _ = end.spare.send(window);
            }
            Msg::Finish(reply) => {
                let _ = reply.send(std::mem::take(&mut all));
                return match failed {
                    Some(e) => Err(e),
                    None => Ok(out),
                };
            }
        }
    }
    Err(Error::Other(
        "staging an extract: the source's read stopped".into(),
    ))
}

impl Written {
    /// Each record's line: indexed, hashed, written.
    fn lines(&mut self, persons: &[StagedPerson], line: &mut Vec<u8>) -> Result<()> {
        for p in persons {
            line.clear();
            person_line(p, line)?;
            let text = line.len() - 1;
            self.index.push(self.len, index::line_len(text)?, &p.key);
            self.hash.update(&line[..]);
            self.file.write_all(line).map_err(io_err)?;
            self.len += line.len() as u64;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::sink::WINDOW;
    use crate::model::staging::Origin;
    use crate::store::{decode, encode, index, StageOptions, Store};

    /// A CSV source of more rows than two windows, with a row rejected for
    /// its missing key, a duplicate key and a blank row among them, in two
    /// files read as one source.
    fn project(dir: &std::path::Path) -> crate::mapping::Project {
        let w = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
        w(
            "project.toml",
            "[project]\nname = \"t\"\nreference_date = \"2026-01-01\"\n[target]\nurl = \"sqlite://out.db\"\nsources = [\"p.toml\"]\n",
        );
        w(
            "p.toml",
            "[source]\nname = \"p\"\nservice = \"P\"\nkind = \"csv\"\npath = \"p-*.csv\"\n[person]\nkey = \"id\"\ngiven_names = \"first\"\ndob = { column = \"dob\", formats = [\"%Y-%m-%d\"] }\n",
        );
        let rows = 2 * WINDOW + 7;
        let mut a = String::from("id,first,dob\n");
        let mut b = a.clone();
        for n in 0..rows {
            let line = match n {
                5 => ",Nokey,2001-01-01\n".to_string(),
                9 => "K3,Again,2001-01-02\n".to_string(),
                11 => ",,\n".to_string(),
                _ => format!("K{n},Ada {n},2001-02-{:02}\n", n % 28 + 1),
            };
            if n < WINDOW + 3 {
                a.push_str(&line);
            } else {
                b.push_str(&line);
            }
        }
        w("p-1.csv", &a);
        w("p-2.csv", &b);
        crate::mapping::load_project(&dir.join("project.toml")).unwrap()
    }

    #[tokio::test]
    async fn a_source_staged_while_read_is_the_source_read_alone() {
        let dir = tempfile::tempdir().unwrap();
        let project = project(dir.path());
        let store = Store {
            dir: dir.path().join("stage"),
        };
        let mut alone = crate::extract::extract_source(&project, 0).await.unwrap();
        let bytes = encode(&mut alone).unwrap();
        assert_eq!(
            alone.persons.len(),
            2 * WINDOW + 4,
            "two rejected, one blank"
        );
        assert_eq!(alone.rejects.len(), 2);

        let opts = StageOptions::default();
        let mut staged = crate::store::stage(&project, Some(&store), &opts)
            .await
            .unwrap();
        assert_eq!(staged.staging.sources[0].origin, Origin::Extracted);
        let x = &mut staged.extracts[0];
        assert_eq!(encode(x).unwrap(), bytes, "the same extract, byte for byte");

        let e = store.entry("p").expect("an intact entry");
        assert_eq!(e.data, bytes, "the stored form is the encoded one");
        let idx = std::fs::read(store.source_dir("p").join(index::FILE)).unwrap();
        assert_eq!(idx, index::build(&e.data, &e.manifest.data_sha256).unwrap());
        assert_eq!(e.manifest.records, alone.records());
        let last = format!("K{}", 2 * WINDOW + 6);
        assert_eq!(store.person(&e.manifest, &last).unwrap().key, last);
        assert_eq!(
            encode(&mut decode(&e.data, 0, "p").unwrap()).unwrap(),
            bytes
        );

        let mut again = crate::store::stage(&project, Some(&store), &opts)
            .await
            .unwrap();
        assert_eq!(again.staging.sources[0].origin, Origin::Reused);
        assert_eq!(encode(&mut again.extracts[0]).unwrap(), bytes);
    }

    #[tokio::test]
    async fn a_read_that_fails_leaves_the_entry_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let project = project(dir.path());
        let store = Store {
            dir: dir.path().join("stage"),
        };
        let opts = StageOptions::default();
        crate::store::stage(&project, Some(&store), &opts)
            .await
            .unwrap();
        let before = store.entry("p").expect("staged").data;
        // A file the mapping cannot read: its header lacks a mapped column.
        std::fs::write(dir.path().join("p-2.csv"), "id,first\nK1,Ada\n").unwrap();
        assert!(crate::store::stage(&project, Some(&store), &opts)
            .await
            .is_err());
        assert_eq!(store.entry("p").expect("still intact").data, before);
        let left: Vec<_> = std::fs::read_dir(store.source_dir("p"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left.len(), 3, "no temporary file left behind: {left:?}");
    }
}
