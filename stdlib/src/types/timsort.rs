//! CPython 3.11's `listsort` (`Objects/listobject.c`, `Objects/listsort.txt`),
//! ported step by step so a script sees the same sequence of `__lt__` calls:
//! `count_run`, `binarysort` up to `minrun`, the pending-run stack merged by
//! 3.11's powersort rule (`found_new_run`, `powerloop`), `merge_at` trimming with `gallop_right` /
//! `gallop_left`, and `merge_lo` / `merge_hi` with galloping mode and the
//! adaptive `min_gallop`. Items are `(key, value)` pairs compared by key. On a
//! comparison error every item is still in the slice (the `Fail:` paths copy
//! the temporary run back), as in CPython.

use coil_interp::Value;

type Item = (Value, Value);

/// `MIN_GALLOP`: the initial threshold for entering galloping mode.
const MIN_GALLOP: usize = 7;

/// `MergeState`: the pending runs `(base, len)`, each run's power (`powers`,
/// parallel to `pending`) and the adaptive threshold.
struct MergeState {
    min_gallop: usize,
    pending: Vec<(usize, usize)>,
    powers: Vec<u32>,
    len: usize,
}

/// Sorts `v` by key with `lt` (`a < b`), stably.
pub(crate) fn timsort<E>(
    v: &mut [Item],
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        powers: Vec::new(),
        len: n,
    };
    let minrun = min_run(n);
    let (mut lo, mut nremaining) = (0, n);
    while nremaining > 0 {
        let (mut run, descending) = count_run(&v[lo..lo + nremaining], lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            binarysort(&mut v[lo..lo + force], run, lt)?;
            run = force;
        }
        found_new_run(&mut ms, v, run, lt)?;
        ms.pending.push((lo, run));
        ms.powers.push(0);
        lo += run;
        nremaining -= run;
    }
    // `merge_force_collapse`.
    while ms.pending.len() > 1 {
        let p = &ms.pending;
        let mut i = p.len() - 2;
        if i > 0 && p[i - 1].1 < p[i + 1].1 {
            i -= 1;
        }
        merge_at(&mut ms, v, i, lt)?;
    }
    Ok(())
}

