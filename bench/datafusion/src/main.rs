//! Probe: onefamily's default blocking rules (those the peers' CSV can use)
//! as DataFusion self-joins, each excluding pairs an earlier rule found, and
//! a Jaro-Winkler UDF over every candidate pair, timed. Usage:
//! df_probe PEOPLE.CSV [THREADS]
use datafusion::arrow::array::{Array, Float64Array, StringArray};
use datafusion::arrow::datatypes::DataType;
use datafusion::logical_expr::{ColumnarValue, Volatility, create_udf};
use datafusion::prelude::*;
use std::sync::Arc;
use std::time::Instant;

fn jw(args: &[ColumnarValue]) -> datafusion::error::Result<ColumnarValue> {
    let arrays = ColumnarValue::values_to_arrays(args)?;
    let a = arrays[0].as_any().downcast_ref::<StringArray>().unwrap();
    let b = arrays[1].as_any().downcast_ref::<StringArray>().unwrap();
    let out: Float64Array = (0..a.len())
        .map(|i| {
            if a.is_null(i) || b.is_null(i) {
                None
            } else {
                Some(strsim::jaro_winkler(a.value(i), b.value(i)))
            }
        })
        .collect();
    Ok(ColumnarValue::Array(Arc::new(out)))
}

#[tokio::main]
async fn main() -> datafusion::error::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[1];
    let threads: usize = args.get(2).and_then(|t| t.parse().ok()).unwrap_or(2);
    let config = SessionConfig::new().with_target_partitions(threads);
    let ctx = SessionContext::new_with_config(config);
    ctx.register_udf(create_udf(
        "jw",
        vec![DataType::Utf8, DataType::Utf8],
        DataType::Float64,
        Volatility::Immutable,
        Arc::new(jw),
    ));
    let t0 = Instant::now();
    // Every column as text, as onefamily reads a CSV: no type inference
    // (the peers' file holds impossible dates on purpose).
    let schema = datafusion::arrow::datatypes::Schema::new(
        [
            "rec_id",
            "cluster_id",
            "first_name",
            "surname",
            "dob",
            "gender",
            "address_line",
            "town",
            "postcode",
        ]
        .iter()
        .map(|c| datafusion::arrow::datatypes::Field::new(*c, DataType::Utf8, true))
        .collect::<Vec<_>>(),
    );
    ctx.register_csv(
        "people",
        path,
        CsvReadOptions::new().has_header(true).schema(&schema),
    )
    .await?;
    // Features: what onefamily's standardise would make of these columns
    // (lower case names, ISO dates, postcode and its district), and the
    // blocking keys over them.
    let recs = ctx
        .sql(
            "SELECT CAST(rec_id AS BIGINT) AS id,
                    lower(first_name) AS g, lower(surname) AS f,
                    CAST(dob AS VARCHAR) AS dob, upper(postcode) AS pc,
                    split_part(upper(postcode), ' ', 1) AS district,
                    substr(CAST(dob AS VARCHAR), 1, 4) AS dob_year,
                    substr(lower(first_name), 1, 2) AS g2, substr(lower(surname), 1, 2) AS f2,
                    CASE WHEN lower(first_name) < lower(surname)
                         THEN lower(first_name) || '|' || lower(surname)
                         ELSE lower(surname) || '|' || lower(first_name) END AS ns
             FROM people",
        )
        .await?
        .cache()
        .await?;
    ctx.register_table("recs", recs.into_view())?;
    let n = ctx
        .sql("SELECT count(*) FROM recs")
        .await?
        .collect()
        .await?;
    let t_features = t0.elapsed().as_secs_f64();
    println!(
        "features (read CSV, derive keys, cache): {t_features:.2} s; {n:?}",
        n = n[0].column(0)
    );
    let rules: Vec<Vec<&str>> = vec![
        vec!["ns"],
        vec!["f", "dob"],
        vec!["g", "dob"],
        vec!["g", "pc"],
        vec!["f", "pc"],
        vec!["dob", "pc"],
        vec!["dob", "district"],
        vec!["g2", "f2", "dob_year"],
    ];
    let cond = |keys: &[&str]| {
        keys.iter()
            .map(|k| format!("l.{k} = r.{k}"))
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let mut selects = Vec::new();
    let t1 = Instant::now();
    let mut total = 0i64;
    for (i, rule) in rules.iter().enumerate() {
        // onefamily's max_block_size (2,000): a larger block is counted,
        // not expanded.
        let keys = rule.join(", ");
        let present = rule
            .iter()
            .map(|k| format!("{k} IS NOT NULL"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let block = format!(
            "(SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY {keys}) AS n FROM recs WHERE {present}) WHERE n <= 2000)"
        );
        let mut sql = format!(
            "SELECT l.id AS l_id, r.id AS r_id, l.g AS lg, r.g AS rg, l.f AS lf, r.f AS rf FROM {block} l JOIN {block} r ON {} WHERE l.id < r.id",
            cond(rule)
        );
        for earlier in &rules[..i] {
            sql.push_str(&format!(" AND NOT coalesce({}, false)", cond(earlier)));
        }
        let t = Instant::now();
        let c = ctx
            .sql(&format!("SELECT count(*) AS c FROM ({sql})"))
            .await?
            .collect()
            .await?;
        let c = c[0]
            .column(0)
            .as_any()
            .downcast_ref::<datafusion::arrow::array::Int64Array>()
            .unwrap()
            .value(0);
        total += c;
        println!(
            "rule {:<22} {:>10} pairs {:>7.2} s",
            rule.join("&"),
            c,
            t.elapsed().as_secs_f64()
        );
        selects.push(sql);
    }
    let t_block = t1.elapsed().as_secs_f64();
    println!("blocking (count only): {total} pairs in {t_block:.2} s");
    // The other plan: every rule's pairs without the exclusions, then
    // DISTINCT over the pair ids.
    let t = Instant::now();
    let plain: Vec<String> = selects
        .iter()
        .map(|s| {
            let cut = s.find(" AND NOT coalesce(").unwrap_or(s.len());
            s[..cut].replace(
                "SELECT l.id AS l_id, r.id AS r_id, l.g AS lg, r.g AS rg, l.f AS lf, r.f AS rf",
                "SELECT l.id AS l_id, r.id AS r_id",
            )
        })
        .collect();
    let d = ctx
        .sql(&format!(
            "SELECT count(*) FROM (SELECT DISTINCT l_id, r_id FROM ({}))",
            plain.join(" UNION ALL ")
        ))
        .await?
        .collect()
        .await?;
    println!(
        "blocking as UNION ALL + DISTINCT: {:?} pairs in {:.2} s",
        d[0].column(0)
            .as_any()
            .downcast_ref::<datafusion::arrow::array::Int64Array>()
            .unwrap()
            .value(0),
        t.elapsed().as_secs_f64()
    );
    // Scoring: a Rust UDF over every candidate pair, summed so nothing is
    // materialised beyond the plan's batches.
    let t2 = Instant::now();
    let all = selects.join(" UNION ALL ");
    let s = ctx
        .sql(&format!(
            "SELECT count(*), sum(jw(lg, rg) + jw(lf, rf)) FROM ({all})"
        ))
        .await?
        .collect()
        .await?;
    let t_score = t2.elapsed().as_secs_f64();
    println!(
        "blocking + Jaro-Winkler on given and family names over every pair: {t_score:.2} s ({:?})",
        s[0].column(0)
    );
    println!(
        "total {:.2} s with {threads} partitions",
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}
