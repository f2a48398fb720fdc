//! Sentence sequences prepared for the dynamic program: lengths, weighted sparse "concept"
//! vectors and paragraph flags, plus the coarsening used by the coarse-to-fine search.

use crate::text::{self, FxMap};
use crate::CostParams;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Feature kinds (each has its own weight in [`CostParams`]).
pub(crate) const K_ANCHOR: u8 = 0;
pub(crate) const K_COGNATE: u8 = 1;
pub(crate) const K_PUNCT: u8 = 2;
pub(crate) const K_LEX: u8 = 3;

const TAG_ANCHOR: u64 = 0xA1;
const TAG_COGNATE: u64 = 0xC0;
const TAG_PUNCT: u64 = 0x9C;
const TAG_LEX: u64 = 0x1E;

#[inline]
pub(crate) fn concept(tag: u64, v: u64) -> u64 {
    text::mix(v ^ tag.rotate_left(56))
}

/// Raw features of one sentence: (concept, kind, multiplier).
pub(crate) type RawFeats = Vec<(u64, u8, f32)>;
/// Weighted features of one sentence: (concept, weight).
pub(crate) type Feats = Vec<(u64, f32)>;

/// Result of analysing one side: per-sentence raw data, reused by both passes.
pub(crate) struct Analysed {
    /// Length in characters.
    pub len: Vec<f32>,
    /// Distinct stem ids of each sentence (sorted).
    pub stems: Vec<Vec<u32>>,
    /// Raw (concept, kind, multiplier) features of each sentence before weighting.
    pub raw: Vec<RawFeats>,
    /// Sentence starts a paragraph.
    pub para: Vec<bool>,
    /// Whether paragraph information is present (more than one paragraph).
    pub has_paras: bool,
    /// Stem vocabulary.
    pub vocab: FxMap<String, u32>,
}

/// Analyses the sentences of one side: [`analyse_words`] plus [`anchors`].
#[cfg(test)]
pub(crate) fn analyse(sentences: &[&str], lang: &str, para_starts: &[usize]) -> Analysed {
    let mut a = analyse_words(sentences, lang, para_starts);
    a.add_anchors(anchors(sentences, lang));
    a
}

/// Anchor concepts (numbers, dates and times) of each sentence, in order of appearance.
///
/// Names are covered by the cognate keys, which also match transliterated names, at a
/// fraction of the cost.
pub(crate) fn anchors(sentences: &[&str], lang: &str) -> Vec<Vec<u64>> {
    sentences
        .iter()
        .map(|s| {
            bitext_mentions::extract_numbers(s, lang)
                .iter()
                .filter_map(|m| m.anchor_key())
                .map(|k| concept(TAG_ANCHOR, k))
                .collect()
        })
        .collect()
}

/// The [`anchors`] of both sides in chunks of sentences that the threads calling
/// [`AnchorJobs::work`] take in turn (a thread that finishes its other work early takes more
/// of them); [`AnchorJobs::finish`] puts the chunks back in order.
pub(crate) struct AnchorJobs<'a> {
    /// (side, sentences, language, first sentence) of each chunk.
    chunks: Vec<(usize, &'a [&'a str], &'a str, usize)>,
    next: AtomicUsize,
    done: Mutex<Vec<(usize, Vec<Vec<u64>>)>>,
}

/// Chunks per side of [`AnchorJobs`].
const ANCHOR_CHUNKS: usize = 16;

impl<'a> AnchorJobs<'a> {
    pub(crate) fn new(src: (&'a [&'a str], &'a str), tgt: (&'a [&'a str], &'a str)) -> Self {
        let mut chunks = Vec::new();
        for (side, (sents, lang)) in [(0, src), (1, tgt)] {
            let size = sents.len().div_ceil(ANCHOR_CHUNKS).max(1);
            for (k, c) in sents.chunks(size).enumerate() {
                chunks.push((side, c, lang, k * size));
            }
        }
        AnchorJobs {
            chunks,
            next: AtomicUsize::new(0),
            done: Mutex::new(Vec::new()),
        }
    }

    /// Computes chunks until none is left.
    pub(crate) fn work(&self) {
        loop {
            let k = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(&(_, sents, lang, _)) = self.chunks.get(k) else {
                return;
            };
            let a = anchors(sents, lang);
            self.done
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((k, a));
        }
    }