/// `merge_compute_minrun`: between 32 and 64, so that n/minrun is a power of two
/// or just under one.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `count_run`: the length of the run at the start of `v` and whether it is
/// strictly descending (the caller reverses it).
fn count_run<E>(
    v: &[Item],
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(usize, bool), E> {
    if v.len() < 2 {
        return Ok((v.len(), false));
    }
    let mut n = 2;
    if lt(&v[1].0, &v[0].0)? {
        while n < v.len() && lt(&v[n].0, &v[n - 1].0)? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(&v[n].0, &v[n - 1].0)? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// `binarysort`: `v[..start]` is sorted; insert each later item after any equal
/// ones, found by binary search with the pivot on the left of `<`.
fn binarysort<E>(
    v: &mut [Item],
    start: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    for i in start.max(1)..v.len() {
        let (mut l, mut r) = (0, i);
        loop {
            let p = l + ((r - l) >> 1);
            if lt(&v[i].0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        v[l..=i].rotate_right(1);
    }
    Ok(())
}

/// `powerloop`: the depth in the conceptual merge tree of the boundary
/// between the run at `s1` (length `n1`) and the next (length `n2`).
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the runs' midpoints, so they are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `found_new_run`: before a run of length `n2` is pushed, merges the runs
/// on the stack whose power exceeds the top run's new power.
fn found_new_run<E>(
    ms: &mut MergeState,
    v: &mut [Item],
    n2: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    let Some(&(s1, n1)) = ms.pending.last() else {
        return Ok(());
    };
    let power = powerloop(s1, n1, n2, ms.len);
    while ms.pending.len() > 1 && ms.powers[ms.pending.len() - 2] > power {
        merge_at(ms, v, ms.pending.len() - 2, lt)?;
    }
    if let Some(p) = ms.powers.last_mut() {
        *p = power;
    }
    Ok(())
}

/// `merge_at`: merges pending runs `i` and `i + 1`.
fn merge_at<E>(
    ms: &mut MergeState,
    v: &mut [Item],
    i: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    let (mut sa, mut na) = ms.pending[i];
    let (sb, nb) = ms.pending[i + 1];
    ms.pending[i].1 = na + nb;
    ms.pending.remove(i + 1);
    ms.powers.remove(i + 1);
    // Where does b start in a? Items of a before that are already in place.
    let key = v[sb].0.clone();
    let k = gallop_right(&key, &v[sa..sa + na], 0, lt)?;
    sa += k;
    na -= k;
    if na == 0 {
        return Ok(());
    }
    // Where does a end in b? Items of b after that are already in place.
    let key = v[sa + na - 1].0.clone();
    let nb = gallop_left(&key, &v[sb..sb + nb], nb - 1, lt)?;
    if nb == 0 {
        return Ok(());
    }
    // `v[sb]` is known to go first and a's last item last.
    if na <= nb {
        // `merge_lo`: left to right, with `a` copied out.
        let tmp = v[sa..sa + na].to_vec();
        let mut walk = LeftToRight {
            tmp,
            pa: 0,
            na,
            pb: sb,
            nb,
            d: sa,
        };
        merge_runs(ms, &mut walk, v, lt)
    } else {
        // `merge_hi`: right to left, with `b` copied out.
        let tmp = v[sb..sb + nb].to_vec();
        let mut walk = RightToLeft {
            tmp,
            sa,
            na,
            nb,
            d: sb + nb,
        };
        merge_runs(ms, &mut walk, v, lt)
    }
}

/// `gallop_left`: the leftmost position in sorted `a` where `key` belongs
/// (every earlier item is `< key`), searching outwards from `hint`.
fn gallop_left<E>(
    key: &Value,
    a: &[Item],
    hint: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<usize, E> {
    gallop(a, hint, |x| Ok(!lt(x, key)?))
}

/// `gallop_right`: the position just after the rightmost item of sorted `a`
/// that is `<= key`, searching outwards from `hint`.
fn gallop_right<E>(
    key: &Value,
    a: &[Item],
    hint: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<usize, E> {
    gallop(a, hint, |x| lt(key, x))
}

/// The search `gallop_left` and `gallop_right` share: the first position in
/// sorted `a` whose item `after` says goes after the key (`after` is false up
/// to some point, true from there on). From `hint`, offsets 1, 3, 7, ... bound
/// the position, then a binary search finds it.
fn gallop<E>(
    a: &[Item],
    hint: usize,
    mut after: impl FnMut(&Value) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if !after(&a[hint as usize].0)? {
        // a[hint] goes before the key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if after(&a[(hint + ofs) as usize].0)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        // a[hint] goes after the key: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if !after(&a[(hint - ofs) as usize].0)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if after(&a[m as usize].0)? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge stops early (CPython's labels in `merge_lo` / `merge_hi`).
#[derive(Clone, Copy)]
enum Exit {
    /// `Succeed`: one run is used up; what is left of the copied-out run
    /// goes back into the gap.
    Succeed,
    /// `CopyB` / `CopyA`: the copied-out run is down to its one item, which
    /// belongs at the far end, past what is left of the other run.
    OneLeft,
}

/// The state of one merge, seen from its direction: `merge_lo` walks left to
/// right with `a` copied out, `merge_hi` right to left with `b` copied out.
/// `merge_runs` is the galloping loop they share; each walk says where the
/// run heads are, how items move to the destination and when it must stop.
trait Walk {
    /// Left to right, `b < a` sends b's head out first; right to left, the
    /// larger head goes out first, so `b < a` sends a's.
    const LEFT_TO_RIGHT: bool;
    /// The heads of `a` and `b`: the next items to go out from each run.
    fn heads<'s>(&'s self, v: &'s [Item]) -> (&'s Value, &'s Value);
    /// Moves the first `k` items of `a` out; `Some` when the merge stops here.
    fn take_a(&mut self, v: &mut [Item], k: usize) -> Option<Exit>;
    /// Moves the first `k` items of `b` out; `Some` when the merge stops here.
    fn take_b(&mut self, v: &mut [Item], k: usize) -> Option<Exit>;
    /// How many items of `a` go out before b's head.
    fn gallop_a<E>(
        &self,
        v: &[Item],
        lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<usize, E>;
    /// How many items of `b` go out before a's head.
    fn gallop_b<E>(
        &self,
        v: &[Item],
        lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<usize, E>;
    /// Moves the item known to go first, then stops if either run is done.
    fn start(&mut self, v: &mut [Item]) -> Option<Exit>;
    /// Puts every item still held aside back into `v`.
    fn finish(&mut self, v: &mut [Item], exit: Exit);
}

/// `merge_lo` / `merge_hi`'s body: one pair at a time until a run wins
/// `min_gallop` times in a row, then galloping until neither run wins
/// `MIN_GALLOP` at once. On a comparison error the copied-out run goes back
/// as on `Succeed`, so every item is still in `v`.
fn merge_runs<E, W: Walk>(
    ms: &mut MergeState,
    walk: &mut W,
    v: &mut [Item],
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    let result = gallop_loop(ms, walk, v, lt);
    let exit = match &result {
        Ok(exit) => *exit,
        Err(_) => Exit::Succeed,
    };
    walk.finish(v, exit);
    result.map(|_| ())
}

/// `merge_runs` up to the label it stops at.
fn gallop_loop<E, W: Walk>(
    ms: &mut MergeState,
    walk: &mut W,
    v: &mut [Item],
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<Exit, E> {
    if let Some(exit) = walk.start(v) {
        return Ok(exit);
    }
    let mut min_gallop = ms.min_gallop;
    loop {
        let (mut acount, mut bcount) = (0usize, 0usize);
        loop {
            let (a, b) = walk.heads(v);
            if lt(b, a)? == W::LEFT_TO_RIGHT {
                bcount += 1;
                acount = 0;
                if let Some(exit) = walk.take_b(v, 1) {
                    return Ok(exit);
                }
                if bcount >= min_gallop {
                    break;
                }
            } else {
                acount += 1;
                bcount = 0;
                if let Some(exit) = walk.take_a(v, 1) {
                    return Ok(exit);
                }
                if acount >= min_gallop {
                    break;
                }
            }
        }
        min_gallop += 1;
        loop {
            min_gallop -= (min_gallop > 1) as usize;
            ms.min_gallop = min_gallop;
            acount = walk.gallop_a(v, lt)?;
            if acount > 0 {
                if let Some(exit) = walk.take_a(v, acount) {
                    return Ok(exit);
                }
            }
            if let Some(exit) = walk.take_b(v, 1) {
                return Ok(exit);
            }
            bcount = walk.gallop_b(v, lt)?;
            if bcount > 0 {
                if let Some(exit) = walk.take_b(v, bcount) {
                    return Ok(exit);
                }
            }
            if let Some(exit) = walk.take_a(v, 1) {
                return Ok(exit);
            }
            if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                break;
            }
        }
        min_gallop += 1;
        ms.min_gallop = min_gallop;
    }
}

/// `merge_lo`'s walk: `a` (copied out) is `tmp[pa..pa + na]`, `b` is
/// `v[pb..pb + nb]`, and the next item goes to `v[d]`.
struct LeftToRight {
    tmp: Vec<Item>,
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
    d: usize,
}

impl LeftToRight {
    /// Items of `b` move left within `v`, so a forward copy never overwrites
    /// one not yet moved.
    fn move_b(&mut self, v: &mut [Item], k: usize) {
        for j in 0..k {
            v[self.d + j] = v[self.pb + j].clone();
        }
        self.d += k;
        self.pb += k;
        self.nb -= k;
    }
}

impl Walk for LeftToRight {
    const LEFT_TO_RIGHT: bool = true;

    fn heads<'s>(&'s self, v: &'s [Item]) -> (&'s Value, &'s Value) {
        (&self.tmp[self.pa].0, &v[self.pb].0)
    }

    fn take_a(&mut self, v: &mut [Item], k: usize) -> Option<Exit> {
        v[self.d..self.d + k].clone_from_slice(&self.tmp[self.pa..self.pa + k]);
        self.d += k;
        self.pa += k;
        self.na -= k;
        match self.na {
            1 => Some(Exit::OneLeft),
            // Impossible with a consistent `<`, which scripts need not have.
            0 => Some(Exit::Succeed),
            _ => None,
        }
    }

    fn take_b(&mut self, v: &mut [Item], k: usize) -> Option<Exit> {
        self.move_b(v, k);
        (self.nb == 0).then_some(Exit::Succeed)
    }

    fn gallop_a<E>(
        &self,
        v: &[Item],
        lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<usize, E> {
        let a = &self.tmp[self.pa..self.pa + self.na];
        gallop_right(&v[self.pb].0, a, 0, lt)
    }

    fn gallop_b<E>(
        &self,
        v: &[Item],
        lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<usize, E> {
        let b = &v[self.pb..self.pb + self.nb];
        gallop_left(&self.tmp[self.pa].0, b, 0, lt)
    }

    fn start(&mut self, v: &mut [Item]) -> Option<Exit> {
        self.take_b(v, 1)
            .or((self.na == 1).then_some(Exit::OneLeft))
    }

    fn finish(&mut self, v: &mut [Item], exit: Exit) {
        if let Exit::OneLeft = exit {
            // CopyB: the last item of a belongs at the end of the merge.
            self.move_b(v, self.nb);
        }
        let (d, pa, na) = (self.d, self.pa, self.na);
        v[d..d + na].clone_from_slice(&self.tmp[pa..pa + na]);
    }
}

/// `merge_hi`'s walk, with exclusive ends: `a` is `v[sa..sa + na]`, `b`
/// (copied out) is `tmp[..nb]`, and the next item goes to `v[d - 1]`.
struct RightToLeft {
    tmp: Vec<Item>,
    sa: usize,
    na: usize,
    nb: usize,
    d: usize,
}

impl RightToLeft {
    /// Items of `a` move right within `v`, so the copy runs backwards.
    fn move_a(&mut self, v: &mut [Item], k: usize) {
        let from = self.sa + self.na - k;
        let to = self.d - k;
        for j in (0..k).rev() {
            v[to + j] = v[from + j].clone();
        }
        self.d -= k;
        self.na -= k;
    }
}

impl Walk for RightToLeft {
    const LEFT_TO_RIGHT: bool = false;

    fn heads<'s>(&'s self, v: &'s [Item]) -> (&'s Value, &'s Value) {
        (&v[self.sa + self.na - 1].0, &self.tmp[self.nb - 1].0)
    }

    fn take_a(&mut self, v: &mut [Item], k: usize) -> Option<Exit> {
        self.move_a(v, k);
        (self.na == 0).then_some(Exit::Succeed)
    }

    fn take_b(&mut self, v: &mut [Item], k: usize) -> Option<Exit> {
        v[self.d - k..self.d].clone_from_slice(&self.tmp[self.nb - k..self.nb]);
        self.d -= k;
        self.nb -= k;
        match self.nb {
            1 => Some(Exit::OneLeft),
            // Impossible with a consistent `<`, which scripts need not have.
            0 => Some(Exit::Succeed),
            _ => None,
        }
    }

    fn gallop_a<E>(
        &self,
        v: &[Item],
        lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<usize, E> {
        let a = &v[self.sa..self.sa + self.na];
        let k = gallop_right(&self.tmp[self.nb - 1].0, a, self.na - 1, lt)?;
        Ok(self.na - k)
    }

    fn gallop_b<E>(
        &self,
        v: &[Item],
        lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<usize, E> {
        let b = &self.tmp[..self.nb];
        let k = gallop_left(&v[self.sa + self.na - 1].0, b, self.nb - 1, lt)?;
        Ok(self.nb - k)
    }

    fn start(&mut self, v: &mut [Item]) -> Option<Exit> {
        self.take_a(v, 1)
            .or((self.nb == 1).then_some(Exit::OneLeft))
    }

    fn finish(&mut self, v: &mut [Item], exit: Exit) {
        if let Exit::OneLeft = exit {
            // CopyA: the first item of b belongs at the front of the merge.
            self.move_a(v, self.na);
        }
        let (d, nb) = (self.d, self.nb);
        v[d - nb..d].clone_from_slice(&self.tmp[..nb]);
    }
}
