//! The files a link or training writes into the cluster's stage for the
//! executors to read: the blocking keys, training's sampled blocks and
//! where their groups start.

use super::ROW_GROUP;
use crate::error::{Error, Result};
use crate::link::engine::KeyTable;
use datafusion::arrow::array::{
    ArrayRef, BooleanArray, Int64Array, RecordBatch, UInt16Array, UInt32Array,
};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::file::properties::WriterProperties;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file in the stage (the keys, training's sampled blocks and where
/// their groups start), removed when dropped (after the jobs, or on an
/// error).
pub(super) struct StageFile(pub(super) PathBuf);

impl Drop for StageFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl StageFile {
    /// `onefamily-{what}-PID-NANOS.parquet` in `stage`: a name no other
    /// run uses.
    fn named(stage: &Path, what: &str) -> StageFile {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        StageFile(stage.join(format!(
            "onefamily-{what}-{}-{nanos}.parquet",
            std::process::id()
        )))
    }

    /// Columns of integers (name and values, every column as long):
    /// training's sampled blocks, and where its groups of blocks start.
    /// `what` names the file and its errors.
    pub(super) fn write_ints(
        stage: &Path,
        what: &str,
        columns: impl IntoIterator<Item = (&'static str, Vec<i64>)>,
    ) -> Result<StageFile> {
        let file = StageFile::named(stage, what);
        let out = std::fs::File::create(&file.0).map_err(|e| Error::io(&file.0, e))?;
        let (fields, arrays): (Vec<Field>, Vec<ArrayRef>) = columns
            .into_iter()
            .map(|(c, v)| {
                (
                    Field::new(c, DataType::Int64, false),
                    Arc::new(Int64Array::from(v)) as ArrayRef,
                )
            })
            .unzip();
        let schema = Arc::new(Schema::new(fields));
        let bad = |e: &dyn std::fmt::Display| {
            Error::Other(format!(
                "{}: writing the {what} file: {e}",
                file.0.display()
            ))
        };
        let mut writer = ArrowWriter::try_new(out, schema.clone(), None).map_err(|e| bad(&e))?;
        let batch = RecordBatch::try_new(schema, arrays).map_err(|e| bad(&e))?;
        writer.write(&batch).map_err(|e| bad(&e))?;
        writer.close().map_err(|e| bad(&e))?;
        Ok(file)
    }

    pub(super) fn write(stage: &Path, table: &KeyTable) -> Result<StageFile> {
        let file = StageFile::named(stage, "keys");
        let out = std::fs::File::create(&file.0).map_err(|e| Error::io(&file.0, e))?;
        let rules = table.rules;
        let mut fields = vec![
            Field::new("rec", DataType::UInt32, false),
            Field::new("src", DataType::UInt16, false),
            Field::new("ok", DataType::Boolean, false),
        ];
        fields.extend((0..rules).map(|r| Field::new(format!("k{r}"), DataType::Int64, true)));
        fields.extend(
            (0..table.training.len()).map(|j| Field::new(format!("t{j}"), DataType::Int64, true)),
        );
        let schema = Arc::new(Schema::new(fields));
        let props = WriterProperties::builder()
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let bad = |e: &dyn std::fmt::Display| {
            Error::Other(format!(
                "{}: writing the blocking keys: {e}",
                file.0.display()
            ))
        };
        let mut writer =
            ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(|e| bad(&e))?;
        let n = table.records();
        let mut start = 0;
        while start < n {
            let end = (start + ROW_GROUP).min(n);
            let range = start..end;
            let mut columns: Vec<ArrayRef> = vec![
                Arc::new(UInt32Array::from_iter_values(
                    range.clone().map(|i| i as u32),
                )),
                Arc::new(UInt16Array::from_iter_values(
                    range
                        .clone()
                        .map(|i| table.source.get(i).copied().unwrap_or(0)),
                )),
                Arc::new(BooleanArray::from_iter(range.clone().map(|i| {
                    Some(
                        table
                            .source
                            .get(i)
                            .is_none_or(|&s| table.within_source[s as usize]),
                    )
                }))),
            ];
            for r in 0..rules {
                // The key's bits as a signed integer (DataFusion's SQL
                // literals are signed); 0 is no key.
                columns.push(Arc::new(Int64Array::from_iter(range.clone().map(|i| {
                    let k = table.keys[i * rules + r];
                    (k != 0).then_some(k as i64)
                }))));
            }
            for keys in &table.training {
                columns.push(Arc::new(Int64Array::from_iter(
                    keys[range.clone()]
                        .iter()
                        .map(|&k| (k != 0).then_some(k as i64)),
                )));
            }
            let batch = RecordBatch::try_new(schema.clone(), columns).map_err(|e| bad(&e))?;
            writer.write(&batch).map_err(|e| bad(&e))?;
            start = end;
        }
        writer.close().map_err(|e| bad(&e))?;
        Ok(file)
    }
}