    /// The anchors of the source and of the target sentences (computing what no thread has).
    pub(crate) fn finish(self) -> (Vec<Vec<u64>>, Vec<Vec<u64>>) {
        self.work();
        let mut done = self.done.into_inner().unwrap_or_else(|e| e.into_inner());
        done.sort_unstable_by_key(|d| d.0);
        let mut out = (Vec::new(), Vec::new());
        for (k, a) in done {
            match self.chunks[k].0 {
                0 => out.0.extend(a),
                _ => out.1.extend(a),
            }
        }
        out
    }
}

impl Analysed {
    /// Appends the [`anchors`] of each sentence to its raw features (after the word and
    /// punctuation features, the order [`analyse`] has always used).
    pub(crate) fn add_anchors(&mut self, anchors: Vec<Vec<u64>>) {
        for (raw, a) in self.raw.iter_mut().zip(anchors) {
            raw.extend(a.into_iter().map(|c| (c, K_ANCHOR, 1.0)));
        }
    }
}

/// Analyses the words and punctuation of one side: everything but the anchors.
pub(crate) fn analyse_words(sentences: &[&str], lang: &str, para_starts: &[usize]) -> Analysed {
    let stemmer = text::stemmer_for(lang);
    // room for about as many distinct word forms (and half as many stems) as a text of this
    // size has, so that the maps rarely grow
    let bytes: usize = sentences.iter().map(|s| s.len()).sum();
    let mut vocab: FxMap<String, u32> =
        FxMap::with_capacity_and_hasher(bytes / 48, Default::default());
    let mut len = Vec::with_capacity(sentences.len());
    let mut stems = Vec::with_capacity(sentences.len());
    let mut raw = Vec::with_capacity(sentences.len());
    let mut lower = String::new();
    let mut cache: FxMap<String, (u32, Option<u64>)> =
        FxMap::with_capacity_and_hasher(bytes / 24, Default::default());
    let mut scratch = text::CognateScratch::default();
    for s in sentences {
        len.push(s.chars().count() as f32);
        let mut st: Vec<u32> = Vec::new();
        let mut feats: Vec<(u64, u8, f32)> = Vec::new();
        for w in text::words(s) {
            text::lower_into(w, &mut lower);
            // stem and cognate key once per distinct word form
            let (id, cog) = match cache.get(lower.as_str()) {
                Some(&x) => x,
                None => {
                    let stem_cow = match &stemmer {
                        Some(stm) => stm.stem(&lower),
                        None => std::borrow::Cow::Borrowed(text::prefix_stem(&lower)),
                    };
                    let stem: &str = &stem_cow;
                    let next = vocab.len() as u32;
                    let id = match vocab.get(stem) {
                        Some(&id) => id,
                        None => {
                            vocab.insert(stem.to_string(), next);
                            next
                        }
                    };
                    let cog = text::cognate_key_into(&lower, &mut scratch)
                        .map(|key| concept(TAG_COGNATE, text::hash_str(key)));
                    cache.insert(lower.clone(), (id, cog));
                    (id, cog)
                }
            };
            st.push(id);
            if let Some(c) = cog {
                feats.push((c, K_COGNATE, 1.0));
            }
        }
        st.sort_unstable();
        st.dedup();
        text::punct_classes(s, |p| {
            feats.push((concept(TAG_PUNCT, u64::from(p)), K_PUNCT, 1.0));
        });
        stems.push(st);
        raw.push(feats);
    }
    let n = sentences.len();
    let mut para = vec![false; n];
    if n > 0 {
        para[0] = true;
    }
    let mut count = 0;
    for &p in para_starts {
        if p < n && p > 0 && !para[p] {
            para[p] = true;
            count += 1;
        }
    }
    Analysed {
        len,
        stems,
        raw,
        para,
        has_paras: count > 0,
        vocab,
    }
}

/// A learned (or given) word-translation table: source stem → [(target stem, strength)].
pub(crate) type Lexicon = FxMap<u32, Vec<(u32, f32)>>;

