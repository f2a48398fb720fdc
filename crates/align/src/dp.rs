//! The banded dynamic program and the coarse-to-fine search around it.

use crate::seq::{overlap, Seq};
use crate::text::FxMap;
use crate::CostParams;
use std::ops::Range;

/// −ln(erfc(x)) for x ≥ 0, i.e. −ln P(|Z| ≥ x·√2) (Numerical Recipes' erfcc, in log form so
/// it never underflows).
#[inline]
pub(crate) fn neg_ln_erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    -(t.ln() + poly)
}

/// Gale–Church length cost: −ln P(|δ| ≥ observed), δ = (l_t − c·l_s) / sqrt(s²·(c·l_s + l_t)/2).
#[inline]
#[cfg(test)]
pub(crate) fn length_cost(ls: f64, lt: f64, c: f64, s2: f64) -> f64 {
    let mean = (c * ls + lt) * 0.5;
    if mean <= 0.0 {
        return 0.0;
    }
    let delta = (lt - c * ls) / (s2 * mean).sqrt();
    // P(|Z| >= |δ|) = erfc(|δ|/√2)
    neg_ln_erfc(delta.abs() / std::f64::consts::SQRT_2)
}

/// Tabulated −ln erfc on [0, TABLE_MAX) with linear interpolation (the DP evaluates the length
/// term millions of times; the table is exact to ~1e-5 there and the tail uses the formula).
#[derive(Debug, Clone)]
pub(crate) struct ErfcTable {
    v: Vec<f64>,
    /// A lower bound of every value `length_cost` returns (≤ 0; the table is ~0 at 0).
    floor: f64,
}

const TABLE_STEP: f64 = 0.005;
const TABLE_MAX: f64 = 12.0;

impl ErfcTable {
    pub fn new() -> ErfcTable {
        let k = (TABLE_MAX / TABLE_STEP) as usize + 2;
        let v: Vec<f64> = (0..k).map(|i| neg_ln_erfc(i as f64 * TABLE_STEP)).collect();
        // interpolation stays within neighbouring values up to rounding; the tail formula
        // is far above the table's minimum
        let floor = v.iter().copied().fold(0.0, f64::min) - 1e-6;
        ErfcTable { v, floor }
    }

    /// The process-wide table (every model uses the same one).
    pub fn shared() -> &'static ErfcTable {
        static TABLE: std::sync::OnceLock<ErfcTable> = std::sync::OnceLock::new();
        TABLE.get_or_init(ErfcTable::new)
    }

    #[inline]
    pub fn get(&self, x: f64) -> f64 {
        let x = x.abs();
        if x >= TABLE_MAX {
            return neg_ln_erfc(x);
        }
        let f = x / TABLE_STEP;
        let i = f as usize;
        let r = f - i as f64;
        self.v[i] * (1.0 - r) + self.v[i + 1] * r
    }

    /// Gale–Church length cost through the table (same formula as `length_cost`).
    #[inline]
    pub fn length_cost(&self, ls: f64, lt: f64, c: f64, s2: f64) -> f64 {
        let mean = (c * ls + lt) * 0.5;
        if mean <= 0.0 {
            return 0.0;
        }
        let delta = (lt - c * ls) / (s2 * mean).sqrt();
        self.get(delta * std::f64::consts::FRAC_1_SQRT_2)
    }
}

/// Largest number of sentences on one side of a bead.
pub(crate) const MAX_SIDE: usize = 8;

/// One bead shape with its prior cost.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    pub a: usize,
    pub b: usize,
    pub prior: f32,
    /// β · ((a + b) / 2)^size_exponent: the weight of the similarity bonus for this shape.
    pub sim_scale: f64,
}

impl Shape {
    pub fn new(p: &CostParams, a: usize, b: usize) -> Shape {
        let prior = if a == 0 || b == 0 {
            p.null_cost()
        } else {
            p.shape_cost(a, b)
        };
        let size = (a + b) as f64 / 2.0;
        Shape {
            a,
            b,
            prior,
            sim_scale: f64::from(p.sim_weight) * size.powf(f64::from(p.size_exponent)),
        }
    }
}

/// Everything the cost function needs besides the two sequences.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub shapes: Vec<Shape>,
    pub c: f64,
    pub s2: f64,
    pub p: CostParams,
    pub use_paras: bool,
    /// The −ln erfc table, built once per process.
    pub erfc: &'static ErfcTable,
    /// Mean matchable weight of a sentence (both sides), the unit of the mass bonus.
    pub mass_unit: f64,
    /// The length, paragraph and coverage terms can only add to a bead's cost (α ≥ 0, a
    /// paragraph penalty ≥ 0, ρ ≥ 0), so a bead can be ruled out from its prior and similarity
    /// before the length term is computed.
    bound_without_length: bool,
    /// Use a second thread on long inputs: coarsening (the two sides at once), the pair table
    /// and the forward-backward bead costs (two halves of the rows).
    threads: bool,
}

impl Model {
    pub fn new(p: &CostParams, max_bead: usize, c: f64, s2: f64, use_paras: bool) -> Model {
        let max = max_bead.clamp(1, MAX_SIDE);
        let mut shapes = vec![Shape::new(p, 1, 0), Shape::new(p, 0, 1)];
        for a in 1..=max {
            for b in 1..=max {
                if a + b > max + 1 && !(a == 1 && b == 1) {
                    continue;
                }
                shapes.push(Shape::new(p, a, b));
            }
        }
        Model {
            shapes,
            c,
            s2,
            p: p.clone(),
            use_paras,
            erfc: ErfcTable::shared(),
            mass_unit: 1.0,
            bound_without_length: p.length_weight >= 0.0
                && p.paragraph_penalty >= 0.0
                && p.coverage_penalty >= 0.0,
            threads: false,
        }
    }

    /// Cost of a null bead holding `len` characters on one side.
    #[inline]
    fn null_cost(&self, len: f64, src_side: bool) -> f64 {
        let l = if src_side { len * self.c } else { len };
        f64::from(self.p.null_cost()) + f64::from(self.p.null_len) * (l / 100.0)
    }

