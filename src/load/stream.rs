//! Building the tables' rows on a thread of their own and streaming them to
//! the writer a table at a time (`build_and_write`), each table diffed
//! against the target and written as it arrives.

use super::*;

/// Build every table's rows, diff each against the target and (unless
/// dry) write it. The rows are built on a thread of their own and handed
/// over one table at a time, in `schema::TABLES` order, through a short
/// queue: the writer writes the first tables while the later ones are
/// built, where it used to wait for every table first (the client's row
/// building, 1.6–3.4 s on `make bench`, left the server idle). The rows
/// and the diffs are those of one table built after another: the same
/// rows, the same IDs, the same statements. Returns the tables that held
/// no row before this load (none in a dry run): every row they hold was
/// written by it.
pub(super) async fn build_and_write(
    db: &mut Db<'_>,
    u: &Unified,
    ids: &rows::StableIds,
    report: &mut LoadReport,
    run: &RunInfo,
    dry_run: bool,
    label: &str,
) -> Result<Vec<&'static str>> {
    use tokio::runtime::{Handle, RuntimeFlavor};
    let threads =
        Handle::try_current().is_ok_and(|h| h.runtime_flavor() == RuntimeFlavor::MultiThread);
    if !threads {
        // A runtime on one thread (as some tests use) cannot block on
        // the writer while the rows are built beside it: all the rows
        // first, then the same writer.
        let (tx, rx) = tokio::sync::mpsc::channel(schema::TABLES.len());
        let built = tracing::debug_span!("build_rows")
            .in_scope(|| rows::build_each(u, ids, |i, rows| tx.try_send((i, rows)).is_ok()));
        drop(tx);
        built?;
        return write_each(db, rx, report, run, dry_run, label).await;
    }
    let handle = Handle::current();
    let parent = tracing::Span::current();
    // The builder borrows the unified records, so it runs on a scoped
    // thread, and this worker thread blocks on the writer meanwhile (the
    // runtime's other threads drive the connection's I/O).
    tokio::task::block_in_place(|| {
        std::thread::scope(|scope| {
            let (tx, rx) = tokio::sync::mpsc::channel(2);
            let builder = scope.spawn(move || {
                let _phase = tracing::debug_span!(parent: &parent, "build_rows").entered();
                // A writer that stopped (an error) closes the queue: the
                // builder stops too. Its parallel parts (sorting, hashing)
                // run in a rayon pool of their own: in the global pool the
                // writer's COPY formatting, sent there from outside, waited
                // behind them (a pool's threads run their own queued work
                // first) while the server had nothing to read. Writes on
                // `make bench`'s estate into PostgreSQL: 2.47–2.66 s →
                // 2.25–2.55 s (six runs each, alternated).
                let build =
                    || rows::build_each(u, ids, |i, rows| tx.blocking_send((i, rows)).is_ok());
                match rayon::ThreadPoolBuilder::new()
                    .num_threads(rayon::current_num_threads())
                    .build()
                {
                    Ok(pool) => pool.install(build),
                    Err(_) => build(),
                }
            });
            let written = handle.block_on(write_each(db, rx, report, run, dry_run, label));
            let built = builder
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            // The builder's error first: it is why the writer found the
            // queue closed early.
            built?;
            written
        })
    })
}

