//! An executor that starts afresh between jobs once its private memory is
//! past a mark (`onefamily cluster executor --restart-above-mib`).
//!
//! Why: what an executor's tasks hold is bounded by its memory pool, but
//! the memory the process keeps between jobs is not. Job after job the
//! allocator's arena holds on to more pages than the live heap needs
//! (measured: a live heap of 20–28 MiB between jobs, flat over a whole 3M
//! link, against a private resident median growing as N^0.26 under
//! mimalloc, and alike under jemalloc and glibc's allocator; README,
//! cluster section). No allocator setting tried bounded it; a fresh
//! process does, as web servers recycle their workers.
//!
//! How, without losing a job's work: the executor remembers every job it
//! has run a task for and each task still running (`Watching`, around
//! Ballista's own engine). Once its private memory is past the mark while
//! it runs no task, between jobs (every job it took part in finished) or
//! idle for `QUIET` while the others work, it fences itself: a heartbeat
//! at once saying it is terminating, so that the scheduler binds no new
//! task to it, while the other executors carry on with the jobs, reading
//! its shuffle files as before. Once the scheduler reports every job it took
//! part in finished, and `SETTLE` later (time for a client to fetch a
//! finished job's results from its shuffle files), it leaves the cluster
//! by Ballista's own graceful path (as on SIGTERM: deregistered, its tasks
//! drained) and replaces itself with a fresh copy of the same program and
//! arguments (the same process ID, so that a supervisor, a container or a
//! script sees no change), which registers anew. If a job it took part in
//! still runs `STUCK` after it fenced itself (every executor may have
//! fenced itself at once, and no one would finish it), it takes tasks
//! again and tries later.

use ballista_core::serde::protobuf::executor_status::Status;
use ballista_core::serde::protobuf::job_status::Status as JobState;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::serde::protobuf::{
    ExecutorRegistration, ExecutorStatus, GetJobStatusParams, HeartBeatParams,
};
use ballista_core::JobId;
use ballista_executor::execution_engine::{
    DefaultExecutionEngine, ExecutionEngine, QueryStageExecutor,
};
use ballista_executor::executor_server::TERMINATING;
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::SessionConfig;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

/// How often the executor looks at its memory and its tasks.
const LOOK_EVERY: Duration = Duration::from_millis(50);
/// How long it must have run no task, past its mark, before it fences
/// itself while a job it took part in runs: longer than the scheduler
/// takes to bind a job's next step, so that it fences while the others
/// work, not between two steps of a job every executor waits on. Between
/// jobs (every job it took part in finished) it fences at once.
const QUIET: Duration = Duration::from_millis(500);
/// How long its jobs must all have been finished, fenced, before it
/// leaves: time for a client to fetch the last job's results from its
/// shuffle files.
const SETTLE: Duration = Duration::from_secs(3);
/// The longest it stays fenced while a job it took part in runs on; then
/// it takes tasks again (every executor may have fenced itself at once,
/// and no one would finish that job), and tries again after `STUCK` and a
/// share of it that differs from executor to executor.
const STUCK: Duration = Duration::from_secs(10);
/// The environment variable that counts a process's fresh starts.
const RESTARTS: &str = "ONEFAMILY_EXECUTOR_RESTARTS";

/// The jobs an executor has run a task for and not yet seen finished, and
/// its tasks still running.
#[derive(Default)]
struct Jobs {
    open: Mutex<BTreeSet<String>>,
    /// Each task's stage executor, which Ballista lets go of once the task
    /// has ended: a task runs while its own can still be reached.
    tasks: Mutex<Vec<Weak<dyn QueryStageExecutor>>>,
    /// Whether it has run any task since it started.
    worked: AtomicBool,
}

impl Jobs {
    /// How many of its tasks are running now.
    fn running(&self) -> usize {
        self.tasks.lock().map_or(0, |mut t| {
            t.retain(|w| w.strong_count() > 0);
            t.len()
        })
    }
}

/// Ballista's execution engine, noting each task's job first.
struct Watching {
    inner: DefaultExecutionEngine,
    jobs: Arc<Jobs>,
}

