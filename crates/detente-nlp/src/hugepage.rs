//! Large weight tables backed by transparent huge pages where the kernel offers them.
//!
//! Scoring touches ~100 random slots of a table of tens of megabytes per parser transition. With
//! 4 KiB pages nearly every one of those accesses also misses the TLB, and under virtualisation a
//! TLB miss is a two-level page walk that costs more than the cache miss itself. 2 MiB pages make
//! the whole table fit the TLB. The pages must be requested before they are first touched, so
//! the vector is reserved, advised, and only then filled.

/// A vector of `n` copies of `value`, on huge pages when possible (Linux, THP in `madvise` or
/// `always` mode); elsewhere an ordinary vector.
pub fn filled<T: Clone>(n: usize, value: T) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    advise(v.as_ptr() as usize, n * std::mem::size_of::<T>());
    v.resize(n, value);
    v
}

#[cfg(target_os = "linux")]
fn advise(start: usize, len: usize) {
    const HUGE: usize = 2 << 20;
    let begin = start.div_ceil(HUGE) * HUGE;
    let end = (start + len) / HUGE * HUGE;
    if end <= begin {
        return;
    }
    // SAFETY: the range lies inside an allocation this process owns and has not yet touched;
    // MADV_HUGEPAGE only changes how it is backed, never its contents or validity. A failure
    // (THP disabled) leaves ordinary pages, so the result is ignored.
    unsafe {
        libc::madvise(begin as *mut libc::c_void, end - begin, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn advise(_start: usize, _len: usize) {}

#[cfg(test)]
mod tests {
    #[test]
    fn filled_has_the_value_everywhere() {
        let v = super::filled(5_000_000, 7u32);
        assert_eq!(v.len(), 5_000_000);
        assert!(v.iter().all(|x| *x == 7));
    }
}