/// Take each table's rows from `queue` in `schema::TABLES` order; read
/// the table from the target, diff, note the counts in `report`, and
/// unless dry write it: a table written in bulk has its indexes (and on
/// PostgreSQL its keys) set aside just before its write (`WriteMode`),
/// and everything set aside is built again once, after the last table.
/// Returns the tables found empty (none in a dry run). Building a table's
/// keys and indexes right after its write instead, beside the next tables'
/// row building, measured no faster on 2 cores: the server's builds took
/// the CPU the row builder needed (build 6.0 → 8.7 s, restore at the end
/// 3.7 → 1.2 s, `make bench` into PostgreSQL).
async fn write_each(
    db: &mut Db<'_>,
    mut queue: tokio::sync::mpsc::Receiver<(usize, Vec<diff::Row>)>,
    report: &mut LoadReport,
    run: &RunInfo,
    dry_run: bool,
    label: &str,
) -> Result<Vec<&'static str>> {
    let read_err = |e| db_err(label, "cannot read the target", e);
    // Freeing a large load's rows (tens of millions of small strings) took
    // a second: on another thread, beside the writes.
    let (bin, freed) = std::sync::mpsc::channel::<Vec<diff::Row>>();
    std::thread::spawn(move || freed.into_iter().for_each(drop));
    let mut restore = Vec::new();
    let mut fresh = Vec::new();
    for (want, spec) in schema::TABLES.iter().enumerate() {
        let desired = match queue.recv().await {
            Some((table, rows)) if table == want => rows,
            _ => {
                return Err(Error::Load(format!(
                    "internal: the rows of table {} did not come",
                    spec.name
                )))
            }
        };
        let phase = tracing::debug_span!("read", table = spec.name);
        let existing = if db.table_exists(spec.name).await.map_err(read_err)? {
            db.read_existing(spec.name).await.map_err(read_err)?
        } else {
            HashMap::new()
        };
        drop(phase);
        let d = tracing::debug_span!("diff", table = spec.name)
            .in_scope(|| diff::diff(&desired, &existing, spec.append_only));
        let counts = TableCounts {
            inserted: d.inserts.len() as u64,
            updated: d.updates.len() as u64,
            unchanged: d.unchanged,
            retired: d.retire.len() as u64,
        };
        tracing::debug!(
            table = spec.name,
            rows = existing.len(),
            inserted = counts.inserted,
            updated = counts.updated,
            unchanged = counts.unchanged,
            retired = counts.retired,
            dry_run,
            "Read and diffed."
        );
        report.tables.insert(spec.name.to_string(), counts);
        if !dry_run {
            let mode = write_mode(existing.len(), &d);
            let phase = tracing::debug_span!(
                "set_aside",
                table = spec.name,
                statements = tracing::field::Empty
            );
            let put_back = db
                .set_aside(&[(spec.name, mode)])
                .await
                .map_err(|e| db_err(label, "setting indexes aside for a bulk write", e))?;
            phase.record("statements", put_back.len());
            drop(phase);
            restore.extend(put_back);
            write_table(db, spec, &d, counts.changes(), run, label).await?;
            if existing.is_empty() {
                fresh.push(spec.name);
            }
        }
        drop(d);
        drop(existing);
        // The freeing thread may have gone only if it panicked: then drop
        // here.
        if let Err(std::sync::mpsc::SendError(rows)) = bin.send(desired) {
            drop(rows);
        }
    }
    if !dry_run {
        // Set aside table by table, built again in one order: indexes and
        // primary keys, then `ANALYZE`, then the foreign keys that need the
        // keys (a stable sort keeps each kind's own order; `restore_kind`).
        restore.sort_by_key(|sql| restore_kind(sql).0);
        let phase = tracing::debug_span!("restore");
        db.restore(&restore)
            .await
            .map_err(|e| db_err(label, "restoring constraints and indexes", e))?;
        drop(phase);
    }
    Ok(fresh)
}

/// Write one table's diff. The progress display counts the table's rows
/// as its chunks go out.
async fn write_table(
    db: &mut Db<'_>,
    spec: &schema::TableSpec,
    d: &diff::TableDiff<'_>,
    rows: u64,
    run: &RunInfo,
    label: &str,
) -> Result<()> {
    let phase = tracing::debug_span!("write", table = spec.name, rows);
    crate::progress::length(rows, "rows");
    let write_err = |e| db_err(label, &format!("writing table {}", spec.name), e);
    if !d.inserts.is_empty() {
        db.insert(spec, &d.inserts, &run.id)
            .await
            .map_err(write_err)?;
    }
    if !d.updates.is_empty() {
        db.upsert(spec, &d.updates, &run.id)
            .await
            .map_err(write_err)?;
    }
    if !d.retire.is_empty() {
        db.retire(spec.name, &d.retire, &run.id)
            .await
            .map_err(write_err)?;
    }
    drop(phase);
    Ok(())
}
