//! Cheap, stable hashing for feature atoms: the model file depends on these values, so they must
//! never change between builds or platforms.

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Mixes one more value into a hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// A feature hash from a template id and atoms.
#[inline]
pub fn feat(template: u64, atoms: &[u64]) -> u64 {
    let mut h = mix(0x9e37_79b9_7f4a_7c15, template);
    for a in atoms {
        h = mix(h, *a);
    }
    // Final avalanche so that nearby inputs spread over the hash table.
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The FNV-1a state of the empty string.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte more into an FNV-1a state, for hashes of every prefix in one pass.
#[inline]
pub fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a over bytes: stable string hashes.
#[inline]
pub fn str_hash(s: &str) -> u64 {
    s.bytes().fold(FNV_START, fnv_step)
}
