//! The little-endian, length-prefixed layout the store's binary files share
//! (`persons.idx`, `link/terms.bin`, `link/clusters.bin`, and the views in
//! `link/families.bin` and `link/review.bin`): a writer for a
//! length-prefixed run of bytes and a cursor that reads them back.

/// Append `bytes` after their length as a 32-bit little-endian number.
pub(super) fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

/// A cursor that answers `None` past the end (a torn file), never panics.
pub(super) struct Cursor<'a> {
    b: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(b: &'a [u8]) -> Self {
        Cursor { b, at: 0 }
    }

    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    /// Bytes not yet read.
    pub(super) fn remaining(&self) -> usize {
        self.b.len().saturating_sub(self.at)
    }

    pub(super) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    pub(super) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A run of bytes written by `put`.
    pub(super) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    /// A string written by `put`.
    pub(super) fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_wrote_and_stops_at_a_torn_end() {
        let mut b = Vec::new();
        put(&mut b, b"abc");
        b.extend_from_slice(&7u64.to_le_bytes());
        let mut r = Cursor::new(&b);
        assert_eq!(r.str(), Some("abc"));
        assert_eq!(r.u64(), Some(7));
        assert_eq!(r.at, b.len());
        assert_eq!(r.u32(), None);
        let mut torn = Cursor::new(&b[..5]);
        assert_eq!(torn.bytes(), None);
    }
}