    /// Cost of bead src[i0..i1] ↔ tgt[j0..j1] given the summed pairwise overlap `m` and the
    /// coverage penalty `pen`.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn cost(
        &self,
        src: &Seq,
        tgt: &Seq,
        sh: &Shape,
        i0: usize,
        i1: usize,
        j0: usize,
        j1: usize,
        m: f64,
        pen: f64,
    ) -> f64 {
        let (base, wx, wy) = self.base_cost(src, tgt, sh, i0, i1, j0, j1);
        if sh.a == 0 || sh.b == 0 {
            return base;
        }
        base - self.sim_bonus(sh, wx, wy, m) + f64::from(self.p.coverage_penalty) * pen
    }

    /// The part of the cost that needs no overlaps: prior, length, paragraphs (or the whole
    /// cost of a null bead), with the matchable weights of both sides.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn base_cost(
        &self,
        src: &Seq,
        tgt: &Seq,
        sh: &Shape,
        i0: usize,
        i1: usize,
        j0: usize,
        j1: usize,
    ) -> (f64, f64, f64) {
        if sh.a == 0 {
            return (
                self.null_cost(tgt.len_prefix[j1] - tgt.len_prefix[j0], false),
                0.0,
                0.0,
            );
        }
        if sh.b == 0 {
            return (
                self.null_cost(src.len_prefix[i1] - src.len_prefix[i0], true),
                0.0,
                0.0,
            );
        }
        let ls = src.len_prefix[i1] - src.len_prefix[i0];
        let lt = tgt.len_prefix[j1] - tgt.len_prefix[j0];
        let mismatch = self.use_paras
            && (src.para[i0] != tgt.para[j0]
                || src.para[i0 + 1..i1].iter().any(|&x| x)
                || tgt.para[j0 + 1..j1].iter().any(|&x| x));
        let wx = src.wsum_prefix[i1] - src.wsum_prefix[i0];
        let wy = tgt.wsum_prefix[j1] - tgt.wsum_prefix[j0];
        (self.pair_base(sh, ls, lt, mismatch), wx, wy)
    }

    /// Prior + length term (+ paragraph penalty) of an a-b bead (a, b ≥ 1) with lengths `ls`,
    /// `lt`.
    #[inline(always)]
    fn pair_base(&self, sh: &Shape, ls: f64, lt: f64, para_mismatch: bool) -> f64 {
        let mut cost = f64::from(sh.prior)
            + f64::from(self.p.length_weight) * self.erfc.length_cost(ls, lt, self.c, self.s2);
        if para_mismatch {
            cost += f64::from(self.p.paragraph_penalty);
        }
        cost
    }

    /// β · Dice similarity for matchable weights `wx`, `wy` and overlap `m`.
    #[inline(always)]
    fn sim_bonus(&self, sh: &Shape, wx: f64, wy: f64, m: f64) -> f64 {
        let m = m.min(wx).min(wy);
        let denom = (wx + wy + f64::from(self.p.kappa)).max(1e-9);
        sh.sim_scale * 2.0 * m / denom + f64::from(self.p.mass_weight) * m / self.mass_unit
    }

    /// Lets the coarse-to-fine search coarsen the two sides of long sequences concurrently,
    /// and forward–backward over a large band use two threads.
    pub fn with_threads(mut self, on: bool) -> Model {
        self.threads = on;
        self
    }

    /// Sets the mass unit from the (fine-level) sequences.
    pub fn with_mass_unit(mut self, src: &Seq, tgt: &Seq) -> Model {
        let total = src.wsum_prefix.last().copied().unwrap_or(0.0)
            + tgt.wsum_prefix.last().copied().unwrap_or(0.0);
        let count = (src.n() + tgt.n()) as f64;
        self.mass_unit = if count > 0.0 && total > 0.0 {
            total / count
        } else {
            1.0
        };
        self
    }

    /// Summed overlap of a bead and its coverage penalty: for every sentence of the bead,
    /// `conf · max(0, 1 − r / r0)` where `r` is the share of its matchable weight matched by
    /// the other side of the bead and `conf = W / (W + τ)` grows with that weight.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn overlap_terms<F: Fn(usize, usize) -> f64>(
        &self,
        src: &Seq,
        tgt: &Seq,
        i0: usize,
        i1: usize,
        j0: usize,
        j1: usize,
        pair: F,
    ) -> (f64, f64) {
        let mut rows = [0f64; MAX_SIDE];
        let mut cols = [0f64; MAX_SIDE];
        let mut m = 0.0;
        for x in i0..i1 {
            for y in j0..j1 {
                let v = pair(x, y);
                m += v;
                rows[x - i0] += v;
                cols[y - j0] += v;
            }
        }
        let mut pen = 0.0;
        if self.p.coverage_penalty > 0.0 {
            for x in i0..i1 {
                pen += self.unexplained(src.wsum[x], rows[x - i0]);
            }
            for y in j0..j1 {
                pen += self.unexplained(tgt.wsum[y], cols[y - j0]);
            }
        }
        (m, pen)
    }

    #[inline(always)]
    fn unexplained(&self, w: f32, ov: f64) -> f64 {
        if w <= 0.0 {
            return 0.0;
        }
        let w = f64::from(w);
        let conf = w / (w + f64::from(self.p.coverage_tau));
        let r = ov / w;
        conf * (1.0 - r / f64::from(self.p.coverage_ratio)).max(0.0)
    }

    /// Full cost of a bead, computing overlaps directly (used for scores).
    pub fn bead_cost(
        &self,
        src: &Seq,
        tgt: &Seq,
        i0: usize,
        i1: usize,
        j0: usize,
        j1: usize,
    ) -> f64 {
        let sh = Shape::new(&self.p, i1 - i0, j1 - j0);
        if sh.a == 0 || sh.b == 0 {
            return self.cost(src, tgt, &sh, i0, i1, j0, j1, 0.0, 0.0);
        }
        let (m, pen) = self.overlap_terms(src, tgt, i0, i1, j0, j1, |x, y| {
            f64::from(overlap(src.feats(x), tgt.feats(y)))
        });
        self.cost(src, tgt, &sh, i0, i1, j0, j1, m, pen)
    }

    /// Cost of leaving src[i0..i1] and tgt[j0..j1] unaligned.
    pub fn unaligned_cost(
        &self,
        src: &Seq,
        tgt: &Seq,
        i0: usize,
        i1: usize,
        j0: usize,
        j1: usize,
    ) -> f64 {
        let mut c = 0.0;
        for i in i0..i1 {
            c += self.null_cost(f64::from(src.len[i]), true);
        }
        for j in j0..j1 {
            c += self.null_cost(f64::from(tgt.len[j]), false);
        }
        c
    }
}

/// A band of DP cells: row i (0..=n) holds columns lo[i]..hi[i].
#[derive(Debug, Clone)]
pub(crate) struct Band {
    pub lo: Vec<usize>,
    pub hi: Vec<usize>,
    pub off: Vec<usize>,
}

impl Band {
    pub fn full(n: usize, m: usize) -> Band {
        Band::from_bounds(vec![0; n + 1], vec![m + 1; n + 1])
    }

    fn from_bounds(lo: Vec<usize>, hi: Vec<usize>) -> Band {
        let mut off = Vec::with_capacity(lo.len() + 1);
        let mut acc = 0;
        for (l, h) in lo.iter().zip(&hi) {
            off.push(acc);
            acc += h.saturating_sub(*l);
        }
        off.push(acc);
        Band { lo, hi, off }
    }

    pub fn cells(&self) -> usize {
        *self.off.last().unwrap_or(&0)
    }

    #[inline]
    pub fn index(&self, i: usize, j: usize) -> Option<usize> {
        if i < self.lo.len() && j >= self.lo[i] && j < self.hi[i] {
            Some(self.off[i] + j - self.lo[i])
        } else {
            None
        }
    }

    /// The band around a path of nodes (fine coordinates) widened by `w` rows and columns.
    pub fn around(path: &[(usize, usize)], n: usize, m: usize, w: usize) -> Band {
        let mut rlo = vec![usize::MAX; n + 1];
        let mut rhi = vec![0usize; n + 1];
        for pair in path.windows(2) {
            let (x0, y0) = pair[0];
            let (x1, y1) = pair[1];
            for r in x0.min(n)..=x1.min(n) {
                rlo[r] = rlo[r].min(y0.min(m));
                rhi[r] = rhi[r].max(y1.min(m));
            }
        }
        if path.len() == 1 {
            let (x, y) = path[0];
            rlo[x.min(n)] = y.min(m);
            rhi[x.min(n)] = y.min(m);
        }
        rlo[0] = 0;
        rhi[n] = m;
        rlo[n] = rlo[n].min(m);
        // fill rows the path never touched
        for r in 1..=n {
            if rlo[r] == usize::MAX {
                rlo[r] = rlo[r - 1];
                rhi[r] = rhi[r].max(rhi[r - 1]);
            }
        }
        // widen by w rows (sliding min / max) and w columns
        let mut lo = vec![0usize; n + 1];
        let mut hi = vec![0usize; n + 1];
        for r in 0..=n {
            let a = r.saturating_sub(w);
            let b = (r + w).min(n);
            let mut l = usize::MAX;
            let mut h = 0;
            // rows are monotone after the fixes below, but take the true window extremes
            for k in [a, b, r] {
                l = l.min(rlo[k]);
                h = h.max(rhi[k]);
            }
            lo[r] = l.saturating_sub(w);
            hi[r] = (h + w + 1).min(m + 1);
        }
        // monotone: lo non-decreasing (min from the end), hi non-decreasing (max from start)
        for r in (0..n).rev() {
            lo[r] = lo[r].min(lo[r + 1]);
        }
        for r in 1..=n {
            hi[r] = hi[r].max(hi[r - 1]);
        }
        lo[0] = 0;
        hi[n] = m + 1;
        Band::from_bounds(lo, hi)
    }
}

/// Pairwise overlaps of the sentence pair ending at each cell, on `band` widened so that
/// every pair a bead inside the band can touch is precomputed.
fn pair_table(src: &Seq, tgt: &Seq, model: &Model, band: &Band) -> (Band, Vec<f32>) {
    let n = src.n();
    let m = tgt.n();
    let k = model.shapes.iter().map(|s| s.a.max(s.b)).max().unwrap_or(1);
    let plo: Vec<usize> = (0..=n).map(|r| band.lo[r].saturating_sub(k)).collect();
    let phi: Vec<usize> = (0..=n).map(|r| band.hi[(r + k).min(n)]).collect();
    let pband = Band::from_bounds(plo, phi);
    let mut pm = vec![0f32; pband.cells()];
    // inverted index of the target side in CSR layout: concept → [(sentence, weight)] in
    // sentence order, so each row only touches the postings that fall inside its columns
    let mut slot: FxMap<u64, u32> = FxMap::default();
    let mut start: Vec<u32> = Vec::new();
    let mut slots: Vec<u32> = Vec::with_capacity(tgt.fid.len());
    for &c in &tgt.fid {
        let next = slot.len() as u32;
        let k = *slot.entry(c).or_insert(next);
        if k as usize == start.len() {
            start.push(0);
        }
        start[k as usize] += 1;
        slots.push(k);
    }
    let mut acc = 0u32;
    for x in start.iter_mut() {
        let c = *x;
        *x = acc;
        acc += c;
    }
    start.push(acc);
    let mut cursor = start.clone();
    let mut post = vec![(0u32, 0f32); acc as usize];
    for j in 0..m {
        let (a, b) = (tgt.foff[j] as usize, tgt.foff[j + 1] as usize);
        for (&k, &w) in slots[a..b].iter().zip(&tgt.fw[a..b]) {
            post[cursor[k as usize] as usize] = (j as u32, w);
            cursor[k as usize] += 1;
        }
    }
    // the rows in two halves of about equal size (on two threads for large tables); a half
    // starts its cursors at the first postings, which its first rows move forward
    let cells = pband.cells();
    let mid = pband
        .off
        .partition_point(|&o| o < cells / 2)
        .clamp(1, n + 1);
    let (head, hi_half) = pm.split_at_mut(pband.off[mid]);
    let lo_half = &mut head[pband.off[1]..];
    let index = Postings {
        slot: &slot,
        start: &start,
        post: &post,
    };
    let par = model.threads && cells >= PARALLEL_PAIR_CELLS;
    crate::both(
        par,
        || index.fill_rows(src, &pband, 1..mid, lo_half),
        || index.fill_rows(src, &pband, mid..n + 1, hi_half),
    );
    (pband, pm)
}

