//! Feature conjunctions a linear model cannot form by itself (a child module of
//! `features`, so it reads the per-token facts directly). Flag [`super::flags::CONJ`];
//! template ids 181–189.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use super::TokInfo;

mod t {
    pub const CUE_CL: u8 = 181;
    pub const CL_CL: u8 = 182;
    pub const GAZ_SUF: u8 = 183;
    pub const CUE_LAB: u8 = 184;
    pub const PRE_LAB: u8 = 185;
    pub const LAB_LAB: u8 = 186;
    pub const GAZ_GAZ: u8 = 187;
    pub const SHAPE_FREQ: u8 = 188;
    pub const CUE_SUF: u8 = 189;
}

#[inline]
fn key(t: u8, a: u64, s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(t);
    h.write_u8(0xfc);
    h.write_u64(a);
    h.write(s.as_bytes());
    h.finish()
}

/// Which conjunctions are on (bit per template, 181 = bit 0); all by default. The
/// `RASD_NER_CONJ` environment variable (a bit mask) selects a subset for experiments.
fn mask() -> u32 {
    static M: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *M.get_or_init(|| {
        std::env::var("RASD_NER_CONJ")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(u32::MAX)
    })
}

/// Top corpus label (type × strength) of a token, 0 when unknown.
fn lab_top(x: &TokInfo) -> u64 {
    match x.labels {
        Some(f) => {
            let (top, &tv) = f
                .iter()
                .enumerate()
                .max_by_key(|&(i, v)| (*v, 4 - i))
                .unwrap_or((0, &0));
            if tv >= 3 {
                1 + top as u64 * 4 + tv as u64 / 4
            } else {
                30
            }
        }
        None => 31,
    }
}

/// Last two chars of a stem (whole stem when shorter).
fn suffix2(s: &str) -> &str {
    let mut it = s.char_indices().rev();
    match (it.next(), it.next()) {
        (Some(_), Some((b, _))) => &s[b..],
        _ => s,
    }
}

/// Append the conjunction features of token `i`.
pub(super) fn features(infos: &[TokInfo], i: usize, keys: &mut Vec<u64>) {
    let m = mask();
    let me = &infos[i];
    let prev = i.checked_sub(1).and_then(|j| infos.get(j));
    let next = infos.get(i + 1);
    let cl0 = |x: Option<&TokInfo>| -> u64 {
        match x {
            None => 0xffff,
            Some(x) => x.stem_clusters.or(x.clusters).map_or(0xfffe, |c| c[0] as u64),
        }
    };
    let cue = |x: Option<&TokInfo>| -> u64 { x.and_then(|x| x.cue).map_or(0xff, |c| c as u64) };
    let on = |b: u32| m & (1 << b) != 0;
    if on(0) && (cue(prev) != 0xff || cue(next) != 0xff) {
        keys.push(key(t::CUE_CL, cue(prev) << 24 | cue(next) << 16 | cl0(Some(me)), ""));
    }
    if on(1) {
        keys.push(key(t::CL_CL, cl0(prev) << 16 | cl0(Some(me)), ""));
    }
    if on(2) && me.gaz != 0 {
        keys.push(key(t::GAZ_SUF, me.gaz as u64, suffix2(me.stem())));
    }
    if on(3) {
        keys.push(key(t::CUE_LAB, cue(prev) << 8 | lab_top(me), ""));
    }
    if on(4) {
        keys.push(key(t::PRE_LAB, lab_top(me), me.prefix()));
    }
    if on(5) {
        let lp = prev.map_or(32, lab_top);
        let ln = next.map_or(32, lab_top);
        keys.push(key(t::LAB_LAB, lp << 16 | lab_top(me) << 8 | ln, ""));
    }
    if on(6) && (me.gaz != 0 || prev.is_some_and(|p| p.gaz != 0)) {
        keys.push(key(t::GAZ_GAZ, prev.map_or(0xfff, |p| p.gaz as u64) << 16 | me.gaz as u64, ""));
    }
    if on(7) {
        keys.push(key(
            t::SHAPE_FREQ,
            (me.shape as u64) << 16 | (me.freq as u64) << 8 | (me.stem_at != 0) as u64,
            "",
        ));
    }
    if on(8) && cue(prev) != 0xff {
        keys.push(key(t::CUE_SUF, cue(prev), suffix2(me.stem())));
    }
}
