//! `onefamily cluster`'s processes: a Ballista scheduler and executor
//! that know the link's functions (`crate::link::ballista_score`).

use super::restart::{self, Restart};
use crate::error::{Error, Result};
use crate::link::ballista_score;
use datafusion::execution::memory_pool::{
    FairSpillPool, MemoryPool, PeakRecordingPool, TrackConsumersPool,
};
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use std::path::PathBuf;
use std::sync::Arc;

/// `onefamily cluster scheduler`: a Ballista scheduler on `bind`
/// (`host:port`), until stopped.
pub async fn scheduler(bind: std::net::SocketAddr, external_host: Option<String>) -> Result<()> {
    use ballista_scheduler::cluster::BallistaCluster;
    use ballista_scheduler::config::SchedulerConfig;
    let config = SchedulerConfig {
        bind_host: bind.ip().to_string(),
        bind_port: bind.port(),
        external_host: external_host.unwrap_or_else(|| bind.ip().to_string()),
        // An executor that fences itself to start afresh stays one for
        // this long before the scheduler counts it gone (Ballista's
        // default, none, would count it gone at once: see `restart`).
        executor_termination_grace_period: 30,
        ..SchedulerConfig::default()
    }
    .with_override_session_builder(Arc::new(ballista_score::scheduler_session));
    let err = |e: ballista_core::error::BallistaError| {
        Error::Other(format!("Ballista scheduler on {bind}: {e}"))
    };
    let cluster = BallistaCluster::new_from_config(&config)
        .await
        .map_err(err)?;
    ballista_scheduler::scheduler_process::start_server(cluster, bind, Arc::new(config))
        .await
        .map_err(err)
}

/// What `onefamily cluster executor` is given.
pub struct ExecutorOptions {
    /// The scheduler, `host:port`.
    pub scheduler: String,
    /// Address to listen on, and the host name others reach it by.
    pub bind_host: String,
    pub external_host: Option<String>,
    /// Arrow Flight (shuffle and results) and gRPC ports.
    pub port: u16,
    pub grpc_port: u16,
    /// Tasks at once (default: the machine's cores).
    pub cores: Option<usize>,
    /// Where shuffle files go (default: a temporary folder).
    pub work_dir: Option<PathBuf>,
    /// DataFusion's memory pool, MiB (default: Ballista's auto-sized one).
    pub memory_pool_mib: Option<u64>,
    /// Start afresh between jobs past this private memory, MiB (0: never).
    pub restart_above_mib: u64,
}