/// Adds lexicon features (source stems projected onto target stems) to the raw features;
/// the two sides on two threads when `par`.
pub(crate) fn lexicon_features(
    src: &Analysed,
    tgt: &Analysed,
    lex: &Lexicon,
    par: bool,
) -> (Vec<RawFeats>, Vec<RawFeats>) {
    // dense tables over the stem ids: the translations of each source stem and the concept
    // of each target stem that some source stem translates to
    let mut translations: Vec<&[(u32, f32)]> = vec![&[]; src.vocab.len()];
    let mut target_concept: Vec<Option<u64>> = vec![None; tgt.vocab.len()];
    for (&s, v) in lex {
        if let Some(x) = translations.get_mut(s as usize) {
            *x = v;
        }
        for &(t, _) in v {
            if let Some(x) = target_concept.get_mut(t as usize) {
                *x = Some(concept(TAG_LEX, u64::from(t)));
            }
        }
    }
    let src_side = || -> Vec<RawFeats> {
        src.stems
            .iter()
            .map(|st| {
                let of = |s: u32| translations.get(s as usize).copied().unwrap_or(&[]);
                let mut f = Vec::with_capacity(st.iter().map(|&s| of(s).len()).sum());
                for &s in st {
                    for &(t, p) in of(s) {
                        f.push((concept(TAG_LEX, u64::from(t)), K_LEX, p));
                    }
                }
                f
            })
            .collect()
    };
    let tgt_side = || -> Vec<RawFeats> {
        tgt.stems
            .iter()
            .map(|st| {
                let of = |t: u32| target_concept.get(t as usize).copied().flatten();
                let mut f = Vec::with_capacity(st.iter().filter(|&&t| of(t).is_some()).count());
                f.extend(st.iter().filter_map(|&t| of(t)).map(|c| (c, K_LEX, 1.0)));
                f
            })
            .collect()
    };
    crate::both(par, src_side, tgt_side)
}

/// A sequence of units (sentences, or merged neighbours at coarse levels) in CSR layout.
#[derive(Debug, Clone, Default)]
pub(crate) struct Seq {
    /// Length in characters.
    pub len: Vec<f32>,
    /// Prefix sums of `len` (n + 1 entries).
    pub len_prefix: Vec<f64>,
    /// Feature offsets (n + 1 entries) into `fid` / `fw`.
    pub foff: Vec<u32>,
    /// Concept ids, sorted within a unit.
    pub fid: Vec<u64>,
    /// Weights.
    pub fw: Vec<f32>,
    /// Total feature weight of each unit.
    pub wsum: Vec<f32>,
    /// Prefix sums of `wsum`.
    pub wsum_prefix: Vec<f64>,
    /// Unit starts a paragraph (n + 1 entries; the end counts as a start).
    pub para: Vec<bool>,
    /// Number of paragraph starts strictly inside each unit (coarse units only).
    pub has_paras: bool,
}

impl Seq {
    pub fn n(&self) -> usize {
        self.len.len()
    }

    /// Builds a sequence from per-unit lengths, (concept, weight) lists and paragraph flags.
    #[cfg(test)]
    pub fn build(len: Vec<f32>, feats: Vec<Feats>, para: Vec<bool>, has_paras: bool) -> Seq {
        let mut seq = Seq::start(len, para, has_paras, 0);
        for mut f in feats {
            f.sort_unstable_by_key(|a| a.0);
            seq.push_unit(f);
        }
        seq
    }

    /// A sequence with the lengths and paragraph flags of its units and no unit features yet
    /// (room for `feat_cap` of them): [`Seq::push_unit`] adds them unit by unit.
    fn start(len: Vec<f32>, para: Vec<bool>, has_paras: bool, feat_cap: usize) -> Seq {
        let n = len.len();
        let mut seq = Seq {
            len_prefix: Vec::with_capacity(n + 1),
            foff: Vec::with_capacity(n + 1),
            fid: Vec::with_capacity(feat_cap),
            fw: Vec::with_capacity(feat_cap),
            wsum: Vec::with_capacity(n),
            wsum_prefix: Vec::with_capacity(n + 1),
            has_paras,
            ..Seq::default()
        };
        seq.len_prefix.push(0.0);
        seq.wsum_prefix.push(0.0);
        seq.foff.push(0);
        let mut acc = 0.0f64;
        for &l in &len {
            acc += f64::from(l);
            seq.len_prefix.push(acc);
        }
        seq.len = len;
        let mut p = para;
        p.truncate(n);
        p.resize(n, false);
        p.push(true);
        seq.para = p;
        seq
    }