impl ExecutionEngine for Watching {
    fn create_query_stage_exec(
        &self,
        job_id: JobId,
        stage_id: usize,
        task_id: usize,
        global_output_partition_ids: Vec<usize>,
        plan: Arc<dyn ExecutionPlan>,
        work_dir: &str,
        config: &SessionConfig,
    ) -> datafusion::error::Result<Arc<dyn QueryStageExecutor>> {
        if let Ok(mut open) = self.jobs.open.lock() {
            open.insert(job_id.as_str().to_owned());
        }
        self.jobs.worked.store(true, Ordering::Release);
        let task = self.inner.create_query_stage_exec(
            job_id,
            stage_id,
            task_id,
            global_output_partition_ids,
            plan,
            work_dir,
            config,
        )?;
        if let Ok(mut tasks) = self.jobs.tasks.lock() {
            tasks.push(Arc::downgrade(&task));
        }
        Ok(task)
    }
}

/// What `watch` hands back: the engine to give Ballista, and whether the
/// executor stopped in order to start afresh.
pub struct Restart {
    pub engine: Arc<dyn ExecutionEngine>,
    pub asked: Arc<AtomicBool>,
    jobs: Arc<Jobs>,
}

impl Default for Restart {
    fn default() -> Self {
        let jobs = Arc::new(Jobs::default());
        Restart {
            // Without Ballista's pool of shuffle clients, which is not
            // public: each shuffle read connects afresh.
            engine: Arc::new(Watching {
                inner: DefaultExecutionEngine::new(),
                jobs: jobs.clone(),
            }),
            asked: Arc::new(AtomicBool::new(false)),
            jobs,
        }
    }
}

impl Restart {
    /// Watch the executor's memory and tasks until it is time to start
    /// afresh, then ask Ballista to stop (a SIGTERM to itself, its own
    /// graceful path). `me` is the executor's registration, for the fence.
    /// On the caller's runtime, until the process ends.
    pub fn watch(&self, scheduler: String, mark_bytes: usize, me: ExecutorRegistration) {
        let jobs = self.jobs.clone();
        let asked = self.asked.clone();
        // Executors that lifted their fences together try again apart.
        let spread = me
            .id
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
        let back_off = STUCK + STUCK.mul_f64((spread % 100) as f64 / 100.0);
        tokio::spawn(async move {
            let mut client = None;
            // Since when it has run no task past its mark.
            let mut idle: Option<Instant> = None;
            // When it fenced itself, and since when its jobs have all been
            // finished.
            let mut fenced: Option<(Instant, Option<Instant>)> = None;
            let mut not_before = Instant::now();
            loop {
                tokio::time::sleep(LOOK_EVERY).await;
                let now = Instant::now();
                let Some((at, clear_since)) = fenced else {
                    let ready = now >= not_before
                        && jobs.worked.load(Ordering::Acquire)
                        && jobs.running() == 0
                        && crate::memory::held().resident > mark_bytes;
                    if !ready {
                        idle = None;
                        continue;
                    }
                    // Between jobs (every job it took part in finished), or
                    // idle long enough that the others are working.
                    let quiet = now.duration_since(*idle.get_or_insert(now)) >= QUIET
                        || all_done(&jobs, &mut client, &scheduler).await;
                    if quiet && fence(&mut client, &scheduler, &me, true).await {
                        fenced = Some((now, None));
                        tracing::info!(
                            resident_mib = crate::memory::held().resident >> 20,
                            mark_mib = mark_bytes >> 20,
                            "the executor is past its memory mark: \
                             it takes no new task, to start afresh once its jobs are done"
                        );
                    }
                    continue;
                };
                let clear = all_done(&jobs, &mut client, &scheduler).await;
                if !clear {
                    fenced = Some((at, None));
                    if now.duration_since(at) >= STUCK {
                        fence(&mut client, &scheduler, &me, false).await;
                        fenced = None;
                        idle = None;
                        not_before = now + back_off;
                        tracing::info!(
                            "a job the executor took part in runs on: \
                             it takes tasks again, and will try later"
                        );
                    }
                    continue;
                }
                let since = clear_since.unwrap_or(now);
                fenced = Some((at, Some(since)));
                if now.duration_since(since) >= SETTLE {
                    asked.store(true, Ordering::Release);
                    tracing::info!(
                        resident_mib = crate::memory::held().resident >> 20,
                        mark_mib = mark_bytes >> 20,
                        "the executor leaves the cluster and starts afresh"
                    );
                    // SAFETY: kill takes two integers; SIGTERM is the
                    // signal Ballista's executor stops on.
                    unsafe {
                        libc::kill(libc::getpid(), libc::SIGTERM);
                    }
                    return;
                }
            }
        });
    }
}

