//! `onefamily cluster scheduler|executor`: an Apache Ballista cluster's
//! processes, for `--engine ballista://HOST:PORT` (the `ballista` feature).
//! Each runs until stopped.

use super::Outcome;
use crate::cli::ClusterCommand;
use crate::error::Result;

#[cfg(feature = "ballista")]
pub fn cluster(cmd: ClusterCommand) -> Result<Outcome> {
    use crate::error::Error;
    use crate::link::ballista;
    // A runtime of its own on a thread of its own (the command line's
    // runtime is the caller's), with Ballista's own binaries' stack size:
    // plans are decoded and planned recursively.
    let serve = move || -> Result<()> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .thread_stack_size(32 * 1024 * 1024)
            .build()
            .map_err(|e| Error::Other(format!("cannot start the runtime: {e}")))?;
        runtime.block_on(async move {
            match cmd {
                ClusterCommand::Scheduler(a) => {
                    eprintln!("Ballista scheduler listening on {}", a.bind);
                    ballista::scheduler(a.bind, a.external_host).await
                }
                ClusterCommand::Executor(a) => {
                    eprintln!(
                        "Ballista executor on {}:{} for the scheduler at {}",
                        a.bind_host, a.port, a.scheduler
                    );
                    ballista::executor(ballista::ExecutorOptions {
                        scheduler: a.scheduler,
                        bind_host: a.bind_host,
                        external_host: a.external_host,
                        port: a.port,
                        grpc_port: a.grpc_port,
                        cores: a.cores,
                        work_dir: a.work_dir,
                        memory_pool_mib: a.memory_pool_mib,
                        restart_above_mib: a.restart_above_mib,
                    })
                    .await
                }
            }
        })
    };
    std::thread::spawn(serve)
        .join()
        .unwrap_or_else(|_| Err(Error::Other("the cluster process stopped".into())))?;
    Ok(Outcome::Clean)
}

#[cfg(not(feature = "ballista"))]
pub fn cluster(_cmd: ClusterCommand) -> Result<Outcome> {
    Err(crate::error::Error::Other(
        crate::link::engine::NOT_BUILT.into(),
    ))
}
