//! Issue 19: feeding the case system. The example template over a loaded
//! target (SQLite and PostgreSQL): every entity reconciles (exported +
//! rejected = eligible), the manifest's checksums are the files', a broken
//! rule is a reject naming entity, unified ID, column and reason but never
//! the value, and a template that does not fit the schema is refused.

use crate::load::{run, sample, PgDb};
use crate::util;
use onefamily::export::{self, Manifest, Options};
use onefamily::load;
use std::path::Path;

fn example() -> std::path::PathBuf {
    util::root().join("targets/example")
}

async fn export_to(url: &str, template: &Path, out: &Path) -> Manifest {
    export_since(url, template, out, None).await
}

async fn export_since(url: &str, template: &Path, out: &Path, since: Option<&str>) -> Manifest {
    export::export(&Options {
        target: Some(url.to_string()),
        template: template.to_path_buf(),
        out: out.to_path_buf(),
        check_only: false,
        since: since.map(str::to_string),
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"))
}

fn rejects(out: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(out.join("export_rejects.csv")).unwrap();
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[tokio::test]
async fn the_example_template_reconciles_on_both_databases() {
    let dir = util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("t.db").display());
    let pg = PgDb::new().await;
    let mut manifests = Vec::new();
    for (i, url) in [&lite, &pg.url].into_iter().enumerate() {
        load::load(&sample(), &run("run-1", "2025-01-01T00:00:00Z"), url, false)
            .await
            .unwrap();
        let out = dir.path().join(format!("out{i}"));
        let m = export_to(url, &example(), &out).await;
        assert!(m.balanced, "{m:#?}");
        assert_eq!(m.loaded_run.as_deref(), Some("run-1"));
        assert_eq!(m.entities.len(), 13);
        for e in &m.entities {
            assert_eq!(e.exported + e.rejected, e.eligible, "{}", e.entity);
            let bytes = std::fs::read(out.join(&e.file)).unwrap();
            use sha2::Digest;
            assert_eq!(
                hex::encode(sha2::Sha256::digest(&bytes)),
                e.sha256,
                "{}",
                e.file
            );
        }
        let by = |name: &str| m.entities.iter().find(|e| e.entity == name).unwrap();
        assert!(by("persons").exported > 0);
        assert!(by("family_members").exported > 0);
        assert!(
            by("plan_items").exported > 0,
            "open involvements become plan items"
        );
        // The persons file is what the template says: windows-1252, CRLF,
        // the supplier's header in order, codes translated.
        let persons = std::fs::read(out.join("EH_Persons.csv")).unwrap();
        let text = encoding_rs::WINDOWS_1252.decode(&persons).0;
        assert!(text.starts_with("Person ID,Forename,Middle Names,Surname,Date of Birth,Gender,"));
        assert!(text.contains("\r\n"));
        // Every reject names a rule, and no value of the store.
        for r in rejects(&out) {
            assert_eq!(r.len(), 4);
            assert!(!r[3].is_empty());
            assert!(!r[3].to_lowercase().contains("amy"), "{r:?}");
        }
        manifests.push(serde_json::to_value(&m).unwrap());
    }
    assert_eq!(
        manifests[0], manifests[1],
        "the same files from SQLite and PostgreSQL"
    );
}

#[tokio::test]
async fn a_broken_rule_is_a_reject_and_the_entity_still_balances() {
    let dir = util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("t.db").display());
    load::load(
        &sample(),
        &run("run-1", "2025-01-01T00:00:00Z"),
        &lite,
        false,
    )
    .await
    .unwrap();
    let tpl = dir.path().join("tpl");
    std::fs::create_dir(&tpl).unwrap();
    std::fs::write(
        tpl.join("people.toml"),
        "[entity]\nname = \"people\"\nfile = \"people.xlsx\"\nfrom = \"person\"\n\n\
         [[column]]\nname = \"ID\"\nfield = \"id\"\n\n\
         [[column]]\nname = \"Forename\"\nfield = \"given_name\"\nallowed = [\"amy\"]\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let m = export_to(&lite, &tpl, &out).await;
    let e = &m.entities[0];
    assert!(e.balanced);
    assert_eq!(e.exported, 1, "only amy is allowed");
    assert_eq!(e.rejected, e.eligible - 1);
    let r = rejects(&out);
    assert_eq!(r.len() as u64, e.rejected);
    for row in &r {
        assert_eq!(row[0], "people");
        assert!(row[1].starts_with('P'), "a unified person ID: {row:?}");
        assert_eq!(row[2], "Forename");
        assert!(row[3].contains("allowed"), "{row:?}");
    }
    // The xlsx opens, with the header and the one row.
    use calamine::{Reader, Xlsx};
    let mut wb: Xlsx<_> = calamine::open_workbook(out.join("people.xlsx")).unwrap();
    let range = wb.worksheet_range("people").unwrap();
    assert_eq!(range.height(), 2);
    // A second export of the same store writes the same bytes.
    let again = export_to(&lite, &tpl, &dir.path().join("out2")).await;
    assert_eq!(again.entities[0].sha256, e.sha256);
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A delta after a changed and a deleted source row exports exactly those
/// changes: the changed person as an update, the removed referral as a
/// delete, and nothing else.
#[tokio::test]
async fn a_delta_holds_exactly_what_changed_since_a_run() {
    let dir = util::tempdir();
    let lite = format!("sqlite://{}", dir.path().join("t.db").display());
    load::load(
        &sample(),
        &run("run-1", "2025-01-01T00:00:00Z"),
        &lite,
        false,
    )
    .await
    .unwrap();
    let mut v2 = sample();
    v2.persons[1].given_name = Some("joanna".into());
    let changed = v2.persons[1].id.clone();
    v2.referrals.clear();
    v2.referral_family.clear();
    v2.referral_person.clear();
    load::load(&v2, &run("run-2", "2025-01-02T00:00:00Z"), &lite, false)
        .await
        .unwrap();
    let out = dir.path().join("delta");
    let m = export_since(&lite, &example(), &out, Some("run-1")).await;
    assert!(m.balanced, "{m:#?}");
    assert_eq!(m.since.as_deref(), Some("run-1"));
    let by = |name: &str| m.entities.iter().find(|e| e.entity == name).unwrap();
    let persons = by("persons");
    assert_eq!((persons.eligible, persons.exported), (1, 1), "{persons:?}");
    let text = encoding_rs::WINDOWS_1252
        .decode(&std::fs::read(out.join("EH_Persons.csv")).unwrap())
        .0
        .into_owned();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&r.headers().unwrap()[0], "Change");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (&rows[0][0], &rows[0][1], &rows[0][2]),
        ("update", changed.as_str(), "joanna")
    );
    let referrals = csv_rows(&out.join("EH_Referrals.csv"));
    assert_eq!(referrals.len(), 1);
    assert_eq!(referrals[0][0], "delete");
    for e in &m.entities {
        if !["persons", "referrals"].contains(&e.entity.as_str()) {
            assert_eq!(e.eligible, 0, "{} changed nowhere: {e:?}", e.entity);
        }
    }
    assert!(out.join("merges.csv").is_file());
    // A delta from the last run is empty; from a run that never loaded
    // here, an error naming it.
    let none = export_since(&lite, &example(), &dir.path().join("d2"), Some("run-2")).await;
    assert!(none.entities.iter().all(|e| e.eligible == 0));
    let err = export::export(&Options {
        target: Some(lite.clone()),
        template: example(),
        out: dir.path().join("d3"),
        check_only: false,
        since: Some("run-9".into()),
    })
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("no run run-9"), "{err}");
}

