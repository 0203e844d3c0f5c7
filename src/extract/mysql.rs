//! mysql sources: being written.

use super::{Extracted, Fail, FailAt};
use crate::mapping::SourceMapping;
use crate::model::SourceIdx;

pub(crate) async fn read(
    _idx: SourceIdx,
    m: &SourceMapping,
    _profile: bool,
) -> Result<Extracted, Fail> {
    Err(Fail::new(
        FailAt::Source,
        format!("kind {} is not supported yet", m.kind),
    ))
}