/// Pair tables with at least this many cells are filled on two threads when the model allows
/// it.
const PARALLEL_PAIR_CELLS: usize = 8_000;

/// The target side's inverted index in CSR layout: concept → slot, and per slot the
/// postings `post[start[slot]..start[slot + 1]]` as (sentence, weight) in sentence order.
struct Postings<'a> {
    slot: &'a FxMap<u64, u32>,
    start: &'a [u32],
    post: &'a [(u32, f32)],
}

impl Postings<'_> {
    /// Adds the overlaps of the source sentences of `rows` of `pband` into `out` (the part
    /// of the pair table from the first cell of `rows` on). The rows' first columns never
    /// decrease, so each concept keeps a cursor that only moves forward (no search per row).
    fn fill_rows(&self, src: &Seq, pband: &Band, rows: Range<usize>, out: &mut [f32]) {
        let Some(&first) = pband.off.get(rows.start) else {
            return;
        };
        let mut cursor = self.start.to_vec();
        for i in rows {
            let (ids, ws) = src.feats(i - 1);
            let lo = pband.lo[i].max(1);
            let hi = pband.hi[i];
            if ids.is_empty() || lo >= hi {
                continue;
            }
            let row = &mut out[pband.off[i] - first..pband.off[i + 1] - first];
            let base = pband.lo[i];
            // cells lo..hi hold target sentences lo-1..hi-1
            let (tlo, thi) = ((lo - 1) as u32, (hi - 1) as u32);
            for (c, &w) in ids.iter().zip(ws) {
                let Some(&k) = self.slot.get(c) else { continue };
                let (k, end) = (k as usize, self.start[k as usize + 1] as usize);
                let mut at = cursor[k] as usize;
                while at < end && self.post[at].0 < tlo {
                    at += 1;
                }
                cursor[k] = at as u32;
                for &(tj, wt) in &self.post[at..end] {
                    if tj >= thi {
                        break;
                    }
                    row[tj as usize + 1 - base] += w.min(wt);
                }
            }
        }
    }
}

/// A path through the lattice: nodes from (0, 0) to (n, m).
pub(crate) type Path = Vec<(usize, usize)>;

/// ln Σ exp(x) over `xs` (−∞ for an empty slice).
#[inline]
fn log_sum_exp(xs: &[f64]) -> f64 {
    let mx = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !mx.is_finite() {
        return mx;
    }
    mx + xs.iter().map(|x| (x - mx).exp()).sum::<f64>().ln()
}

/// Forward and backward log-sums over a band and the bead costs behind them.
pub(crate) struct Lattice {
    /// ln Σ exp(−cost / T) over the partial alignments from (0, 0) to each cell.
    pub fwd: Vec<f64>,
    /// The same over the partial alignments from each cell to the end.
    pub bwd: Vec<f64>,
    /// Cost / T of the bead of shape `k` ending at each cell (index `cell · shapes + k`);
    /// ∞ where the bead's start is outside the band. (A bead whose start cannot be reached
    /// has `fwd = −∞` there, so its posterior is 0 whatever its cost; a cell that cannot be
    /// reached from (0, 0) may have a finite `bwd`, which only such beads ever read.)
    pub bc: Vec<f32>,
}

impl Lattice {
    /// Posterior of the bead of shape `k` from cell `a` to cell `b` (`z` = `fwd` at the end).
    #[inline]
    fn posterior(&self, ns: usize, z: f64, a: usize, b: usize, k: usize) -> f64 {
        probability(self.fwd[a] - f64::from(self.bc[b * ns + k]) + self.bwd[b] - z)
    }
}

