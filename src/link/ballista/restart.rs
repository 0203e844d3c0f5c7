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
//! has run a task for (`Watching`, around Ballista's own engine). Once
//! its private memory is past the mark and the scheduler reports every one
//! of those jobs finished, it fences itself: a heartbeat at once saying it
//! is terminating, so that the scheduler binds no new task to it. Once its
//! jobs have all been finished for `SETTLE` (time for a client to fetch a
//! finished job's results from its shuffle files), it leaves the cluster
//! by Ballista's own graceful path (as on SIGTERM: deregistered, its tasks
//! drained) and replaces itself with a fresh copy of the same program and
//! arguments (the same process ID, so that a supervisor, a container or a
//! script sees no change), which registers anew. If a task was bound to it
//! as the fence went up and its job still runs after `STUCK` (every other
//! executor may be fenced too, and no one else will finish it), it takes
//! tasks again, and tries after that job.

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
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How often the executor looks at its memory and its jobs.
const LOOK_EVERY: Duration = Duration::from_millis(250);
/// How long its jobs must all have been finished, fenced, before it
/// leaves: time for a client to fetch the last job's results from its
/// shuffle files.
const SETTLE: Duration = Duration::from_secs(3);
/// How long it stays fenced while a job it took part in runs on (a task
/// was bound to it as the fence went up: if every executor is fenced, no
/// one else will finish that job) before it takes tasks again.
const STUCK: Duration = Duration::from_secs(5);
/// The environment variable that counts a process's fresh starts.
const RESTARTS: &str = "ONEFAMILY_EXECUTOR_RESTARTS";

/// The jobs an executor has run a task for and not yet seen finished.
#[derive(Default)]
struct Jobs {
    open: Mutex<BTreeSet<String>>,
    /// Whether it has run any task since it started.
    worked: AtomicBool,
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
        self.inner.create_query_stage_exec(
            job_id,
            stage_id,
            task_id,
            global_output_partition_ids,
            plan,
            work_dir,
            config,
        )
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
    /// Watch the executor's memory and jobs until it is time to start
    /// afresh, then ask Ballista to stop (a SIGTERM to itself, its own
    /// graceful path). `me` is the executor's registration, for the fence.
    /// On the caller's runtime, until the process ends.
    pub fn watch(&self, scheduler: String, mark_bytes: usize, me: ExecutorRegistration) {
        let jobs = self.jobs.clone();
        let asked = self.asked.clone();
        tokio::spawn(async move {
            let mut client = None;
            // When it fenced itself, and since when its jobs have all been
            // finished.
            let mut fenced: Option<(Instant, Instant)> = None;
            loop {
                tokio::time::sleep(LOOK_EVERY).await;
                if fenced.is_none()
                    && (!jobs.worked.load(Ordering::Acquire)
                        || crate::memory::held().resident <= mark_bytes)
                {
                    continue;
                }
                let open: Vec<String> = jobs
                    .open
                    .lock()
                    .map(|o| o.iter().cloned().collect())
                    .unwrap_or_default();
                let finished = finished(&mut client, &scheduler, &open).await;
                if let (Some(done), Ok(mut o)) = (&finished, jobs.open.lock()) {
                    for job in done {
                        o.remove(job);
                    }
                }
                let clear = finished.is_some() && jobs.open.lock().is_ok_and(|o| o.is_empty());
                let now = Instant::now();
                match fenced {
                    None if clear => {
                        if fence(&mut client, &me, true).await {
                            fenced = Some((now, now));
                            tracing::info!(
                                resident_mib = crate::memory::held().resident >> 20,
                                mark_mib = mark_bytes >> 20,
                                "the executor is past its memory mark between jobs: \
                                 it takes no new task, to start afresh"
                            );
                        }
                    }
                    None => {}
                    Some((at, since)) if clear => {
                        if now.duration_since(since) >= SETTLE {
                            asked.store(true, Ordering::Release);
                            tracing::info!(
                                resident_mib = crate::memory::held().resident >> 20,
                                mark_mib = mark_bytes >> 20,
                                "the executor leaves the cluster and starts afresh"
                            );
                            // SAFETY: kill takes two integers; SIGTERM is
                            // the signal Ballista's executor stops on.
                            unsafe {
                                libc::kill(libc::getpid(), libc::SIGTERM);
                            }
                            return;
                        }
                        fenced = Some((at, since));
                    }
                    Some((at, _)) => {
                        if now.duration_since(at) >= STUCK {
                            fence(&mut client, &me, false).await;
                            fenced = None;
                            tracing::info!(
                                "a job the executor took part in runs on: \
                                 it takes tasks again, and will try after it"
                            );
                        } else {
                            fenced = Some((at, now));
                        }
                    }
                }
            }
        });
    }
}

/// Tell the scheduler at once that the executor is terminating (`up`),
/// so that no new task is bound to it, or that it is active again; also
/// what its own heartbeat says from then on. Whether the scheduler heard.
async fn fence(client: &mut Option<Scheduler>, me: &ExecutorRegistration, up: bool) -> bool {
    TERMINATING.store(up, Ordering::Release);
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

/// Of `jobs`, those the scheduler reports finished (succeeded, failed or
/// no longer known); `None` where the scheduler cannot be asked.
async fn finished(
    client: &mut Option<Scheduler>,
    scheduler: &str,
    jobs: &[String],
) -> Option<Vec<String>> {
    if client.is_none() {
        *client = SchedulerGrpcClient::connect(format!("http://{scheduler}"))
            .await
            .ok();
    }
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