#[tokio::test]
async fn a_template_that_does_not_fit_the_schema_is_refused_before_writing() {
    let dir = util::tempdir();
    let tpl = dir.path().join("tpl");
    std::fs::create_dir(&tpl).unwrap();
    std::fs::write(
        tpl.join("a.toml"),
        "[entity]\nname = \"a\"\nfile = \"a.csv\"\nfrom = \"persn\"\n\n[[column]]\nname = \"X\"\nfield = \"id\"\n",
    )
    .unwrap();
    std::fs::write(
        tpl.join("b.toml"),
        "[entity]\nname = \"b\"\nfile = \"b.csv\"\nfrom = \"person\"\nwhere = \"no_such_column = 1\"\n\n[[column]]\nname = \"X\"\nfield = \"given\"\n",
    )
    .unwrap();
    let t = export::template::load(&tpl).unwrap();
    let problems = export::check(&t).await.unwrap().join("\n");
    assert!(
        problems.contains("a.toml") && problems.contains("\"persn\""),
        "{problems}"
    );
    assert!(
        problems.contains("b.toml") && problems.contains("\"given\" is not a column"),
        "{problems}"
    );
    assert!(problems.contains("`where` does not run"), "{problems}");
    // The example template checks clean, through the command line too.
    let out = util::onefamily(&[
        "export",
        "--check",
        "--template",
        example().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", util::text(&out));
    let out = util::onefamily(&["export", "--check", "--template", tpl.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", util::text(&out));
}