/// The probability with natural logarithm `log_p`, kept in [0, 1] (0 when not finite).
fn probability(log_p: f64) -> f64 {
    let p = log_p.exp();
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Forward–backward over `band` at temperature `temp`, with the pair overlaps `pm` of
/// `pband` (see [`pair_table`]). None when the band lacks its corners.
///
/// Three steps: the cost of every bead whose start is in the band (`bc`; with threads, the
/// two halves of the rows at once), then the forward and the backward sums (with threads,
/// at the same time). The forward sums use the costs as stored (f32), like the backward sums
/// and the posteriors. A bead whose start cannot be reached still gets its cost, and cells
/// that cannot be reached from (0, 0) still get a backward sum; neither changes a posterior
/// of a reachable bead (see [`Lattice`]).
fn forward_backward(px: &Pairs, model: &Model, band: &Band, temp: f64) -> Option<Lattice> {
    let (src, tgt) = (px.src, px.tgt);
    let n = src.n();
    let cells = band.cells();
    let ns = model.shapes.len();
    let (Some(start), Some(end)) = (band.index(0, 0), band.index(n, tgt.n())) else {
        return None;
    };
    let par = model.threads && cells >= PARALLEL_LATTICE_CELLS;
    let mut bc = vec![f32::INFINITY; cells * ns];
    // the row that splits the cells in halves
    let mid = band.off.partition_point(|&o| o < cells / 2).min(n + 1);
    let (lo_half, hi_half) = bc.split_at_mut(band.off[mid] * ns);
    crate::both(
        par,
        || bead_costs(px, model, band, temp, 0..mid, lo_half),
        || bead_costs(px, model, band, temp, mid..n + 1, hi_half),
    );
    let (bc_ref, shapes) = (&bc, &model.shapes);
    let forward = || log_sums(band, shapes, bc_ref, start, false);
    let backward = || log_sums(band, shapes, bc_ref, end, true);
    let (fwd, bwd) = crate::both(par, forward, backward);
    Some(Lattice { fwd, bwd, bc })
}

/// The forward (from `origin` = (0, 0)) or backward (from `origin` = the end) log-sums over
/// `band` given the bead costs `bc` of a [`Lattice`]: row by row, each cell from its
/// neighbours in shape order.
fn log_sums(band: &Band, shapes: &[Shape], bc: &[f32], origin: usize, backward: bool) -> Vec<f64> {
    let n = band.lo.len() - 1;
    let ns = shapes.len();
    let mut v = vec![f64::NEG_INFINITY; band.cells()];
    v[origin] = 0.0;
    for step in 0..=n {
        let i = if backward { n - step } else { step };
        let (lo, hi, off) = (band.lo[i], band.hi[i], band.off[i]);
        let nb = if backward {
            Neighbours::after(band, shapes, i)
        } else {
            Neighbours::before(band, shapes, i)
        };
        for t in 0..hi.saturating_sub(lo) {
            let j = if backward { hi - 1 - t } else { lo + t };
            let ix = off + j - lo;
            if ix == origin {
                continue;
            }
            let mut terms = [f64::NEG_INFINITY; 2 * MAX_SIDE * MAX_SIDE];
            let mut nt = 0;
            for k in 0..ns {
                let Some(other) = nb.cell(k, j) else {
                    continue;
                };
                if v[other] == f64::NEG_INFINITY {
                    continue;
                }
                // the bead's cost is stored at its end
                let at = if backward { other } else { ix };
                terms[nt] = v[other] - f64::from(bc[at * ns + k]);
                nt += 1;
            }
            v[ix] = log_sum_exp(&terms[..nt]);
        }
    }
    v
}

/// Bands with at least this many cells compute their lattice on two threads when the model
/// allows it.
const PARALLEL_LATTICE_CELLS: usize = 8_000;

/// Cost / `temp` of every bead ending in `rows` whose start is inside the band, into `out`
/// (the part of the lattice's `bc` from the first cell of `rows` on).
fn bead_costs(
    px: &Pairs,
    model: &Model,
    band: &Band,
    temp: f64,
    rows: Range<usize>,
    out: &mut [f32],
) {
    let (src, tgt, pband) = (px.src, px.tgt, px.pband);
    let ns = model.shapes.len();
    let Some(&first) = band.off.get(rows.start) else {
        return;
    };
    for i in rows {
        let (lo, hi) = (band.lo[i], band.hi[i]);
        if lo >= hi {
            continue;
        }
        let base = (band.off[i] - first) * ns;
        let row = &mut out[base..base + (hi - lo) * ns];
        for (k, sh) in model.shapes.iter().enumerate() {
            if sh.a == 0 {
                // 0-1 (and any 0-b) beads come from the same row
                for j in (lo + sh.b)..hi {
                    let c = model.base_cost(src, tgt, sh, i, i, j - sh.b, j).0;
                    row[(j - lo) * ns + k] = (c / temp) as f32;
                }
                continue;
            }
            let Some(rs) = RowShape::new(src, sh, i, band, pband) else {
                continue;
            };
            if sh.b == 0 {
                let c = ((model.base_cost(src, tgt, sh, rs.pi, i, 0, 0).0) / temp) as f32;
                for j in rs.jlo..rs.jhi {
                    row[(j - lo) * ns + k] = c;
                }
                continue;
            }
            for j in rs.jlo..rs.jhi {
                row[(j - lo) * ns + k] = (model.bead_in_row(px, sh, &rs, j) / temp) as f32;
            }
        }
    }
}

/// Minimum-Bayes-risk DP over a lattice: per cell the largest Σ (posterior − λ) of a path
/// from (0, 0) and the shape of its last bead.
fn mbr_gains(
    model: &Model,
    band: &Band,
    lat: &Lattice,
    z: f64,
    lambda: f64,
) -> (Vec<f64>, Vec<u8>) {
    let n = band.lo.len() - 1;
    let cells = band.cells();
    let ns = model.shapes.len();
    let (fwd, bc) = (&lat.fwd, &lat.bc);
    let mut gain = vec![f64::NEG_INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    let Some(start) = band.index(0, 0) else {
        return (gain, back);
    };
    gain[start] = 0.0;
    for i in 0..=n {
        let (lo, hi, off) = (band.lo[i], band.hi[i], band.off[i]);
        let prev = Neighbours::before(band, &model.shapes, i);
        for j in lo..hi {
            let ix = off + j - lo;
            if ix == start || fwd[ix] == f64::NEG_INFINITY {
                continue;
            }
            for k in 0..ns {
                let Some(pix) = prev.cell(k, j) else {
                    continue;
                };
                if gain[pix] == f64::NEG_INFINITY || !bc[ix * ns + k].is_finite() {
                    continue;
                }
                // a posterior is at most 1: skip the exp when even that cannot win
                if gain[pix] + 1.0 - lambda <= gain[ix] {
                    continue;
                }
                let g = gain[pix] + lat.posterior(ns, z, pix, ix, k) - lambda;
                if g > gain[ix] {
                    gain[ix] = g;
                    back[ix] = k as u8;
                }
            }
        }
    }
    (gain, back)
}

/// Posterior probability of beads under the model at temperature `temp` (forward–backward
/// over `band`: Σ over all alignments in the band of exp(−cost / temp), normalised). With
/// `mbr_lambda > 0` the returned path is the minimum-Bayes-risk path (maximal Σ posterior − λ),
/// otherwise `path`; the scores are the posteriors of the returned path's beads. None when
/// the end is unreachable inside the band.
pub(crate) fn posteriors(
    src: &Seq,
    tgt: &Seq,
    model: &Model,
    band: &Band,
    path: &[(usize, usize)],
    temp: f64,
) -> Option<(Path, Vec<f64>)> {
    let n = src.n();
    let (pband, pm) = pair_table(src, tgt, model, band);
    let px = Pairs {
        src,
        tgt,
        pband: &pband,
        pm: &pm,
    };
    let lat = forward_backward(&px, model, band, temp)?;
    let (fwd, bwd) = (&lat.fwd, &lat.bwd);
    let ns = model.shapes.len();
    let end = band.index(n, tgt.n())?;
    let z = fwd[end];
    if !z.is_finite() {
        return None;
    }
    // minimum-Bayes-risk decoding: the path maximising Σ (posterior − λ) over its beads, i.e.
    // the expected number of correct beads minus λ per predicted bead (strict F1 counts both)
    let lambda = f64::from(model.p.mbr_lambda);
    let mut chosen = path.to_vec();
    if lambda > 0.0 {
        let (gain, back) = mbr_gains(model, band, &lat, z, lambda);
        if gain[end].is_finite() {
            let mut p = vec![(n, tgt.n())];
            let (mut i, mut j) = (n, tgt.n());
            let mut ok = true;
            while i > 0 || j > 0 {
                let Some(ix) = band.index(i, j) else {
                    ok = false;
                    break;
                };
                let Some(sh) = model.shapes.get(back[ix] as usize) else {
                    ok = false;
                    break;
                };
                i -= sh.a;
                j -= sh.b;
                p.push((i, j));
            }
            if ok {
                p.reverse();
                chosen = p;
            }
        }
    }
    let scores = chosen
        .windows(2)
        .map(|w| {
            let ((i0, j0), (i1, j1)) = (w[0], w[1]);
            let k = model
                .shapes
                .iter()
                .position(|s| s.a == i1 - i0 && s.b == j1 - j0);
            match (band.index(i0, j0), band.index(i1, j1), k) {
                (Some(a), Some(b), Some(k)) if lat.bc[b * ns + k].is_finite() => {
                    lat.posterior(ns, z, a, b, k)
                }
                (Some(a), Some(b), _) => probability(
                    fwd[a] - model.bead_cost(src, tgt, i0, i1, j0, j1) / temp + bwd[b] - z,
                ),
                _ => 0.0,
            }
        })
        .collect();
    Some((chosen, scores))
}

/// What the beads of one shape ending in one row share across the row's columns: the
/// predecessor row, the source-side length / weight / paragraph terms and where the pair
/// overlaps of the predecessor's rows sit in the pair table.
struct RowShape {
    /// Predecessor row `i - a`.
    pi: usize,
    /// Columns `j` of the row whose predecessor `(pi, j - b)` is inside the band.
    jlo: usize,
    jhi: usize,
    /// Index of cell `(pi, j - b)` in the DP arrays is `prev0 + j - b`.
    prev0: usize,
    /// Source length and matchable weight of the bead.
    ls: f64,
    wx: f64,
    /// A paragraph starts strictly inside the source side of the bead.
    src_break: bool,
    /// Pair overlap of source sentence `pi + dx` and target sentence `y` is at
    /// `prow[dx] + y` in the pair table (when `fast`).
    prow: [usize; MAX_SIDE],
    /// Every pair the row's beads touch is inside the pair table.
    fast: bool,
}

impl RowShape {
    /// The context of shape `sh` (a ≥ 1) in row `i`, or None when no bead of that shape can
    /// end in the row.
    #[inline]
    fn new(src: &Seq, sh: &Shape, i: usize, band: &Band, pband: &Band) -> Option<RowShape> {
        if sh.a == 0 || sh.a > i {
            return None;
        }
        let pi = i - sh.a;
        let jlo = band.lo[i].max(band.lo[pi] + sh.b);
        let jhi = band.hi[i].min(band.hi[pi] + sh.b);
        if jlo >= jhi {
            return None;
        }
        let mut prow = [0usize; MAX_SIDE];
        let mut fast = true;
        for (dx, slot) in prow.iter_mut().enumerate().take(sh.a) {
            // cell (x + 1, y + 1) of the pair table holds the pair (x, y)
            let r = pi + dx + 1;
            fast &= sh.b == 0
                || (r < pband.lo.len() && pband.lo[r] <= jlo + 1 - sh.b && jhi <= pband.hi[r]);
            if fast {
                *slot = pband.off[r].wrapping_sub(pband.lo[r]).wrapping_add(1);
            }
        }
        Some(RowShape {
            pi,
            jlo,
            jhi,
            prev0: band.off[pi].wrapping_sub(band.lo[pi]),
            ls: src.len_prefix[i] - src.len_prefix[pi],
            wx: src.wsum_prefix[i] - src.wsum_prefix[pi],
            src_break: src.para[pi + 1..i].iter().any(|&x| x),
            prow,
            fast,
        })
    }
}

/// The two sequences with the pair overlaps of a band (see [`pair_table`]): the table `pm`
/// and a lookup `pair(x, y)` that also works outside it.
struct Pairs<'a> {
    src: &'a Seq,
    tgt: &'a Seq,
    pband: &'a Band,
    pm: &'a [f32],
}

impl Pairs<'_> {
    /// The overlap of source sentence `si` and target sentence `tj`: from the table when it
    /// holds the pair, computed otherwise.
    fn pair(&self, si: usize, tj: usize) -> f64 {
        match self.pband.index(si + 1, tj + 1) {
            Some(ix) => f64::from(self.pm[ix]),
            None => f64::from(overlap(self.src.feats(si), self.tgt.feats(tj))),
        }
    }
}

impl Model {
    /// [`Model::base_cost`] of the bead of shape `sh` (a, b ≥ 1) ending at column `j` of the
    /// row of `rs`.
    #[inline(always)]
    fn base_in_row(&self, px: &Pairs, sh: &Shape, rs: &RowShape, j: usize) -> (f64, f64) {
        let (src, tgt) = (px.src, px.tgt);
        let pj = j - sh.b;
        let lt = tgt.len_prefix[j] - tgt.len_prefix[pj];
        let mismatch = self.use_paras
            && (src.para[rs.pi] != tgt.para[pj]
                || rs.src_break
                || tgt.para[pj + 1..j].iter().any(|&x| x));
        let wy = tgt.wsum_prefix[j] - tgt.wsum_prefix[pj];
        (self.pair_base(sh, rs.ls, lt, mismatch), wy)
    }

    /// Cost of the bead of shape `sh` (a, b ≥ 1) ending at column `j` of the row of `rs`
    /// (what [`Model::base_cost`] and [`Model::overlap_terms`] give, without a predecessor).
    #[inline(always)]
    fn bead_in_row(&self, px: &Pairs, sh: &Shape, rs: &RowShape, j: usize) -> f64 {
        let (base, wy) = self.base_in_row(px, sh, rs, j);
        let (mm, pen) = self.overlaps_in_row(px, sh, rs, j);
        base - self.sim_bonus(sh, rs.wx, wy, mm) + f64::from(self.p.coverage_penalty) * pen
    }

