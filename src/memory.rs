//! Handing freed memory back to the system. The binary's allocator is
//! mimalloc (see `main.rs`), which keeps pages a program frees for a while
//! (its purge delay) in case they are asked for again: cheap for the many
//! small strings a run allocates and frees, but after a stage frees one of
//! its large buffers (hundreds of megabytes at a million records) the pages
//! stay resident while the next stage allocates its own, and the two add up
//! to the run's peak. `release` is called where such a buffer has just been
//! freed. Setting the purge delay to zero for the whole run did the same
//! for the peak but cost the 1M-record link about a fifth of its time in
//! page faults.

/// Return the memory freed so far to the system, at once.
pub fn release() {
    // SAFETY: `mi_collect` takes no pointers and may be called at any time
    // from any thread; where mimalloc is not the global allocator (a library
    // caller, the tests) it has next to nothing to collect.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Hand the pages of `v`'s spare capacity (past its length) back to the
/// system at once, keeping the vector where it is. For a large vector
/// emptied from its end a part at a time: `shrink_to_fit` does the same for
/// the memory but copies what is left into a new allocation on the calling
/// thread each time (at a million staged records, a tenth of a second of
/// one core alone, in copies and page faults).
pub fn release_spare<T>(v: &mut Vec<T>) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysconf takes an integer and returns one.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        let page = if page > 0 { page as usize } else { 4096 };
        let size = std::mem::size_of::<T>();
        let base = v.as_mut_ptr() as usize;
        // Whole pages only, inside the spare capacity: nothing before the
        // vector's last element, nothing past its allocation.
        let start = (base + v.len() * size).next_multiple_of(page);
        let end = (base + v.capacity() * size) / page * page;
        if size == 0 || end <= start {
            return;
        }
        // SAFETY: [start, end) lies within `v`'s own allocation, past its
        // initialised elements, where nothing is read before it is written
        // again; MADV_DONTNEED on private memory only makes its pages read
        // as zero when next touched.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
        }
    }
    #[cfg(not(target_os = "linux"))]
    if v.len() < v.capacity() / 2 {
        v.shrink_to_fit();
        release();
    }
}

/// mimalloc's `mi_option_purge_delay`: the sixteenth member of its
/// `mi_option_e` in mimalloc 3, which `libmimalloc-sys` builds (and in 2).
/// The crate names no constant for it; the test below checks that this
/// option holds mimalloc 3's default, 1,000 ms.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// From now on, hand each page freed back to the system at once (purge
/// delay 0), for a whole process. For a cluster executor (`onefamily
/// cluster executor`): it runs job after job of DataFusion's operators, on
/// threads that free what others allocated, and with the default delay
/// most of its peak was freed memory kept resident. Measured on the peers'
/// 1M file in shards of 250,000 records: each executor's peak 619–670 MiB
/// with the default, 292–294 MiB with the delay at 0. Not for `run` or
/// `link`: there it cost the link about a fifth of its time in page
/// faults, and `release` after each large buffer does the same for the
/// peak.
pub fn purge_at_once() {
    // SAFETY: mi_option_set takes integers only; an option set while other
    // threads allocate is read by them at their next purge.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) }
}

/// mimalloc's purge delay now, milliseconds: 0 once `purge_at_once` ran.
pub fn purge_delay_ms() -> std::ffi::c_long {
    // SAFETY: mi_option_get takes and returns integers.
    unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }
}

/// Ask the processor to start loading `slice[index]` into its cache, for a
/// read that follows shortly. Only a hint: it never faults, changes nothing
/// and costs next to nothing when the value is already there; an index out
/// of range is ignored.
#[inline(always)]
pub fn prefetch<T>(slice: &[T], index: usize) {
    if let Some(v) = slice.get(index) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a prefetch only reads, and `v` is a live reference.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                (v as *const T).cast::<i8>(),
            )
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = v;
    }
}

/// The bytes a slice's elements take: what a structure's `heap_bytes` adds
/// up for each of its vectors (a decoded or collected vector's buffer is
/// about its length), so that memory held outside an engine's pool can be
/// reserved in it (a cluster executor's scoring package,
/// `link::ballista_score`).
#[cfg(feature = "ballista")]
pub fn vec_bytes<T>(v: &[T]) -> usize {
    std::mem::size_of_val(v)
}

/// The bytes a boxed string takes on the heap: its length rounded up to
/// the allocator's 8-byte size step (mimalloc keeps no header before a
/// small block); an empty one allocates nothing.
#[cfg(feature = "ballista")]
pub fn str_bytes(s: &str) -> usize {
    s.len().next_multiple_of(8)
}