    /// Features of unit `i`.
    #[inline]
    pub fn feats(&self, i: usize) -> (&[u64], &[f32]) {
        let a = self.foff[i] as usize;
        let b = self.foff[i + 1] as usize;
        (&self.fid[a..b], &self.fw[a..b])
    }

    /// Appends the features of one unit, sorted by concept (a concept may repeat: its
    /// weights are summed), with its total weight.
    fn push_unit(&mut self, f: impl IntoIterator<Item = (u64, f32)>) {
        let mut w = 0.0f32;
        let mut last: Option<u64> = None;
        for (id, x) in f {
            w += x;
            if last == Some(id) {
                if let Some(v) = self.fw.last_mut() {
                    *v += x;
                }
            } else {
                self.fid.push(id);
                self.fw.push(x);
                last = Some(id);
            }
        }
        self.foff.push(self.fid.len() as u32);
        self.wsum.push(w);
        let acc = self.wsum_prefix.last().copied().unwrap_or(0.0) + f64::from(w);
        self.wsum_prefix.push(acc);
    }

    /// Merges neighbouring pairs of units (the coarse level of the search). The features of
    /// a pair are merged in concept order (a concept in both: the first unit's weight first);
    /// a pair with more than [`MAX_COARSE_FEATS`] concepts keeps only its heaviest ones.
    pub fn coarsen(&self) -> Seq {
        let n = self.n();
        let cn = n.div_ceil(2);
        let unit = |k: usize| 2 * k..(2 * k + 2).min(n);
        let len = (0..cn).map(|k| self.len[unit(k)].iter().sum()).collect();
        let para = (0..cn)
            .map(|k| self.para[unit(k)].iter().any(|&p| p))
            .collect();
        let mut out = Seq::start(len, para, self.has_paras, self.fid.len());
        let mut heavy: Vec<(u64, f32)> = Vec::new();
        for k in 0..cn {
            let a = 2 * k;
            let b = (2 * k + 2).min(n);
            let (f0, f1) = (self.foff[a] as usize, self.foff[b] as usize);
            if f1 - f0 > MAX_COARSE_FEATS {
                // keep the heaviest concepts: coarse levels only need a rough path
                heavy.clear();
                heavy.extend(
                    self.fid[f0..f1]
                        .iter()
                        .copied()
                        .zip(self.fw[f0..f1].iter().copied()),
                );
                heavy.select_nth_unstable_by(MAX_COARSE_FEATS - 1, |x, y| {
                    y.1.total_cmp(&x.1).then(x.0.cmp(&y.0))
                });
                heavy.truncate(MAX_COARSE_FEATS);
                heavy.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
                out.push_unit(heavy.iter().copied());
            } else {
                let (x, xw) = self.feats(a);
                let (y, yw) = if b > a + 1 {
                    self.feats(a + 1)
                } else {
                    (&[][..], &[][..])
                };
                let (mut p, mut q) = (0, 0);
                out.push_unit(std::iter::from_fn(|| {
                    if p < x.len() && (q >= y.len() || x[p] <= y[q]) {
                        p += 1;
                        Some((x[p - 1], xw[p - 1]))
                    } else if q < y.len() {
                        q += 1;
                        Some((y[q - 1], yw[q - 1]))
                    } else {
                        None
                    }
                }));
            }
        }
        out
    }
}

/// Most concepts kept per unit at coarse levels.
const MAX_COARSE_FEATS: usize = 48;

/// Σ over shared concepts of min(weight in a, weight in b).
#[inline]
pub(crate) fn overlap(a: (&[u64], &[f32]), b: (&[u64], &[f32])) -> f32 {
    let (ai, aw) = a;
    let (bi, bw) = b;
    if ai.is_empty() || bi.is_empty() {
        return 0.0;
    }
    // branchless merge of two sorted id lists
    let (mut x, mut y) = (0, 0);
    let mut acc = 0.0f32;
    while x < ai.len() && y < bi.len() {
        let a = ai[x];
        let b = bi[y];
        let eq = a == b;
        acc += if eq { aw[x].min(bw[y]) } else { 0.0 };
        x += usize::from(a <= b);
        y += usize::from(b <= a);
    }
    acc
}