    /// [`Model::overlap_terms`] of the bead of shape `sh` ending at column `j` of the row of
    /// `rs`, reading the pair table by offset when it holds every pair.
    #[inline(always)]
    fn overlaps_in_row(&self, px: &Pairs, sh: &Shape, rs: &RowShape, j: usize) -> (f64, f64) {
        let (i0, i1, j0) = (rs.pi, rs.pi + sh.a, j - sh.b);
        if rs.fast {
            self.overlap_terms(px.src, px.tgt, i0, i1, j0, j, |x, y| {
                f64::from(px.pm[rs.prow[x - i0].wrapping_add(y)])
            })
        } else {
            self.overlap_terms(px.src, px.tgt, i0, i1, j0, j, |x, y| px.pair(x, y))
        }
    }

    /// Full cost of the bead of shape `sh` (a, b ≥ 1) ending at column `j` of the row of `rs`
    /// after a predecessor costing `prev`, or None when it cannot be cheaper than `beat`.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn cost_in_row(
        &self,
        px: &Pairs,
        sh: &Shape,
        rs: &RowShape,
        j: usize,
        prev: f64,
        beat: f64,
    ) -> Option<f64> {
        let wx = rs.wx;
        if self.bound_without_length {
            // the pair overlaps are a few loads; the length term (a square root, two
            // divisions and a table lookup) is only needed if the bead can still win:
            // cost ≥ prev + prior + α·(least length cost) − similarity, in floating point too
            // (rounding is monotone)
            let wy = px.tgt.wsum_prefix[j] - px.tgt.wsum_prefix[j - sh.b];
            let (mm, pen) = self.overlaps_in_row(px, sh, rs, j);
            let sim = self.sim_bonus(sh, wx, wy, mm);
            let floor = f64::from(sh.prior) + f64::from(self.p.length_weight) * self.erfc.floor;
            if prev + floor - sim >= beat {
                return None;
            }
            let (base, _) = self.base_in_row(px, sh, rs, j);
            return Some(prev + base - sim + f64::from(self.p.coverage_penalty) * pen);
        }
        let (base, wy) = self.base_in_row(px, sh, rs, j);
        // the overlap can at most reach min(wx, wy): skip the pair lookups when even that
        // could not beat the best shape so far
        if prev + base - self.sim_bonus(sh, wx, wy, wx.min(wy)) >= beat {
            return None;
        }
        let (mm, pen) = self.overlaps_in_row(px, sh, rs, j);
        Some(
            prev + base - self.sim_bonus(sh, wx, wy, mm) + f64::from(self.p.coverage_penalty) * pen,
        )
    }
}

/// For one row and every shape, the band cells a bead of that shape leads to (or comes from):
/// column `j` of the row connects to cell index `base + j` when `jlo <= j < jhi`.
struct Neighbours {
    ranges: [(usize, usize, usize); 2 * MAX_SIDE * MAX_SIDE],
}

impl Neighbours {
    /// Cells `(i + a, j + b)` that a bead starting at `(i, j)` ends at.
    fn after(band: &Band, shapes: &[Shape], i: usize) -> Neighbours {
        let mut ranges = [(0, 0, 0); 2 * MAX_SIDE * MAX_SIDE];
        for (slot, sh) in ranges.iter_mut().zip(shapes) {
            let r = i + sh.a;
            if r < band.lo.len() && band.hi[r] > sh.b {
                let base = band.off[r].wrapping_add(sh.b).wrapping_sub(band.lo[r]);
                *slot = (band.lo[r].saturating_sub(sh.b), band.hi[r] - sh.b, base);
            }
        }
        Neighbours { ranges }
    }

    /// Cells `(i − a, j − b)` that a bead ending at `(i, j)` starts at.
    fn before(band: &Band, shapes: &[Shape], i: usize) -> Neighbours {
        let mut ranges = [(0, 0, 0); 2 * MAX_SIDE * MAX_SIDE];
        for (slot, sh) in ranges.iter_mut().zip(shapes) {
            if sh.a <= i {
                let r = i - sh.a;
                let base = band.off[r].wrapping_sub(band.lo[r]).wrapping_sub(sh.b);
                *slot = (band.lo[r] + sh.b, band.hi[r] + sh.b, base);
            }
        }
        Neighbours { ranges }
    }

    /// The cell of shape `k` for column `j`, if it is in the band.
    #[inline]
    fn cell(&self, k: usize, j: usize) -> Option<usize> {
        let (lo, hi, base) = self.ranges[k];
        (j >= lo && j < hi).then(|| base.wrapping_add(j))
    }
}

/// Runs the DP inside `band`; returns the path nodes from (0,0) to (n,m), or None when the
/// end is unreachable inside the band.
///
/// Row by row; within a row the shapes that come from earlier rows are evaluated for all
/// columns first, then the 0-1 bead (which comes from the same row) column by column. The
/// winner of a cell is the cheapest shape, ties going to the first in `model.shapes`.
pub(crate) fn run_dp(
    src: &Seq,
    tgt: &Seq,
    model: &Model,
    band: &Band,
) -> Option<Vec<(usize, usize)>> {
    let n = src.n();
    let m = tgt.n();
    let cells = band.cells();
    let (pband, pm) = pair_table(src, tgt, model, band);
    let px = Pairs {
        src,
        tgt,
        pband: &pband,
        pm: &pm,
    };
    let mut cost = vec![f64::INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    let start = band.index(0, 0)?;
    cost[start] = 0.0;
    // the 0-1 shape comes from the same row; every other shape from an earlier one
    let k01 = model.shapes.iter().position(|s| s.a == 0 && s.b == 1);
    for i in 0..=n {
        let (lo, hi, off) = (band.lo[i], band.hi[i], band.off[i]);
        if lo >= hi {
            continue;
        }
        for (k, sh) in model.shapes.iter().enumerate() {
            let Some(rs) = RowShape::new(src, sh, i, band, &pband) else {
                continue;
            };
            if sh.b == 0 {
                let base = model.base_cost(src, tgt, sh, rs.pi, i, 0, 0).0;
                for j in rs.jlo..rs.jhi {
                    let prev = cost[rs.prev0.wrapping_add(j)];
                    let ix = off + j - lo;
                    if prev.is_finite() && prev + base < cost[ix] {
                        cost[ix] = prev + base;
                        back[ix] = k as u8;
                    }
                }
                continue;
            }
            for j in rs.jlo..rs.jhi {
                let prev = cost[rs.prev0.wrapping_add(j - sh.b)];
                if !prev.is_finite() {
                    continue;
                }
                let ix = off + j - lo;
                let best = cost[ix];
                if let Some(c) = model.cost_in_row(&px, sh, &rs, j, prev, best) {
                    if c < best {
                        cost[ix] = c;
                        back[ix] = k as u8;
                    }
                }
            }
        }
        if let Some(k01) = k01 {
            // ties: 0-1 (index k01) wins over every later shape, loses to every earlier one
            let sh = &model.shapes[k01];
            // a 0-1 bead needs its start (j - 1) in the row's band
            for j in lo + 1..hi {
                let ix = off + j - lo;
                let prev = cost[ix - 1];
                if !prev.is_finite() {
                    continue;
                }
                let c = prev + model.base_cost(src, tgt, sh, i, i, j - 1, j).0;
                let (best, arg) = (cost[ix], back[ix] as usize);
                if c < best || (c == best && arg != usize::from(u8::MAX) && arg > k01) {
                    cost[ix] = c;
                    back[ix] = k01 as u8;
                }
            }
        }
    }
    let end = band.index(n, m)?;
    if !cost[end].is_finite() {
        return None;
    }
    let mut path = vec![(n, m)];
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let ix = band.index(i, j)?;
        let sh = model.shapes.get(back[ix] as usize)?;
        i -= sh.a;
        j -= sh.b;
        path.push((i, j));
    }
    path.reverse();
    Some(path)
}

/// Sizes up to which the full matrix is used.
pub(crate) const FULL_CELLS: usize = 2_000;
/// Sizes up to which the second pass uses the full matrix (it is cheap there and lets pass 2
/// move far from a poor pass-1 path in short documents).
pub(crate) const PASS2_FULL_CELLS: usize = 160_000;

/// Coarse-to-fine alignment: align neighbour-merged sequences recursively, then run the exact
/// DP in a band around the projected coarse path. Linear time and memory in n + m.
pub(crate) fn align_seq(src: &Seq, tgt: &Seq, model: &Model, width: usize) -> Vec<(usize, usize)> {
    let n = src.n();
    let m = tgt.n();
    if (n + 1).saturating_mul(m + 1) <= FULL_CELLS || n <= 2 || m <= 2 {
        return full_or_fallback(src, tgt, model);
    }
    let par = model.threads && n + m >= PARALLEL_COARSEN;
    let (cs, ct) = crate::both(par, || src.coarsen(), || tgt.coarsen());
    let cpath = align_seq(&cs, &ct, model, width);
    let fine: Vec<(usize, usize)> = cpath
        .iter()
        .map(|&(a, b)| ((2 * a).min(n), (2 * b).min(m)))
        .collect();
    refine(src, tgt, model, &fine, width)
}

/// Levels with at least this many units (both sides) are coarsened on two threads when the
/// model allows it.
const PARALLEL_COARSEN: usize = 1_000;