/// What a cluster executor holds, as the kernel counts it: for its log,
/// beside what its memory pool holds.
#[cfg(feature = "ballista")]
#[derive(Debug, Default, Clone, Copy)]
pub struct Held {
    /// Its private resident memory (`RssAnon`): the heap, the threads'
    /// stacks and whatever else it mapped that no file backs. Not the
    /// binary's own pages, which the kernel can drop and read again (about
    /// 60 MiB of a cluster binary's resident memory).
    pub resident: usize,
    pub threads: usize,
}

/// `Held` now, from `/proc/self/status`: zeros where it cannot be read
/// (not Linux).
#[cfg(feature = "ballista")]
pub fn held() -> Held {
    Held::parse(&std::fs::read_to_string("/proc/self/status").unwrap_or_default())
}

#[cfg(feature = "ballista")]
impl Held {
    /// From a `/proc/PID/status` text; a line that is not there reads 0.
    fn parse(status: &str) -> Held {
        let number =
            |name: &str| crate::timing::status_number(status, name).map_or(0, |n| n as usize);
        Held {
            resident: number("RssAnon:") * 1024,
            threads: number("Threads:"),
        }
    }
}

#[cfg(test)]
mod tests {
    /// `PURGE_DELAY` is mimalloc's purge delay: the option holds mimalloc
    /// 3's default, 1,000 ms, or what `MIMALLOC_PURGE_DELAY` says (read
    /// before anything sets it: no test calls `purge_at_once`); and neither
    /// neighbouring option holds the default (a value set in the
    /// environment, such as 0, may be theirs too).
    #[test]
    fn purge_delay_is_the_option_it_names() {
        let want: std::ffi::c_long = std::env::var("MIMALLOC_PURGE_DELAY")
            .map(|v| v.trim().parse().expect("MIMALLOC_PURGE_DELAY: a number"))
            .unwrap_or(1000);
        // SAFETY: mi_option_get takes and returns integers.
        let get = |o| unsafe { libmimalloc_sys::mi_option_get(o) };
        assert_eq!(get(super::PURGE_DELAY), want);
        if want == 1000 {
            assert_ne!(get(super::PURGE_DELAY - 1), want);
            assert_ne!(get(super::PURGE_DELAY + 1), want);
        }
    }

    /// An executor's private resident memory and threads are read from
    /// their lines of the kernel's status text, and this process has some.
    #[cfg(feature = "ballista")]
    #[test]
    fn held_reads_private_memory_and_threads() {
        let status = "Name:\tonefamily\nVmRSS:\t  204800 kB\nRssAnon:\t  143360 kB\n\
                      RssFile:\t   61440 kB\nThreads:\t41\n";
        let held = super::Held::parse(status);
        assert_eq!((held.resident, held.threads), (140 << 20, 41));
        let none = super::Held::parse("Name:\tx\n");
        assert_eq!((none.resident, none.threads), (0, 0));
        if cfg!(target_os = "linux") {
            let now = super::held();
            assert!(now.resident > 0 && now.threads >= 1, "{now:?}");
        }
    }

    /// Emptied from its end, a vector keeps every element it still holds,
    /// its spare capacity's pages are no longer resident (the kernel's own
    /// account, `mincore`), and what is pushed again reads back.
    #[cfg(target_os = "linux")]
    #[test]
    fn release_spare_frees_the_emptied_pages_and_keeps_the_rest() {
        // SAFETY: sysconf takes an integer and returns one.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
        let n = 1 << 20;
        let mut v: Vec<u64> = (0..n as u64).map(|x| x * 7 + 1).collect();
        let resident = |v: &Vec<u64>, from: usize, to: usize| -> usize {
            // Whole pages between two element positions.
            let base = v.as_ptr() as usize;
            let start = (base + from * 8).next_multiple_of(page);
            let end = (base + to * 8) / page * page;
            let mut flags = vec![0u8; (end - start) / page];
            // SAFETY: the range is whole pages of `v`'s allocation, and
            // `flags` holds a byte for each.
            let r = unsafe {
                libc::mincore(start as *mut libc::c_void, end - start, flags.as_mut_ptr())
            };
            assert_eq!(r, 0);
            flags.iter().filter(|&&f| f & 1 == 1).count()
        };
        let keep = n / 3;
        assert!(resident(&v, keep, n) > 0);
        v.truncate(keep);
        super::release_spare(&mut v);
        assert_eq!(v.capacity(), n, "the vector stays where it is");
        assert_eq!(resident(&v, keep, n), 0);
        assert!(v.iter().enumerate().all(|(i, &x)| x == i as u64 * 7 + 1));
        v.extend((keep as u64..n as u64).map(|x| x * 3));
        assert_eq!(v[keep - 1], (keep as u64 - 1) * 7 + 1);
        assert!(v[keep..]
            .iter()
            .zip(keep as u64..)
            .all(|(&x, i)| x == i * 3));
        let mut empty: Vec<u64> = Vec::new();
        super::release_spare(&mut empty);
    }
}
