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
    if na <= nb {
        merge_lo(ms, v, sa, na, sb, nb, lt)
    } else {
        merge_hi(ms, v, sa, na, sb, nb, lt)
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
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(&a[hint as usize].0, key)? {
        // a[hint] < key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[(hint + ofs) as usize].0, key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[(hint - ofs) as usize].0, key)? {
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
        if lt(&a[m as usize].0, key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right`: the position just after the rightmost item of sorted `a`
/// that is `<= key`, searching outwards from `hint`.
fn gallop_right<E>(
    key: &Value,
    a: &[Item],
    hint: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, &a[hint as usize].0)? {
        // key < a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[(hint - ofs) as usize].0)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[(hint + ofs) as usize].0)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &a[m as usize].0)? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// `merge_lo`: merges the adjacent runs `v[sa..sa+na]` and `v[sb..sb+nb]`
/// (`na <= nb`, `v[sb]` known to go first, `a`'s last item known to go last)
/// left to right, with `a` copied out.
fn merge_lo<E>(
    ms: &mut MergeState,
    v: &mut [Item],
    sa: usize,
    mut na: usize,
    sb: usize,
    mut nb: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    let tmp: Vec<Item> = v[sa..sa + na].to_vec();
    let (mut pa, mut pb, mut d) = (0usize, sb, sa);
    // The body returns `Ok(true)` for Succeed, `Ok(false)` for CopyB.
    let mut body = |v: &mut [Item],
                    pa: &mut usize,
                    pb: &mut usize,
                    d: &mut usize,
                    na: &mut usize,
                    nb: &mut usize|
     -> Result<bool, E> {
        v[*d] = v[*pb].clone();
        *d += 1;
        *pb += 1;
        *nb -= 1;
        if *nb == 0 {
            return Ok(true);
        }
        if *na == 1 {
            return Ok(false);
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                if lt(&v[*pb].0, &tmp[*pa].0)? {
                    v[*d] = v[*pb].clone();
                    *d += 1;
                    *pb += 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 0 {
                        return Ok(true);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    v[*d] = tmp[*pa].clone();
                    *d += 1;
                    *pa += 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 1 {
                        return Ok(false);
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
                let key = v[*pb].0.clone();
                let k = gallop_right(&key, &tmp[*pa..*pa + *na], 0, lt)?;
                acount = k;
                if k > 0 {
                    v[*d..*d + k].clone_from_slice(&tmp[*pa..*pa + k]);
                    *d += k;
                    *pa += k;
                    *na -= k;
                    if *na == 1 {
                        return Ok(false);
                    }
                    if *na == 0 {
                        return Ok(true);
                    }
                }
                v[*d] = v[*pb].clone();
                *d += 1;
                *pb += 1;
                *nb -= 1;
                if *nb == 0 {
                    return Ok(true);
                }
                let key = tmp[*pa].0.clone();
                let k = gallop_left(&key, &v[*pb..*pb + *nb], 0, lt)?;
                bcount = k;
                if k > 0 {
                    for j in 0..k {
                        v[*d + j] = v[*pb + j].clone();
                    }
                    *d += k;
                    *pb += k;
                    *nb -= k;
                    if *nb == 0 {
                        return Ok(true);
                    }
                }
                v[*d] = tmp[*pa].clone();
                *d += 1;
                *pa += 1;
                *na -= 1;
                if *na == 1 {
                    return Ok(false);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    match body(v, &mut pa, &mut pb, &mut d, &mut na, &mut nb) {
        Ok(true) => {
            v[d..d + na].clone_from_slice(&tmp[pa..pa + na]);
            Ok(())
        }
        Ok(false) => {
            // CopyB: the last item of a belongs at the end of the merge.
            for j in 0..nb {
                v[d + j] = v[pb + j].clone();
            }
            v[d + nb] = tmp[pa].clone();
            Ok(())
        }
        Err(e) => {
            v[d..d + na].clone_from_slice(&tmp[pa..pa + na]);
            Err(e)
        }
    }
}

/// `merge_hi`: as `merge_lo` for `na > nb`, right to left, with `b` copied out.
fn merge_hi<E>(
    ms: &mut MergeState,
    v: &mut [Item],
    sa: usize,
    mut na: usize,
    sb: usize,
    mut nb: usize,
    lt: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    let tmp: Vec<Item> = v[sb..sb + nb].to_vec();
    // Signed: `pa` reaches `sa - 1` when a is used up.
    let mut d = (sb + nb - 1) as isize;
    let mut pa = (sa + na - 1) as isize;
    let mut pb = nb as isize - 1;
    let at = |i: isize| i as usize;
    let mut body = |v: &mut [Item],
                    pa: &mut isize,
                    pb: &mut isize,
                    d: &mut isize,
                    na: &mut usize,
                    nb: &mut usize|
     -> Result<bool, E> {
        v[at(*d)] = v[at(*pa)].clone();
        *d -= 1;
        *pa -= 1;
        *na -= 1;
        if *na == 0 {
            return Ok(true);
        }
        if *nb == 1 {
            return Ok(false);
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                if lt(&tmp[at(*pb)].0, &v[at(*pa)].0)? {
                    v[at(*d)] = v[at(*pa)].clone();
                    *d -= 1;
                    *pa -= 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 0 {
                        return Ok(true);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    v[at(*d)] = tmp[at(*pb)].clone();
                    *d -= 1;
                    *pb -= 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 1 {
                        return Ok(false);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let key = tmp[at(*pb)].0.clone();
                let k = gallop_right(&key, &v[sa..sa + *na], *na - 1, lt)?;
                let k = *na - k;
                acount = k;
                if k > 0 {
                    let k = k as isize;
                    *d -= k;
                    *pa -= k;
                    for j in (1..=k).rev() {
                        v[at(*d + j)] = v[at(*pa + j)].clone();
                    }
                    *na -= k as usize;
                    if *na == 0 {
                        return Ok(true);
                    }
                }
                v[at(*d)] = tmp[at(*pb)].clone();
                *d -= 1;
                *pb -= 1;
                *nb -= 1;
                if *nb == 1 {
                    return Ok(false);
                }
                let key = v[at(*pa)].0.clone();
                let k = gallop_left(&key, &tmp[..*nb], *nb - 1, lt)?;
                let k = *nb - k;
                bcount = k;
                if k > 0 {
                    let k = k as isize;
                    *d -= k;
                    *pb -= k;
                    for j in 1..=k {
                        v[at(*d + j)] = tmp[at(*pb + j)].clone();
                    }
                    *nb -= k as usize;
                    if *nb == 1 {
                        return Ok(false);
                    }
                    // Impossible with a consistent `<`, which scripts need not have.
                    if *nb == 0 {
                        return Ok(true);
                    }
                }
                v[at(*d)] = v[at(*pa)].clone();
                *d -= 1;
                *pa -= 1;
                *na -= 1;
                if *na == 0 {
                    return Ok(true);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    let restore_b = |v: &mut [Item], d: isize, nb: usize| {
        if nb > 0 {
            let start = at(d - (nb as isize - 1));
            v[start..start + nb].clone_from_slice(&tmp[..nb]);
        }
    };
    match body(v, &mut pa, &mut pb, &mut d, &mut na, &mut nb) {
        Ok(true) => {
            restore_b(v, d, nb);
            Ok(())
        }
        Ok(false) => {
            // CopyA: the first item of b belongs at the front of the merge.
            let n = na as isize;
            d -= n;
            pa -= n;
            for j in (1..=n).rev() {
                v[at(d + j)] = v[at(pa + j)].clone();
            }
            v[at(d)] = tmp[at(pb)].clone();
            Ok(())
        }
        Err(e) => {
            restore_b(v, d, nb);
            Err(e)
        }
    }
}
