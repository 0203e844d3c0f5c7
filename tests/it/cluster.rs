//! Issue 20: the link stage's blocking and scoring on an Apache Ballista
//! cluster. A scheduler and two executors (`onefamily cluster`) run on
//! localhost as processes of their own; `link --engine ballista://…`, whose
//! executors count training's comparison patterns (`onefamily_pattern`)
//! and weigh every candidate pair (`onefamily_weight`), gives the same
//! crosswalk, model and stored link as the link on this machine alone.

use crate::util::{self, read, text};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A free port on localhost (free when asked; the processes bind it next).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The cluster's processes, stopped when the test ends, however it ends.
struct Cluster(Vec<Child>);

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn spawn(args: &[&str], log: &Path) -> Child {
    let log = std::fs::File::create(log).unwrap();
    Command::new(env!("CARGO_BIN_EXE_onefamily"))
        .args(args)
        .current_dir(util::root())
        .env("RUST_LOG", "warn,onefamily=info")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("the onefamily binary starts")
}

/// Wait until something listens on `port`, or fail with the logs.
fn wait_for(port: u16, cluster: &mut Cluster, logs: &Path) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        for child in &mut cluster.0 {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("a cluster process stopped ({status}): {}", all_logs(logs));
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "nothing listens on {port} after 60 s: {}",
            all_logs(logs)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn all_logs(dir: &Path) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "log") {
            out.push_str(&format!("\n--- {}\n{}", path.display(), read(&path)));
        }
    }
    out
}

/// The bundled estate's project in `dir`, with blocks over 40 records left
/// out (so that capped blocks, which hide no pair from a later rule, are
/// part of what the cluster must get right), training on samples of at
/// most 20,000 pairs (so that the cluster's training must sample the same
/// blocks as training here) and the parenting register
/// declared duplicate-free (so that pairs inside one source are left out
/// for one source and kept for the others).
fn project(dir: &Path) -> PathBuf {
    util::bundled_project(dir, &|name, text| match name {
        "link.toml" => {
            assert!(text.contains("max_block_size = 2000"), "{text}");
            assert!(text.contains("em_max_pairs = 5000000"), "{text}");
            text.replace("max_block_size = 2000", "max_block_size = 40")
                .replace("em_max_pairs = 5000000", "em_max_pairs = 20000")
        }
        "parenting.toml" => text.replacen("[source]\n", "[source]\nduplicate_free = true\n", 1),
        _ => text,
    })
}

fn link(project: &Path, out: &Path, engine: &[&str]) -> String {
    link_logged(project, out, engine).0
}

