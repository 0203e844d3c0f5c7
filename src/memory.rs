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