/// Runs the banded DP around `path`, widening the band until the end is reachable.
pub(crate) fn refine(
    src: &Seq,
    tgt: &Seq,
    model: &Model,
    path: &[(usize, usize)],
    width: usize,
) -> Vec<(usize, usize)> {
    let n = src.n();
    let m = tgt.n();
    let mut w = width.max(1);
    loop {
        let band = Band::around(path, n, m, w);
        if let Some(p) = run_dp(src, tgt, model, &band) {
            return p;
        }
        // a band around a connected path always reaches the end, so this is a safety net;
        // it must never grow into a quadratic matrix for large inputs
        if w > n + m || band.cells() > MAX_WIDENED_CELLS {
            if (n + 1).saturating_mul(m + 1) <= MAX_WIDENED_CELLS {
                return full_or_fallback(src, tgt, model);
            }
            return path.to_vec();
        }
        w *= 2;
    }
}

/// Largest band the safety net of [`refine`] may build.
const MAX_WIDENED_CELLS: usize = 16_000_000;

fn full_or_fallback(src: &Seq, tgt: &Seq, model: &Model) -> Vec<(usize, usize)> {
    let n = src.n();
    let m = tgt.n();
    if let Some(p) = run_dp(src, tgt, model, &Band::full(n, m)) {
        return p;
    }
    // cannot happen (null beads always connect), but never panic: diagonal then nulls
    let mut path = vec![(0, 0)];
    let k = n.min(m);
    for x in 1..=k {
        path.push((x, x));
    }
    for x in k + 1..=n {
        path.push((x, k));
    }
    for y in k + 1..=m {
        path.push((n, y));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(lens: &[f32]) -> Seq {
        Seq::build(
            lens.to_vec(),
            vec![Vec::new(); lens.len()],
            vec![false; lens.len()],
            false,
        )
    }

    #[test]
    fn erfc_log_matches_known_values() {
        // erfc(0) = 1, erfc(1) = 0.157299..., erfc(3) = 2.209e-5
        assert!(neg_ln_erfc(0.0).abs() < 1e-6);
        assert!((neg_ln_erfc(1.0) - (-(0.157_299_2f64).ln())).abs() < 1e-5);
        assert!((neg_ln_erfc(3.0) - (-(2.209_05e-5f64).ln())).abs() < 1e-3);
        // no underflow far in the tail
        assert!(neg_ln_erfc(40.0).is_finite() && neg_ln_erfc(40.0) > 1000.0);
    }

    #[test]
    fn table_matches_formula() {
        let t = ErfcTable::new();
        for k in 0..2000 {
            let x = k as f64 * 0.0071;
            assert!(
                (t.get(x) - neg_ln_erfc(x)).abs() < 1e-3 * (1.0 + neg_ln_erfc(x)),
                "{x}"
            );
        }
        assert!(
            (t.length_cost(80.0, 95.0, 1.1, 6.0) - length_cost(80.0, 95.0, 1.1, 6.0)).abs() < 1e-3
        );
    }

    #[test]
    fn length_cost_prefers_proportional_lengths() {
        let good = length_cost(100.0, 90.0, 0.9, 6.8);
        let bad = length_cost(100.0, 30.0, 0.9, 6.8);
        assert!(good < 0.01, "{good}");
        assert!(bad > 5.0, "{bad}");
        assert_eq!(length_cost(0.0, 0.0, 1.0, 6.8), 0.0);
    }

    #[test]
    fn dp_finds_a_merge_by_length() {
        let p = CostParams::default();
        let model = Model::new(&p, 3, 1.0, 6.8, false);
        let s = seq(&[40.0, 100.0, 60.0, 80.0]);
        let t = seq(&[40.0, 160.0, 80.0]);
        let path = run_dp(&s, &t, &model, &Band::full(4, 3)).unwrap();
        assert_eq!(path, vec![(0, 0), (1, 1), (3, 2), (4, 3)]);
    }

    #[test]
    fn band_contains_path_and_is_monotone() {
        let path = vec![(0, 0), (2, 1), (4, 4), (10, 6)];
        let b = Band::around(&path, 10, 6, 1);
        for &(i, j) in &path {
            assert!(b.index(i, j).is_some(), "{i},{j}");
        }
        for r in 1..=10 {
            assert!(b.lo[r] >= b.lo[r - 1] && b.hi[r] >= b.hi[r - 1]);
        }
    }

    #[test]
    fn coarse_to_fine_equals_full_on_a_simple_case() {
        let lens: Vec<f32> = (0..600).map(|k| 20.0 + ((k * 37) % 90) as f32).collect();
        let s = seq(&lens);
        let t = seq(&lens);
        let p = CostParams::default();
        let model = Model::new(&p, 3, 1.0, 6.8, false);
        let path = align_seq(&s, &t, &model, 8);
        assert_eq!(path.len(), 601);
        assert!(path.iter().enumerate().all(|(k, &(i, j))| i == k && j == k));
    }
}

#[cfg(test)]
mod cost_terms {
    use super::*;

    /// Two one-sentence sides with the given lengths and (concept, weight) features.
    fn one(len: f32, feats: &[(u64, f32)], para: bool) -> Seq {
        Seq::build(vec![len], vec![feats.to_vec()], vec![para], true)
    }

    fn model(p: &CostParams) -> Model {
        Model::new(p, 3, 1.0, 6.8, false)
    }

    #[test]
    fn shared_concepts_lower_the_cost() {
        let p = CostParams {
            coverage_penalty: 0.0,
            mass_weight: 0.0,
            ..CostParams::default()
        };
        let m = model(&p);
        let s = one(50.0, &[(1, 2.0), (2, 1.0)], true);
        let same = one(50.0, &[(1, 2.0), (2, 1.0)], true);
        let other = one(50.0, &[(3, 2.0), (4, 1.0)], true);
        let c_same = m.bead_cost(&s, &same, 0, 1, 0, 1);
        let c_other = m.bead_cost(&s, &other, 0, 1, 0, 1);
        // Dice = 2·3 / (3 + 3 + κ)
        let dice = 6.0 / (6.0 + f64::from(p.kappa));
        assert!((c_other - c_same - f64::from(p.sim_weight) * dice).abs() < 1e-4);
    }

    #[test]
    fn mass_bonus_is_additive_over_sentences() {
        let p = CostParams::default();
        let m =
            model(&p).with_mass_unit(&one(1.0, &[(1, 4.0)], true), &one(1.0, &[(1, 4.0)], true));
        assert!((m.mass_unit - 4.0).abs() < 1e-9);
        let sh = Shape::new(&p, 1, 1);
        let big = Shape::new(&p, 2, 2);
        // with equal Dice, the mass term grows with the matched weight, not the bead count
        let small = m.sim_bonus(&sh, 4.0, 4.0, 4.0);
        let merged = m.sim_bonus(&big, 8.0, 8.0, 8.0);
        let d = f64::from(p.mass_weight) * (8.0 - 4.0) / 4.0;
        assert!((merged - small - d).abs() < 0.5, "{small} {merged}");
    }

    #[test]
    fn featureless_pairs_are_neutral() {
        let p = CostParams::default();
        let m = model(&p);
        let a = one(40.0, &[], true);
        let b = one(40.0, &[], true);
        let c = m.bead_cost(&a, &b, 0, 1, 0, 1);
        // (the coverage penalty needs matchable weight, so it is zero here too)
        // prior + length only (δ = 0 → length cost 0)
        assert!((c - f64::from(p.shape_cost(1, 1))).abs() < 1e-3, "{c}");
    }

    #[test]
    fn coverage_penalty_hits_unexplained_sentences() {
        let mut p = CostParams {
            coverage_penalty: 4.0,
            ..CostParams::default()
        };
        let m = model(&p);
        let a = one(40.0, &[(1, 5.0)], true);
        let b = one(40.0, &[(2, 5.0)], true);
        let unexplained = m.bead_cost(&a, &b, 0, 1, 0, 1);
        p.coverage_penalty = 0.0;
        let m0 = model(&p);
        let plain = m0.bead_cost(&a, &b, 0, 1, 0, 1);
        // both sentences unexplained: 2 · 4 · W/(W+τ)
        let conf = 5.0 / (5.0 + f64::from(p.coverage_tau));
        assert!(
            (unexplained - plain - 8.0 * conf).abs() < 1e-4,
            "{unexplained} {plain}"
        );
    }

    #[test]
    fn paragraph_mismatch_costs_extra() {
        let p = CostParams::default();
        let m = Model::new(&p, 3, 1.0, 6.8, true);
        let a = one(40.0, &[], true);
        let b = one(40.0, &[], false);
        let b2 = one(40.0, &[], true);
        let d = m.bead_cost(&a, &b, 0, 1, 0, 1) - m.bead_cost(&a, &b2, 0, 1, 0, 1);
        assert!((d - f64::from(p.paragraph_penalty)).abs() < 1e-6);
    }

    #[test]
    fn null_beads_cost_their_prior_and_length() {
        let p = CostParams {
            null_len: 0.5,
            ..CostParams::default()
        };
        let m = model(&p);
        let a = one(200.0, &[], true);
        let c = m.unaligned_cost(&a, &a, 0, 1, 0, 0);
        assert!(
            (c - (f64::from(p.null_cost()) + 0.5 * 2.0)).abs() < 1e-6,
            "{c}"
        );
    }

    #[test]
    fn shapes_respect_max_bead() {
        let p = CostParams::default();
        let kinds: Vec<(usize, usize)> = Model::new(&p, 3, 1.0, 6.8, false)
            .shapes
            .iter()
            .map(|s| (s.a, s.b))
            .collect();
        for k in [
            (1, 0),
            (0, 1),
            (1, 1),
            (1, 2),
            (2, 1),
            (2, 2),
            (1, 3),
            (3, 1),
        ] {
            assert!(kinds.contains(&k), "{k:?}");
        }
        assert!(!kinds.contains(&(2, 3)));
        let four: Vec<(usize, usize)> = Model::new(&p, 4, 1.0, 6.8, false)
            .shapes
            .iter()
            .map(|s| (s.a, s.b))
            .collect();
        assert!(four.contains(&(1, 4)) && four.contains(&(3, 2)) && !four.contains(&(3, 3)));
        // priors decrease with size
        assert!(p.shape_cost(1, 1) < p.shape_cost(2, 1));
        assert!(p.shape_cost(2, 1) < p.shape_cost(3, 1));
        assert!(p.shape_cost(3, 1) < p.shape_cost(4, 1));
    }

    #[test]
    fn deletion_found_by_lexical_evidence() {
        // equal lengths everywhere: only the features tell which target sentence is extra
        let p = CostParams::default();
        let m = Model::new(&p, 3, 1.0, 6.8, false);
        let s = Seq::build(
            vec![50.0, 50.0, 50.0],
            vec![vec![(1, 3.0)], vec![(2, 3.0)], vec![(3, 3.0)]],
            vec![true, false, false],
            false,
        );
        let t = Seq::build(
            vec![50.0, 50.0, 50.0, 50.0],
            vec![
                vec![(1, 3.0)],
                vec![(9, 3.0)],
                vec![(2, 3.0)],
                vec![(3, 3.0)],
            ],
            vec![true, false, false, false],
            false,
        );
        let path = run_dp(&s, &t, &m, &Band::full(3, 4)).unwrap();
        assert_eq!(path, vec![(0, 0), (1, 1), (1, 2), (2, 3), (3, 4)]);
    }
}

#[cfg(test)]
mod posterior_tests {
    use super::*;

    #[test]
    fn clear_beads_get_high_posteriors_and_ambiguous_ones_low() {
        let p = CostParams::default();
        let m = Model::new(&p, 3, 1.0, 6.8, false);
        // sentence 1 of the source matches nothing and has an odd length: its bead is doubtful
        let s = Seq::build(
            vec![50.0, 50.0, 50.0],
            vec![vec![(1, 3.0)], vec![], vec![(3, 3.0)]],
            vec![true, false, false],
            false,
        );
        let t = Seq::build(
            vec![50.0, 20.0, 50.0],
            vec![vec![(1, 3.0)], vec![], vec![(3, 3.0)]],
            vec![true, false, false],
            false,
        );
        let band = Band::full(3, 3);
        let path = run_dp(&s, &t, &m, &band).unwrap();
        let (_, post) = posteriors(&s, &t, &m, &band, &path, 3.0).unwrap();
        assert_eq!(post.len(), path.len() - 1);
        assert!(post[0] > 0.7 && *post.last().unwrap() > 0.7, "{post:?}");
        assert!(post.iter().all(|x| (0.0..=1.0).contains(x)));
        assert!(post[1] < 0.5, "{post:?}");
    }

    #[test]
    fn log_sum_exp_is_stable() {
        assert_eq!(log_sum_exp(&[]), f64::NEG_INFINITY);
        assert!((log_sum_exp(&[0.0, 0.0]) - 2f64.ln()).abs() < 1e-12);
        assert!((log_sum_exp(&[-1000.0, -1000.0]) - (-1000.0 + 2f64.ln())).abs() < 1e-9);
    }
}

#[cfg(test)]
mod row_dp_tests {
    use super::*;
    use crate::seq::Feats;

    /// The cell-by-cell DP the row-wise [`run_dp`] replaced: every shape of a cell in order,
    /// ties to the first, pair overlaps looked up one by one.
    fn reference_dp(src: &Seq, tgt: &Seq, model: &Model, band: &Band) -> Option<Path> {
        let (n, m) = (src.n(), tgt.n());
        let mut cost = vec![f64::INFINITY; band.cells()];
        let mut back = vec![u8::MAX; band.cells()];
        cost[band.index(0, 0)?] = 0.0;
        for i in 0..=n {
            for j in band.lo[i]..band.hi[i] {
                if i == 0 && j == 0 {
                    continue;
                }
                let (mut best, mut arg) = (f64::INFINITY, u8::MAX);
                for (k, sh) in model.shapes.iter().enumerate() {
                    if sh.a > i || sh.b > j {
                        continue;
                    }
                    let Some(pix) = band.index(i - sh.a, j - sh.b) else {
                        continue;
                    };
                    if !cost[pix].is_finite() {
                        continue;
                    }
                    let (pi, pj) = (i - sh.a, j - sh.b);
                    let (base, wx, wy) = model.base_cost(src, tgt, sh, pi, i, pj, j);
                    let c = if sh.a > 0 && sh.b > 0 {
                        let (mm, pen) = model.overlap_terms(src, tgt, pi, i, pj, j, |x, y| {
                            f64::from(overlap(src.feats(x), tgt.feats(y)))
                        });
                        cost[pix] + base - model.sim_bonus(sh, wx, wy, mm)
                            + f64::from(model.p.coverage_penalty) * pen
                    } else {
                        cost[pix] + base
                    };
                    if c < best {
                        (best, arg) = (c, k as u8);
                    }
                }
                let ix = band.index(i, j)?;
                (cost[ix], back[ix]) = (best, arg);
            }
        }
        let mut path = vec![(n, m)];
        let (mut i, mut j) = (n, m);
        while i > 0 || j > 0 {
            let sh = model.shapes.get(back[band.index(i, j)?] as usize)?;
            (i, j) = (i - sh.a, j - sh.b);
            path.push((i, j));
        }
        path.reverse();
        Some(path)
    }

    /// A random side: lengths, a few shared concepts, paragraph starts.
    fn side(next: &mut impl FnMut(u64) -> u64, n: usize, paras: bool) -> Seq {
        let len: Vec<f32> = (0..n).map(|_| 5.0 + next(120) as f32).collect();
        let feats: Vec<Feats> = (0..n)
            .map(|_| {
                (0..next(5))
                    .map(|_| (next(40), 0.5 + next(4) as f32))
                    .collect()
            })
            .collect();
        let para: Vec<bool> = (0..n).map(|_| next(6) == 0).collect();
        Seq::build(len, feats, para, paras)
    }

    /// The full matrix and a band around the diagonal.
    fn bands(n: usize, m: usize, round: usize) -> [Band; 2] {
        let diag: Path = (0..=n.max(m)).map(|k| (k.min(n), k.min(m))).collect();
        [Band::full(n, m), Band::around(&diag, n, m, 1 + round % 3)]
    }

    /// Two random sides of up to `max` sentences; every third round has paragraphs.
    fn case(next: &mut impl FnMut(u64) -> u64, max: u64, round: usize) -> (Seq, Seq, bool) {
        let (n, m) = (1 + next(max) as usize, 1 + next(max) as usize);
        let paras = round % 3 == 0;
        let s = side(next, n, paras);
        (s, side(next, m, paras), paras)
    }

    #[test]
    fn pair_table_holds_every_pair_overlap() {
        let mut next = crate::test_rng(0x6a09_e667_f3bc_c909);
        for round in 0..30 {
            let (s, t, _) = case(&mut next, 60, round);
            let model = Model::new(&CostParams::default(), 1 + round % 4, 1.0, 6.8, false);
            for band in bands(s.n(), t.n(), round) {
                let (pband, pm) = pair_table(&s, &t, &model, &band);
                let mut filled = 0;
                for i in 1..=s.n() {
                    for j in pband.lo[i].max(1)..pband.hi[i] {
                        let want = overlap(s.feats(i - 1), t.feats(j - 1));
                        let got = pm[pband.index(i, j).unwrap()];
                        assert_eq!(got, want, "round {round} ({i}, {j})");
                        filled += usize::from(want > 0.0);
                    }
                }
                assert!(filled > 0, "round {round}");
            }
        }
    }

    #[test]
    fn pair_table_on_two_threads_matches_one_thread() {
        let mut next = crate::test_rng(0x3c6e_f372_fe94_f82b);
        let mut threaded = 0;
        for round in 0..8 {
            // large enough for the full band to take the threaded path
            let (s, t, _) = case(&mut next, 240, round);
            let one = Model::new(&CostParams::default(), 1 + round % 4, 1.0, 6.8, false);
            let two = one.clone().with_threads(true);
            for band in bands(s.n(), t.n(), round) {
                let (pband, pm) = pair_table(&s, &t, &one, &band);
                let (pband2, pm2) = pair_table(&s, &t, &two, &band);
                threaded += usize::from(pband.cells() >= PARALLEL_PAIR_CELLS);
                assert_eq!((pband.off, pm), (pband2.off, pm2), "round {round}");
            }
        }
        assert!(threaded > 2, "{threaded}");
    }

    #[test]
    fn row_wise_dp_matches_cell_by_cell_dp() {
        let mut next = crate::test_rng(0x2545_f491_4f6c_dd1d);
        for round in 0..60 {
            let (s, t, paras) = case(&mut next, 40, round);
            let (n, m) = (s.n(), t.n());
            let mut p = CostParams::default();
            if round % 4 == 1 {
                // the other pruning rule (a negative coverage weight)
                p.coverage_penalty = -0.5;
            } else if round % 4 == 3 {
                // a paragraph bonus instead of a penalty: the early bound, which leaves the
                // paragraph term out, must not be used
                p.paragraph_penalty = -2.0;
            } else if round % 4 == 2 {
                p.coverage_penalty = 2.0;
            }
            let model = Model::new(&p, 1 + round % 4, 0.8 + next(5) as f64 * 0.1, 6.8, paras)
                .with_mass_unit(&s, &t);
            for band in bands(n, m, round) {
                assert_eq!(
                    run_dp(&s, &t, &model, &band),
                    reference_dp(&s, &t, &model, &band),
                    "round {round}"
                );
            }
        }
    }

    #[test]
    fn equal_costs_go_to_the_first_shape() {
        // every prior 1 (cost 0), zero lengths, no features: every bead costs nothing, so
        // each cell is decided by the order of the shapes alone (1-0 first, then 0-1, ...);
        // in a narrow band the right end of a row cannot be reached by 1-0, and there 0-1
        // must beat 1-1 and the rest
        let p = CostParams {
            prior_11: 1.0,
            prior_12: 1.0,
            prior_22: 1.0,
            prior_13: 1.0,
            prior_decay: 1.0,
            prior_null: 1.0,
            ..CostParams::default()
        };
        let model = Model::new(&p, 3, 1.0, 6.8, false);
        let (n, m) = (9, 7);
        let s = Seq::build(vec![0.0; n], vec![Vec::new(); n], vec![false; n], false);
        let t = Seq::build(vec![0.0; m], vec![Vec::new(); m], vec![false; m], false);
        let diag: Path = (0..=n).map(|k| (k, (k * m) / n)).collect();
        for band in [Band::full(n, m), Band::around(&diag, n, m, 1)] {
            let got = run_dp(&s, &t, &model, &band);
            assert!(got.is_some());
            assert_eq!(got, reference_dp(&s, &t, &model, &band));
        }
    }

    /// The cell-by-cell forward–backward [`forward_backward`] replaced (with the costs rounded
    /// to f32 in the forward sums too; costs and backward sums only where the start of a bead
    /// is reachable).
    fn reference_lattice(src: &Seq, tgt: &Seq, model: &Model, band: &Band, temp: f64) -> Lattice {
        let (n, ns) = (src.n(), model.shapes.len());
        let mut bc = vec![f32::INFINITY; band.cells() * ns];
        let mut fwd = vec![f64::NEG_INFINITY; band.cells()];
        let mut bwd = vec![f64::NEG_INFINITY; band.cells()];
        let (start, end) = (band.index(0, 0).unwrap(), band.index(n, tgt.n()).unwrap());
        fwd[start] = 0.0;
        for i in 0..=n {
            for j in band.lo[i]..band.hi[i] {
                let ix = band.index(i, j).unwrap();
                if ix == start {
                    continue;
                }
                let mut terms = Vec::new();
                for (k, sh) in model.shapes.iter().enumerate() {
                    let pix = (sh.a <= i && sh.b <= j)
                        .then(|| band.index(i - sh.a, j - sh.b))
                        .flatten();
                    let Some(pix) = pix.filter(|&p| fwd[p] != f64::NEG_INFINITY) else {
                        continue;
                    };
                    let c = model.bead_cost(src, tgt, i - sh.a, i, j - sh.b, j) / temp;
                    bc[ix * ns + k] = c as f32;
                    terms.push(fwd[pix] - f64::from(c as f32));
                }
                fwd[ix] = log_sum_exp(&terms);
            }
        }
        bwd[end] = 0.0;
        for i in (0..=n).rev() {
            for j in (band.lo[i]..band.hi[i]).rev() {
                let ix = band.index(i, j).unwrap();
                if ix == end || fwd[ix] == f64::NEG_INFINITY {
                    continue;
                }
                let mut terms = Vec::new();
                for (k, sh) in model.shapes.iter().enumerate() {
                    let Some(nix) = band.index(i + sh.a, j + sh.b) else {
                        continue;
                    };
                    if bwd[nix] != f64::NEG_INFINITY {
                        terms.push(bwd[nix] - f64::from(bc[nix * ns + k]));
                    }
                }
                bwd[ix] = log_sum_exp(&terms);
            }
        }
        Lattice { fwd, bwd, bc }
    }

    /// The cell-by-cell MBR gains [`mbr_gains`] replaced (no shortcut).
    fn reference_gains(model: &Model, band: &Band, lat: &Lattice, z: f64) -> (Vec<f64>, Vec<u8>) {
        let (ns, lambda) = (model.shapes.len(), f64::from(model.p.mbr_lambda));
        let mut gain = vec![f64::NEG_INFINITY; band.cells()];
        let mut back = vec![u8::MAX; band.cells()];
        let start = band.index(0, 0).unwrap();
        gain[start] = 0.0;
        for i in 0..band.lo.len() {
            for j in band.lo[i]..band.hi[i] {
                let ix = band.index(i, j).unwrap();
                if ix == start || lat.fwd[ix] == f64::NEG_INFINITY {
                    continue;
                }
                for (k, sh) in model.shapes.iter().enumerate() {
                    let pix = (sh.a <= i && sh.b <= j)
                        .then(|| band.index(i - sh.a, j - sh.b))
                        .flatten();
                    let Some(pix) = pix else { continue };
                    if gain[pix] == f64::NEG_INFINITY || !lat.bc[ix * ns + k].is_finite() {
                        continue;
                    }
                    let g = gain[pix] + lat.posterior(ns, z, pix, ix, k) - lambda;
                    if g > gain[ix] {
                        (gain[ix], back[ix]) = (g, k as u8);
                    }
                }
            }
        }
        (gain, back)
    }

    /// Equal forward sums; equal backward sums on reachable cells; equal costs of beads with
    /// a reachable start (the only ones a posterior can use).
    fn same_lattice(got: &Lattice, want: &Lattice, round: usize) {
        assert_eq!(got.fwd, want.fwd, "round {round}");
        for (ix, &f) in want.fwd.iter().enumerate() {
            if f != f64::NEG_INFINITY {
                assert_eq!(got.bwd[ix], want.bwd[ix], "round {round} cell {ix}");
            }
        }
        for (x, (g, w)) in got.bc.iter().zip(&want.bc).enumerate() {
            assert!(
                g == w || (g.is_finite() && !w.is_finite()),
                "round {round} bead {x}: {g} {w}"
            );
        }
        assert!(want.fwd.iter().any(|f| f.is_finite()));
    }

    #[test]
    fn threaded_lattice_matches_one_thread_and_cell_by_cell() {
        // a band large enough for two threads: the halves of the cost table and the forward
        // and backward sums run concurrently
        let mut next = crate::test_rng(0x51af_d7ed_558c_cd97);
        let (s, t, paras) = (
            side(&mut next, 1_100, true),
            side(&mut next, 1_000, true),
            true,
        );
        let (n, m) = (s.n(), t.n());
        let model = Model::new(&CostParams::default(), 4, 1.0, 6.8, paras).with_mass_unit(&s, &t);
        let diag: Path = (0..=n).map(|k| (k, k * m / n)).collect();
        let band = Band::around(&diag, n, m, 4);
        assert!(band.cells() >= PARALLEL_LATTICE_CELLS);
        let (pband, pm) = pair_table(&s, &t, &model, &band);
        let px = Pairs {
            src: &s,
            tgt: &t,
            pband: &pband,
            pm: &pm,
        };
        let one = forward_backward(&px, &model, &band, 3.0).unwrap();
        let model2 = model.clone().with_threads(true);
        let two = forward_backward(&px, &model2, &band, 3.0).unwrap();
        assert_eq!((&one.fwd, &one.bwd, &one.bc), (&two.fwd, &two.bwd, &two.bc));
        let want = reference_lattice(&s, &t, &model, &band, 3.0);
        same_lattice(&two, &want, 0);
    }

    #[test]
    fn row_wise_forward_backward_matches_cell_by_cell() {
        let mut next = crate::test_rng(0x9fb2_1c65_1e98_df25);
        for round in 0..40 {
            let (s, t, paras) = case(&mut next, 30, round);
            let (n, m) = (s.n(), t.n());
            let model = Model::new(&CostParams::default(), 1 + round % 4, 1.0, 6.8, paras)
                .with_mass_unit(&s, &t);
            for band in bands(n, m, round) {
                let (pband, pm) = pair_table(&s, &t, &model, &band);
                let px = Pairs {
                    src: &s,
                    tgt: &t,
                    pband: &pband,
                    pm: &pm,
                };
                let got = forward_backward(&px, &model, &band, 3.0).unwrap();
                let want = reference_lattice(&s, &t, &model, &band, 3.0);
                same_lattice(&got, &want, round);
                let z = got.fwd[band.index(n, m).unwrap()];
                assert_eq!(
                    mbr_gains(&model, &band, &got, z, f64::from(model.p.mbr_lambda)),
                    reference_gains(&model, &band, &got, z),
                    "round {round}"
                );
            }
        }
    }
}