/// `link`'s output and its log.
fn link_logged(project: &Path, out: &Path, engine: &[&str]) -> (String, String) {
    let mut args = vec![
        "-v",
        "link",
        "--project",
        project.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(engine);
    let o = util::onefamily(&args);
    assert!(o.status.success(), "{}", text(&o));
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A scheduler and two executors on localhost, each executor with its own
/// extra arguments; the scheduler's address and the logs' folder.
fn start(dir: &Path, executors: [&[&str]; 2]) -> (Cluster, String, PathBuf) {
    let logs = dir.join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    let scheduler = free_port();
    let address = format!("127.0.0.1:{scheduler}");
    let mut cluster = Cluster(vec![spawn(
        &["cluster", "scheduler", "--bind", &address],
        &logs.join("scheduler.log"),
    )]);
    wait_for(scheduler, &mut cluster, &logs);
    for (e, extra) in ["one", "two"].into_iter().zip(executors) {
        let (port, grpc) = (free_port(), free_port());
        let work = dir.join(format!("executor-{e}"));
        std::fs::create_dir_all(&work).unwrap();
        let (port_text, grpc_text) = (port.to_string(), grpc.to_string());
        let mut args: Vec<&str> = vec![
            "cluster",
            "executor",
            "--scheduler",
            &address,
            "--port",
            &port_text,
            "--grpc-port",
            &grpc_text,
            "--cores",
            "1",
            "--work-dir",
            work.to_str().unwrap(),
        ];
        args.extend(extra);
        cluster
            .0
            .push(spawn(&args, &logs.join(format!("executor-{e}.log"))));
        wait_for(port, &mut cluster, &logs);
    }
    (cluster, address, logs)
}

/// The link here and on the cluster, and where each wrote.
struct Both {
    here: PathBuf,
    there: PathBuf,
    /// The stage folder the cluster's links share.
    stage: PathBuf,
    /// `--engine`'s value.
    engine: String,
    local: String,
    remote: String,
}

/// Link `project` here (in DIR/here) and on the cluster at `address` (in
/// DIR/there, staging in DIR/shared, with `options` beside the engine's).
fn both(dir: &Path, project: &Path, address: &str, options: &[&str]) -> Both {
    let here = dir.join("here");
    let there = dir.join("there");
    let stage = dir.join("shared");
    let local = link(project, &here, &[]);
    let engine = format!("ballista://{address}");
    let mut args = vec![
        "--engine",
        &engine,
        "--engine-stage",
        stage.to_str().unwrap(),
    ];
    args.extend(options);
    let remote = link(project, &there, &args);
    Both {
        here,
        there,
        stage,
        engine,
        local,
        remote,
    }
}

#[test]
fn the_crosswalk_from_a_ballista_cluster_is_the_one_linked_here() {
    let dir = util::tempdir();
    let project = project(dir.path());
    // The second executor with a memory pool of its own size.
    let (mut cluster, address, logs) = start(dir.path(), [&[], &["--memory-pool-mib", "512"]]);
    let run = both(dir.path(), &project, &address, &[]);
    let (here, there, stage) = (&run.here, &run.there, &run.stage);
    let (engine, local, remote) = (run.engine.as_str(), &run.local, &run.remote);
    assert_eq!(
        local.replace(here.to_str().unwrap(), "OUT"),
        remote.replace(there.to_str().unwrap(), "OUT"),
        "the same records, people, families, candidate pairs, links and review band"
    );
    let crosswalk = read(&here.join("crosswalk.csv"));
    assert!(crosswalk.lines().count() > 20_000, "a real estate");
    assert_eq!(
        crosswalk,
        read(&there.join("crosswalk.csv")),
        "the same crosswalk"
    );
    let model = read(&here.join("model.json"));
    assert_eq!(model, read(&there.join("model.json")), "the same model");
    // The records cut into three shards: training and scoring each a job
    // per shard pair (six), over those shards' features alone.
    let sharded = dir.path().join("sharded");
    let (remote, log) = link_logged(
        &project,
        &sharded,
        &[
            "--engine",
            engine,
            "--engine-stage",
            stage.to_str().unwrap(),
            "--engine-shard-records",
            "9000",
            "--engine-partitions",
            "3",
        ],
    );
    assert_eq!(
        local.replace(here.to_str().unwrap(), "OUT"),
        remote.replace(sharded.to_str().unwrap(), "OUT"),
        "in shards: the same records, people, families, pairs, links and band"
    );
    assert_eq!(crosswalk, read(&sharded.join("crosswalk.csv")), "in shards");
    assert_eq!(
        log.matches("shards=3 shard_pairs=6").count(),
        2,
        "training and scoring in three shards: {log}"
    );
    assert_eq!(
        log.lines()
            .filter(|l| l.split_whitespace().any(|w| w == "partitions=3"))
            .count(),
        2,
        "training's and scoring's plans in three partitions: {log}"
    );
    assert_eq!(model, read(&sharded.join("model.json")), "in shards");
    assert_eq!(
        std::fs::read(here.join("link/clusters.bin")).unwrap(),
        std::fs::read(sharded.join("link/clusters.bin")).unwrap(),
        "in shards: the same stored link"
    );
    // Trained on samples: the prior's pairs are fewer than the candidates.
    let model: serde_json::Value = serde_json::from_str(&model).unwrap();
    let sessions = model["em_sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 3, "two training rules and the prior");
    let prior = sessions[2]["pairs"].as_u64().unwrap();
    let candidates = model["candidate_pairs"].as_u64().unwrap();
    assert!(
        prior > 0 && prior * 2 < candidates,
        "a sample: {prior} of {candidates} pairs"
    );
    // The stored link holds the link's statistics (each blocking rule's
    // blocks, capped blocks and comparisons), its labels and review band.
    assert_eq!(
        std::fs::read(here.join("link/clusters.bin")).unwrap(),
        std::fs::read(there.join("link/clusters.bin")).unwrap(),
        "the same stored link, statistics included"
    );
    // Capped blocks were part of it (the statistics are JSON in the file).
    let stored = String::from_utf8_lossy(&std::fs::read(there.join("link/clusters.bin")).unwrap())
        .into_owned();
    let capped: u64 = stored
        .match_indices("\"capped_blocks\":")
        .map(|(i, m)| {
            let rest = &stored[i + m.len()..];
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            rest[..end].parse::<u64>().unwrap()
        })
        .sum();
    assert!(capped > 0, "some block is over 40 records");
    // The keys and the scoring package are gone.
    let leftover: Vec<_> = std::fs::read_dir(stage)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(leftover.is_empty(), "{leftover:?}");
    // The cluster's processes are still up: neither failed on the job.
    for child in &mut cluster.0 {
        assert!(child.try_wait().unwrap().is_none(), "{}", all_logs(&logs));
    }
    // Each executor held the scoring packages it read in its one memory
    // pool (the second's of the size it was given), and let them go.
    for (e, size) in [("one", None), ("two", Some("pool_mib=512"))] {
        let log = read(&logs.join(format!("executor-{e}.log")));
        let pool = log
            .lines()
            .find(|l| l.contains("the executor's memory pool"))
            .unwrap_or_else(|| panic!("executor {e}: {log}"));
        assert!(size.is_none_or(|s| pool.trim_end().ends_with(s)), "{pool}");
        // Freed pages go back to the system at once (without, an
        // executor's private memory was about three times as much).
        let start = log
            .lines()
            .find(|l| l.contains("the executor starts"))
            .unwrap_or_else(|| panic!("executor {e}: {log}"));
        assert!(start.contains("purge_delay_ms=0"), "{start}");
        let held = log
            .matches("holding a scoring package in the memory pool")
            .count();
        assert!(held >= 1, "executor {e}: {log}");
        // With its private resident memory and threads beside it.
        let figure = |line: &str, name: &str| -> u64 {
            let at = line.find(name).map(|i| i + name.len());
            let digits = at.map(|i| &line[i..]).unwrap_or("");
            let end = digits
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(digits.len());
            digits[..end].parse().unwrap_or(0)
        };
        let line = log
            .lines()
            .find(|l| l.contains("holding a scoring package"))
            .unwrap();
        assert!(figure(line, "resident_mib=") > 0, "{line}");
        assert!(figure(line, "threads=") > 1, "{line}");
        assert!(
            log.contains("let go of a scoring package"),
            "executor {e}: {log}"
        );
    }
}

/// Executors whose memory mark is below anything they hold start afresh
/// after the jobs they took part in, job after job, as an executor past
/// its mark would on a large estate: they leave the cluster between jobs
/// and come back as new processes in the same place, and the sharded link
/// on them gives the crosswalk, model and stored link linked here.
#[test]
fn executors_that_start_afresh_between_jobs_lose_nothing() {
    let dir = util::tempdir();
    let project = project(dir.path());
    let always: &[&str] = &["--restart-above-mib", "1"];
    let (mut cluster, address, logs) = start(dir.path(), [always, always]);
    let Both {
        here,
        there,
        local,
        remote,
        ..
    } = both(
        dir.path(),
        &project,
        &address,
        &["--engine-shard-records", "9000"],
    );
    assert_eq!(
        local.replace(here.to_str().unwrap(), "OUT"),
        remote.replace(there.to_str().unwrap(), "OUT"),
        "the same records, people, families, pairs, links and band"
    );
    for file in ["crosswalk.csv", "model.json", "link/clusters.bin"] {
        assert_eq!(
            std::fs::read(here.join(file)).unwrap(),
            std::fs::read(there.join(file)).unwrap(),
            "the same {file}"
        );
    }
    // Each executor started afresh at least once, and came back: the
    // fresh process logged its start as the first restart, in the same
    // process (the test's child is still running).
    for e in ["one", "two"] {
        let log = read(&logs.join(format!("executor-{e}.log")));
        assert!(
            log.contains("it takes no new task, to start afresh"),
            "executor {e} fenced itself: {log}"
        );
        assert!(
            log.contains("the executor leaves the cluster and starts afresh"),
            "executor {e} left: {log}"
        );
        assert!(
            log.lines()
                .any(|l| l.contains("the executor starts") && l.contains("restarts=1")),
            "executor {e} came back: {log}"
        );
    }
    for child in &mut cluster.0 {
        assert!(child.try_wait().unwrap().is_none(), "{}", all_logs(&logs));
    }
}

/// A scheduler that is not there is a clear error, naming the engine, and
/// leaves no keys or scoring package behind.
#[test]
fn no_scheduler_is_a_clear_error() {
    let dir = util::tempdir();
    let project = project(dir.path());
    let stage = dir.path().join("shared");
    let engine = format!("ballista://127.0.0.1:{}", free_port());
    let o = util::onefamily(&[
        "--quiet",
        "link",
        "--project",
        project.to_str().unwrap(),
        "--out",
        dir.path().join("out").to_str().unwrap(),
        "--engine",
        &engine,
        "--engine-stage",
        stage.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("link engine {engine}")), "{err}");
    assert_eq!(std::fs::read_dir(&stage).unwrap().count(), 0);
}
