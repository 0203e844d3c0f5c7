//! A frozen snapshot: the staging store packed into one file that can travel
//! to another machine, so a rehearsal runs there with no access to the live
//! systems. It holds personal data, so it is encrypted at rest.
//!
//! Layout: `MAGIC`, a version byte, the Argon2id parameters (memory KiB,
//! iterations, lanes: three little-endian u32), a 16-byte salt, a 24-byte
//! nonce, then the XChaCha20-Poly1305 ciphertext of the deflated body, with
//! everything before it as associated data (so the header cannot be
//! changed either). The key is Argon2id of the passphrase in
//! `ONEFAMILY_SNAPSHOT_KEY` (an environment variable, never an argument: a
//! command line shows in `ps` and shell history). The body is, per source,
//! the manifest's and the extract's lengths (u64 LE) and bytes. The crypto
//! is RustCrypto's (`chacha20poly1305`, `argon2`), not ours.

use super::{Entry, Manifest, Store};
use crate::error::{Error, Result};
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::io::{Read, Write};
use std::path::Path;

/// The environment variable holding the passphrase.
pub const KEY_VAR: &str = "ONEFAMILY_SNAPSHOT_KEY";

const MAGIC: &[u8; 13] = b"ONEFAMILYSNAP";
const VERSION: u8 = 1;
const SALT: usize = 16;
const NONCE: usize = 24;
const HEADER: usize = MAGIC.len() + 1 + 12 + SALT + NONCE;

/// The passphrase from the environment, or a clear error.
pub fn passphrase() -> Result<String> {
    match std::env::var(KEY_VAR) {
        Ok(p) if !p.is_empty() => Ok(p),
        _ => Err(Error::Other(format!(
            "a snapshot is encrypted with a passphrase: set {KEY_VAR} (it is never read from the command line)"
        ))),
    }
}

fn key(passphrase: &str, salt: &[u8], params: argon2::Params) -> Result<[u8; 32]> {
    let mut key = [0u8; 32];
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| Error::Other(format!("snapshot key derivation: {e}")))?;
    Ok(key)
}

/// Pack every entry of `store` into `file`, encrypted with `passphrase`.
/// Returns how many sources it holds.
pub fn pack(store: &Store, file: &Path, passphrase: &str) -> Result<usize> {
    let entries = store.entries();
    if entries.is_empty() {
        return Err(Error::Other(format!(
            "nothing to pack: no staged source in {}",
            store.dir.display()
        )));
    }
    let mut body = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    for e in &entries {
        let m = serde_json::to_vec(&e.manifest).map_err(|e| Error::Other(e.to_string()))?;
        for part in [&m, &e.data] {
            body.write_all(&(part.len() as u64).to_le_bytes())
                .and_then(|_| body.write_all(part))
                .map_err(|e| Error::io(file, e))?;
        }
    }
    let body = body.finish().map_err(|e| Error::io(file, e))?;

    let params = argon2::Params::default();
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(MAGIC);
    header.push(VERSION);
    for v in [params.m_cost(), params.t_cost(), params.p_cost()] {
        header.extend_from_slice(&v.to_le_bytes());
    }
    let mut salt = [0u8; SALT];
    OsRng.fill_bytes(&mut salt);
    header.extend_from_slice(&salt);
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    header.extend_from_slice(&nonce);
    let cipher = XChaCha20Poly1305::new(&key(passphrase, &salt, params)?.into());
    let sealed = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: &body,
                aad: &header,
            },
        )
        .map_err(|_| Error::Other("snapshot encryption failed".into()))?;
    header.extend_from_slice(&sealed);
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    super::write_atomic(file, &header)?;
    Ok(entries.len())
}

