//! The arc-hybrid transition system with the root at the end of the buffer
//! (Kuhlmann et al. 2011; Ballesteros & Nivre 2013), and the dynamic-oracle costs of
//! Goldberg & Nivre (2013).
//!
//! Words are numbered 1..=n; 0 is the root, which sits after word n in the buffer and is never
//! shifted. Actions: SHIFT; LEFT(l): s0 ← b0; RIGHT(l): s1 → s0. LEFT onto the root is only
//! allowed when s0 is the last stack element, so every tree has exactly one root.

/// What a transition does (the label is carried separately).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Shift,
    Left,
    Right,
}

/// Parser configuration. All arrays are indexed by word id (0 = root) and reused across
/// sentences: `reset` only clears what it needs.
#[derive(Debug, Default, Clone)]
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// Next buffer word; `n + 1` means only the root is left.
    pub b: usize,
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
    pub in_stack: Vec<bool>,
    /// Leftmost / second-leftmost / rightmost / second-rightmost children (0 = none).
    pub lc1: Vec<u32>,
    pub lc2: Vec<u32>,
    pub rc1: Vec<u32>,
    pub rc2: Vec<u32>,
    pub nl: Vec<u16>,
    pub nr: Vec<u16>,
    /// Bit sets of child labels (label id mod 64), left and right.
    pub ll: Vec<u64>,
    pub rl: Vec<u64>,
}

pub const NO_HEAD: u32 = u32::MAX;

impl State {
    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.b = 1;
        for v in [&mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(n + 1, 0);
        }
        self.heads.clear();
        self.heads.resize(n + 1, NO_HEAD);
        self.labels.clear();
        self.labels.resize(n + 1, 0);
        self.in_stack.clear();
        self.in_stack.resize(n + 1, false);
        self.nl.clear();
        self.nl.resize(n + 1, 0);
        self.nr.clear();
        self.nr.resize(n + 1, 0);
        self.ll.clear();
        self.ll.resize(n + 1, 0);
        self.rl.clear();
        self.rl.resize(n + 1, 0);
    }

    pub fn is_terminal(&self) -> bool {
        self.stack.is_empty() && self.b > self.n
    }

    /// The buffer front: a word id, or 0 for the root.
    #[inline]
    pub fn b0(&self) -> u32 {
        if self.b <= self.n {
            self.b as u32
        } else {
            0
        }
    }

    #[inline]
    pub fn s(&self, k: usize) -> Option<u32> {
        let l = self.stack.len();
        (k < l).then(|| self.stack[l - 1 - k])
    }

    /// Linear position of a word, the root coming last.
    #[inline]
    pub fn pos(&self, w: u32) -> usize {
        if w == 0 {
            self.n + 1
        } else {
            w as usize
        }
    }

    pub fn can(&self, m: Move) -> bool {
        match m {
            Move::Shift => self.b <= self.n,
            Move::Left => !self.stack.is_empty() && (self.b <= self.n || self.stack.len() == 1),
            Move::Right => self.stack.len() >= 2,
        }
    }

    pub fn apply(&mut self, m: Move, label: u16) {
        match m {
            Move::Shift => {
                let w = self.b as u32;
                self.stack.push(w);
                self.in_stack[w as usize] = true;
                self.b += 1;
            }
            Move::Left => {
                let Some(d) = self.stack.pop() else { return };
                self.in_stack[d as usize] = false;
                let h = self.b0();
                self.add_arc(h, d, label);
            }
            Move::Right => {
                let Some(d) = self.stack.pop() else { return };
                self.in_stack[d as usize] = false;
                let Some(&h) = self.stack.last() else { return };
                self.add_arc(h, d, label);
            }
        }
    }

    fn add_arc(&mut self, h: u32, d: u32, label: u16) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        let bit = 1u64 << (label % 64);
        if self.pos(d) < self.pos(h) {
            self.nl[hu] += 1;
            self.ll[hu] |= bit;
            if self.lc1[hu] == 0 || d < self.lc1[hu] {
                self.lc2[hu] = self.lc1[hu];
                self.lc1[hu] = d;
            } else if self.lc2[hu] == 0 || d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
        } else {
            self.nr[hu] += 1;
            self.rl[hu] |= bit;
            if self.rc1[hu] == 0 || d > self.rc1[hu] {
                self.rc2[hu] = self.rc1[hu];
                self.rc1[hu] = d;
            } else if self.rc2[hu] == 0 || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
        }
    }

    fn in_buffer(&self, w: u32) -> bool {
        w == 0 || w as usize >= self.b
    }

    fn deps_in_buffer(&self, w: u32, gold: &[u32]) -> u32 {
        (self.b..=self.n).filter(|&d| gold[d] == w).count() as u32
    }

    /// Dynamic-oracle cost of a move (labels aside): gold arcs it makes unreachable.
    pub fn cost(&self, m: Move, gold: &[u32]) -> u32 {
        match m {
            Move::Shift => {
                let b = self.b as u32;
                let s0 = self.s(0);
                let hb = gold[b as usize];
                let deps = self
                    .stack
                    .iter()
                    .filter(|&&d| gold[d as usize] == b)
                    .count() as u32;
                let head_lost = hb != 0 && self.in_stack[hb as usize] && Some(hb) != s0;
                deps + head_lost as u32
            }
            Move::Left => {
                let Some(s0) = self.s(0) else { return u32::MAX };
                let h = gold[s0 as usize];
                let b0 = self.b0();
                let head_lost = h != b0 && (Some(h) == self.s(1) || self.in_buffer(h));
                self.deps_in_buffer(s0, gold) + head_lost as u32
            }
            Move::Right => {
                let Some(s0) = self.s(0) else { return u32::MAX };
                let h = gold[s0 as usize];
                self.deps_in_buffer(s0, gold) + self.in_buffer(h) as u32
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following zero-cost moves rebuilds any projective tree exactly.
    fn rebuild(gold: &[u32]) -> Vec<u32> {
        let mut st = State::default();
        st.reset(gold.len() - 1);
        while !st.is_terminal() {
            let m = [Move::Shift, Move::Left, Move::Right]
                .into_iter()
                .filter(|m| st.can(*m))
                .min_by_key(|m| st.cost(*m, gold))
                .expect("some move is possible");
            assert_eq!(
                st.cost(m, gold),
                0,
                "a zero-cost move exists for projective trees"
            );
            st.apply(m, 0);
        }
        st.heads.clone()
    }

    #[test]
    fn zero_cost_moves_rebuild_projective_trees() {
        // "Pompeo met Lavrov in Sochi ." : met is the root.
        let gold = vec![0, 2, 0, 2, 5, 2, 2];
        assert_eq!(&rebuild(&gold)[1..], &gold[1..]);
        // Left- and right-branching chains.
        let gold = vec![0, 2, 3, 4, 0];
        assert_eq!(&rebuild(&gold)[1..], &gold[1..]);
        let gold = vec![0, 0, 1, 2, 3];
        assert_eq!(&rebuild(&gold)[1..], &gold[1..]);
    }

    #[test]
    fn only_one_root_and_everything_attached() {
        let mut st = State::default();
        st.reset(4);
        // Always shift when possible, then reduce rightwards: still one tree.
        while !st.is_terminal() {
            let m = [Move::Shift, Move::Right, Move::Left]
                .into_iter()
                .find(|m| st.can(*m))
                .expect("a move");
            st.apply(m, 0);
        }
        let roots = st.heads[1..].iter().filter(|&&h| h == 0).count();
        assert_eq!(roots, 1);
        assert!(st.heads[1..].iter().all(|&h| h != NO_HEAD));
    }
}