/// Document frequencies of the concepts of both sides' raw features: per concept the number
/// of source and of target sentences that hold it. Counted once per document; the weights of
/// each pass add their extra (lexicon) features to it.
pub(crate) struct DocFreq {
    df: FxMap<u64, (u32, u32)>,
}

impl DocFreq {
    pub(crate) fn new(src_raw: &[RawFeats], tgt_raw: &[RawFeats]) -> DocFreq {
        let mut df: FxMap<u64, (u32, u32)> = FxMap::default();
        let mut seen: Vec<u64> = Vec::new();
        for (side, raws) in [(0, src_raw), (1, tgt_raw)] {
            for r in raws {
                seen.clear();
                seen.extend(r.iter().map(|f| f.0));
                seen.sort_unstable();
                seen.dedup();
                for &c in &seen {
                    count(&mut df, c, side);
                }
            }
        }
        DocFreq { df }
    }
}

#[inline]
fn count(df: &mut FxMap<u64, (u32, u32)>, c: u64, side: usize) {
    let e = df.entry(c).or_insert((0, 0));
    if side == 0 {
        e.0 += 1;
    } else {
        e.1 += 1;
    }
}

/// Weights raw features with per-kind weights and a document-level inverse document
/// frequency, keeping only concepts that occur on both sides.
pub(crate) struct Weights {
    /// Per concept: its IDF factor, present only for concepts that occur on both sides.
    idf: FxMap<u64, f32>,
    kind_w: [f32; 4],
}

impl Weights {
    /// The document frequency of every concept on each side, a sentence counting once per
    /// concept whichever of its two lists holds it: `base` counts the first lists (the raw
    /// features `base` was made from), the second (extra) lists are added here.
    pub(crate) fn new(
        base: &DocFreq,
        src: [&[RawFeats]; 2],
        tgt: [&[RawFeats]; 2],
        params: &CostParams,
    ) -> Weights {
        let (n, m) = (src[0].len(), tgt[0].len());
        let mut df = base.df.clone();
        let mut seen: Vec<u64> = Vec::new();
        for (side, [raw, extra]) in [(0, src), (1, tgt)] {
            for (r, e) in raw.iter().zip(extra) {
                if e.is_empty() {
                    continue;
                }
                seen.clear();
                seen.extend(e.iter().map(|f| f.0));
                seen.sort_unstable();
                seen.dedup();
                for &c in &seen {
                    // already counted for this sentence if its raw features hold it (only
                    // possible for a concept the base knows)
                    if base.df.contains_key(&c) && r.iter().any(|f| f.0 == c) {
                        continue;
                    }
                    count(&mut df, c, side);
                }
            }
        }
        let total = (n + m) as f32 + 2.0;
        let idf = df
            .into_iter()
            .filter(|&(_, (a, b))| a > 0 && b > 0)
            .map(|(c, (a, b))| (c, (total / (a + b) as f32).ln().max(params.min_idf)))
            .collect();
        Weights {
            idf,
            kind_w: [
                params.w_anchor,
                params.w_cognate,
                params.w_punct,
                params.w_lexicon,
            ],
        }
    }

