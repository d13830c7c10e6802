//! The model file: tagger, lemmatizer, parser, (from version 4) supertagger, (from version
//! 5) the parser's beam width and (from version 6) word clusters in a compact binary format
//! of our own.
//!
//! Layout: the 8-byte magic `DTNLPMDL`, a little-endian `u32` format version, then a
//! deflate-compressed body of length-prefixed sections. Weights are stored as `i16` with one
//! `f32` scale per weight table; only non-zero weights are kept.

use std::io::{Read, Write};

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use rustc_hash::FxHashMap;

use std::sync::Arc;

use crate::clusters::{Clusters, LEVELS};
use crate::error::NlpError;
use crate::lemma::{Lemmatizer, Rule};
use crate::parser::Parser;
use crate::perceptron::Weights;
use crate::supertag::Supertagger;
use crate::tagger::Tagger;

pub const MAGIC: &[u8; 8] = b"DTNLPMDL";
pub const VERSION: u32 = 6;
/// Version 1 files (no second tagger pass) are still read. A model without clusters is written
/// as before they existed, byte for byte: a greedy one as version 2 without a supertagger and 4
/// with one, a beam one as 5. Version 3 (the first supertag models) numbered the parser's
/// supertag templates differently and is refused.
const OLDEST: u32 = 1;
const RETIRED: u32 = 3;

/// Everything the pipeline needs after tokenisation.
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub tagger: Tagger,
    /// Relation-and-direction tagger whose tags the parser reads (empty: none).
    pub supertagger: Supertagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

struct W(Vec<u8>);

impl W {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn weights(&mut self, w: &Weights) {
        let rows = w.rows();
        let max = rows
            .iter()
            .flat_map(|r| r.2.iter())
            .fold(0f32, |m, v| m.max(v.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        self.u32(w.n_classes as u32);
        self.f32(scale);
        let kept: Vec<(u64, Vec<(u16, i16)>)> = rows
            .into_iter()
            .map(|(k, cs, vs)| {
                let r = cs
                    .iter()
                    .zip(&vs)
                    .map(|(c, v)| (*c, (v / scale).round() as i16))
                    .filter(|(_, q)| *q != 0)
                    .collect::<Vec<_>>();
                (k, r)
            })
            .filter(|(_, r)| !r.is_empty())
            .collect();
        self.u32(kept.len() as u32);
        // Keys are sorted: store deltas, which deflate compresses better than raw hashes.
        let mut prev = 0u64;
        for (k, r) in kept {
            self.u64(k.wrapping_sub(prev));
            prev = k;
            self.u16(r.len() as u16);
            for (c, q) in r {
                self.u16(c);
                self.u16(q as u16);
            }
        }
    }
}

impl W {
    /// Entries sorted by hash, stored as deltas (as weight keys are), each with its ids.
    fn clusters(&mut self, c: &Clusters) {
        let entries = c.entries();
        self.u32(entries.len() as u32);
        let mut prev = 0u64;
        for (k, ids) in entries {
            self.u64(k.wrapping_sub(prev));
            prev = k;
            for id in ids {
                self.u16(id);
            }
        }
    }
}

struct R<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> R<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NlpError> {
        let end = self.i.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| NlpError::Model(format!("truncated at byte {}", self.i)))?;
        let s = &self.b[self.i..end];
        self.i = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, NlpError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, NlpError> {
        let mut a = [0u8; 2];
        a.copy_from_slice(self.take(2)?);
        Ok(u16::from_le_bytes(a))
    }
    fn u32(&mut self) -> Result<u32, NlpError> {
        let mut a = [0u8; 4];
        a.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(a))
    }
    fn u64(&mut self) -> Result<u64, NlpError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }
    fn f32(&mut self) -> Result<f32, NlpError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn str(&mut self) -> Result<String, NlpError> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| NlpError::Model("bad UTF-8 string".into()))
    }
    fn weights(&mut self) -> Result<Weights, NlpError> {
        let n_classes = self.u32()? as usize;
        let scale = self.f32()?;
        let n = self.u32()? as usize;
        let mut rows = Vec::with_capacity(n.min(1 << 24));
        let mut prev = 0u64;
        for _ in 0..n {
            let k = prev.wrapping_add(self.u64()?);
            prev = k;
            let len = self.u16()? as usize;
            let mut r = Vec::with_capacity(len);
            for _ in 0..len {
                let c = self.u16()?;
                let q = self.u16()? as i16;
                if c as usize >= n_classes {
                    return Err(NlpError::Model(format!("class {c} out of range")));
                }
                r.push((c, q as f32 * scale));
            }
            rows.push((k, r));
        }
        Ok(Weights::from_rows(n_classes, rows))
    }
}

impl R<'_> {
    fn clusters(&mut self) -> Result<Clusters, NlpError> {
        let n = self.u32()? as usize;
        let mut c = Clusters::default();
        let mut key = 0u64;
        for _ in 0..n {
            key = key.wrapping_add(self.u64()?);
            let mut ids = [0u16; LEVELS];
            for id in ids.iter_mut() {
                *id = self.u16()?;
            }
            c.insert_hash(key, ids);
        }
        Ok(c)
    }
}