/// Tell the scheduler at once that the executor is terminating (`up`),
/// so that no new task is bound to it, or that it is active again; also
/// what its own heartbeat says from then on. Whether the scheduler heard.
async fn fence(
    client: &mut Option<Scheduler>,
    scheduler: &str,
    me: &ExecutorRegistration,
    up: bool,
) -> bool {
    TERMINATING.store(up, Ordering::Release);
    connect(client, scheduler).await;
    let status = if up {
        Status::Terminating(String::new())
    } else {
        Status::Active(String::new())
    };
    let Some(c) = client.as_mut() else {
        return false;
    };
    let said = c
        .heart_beat_from_executor(HeartBeatParams {
            executor_id: me.id.clone(),
            metrics: vec![],
            status: Some(ExecutorStatus {
                status: Some(status),
            }),
            metadata: Some(me.clone()),
        })
        .await;
    if said.is_err() {
        *client = None;
        // Not fenced after all: its own heartbeat says active again.
        TERMINATING.store(false, Ordering::Release);
        return false;
    }
    true
}

type Scheduler = SchedulerGrpcClient<tonic::transport::Channel>;

/// A client of the scheduler at `host:port`, where there is none yet.
async fn connect(client: &mut Option<Scheduler>, scheduler: &str) {
    if client.is_none() {
        *client = SchedulerGrpcClient::connect(format!("http://{scheduler}"))
            .await
            .ok();
    }
}

/// Whether no task of the executor's is running and the scheduler reports
/// every job it took part in finished (forgetting those).
async fn all_done(jobs: &Jobs, client: &mut Option<Scheduler>, scheduler: &str) -> bool {
    if jobs.running() > 0 {
        return false;
    }
    let open: Vec<String> = jobs
        .open
        .lock()
        .map(|o| o.iter().cloned().collect())
        .unwrap_or_default();
    let Some(done) = finished(client, scheduler, &open).await else {
        return false;
    };
    match jobs.open.lock() {
        Ok(mut o) => {
            for job in &done {
                o.remove(job);
            }
            o.is_empty() && jobs.running() == 0
        }
        Err(_) => false,
    }
}

/// Of `jobs`, those the scheduler reports finished (succeeded, failed or
/// no longer known); `None` where the scheduler cannot be asked.
async fn finished(
    client: &mut Option<Scheduler>,
    scheduler: &str,
    jobs: &[String],
) -> Option<Vec<String>> {
    connect(client, scheduler).await;
    let c = client.as_mut()?;
    let mut done = Vec::new();
    for job in jobs {
        let asked = c
            .get_job_status(GetJobStatusParams {
                job_id: job.clone(),
            })
            .await;
        let Ok(reply) = asked else {
            *client = None;
            return None;
        };
        match reply.into_inner().status.and_then(|s| s.status) {
            Some(JobState::Queued(_) | JobState::Running(_)) => {}
            Some(JobState::Failed(_) | JobState::Successful(_)) | None => done.push(job.clone()),
        }
    }
    Some(done)
}

/// How many times this process has started afresh.
pub fn restarts() -> u64 {
    std::env::var(RESTARTS)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Replace this process with a fresh copy of the same program and
/// arguments; returns only if that fails.
pub fn start_afresh() -> crate::error::Error {
    use std::os::unix::process::CommandExt;
    let mut args = std::env::args_os();
    let first = args.next().unwrap_or_default();
    // The running program, even if its file was replaced since it started.
    let failed = std::process::Command::new("/proc/self/exe")
        .arg0(first)
        .args(args)
        .env(RESTARTS, (restarts() + 1).to_string())
        .exec();
    crate::error::Error::Other(format!("the executor could not start afresh: {failed}"))
}