/// `onefamily cluster executor`: a Ballista executor registered with the
/// scheduler, until stopped.
pub async fn executor(o: ExecutorOptions) -> Result<()> {
    use ballista_executor::executor_process::{start_executor_process, ExecutorProcessConfig};
    let (host, port) = o
        .scheduler
        .rsplit_once(':')
        .and_then(|(h, p)| Some((h.to_string(), p.parse::<u16>().ok()?)))
        .ok_or_else(|| Error::Other("--scheduler: expected HOST:PORT".into()))?;
    // Shuffle files are served by their path: an absolute one.
    let work_dir = match &o.work_dir {
        Some(d) => {
            std::fs::create_dir_all(d).map_err(|e| Error::io(d, e))?;
            Some(std::fs::canonicalize(d).map_err(|e| Error::io(d, e))?)
        }
        None => None,
    };
    let mut config = ExecutorProcessConfig {
        bind_host: o.bind_host.clone(),
        external_host: o.external_host.clone(),
        port: o.port,
        grpc_port: o.grpc_port,
        scheduler_host: host,
        scheduler_port: port,
        // Wait for a scheduler started at the same time.
        scheduler_connect_timeout_seconds: 30,
        work_dir: work_dir.as_ref().map(|d| d.to_string_lossy().into_owned()),
        print_thread_info: false,
        ..ExecutorProcessConfig::default()
    };
    if let Some(cores) = o.cores {
        config.vcores = cores.max(1);
    }
    // One memory pool for the whole executor, shared by its tasks and the
    // scoring packages they read (`ballista_score::hold_packages_in`), in
    // place of Ballista's pool per task (a share of the executor's by the
    // task's cores), which a package held between a job's tasks is in none
    // of. `Some(0)` tells Ballista to install none of its own.
    let pool_bytes = match o.memory_pool_mib {
        Some(0) => return Err(Error::Other("--memory-pool-mib: at least 1".into())),
        Some(mib) => Some(mib.saturating_mul(1 << 20)),
        None => auto_pool_bytes(),
    };
    if let Some(bytes) = pool_bytes {
        let pool = executor_pool(bytes);
        tracing::info!(
            pool_mib = bytes >> 20,
            "the executor's memory pool, shared by its tasks and scoring packages"
        );
        ballista_score::hold_packages_in(pool.clone());
        // Spill files go to the work folder, as Ballista's own runtime has
        // them (DataFusion's temporary folder where none is given).
        let spill = work_dir.clone();
        config.memory_pool_size = Some(0);
        config.override_runtime_producer = Some(Arc::new(move |_| {
            let mut runtime = RuntimeEnvBuilder::new().with_memory_pool(pool.clone());
            if let Some(dir) = &spill {
                runtime = runtime.with_temp_file_path(dir);
            }
            runtime.build_arc()
        }));
    }
    config.override_function_registry = Some(Arc::new(ballista_score::executor_functions()));
    // Past its memory mark, between jobs, the executor starts afresh
    // (`restart`): a fresh process holds only what its next job needs.
    let restart = (o.restart_above_mib > 0).then(Restart::default);
    if let Some(r) = &restart {
        config.override_execution_engine = Some(r.engine.clone());
    }
    // Job after job: freed pages go back to the system at once, or they
    // stay resident and double the executor's peak (see `purge_at_once`).
    crate::memory::purge_at_once();
    tracing::info!(
        restart_above_mib = o.restart_above_mib,
        restarts = restart::restarts(),
        purge_delay_ms = crate::memory::purge_delay_ms(),
        "the executor starts"
    );
    let config = Arc::new(config);
    if let Some(r) = &restart {
        let vcores = match config.vcores {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        let me = ballista_executor::executor_process::structure_executor_metadata(
            &config,
            u32::try_from(vcores).unwrap_or(u32::MAX),
        );
        let mark = o.restart_above_mib.saturating_mul(1 << 20);
        r.watch(
            o.scheduler.clone(),
            usize::try_from(mark).unwrap_or(usize::MAX),
            me,
        );
    }
    start_executor_process(config).await.map_err(|e| {
        Error::Other(format!(
            "Ballista executor on {}:{}: {e}",
            o.bind_host, o.port
        ))
    })?;
    match restart {
        Some(r) if r.asked.load(std::sync::atomic::Ordering::Acquire) => {
            Err(restart::start_afresh())
        }
        _ => Ok(()),
    }
}

/// The executor's pool of `bytes`: DataFusion's fair spilling pool (each
/// spilling operator gets an equal share of what the unspillable ones,
/// the packages among them, leave), naming its five largest holders when
/// it refuses one, and recording its highest reservation (logged as
/// packages come and go).
fn executor_pool(bytes: u64) -> Arc<dyn MemoryPool> {
    const NAMED: std::num::NonZeroUsize = std::num::NonZeroUsize::new(5).unwrap();
    let fair = FairSpillPool::new(usize::try_from(bytes).unwrap_or(usize::MAX));
    let tracked = TrackConsumersPool::new(fair, NAMED);
    Arc::new(PeakRecordingPool::new(Arc::new(tracked)))
}

/// The pool Ballista would size itself with no `--memory-pool-mib`: 70% of
/// this machine's memory, or of its container's limit where that is lower;
/// `None` (no bound) where neither can be read.
fn auto_pool_bytes() -> Option<u64> {
    let host = std::fs::read_to_string("/proc/meminfo").ok().and_then(|m| {
        m.lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map(|kib| kib * 1024)
    });
    let cgroup = [
        "/sys/fs/cgroup/memory.max",
        "/sys/fs/cgroup/memory/memory.limit_in_bytes",
    ]
    .iter()
    .find_map(|f| std::fs::read_to_string(f).ok()?.trim().parse::<u64>().ok());
    let base = match (host, cgroup) {
        (Some(h), Some(c)) => h.min(c),
        (h, c) => h.or(c)?,
    };
    Some((base as f64 * 0.7) as u64)
}