/// Open `file` with `passphrase` and write its entries into `store`;
/// returns their manifests. A wrong passphrase and a damaged file are the
/// same error: the cipher cannot tell them apart, and says nothing else.
pub fn unpack(file: &Path, passphrase: &str, store: &Store) -> Result<Vec<Manifest>> {
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    let not_a_snapshot = || {
        Error::Other(format!(
            "{}: not a onefamily snapshot (or a version this build cannot read)",
            file.display()
        ))
    };
    if bytes.len() < HEADER || &bytes[..MAGIC.len()] != MAGIC || bytes[MAGIC.len()] != VERSION {
        return Err(not_a_snapshot());
    }
    let (header, sealed) = bytes.split_at(HEADER);
    let at = MAGIC.len() + 1;
    let u32_at = |i: usize| {
        let b: [u8; 4] = header[at + 4 * i..at + 4 * i + 4]
            .try_into()
            .unwrap_or_default();
        u32::from_le_bytes(b)
    };
    let params = argon2::Params::new(u32_at(0), u32_at(1), u32_at(2), Some(32))
        .map_err(|_| not_a_snapshot())?;
    let salt = &header[at + 12..at + 12 + SALT];
    let nonce = XNonce::from_slice(&header[at + 12 + SALT..]);
    let cipher = XChaCha20Poly1305::new(&key(passphrase, salt, params)?.into());
    let body = cipher
        .decrypt(
            nonce,
            Payload {
                msg: sealed,
                aad: header,
            },
        )
        .map_err(|_| {
            Error::Other(format!(
                "{}: cannot open the snapshot: wrong passphrase in {KEY_VAR}, or the file is damaged",
                file.display()
            ))
        })?;
    let mut plain = Vec::new();
    flate2::read::DeflateDecoder::new(body.as_slice())
        .read_to_end(&mut plain)
        .map_err(|_| not_a_snapshot())?;
    let mut rest = plain.as_slice();
    let mut entries = Vec::new();
    while !rest.is_empty() {
        let m = part(&mut rest).ok_or_else(not_a_snapshot)?;
        let data = part(&mut rest).ok_or_else(not_a_snapshot)?;
        let manifest: Manifest = serde_json::from_slice(m).map_err(|_| not_a_snapshot())?;
        if super::sha256_hex(data) != manifest.data_sha256 {
            return Err(not_a_snapshot());
        }
        entries.push(Entry {
            manifest,
            data: data.to_vec(),
        });
    }
    for e in &entries {
        store.put(&e.manifest, &e.data)?;
    }
    Ok(entries.into_iter().map(|e| e.manifest).collect())
}

/// The next length-prefixed part of the body.
fn part<'a>(rest: &mut &'a [u8]) -> Option<&'a [u8]> {
    let (len, tail) = rest.split_first_chunk::<8>()?;
    let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
    if tail.len() < len {
        return None;
    }
    let (part, tail) = tail.split_at(len);
    *rest = tail;
    Some(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_opens_with_its_passphrase_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            dir: dir.path().join("a"),
        };
        let data = super::super::encode(&mut crate::model::SourceExtract::default()).unwrap();
        let m = super::super::test_manifest(0, super::super::sha256_hex(&data));
        store.put(&m, &data).unwrap();
        let file = dir.path().join("snap.ofs");
        assert_eq!(pack(&store, &file, "correct horse").unwrap(), 1);
        let raw = std::fs::read(&file).unwrap();
        assert!(
            !raw.windows(8).any(|w| w == b"mapping_"),
            "nothing readable in the file"
        );
        let other = Store {
            dir: dir.path().join("b"),
        };
        let err = unpack(&file, "wrong", &other).unwrap_err().to_string();
        assert!(err.contains("wrong passphrase"), "{err}");
        assert!(!other.exists(), "nothing unpacked");
        let back = unpack(&file, "correct horse", &other).unwrap();
        assert_eq!(back, vec![m]);
        assert_eq!(other.entry("s").unwrap().data, data);
        let mut bad = raw.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        std::fs::write(&file, &bad).unwrap();
        assert!(unpack(&file, "correct horse", &other).is_err(), "tampered");
    }
}