    /// The sequence of one side: the sentences' lengths and paragraph flags with their
    /// weighted features (the raw lists in order; as [`Seq::build`] from per-sentence lists,
    /// without them).
    pub(crate) fn seq(
        &self,
        raws: &[&[RawFeats]],
        len: &[f32],
        para: &[bool],
        has_paras: bool,
    ) -> Seq {
        let cap = raws.iter().flat_map(|r| r.iter()).map(Vec::len).sum();
        let mut seq = Seq::start(len.to_vec(), para.to_vec(), has_paras, cap);
        let mut unit: Feats = Vec::new();
        for i in 0..len.len() {
            unit.clear();
            for r in raws {
                for &(c, k, mult) in &r[i] {
                    if let Some(&idf) = self.idf.get(&c) {
                        unit.push((c, self.kind_w[k as usize] * idf * mult));
                    }
                }
            }
            unit.sort_unstable_by_key(|a| a.0);
            seq.push_unit(unit.iter().copied());
        }
        seq
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document frequencies [`DocFreq`] + [`Weights::new`] replaced: both lists of every
    /// sentence counted together.
    fn reference_idf(
        src: [&[RawFeats]; 2],
        tgt: [&[RawFeats]; 2],
        p: &CostParams,
    ) -> Vec<(u64, f32)> {
        let (n, m) = (src[0].len(), tgt[0].len());
        let mut df: FxMap<u64, (u32, u32)> = FxMap::default();
        for (side, raws, len) in [(0, src, n), (1, tgt, m)] {
            for i in 0..len {
                let mut seen: Vec<u64> =
                    raws.iter().flat_map(|r| r[i].iter().map(|f| f.0)).collect();
                seen.sort_unstable();
                seen.dedup();
                for c in seen {
                    count(&mut df, c, side);
                }
            }
        }
        let total = (n + m) as f32 + 2.0;
        let mut v: Vec<(u64, f32)> = df
            .into_iter()
            .filter(|&(_, (a, b))| a > 0 && b > 0)
            .map(|(c, (a, b))| (c, (total / (a + b) as f32).ln().max(p.min_idf)))
            .collect();
        v.sort_by_key(|x| x.0);
        v
    }

    #[test]
    fn anchor_chunks_come_back_in_order() {
        let src: Vec<String> = (0..70)
            .map(|i| format!("В {} году было {i} домов.", 1900 + i))
            .collect();
        let tgt: Vec<String> = (0..37)
            .map(|i| format!("In {} there were {i} houses.", 1900 + i))
            .collect();
        let src: Vec<&str> = src.iter().map(String::as_str).collect();
        let tgt: Vec<&str> = tgt.iter().map(String::as_str).collect();
        let want = (anchors(&src, "ru"), anchors(&tgt, "en"));
        assert!(want.0.iter().all(|a| a.len() >= 2));
        for threads in [false, true] {
            let jobs = AnchorJobs::new((&src, "ru"), (&tgt, "en"));
            crate::both(threads, || jobs.work(), || jobs.work());
            assert_eq!(jobs.finish(), want);
        }
        // nobody worked: finish does it all; empty sides stay empty
        assert_eq!(AnchorJobs::new((&src, "ru"), (&tgt, "en")).finish(), want);
        assert_eq!(
            AnchorJobs::new((&[], "ru"), (&tgt[..1], "en"))
                .finish()
                .0
                .len(),
            0
        );
    }

    #[test]
    fn lexicon_features_follow_the_lexicon() {
        let sa = analyse(&["Кошка спит на диване.", "Собака и кошка."], "ru", &[]);
        let ta = analyse(
            &[
                "The cat sleeps on the sofa.",
                "A dog and a cat.",
                "Nothing.",
            ],
            "en",
            &[],
        );
        let (kot, sobak) = (sa.vocab["кошк"], sa.vocab["собак"]);
        let (cat, dog, sofa) = (ta.vocab["cat"], ta.vocab["dog"], ta.vocab["sofa"]);
        let mut lex = Lexicon::default();
        lex.insert(kot, vec![(cat, 0.9), (sofa, 0.2)]);
        lex.insert(sobak, vec![(dog, 1.0)]);
        // a source id outside the vocabulary is ignored, a target one only on the source side
        lex.insert(9999, vec![(cat, 1.0)]);
        for par in [false, true] {
            let (ls, lt) = lexicon_features(&sa, &ta, &lex, par);
            let c = |t: u32| concept(TAG_LEX, u64::from(t));
            let mut s0 = ls[0].clone();
            s0.sort_by_key(|f| f.0);
            let mut want = vec![(c(cat), K_LEX, 0.9), (c(sofa), K_LEX, 0.2)];
            want.sort_by_key(|f| f.0);
            assert_eq!(s0, want);
            assert_eq!(ls[1].len(), 3);
            let ids = |f: &RawFeats| -> Vec<u64> {
                let mut v: Vec<u64> = f.iter().map(|x| x.0).collect();
                v.sort_unstable();
                v
            };
            let mut t0 = vec![c(cat), c(sofa)];
            t0.sort_unstable();
            assert_eq!(ids(&lt[0]), t0);
            let mut t1 = vec![c(cat), c(dog)];
            t1.sort_unstable();
            assert_eq!(ids(&lt[1]), t1);
            assert!(lt[2].is_empty());
        }
    }

    #[test]
    fn base_counts_plus_extra_lists_match_counting_both_together() {
        let mut next = crate::test_rng(0x510e_527f_ade6_82d1);
        let p = CostParams::default();
        let side = |n: usize, next: &mut dyn FnMut(u64) -> u64| -> Vec<RawFeats> {
            (0..n)
                .map(|_| (0..next(6)).map(|_| (next(30), K_COGNATE, 1.0)).collect())
                .collect()
        };
        for round in 0..40 {
            let (n, m) = (1 + next(20) as usize, 1 + next(20) as usize);
            // extra concepts overlap the raw ones (a repeat within a sentence must not count
            // twice), or are empty as for a document without a dictionary
            let (sr, tr) = (side(n, &mut next), side(m, &mut next));
            let (mut se, mut te) = (side(n, &mut next), side(m, &mut next));
            if round % 4 == 0 {
                se = vec![Vec::new(); n];
                te = vec![Vec::new(); m];
            }
            let base = DocFreq::new(&sr, &tr);
            let w = Weights::new(&base, [&sr, &se], [&tr, &te], &p);
            let mut got: Vec<(u64, f32)> = w.idf.into_iter().collect();
            got.sort_by_key(|x| x.0);
            assert_eq!(
                got,
                reference_idf([&sr, &se], [&tr, &te], &p),
                "round {round}"
            );
        }
    }

    /// The coarsening [`Seq::coarsen`] replaced: concatenate, keep the heaviest, rebuild.
    fn reference_coarsen(s: &Seq) -> Seq {
        let n = s.n();
        let cn = n.div_ceil(2);
        let (mut len, mut feats, mut para) = (Vec::new(), Vec::new(), Vec::new());
        for k in 0..cn {
            let (a, b) = (2 * k, (2 * k + 2).min(n));
            len.push(s.len[a..b].iter().sum());
            let mut f: Vec<(u64, f32)> = Vec::new();
            for i in a..b {
                let (ids, ws) = s.feats(i);
                f.extend(ids.iter().copied().zip(ws.iter().copied()));
            }
            if f.len() > MAX_COARSE_FEATS {
                f.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                f.truncate(MAX_COARSE_FEATS);
            }
            feats.push(f);
            para.push(s.para[a..b].iter().any(|&p| p));
        }
        Seq::build(len, feats, para, s.has_paras)
    }

    #[test]
    fn merged_coarsening_matches_rebuilding() {
        let mut next = crate::test_rng(0xbb67_ae85_84ca_a73b);
        for round in 0..40 {
            let n = 1 + next(30) as usize;
            // few concepts (so pairs share some), up to 40 per unit (so pairs exceed the cap)
            let per = if round % 4 == 0 { 40 } else { 8 };
            let feats: Vec<Feats> = (0..n)
                .map(|_| {
                    (0..next(per))
                        .map(|_| (next(60), 0.25 * (1 + next(8)) as f32))
                        .collect()
                })
                .collect();
            let len: Vec<f32> = (0..n).map(|_| next(100) as f32).collect();
            let para: Vec<bool> = (0..n).map(|_| next(4) == 0).collect();
            let mut s = Seq::build(len, feats, para, round % 2 == 0);
            for _ in 0..3 {
                let (got, want) = (s.coarsen(), reference_coarsen(&s));
                assert_eq!(got.len, want.len, "round {round}");
                assert_eq!(got.len_prefix, want.len_prefix, "round {round}");
                assert_eq!(
                    (&got.foff, &got.fid, &got.fw),
                    (&want.foff, &want.fid, &want.fw)
                );
                assert_eq!((&got.para, got.has_paras), (&want.para, want.has_paras));
                // a concept in both units may be summed in the other order
                for (x, y) in got.wsum.iter().zip(&want.wsum) {
                    assert!((x - y).abs() <= 1e-5 * y.abs(), "round {round}: {x} {y}");
                }
                assert_eq!(got.wsum.len(), want.wsum.len());
                s = got;
            }
        }
    }
}