impl Model {
    /// Serialises the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = W(Vec::new());
        let t = &self.tagger;
        w.u32(t.classes.len() as u32);
        for (x, u) in &t.classes {
            w.str(x);
            w.str(u);
        }
        let mut td: Vec<_> = t.tagdict.iter().collect();
        td.sort_unstable();
        w.u32(td.len() as u32);
        for (k, c) in td {
            w.u64(*k);
            w.u16(*c);
        }
        let mut am: Vec<_> = t.ambig.iter().collect();
        am.sort_unstable();
        w.u32(am.len() as u32);
        for (k, v) in am {
            w.u64(*k);
            w.u64(*v);
        }
        w.weights(&t.weights);
        w.weights(&t.weights2);
        let l = &self.lemmatizer;
        let mut ex: Vec<_> = l.exceptions.iter().collect();
        ex.sort_unstable();
        w.u32(ex.len() as u32);
        for (k, s) in ex {
            w.u64(*k);
            w.str(s);
        }
        let mut rules: Vec<_> = l.rules.iter().collect();
        rules.sort_unstable();
        w.u32(rules.len() as u32);
        for (k, r) in rules {
            w.u64(*k);
            w.u32(*r);
        }
        w.u32(l.rule_table.len() as u32);
        for r in &l.rule_table {
            w.u8(r.lower as u8);
            w.u8(r.cut);
            w.str(&r.add);
        }
        let p = &self.parser;
        w.u32(p.labels.len() as u32);
        for s in &p.labels {
            w.str(s);
        }
        w.u16(p.root);
        w.weights(&p.weights);
        let st = &self.supertagger;
        let beam = p.beam > 1;
        let clusters = &self.tagger.clusters;
        let version = if st.classes.is_empty() && !beam && clusters.is_empty() {
            2
        } else {
            w.u32(st.classes.len() as u32);
            for c in &st.classes {
                w.str(c);
            }
            w.weights(&st.weights);
            if beam || !clusters.is_empty() {
                w.u16(p.beam);
                if clusters.is_empty() {
                    5
                } else {
                    w.clusters(clusters);
                    VERSION
                }
            } else {
                4
            }
        };

        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&version.to_le_bytes());
        let mut enc = DeflateEncoder::new(out, flate2::Compression::default());
        // Writing into a Vec cannot fail.
        let _ = enc.write_all(&w.0);
        enc.finish().unwrap_or_default()
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NlpError> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(NlpError::Model(
                "not a detente NLP model (bad magic)".into(),
            ));
        }
        let mut v = [0u8; 4];
        v.copy_from_slice(&bytes[8..12]);
        let version = u32::from_le_bytes(v);
        if !(OLDEST..=VERSION).contains(&version) {
            return Err(NlpError::Model(format!(
                "model format version {version}, this build reads version {VERSION}"
            )));
        }
        if version == RETIRED {
            return Err(NlpError::Model(format!(
                "model format version {RETIRED} (an early supertag model) is no longer read: \
                 retrain it with `detente train --supertags`"
            )));
        }
        // Reserved past the body's size (the tables deflate to about three quarters): grown by
        // doubling from nothing, its last copies set the load's peak memory, which then hung on
        // whether each larger block could grow in place (20 MB either way). Pages never
        // written are never resident.
        let mut body = Vec::with_capacity(bytes.len().saturating_mul(2));
        DeflateDecoder::new(&bytes[12..])
            .read_to_end(&mut body)
            .map_err(|e| NlpError::Model(format!("corrupt body: {e}")))?;
        let mut r = R { b: &body, i: 0 };
        let n = r.u32()? as usize;
        let mut classes = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            classes.push((r.str()?, r.str()?));
        }
        let n = r.u32()? as usize;
        let mut tagdict = FxHashMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            let c = r.u16()?;
            if c as usize >= classes.len() {
                return Err(NlpError::Model("tag dictionary class out of range".into()));
            }
            tagdict.insert(k, c);
        }
        let n = r.u32()? as usize;
        let mut ambig = FxHashMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            ambig.insert(k, r.u64()?);
        }
        let weights = r.weights()?;
        let weights2 = if version >= 2 {
            r.weights()?
        } else {
            Weights::default()
        };
        let mut tagger = Tagger {
            weights,
            classes,
            tagdict,
            ambig,
            weights2,
            id: Default::default(),
            clusters: Arc::default(),
        };
        let mut lem = Lemmatizer::default();
        let n = r.u32()? as usize;
        for _ in 0..n {
            let k = r.u64()?;
            lem.exceptions.insert(k, r.str()?);
        }
        let n = r.u32()? as usize;
        for _ in 0..n {
            let k = r.u64()?;
            lem.rules.insert(k, r.u32()?);
        }
        let n = r.u32()? as usize;
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let cut = r.u8()?;
            let add = r.str()?;
            lem.rule_table.push(Rule { lower, cut, add });
        }
        let n = r.u32()? as usize;
        let mut labels = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            labels.push(r.str()?);
        }
        let root = r.u16()?;
        let weights = r.weights()?;
        let w2 = tagger.weights2.n_classes;
        if weights.n_classes != 1 + 2 * labels.len()
            || tagger.weights.n_classes != tagger.classes.len()
            || (w2 != 0 && w2 != tagger.classes.len())
        {
            return Err(NlpError::Model(
                "class counts do not match the label sets".into(),
            ));
        }
        let mut supertagger = Supertagger::default();
        if version >= 4 {
            let n = r.u32()? as usize;
            for _ in 0..n {
                supertagger.classes.push(r.str()?);
            }
            supertagger.weights = r.weights()?;
            if supertagger.weights.n_classes != supertagger.classes.len() {
                return Err(NlpError::Model(
                    "supertag classes do not match their weights".into(),
                ));
            }
        }
        let beam = if version >= 5 { r.u16()? } else { 0 };
        let clusters = Arc::new(if version >= 6 {
            r.clusters()?
        } else {
            Clusters::default()
        });
        tagger.clusters = clusters.clone();
        Ok(Model {
            tagger,
            supertagger,
            lemmatizer: lem,
            parser: Parser {
                weights,
                labels,
                root,
                beam,
                clusters,
            },
        })
    }
}
