//! `--trace-svg FILE`: the recorded timeline drawn as one self-contained SVG
//! (no script, no external style), for readers without a trace viewer. One
//! track per task in creation order, then the loop's own callbacks; a step is
//! a filled bar, a wait a thin grey line labelled with what it waited on,
//! creation and completion small marks, an await an arrow from the waiting
//! step to the step or callback that completed what it awaited. Hovering any
//! shape shows its `<title>`.

use crate::trace_out::human;
use coil_interp::event_loop::trace::{Event, Tracer, LOOP_TID};
use std::collections::HashMap;
use std::fmt::Write;

const WIDTH: f64 = 1200.0;
const LABEL_W: f64 = 190.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 56.0;
const TRACK_H: f64 = 30.0;
const BAR_H: f64 = 18.0;
/// Narrowest bar drawn, so a step of a microsecond stays visible.
const MIN_W: f64 = 2.0;

const COLOURS: [&str; 8] = [
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#e15759", "#9c755f",
];

/// Text escaped for XML content and attribute values.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `s` cut to about `px` pixels of 11px text.
fn fit(s: &str, px: f64) -> Option<String> {
    let n = (px / 6.5) as usize;
    let len = s.chars().count();
    if n < 4 {
        None
    } else if len <= n {
        Some(s.to_string())
    } else {
        Some(format!("{}…", s.chars().take(n - 1).collect::<String>()))
    }
}

/// A tick's label: the time in the unit the whole axis uses, with as many
/// decimals as the interval needs.
fn axis_label(t_us: f64, step_us: f64, end_us: f64) -> String {
    let (scale, unit) = if end_us >= 1e6 {
        (1e6, "s")
    } else if end_us >= 1e3 {
        (1e3, "ms")
    } else {
        (1.0, "µs")
    };
    let decimals = (-(step_us / scale).log10().floor()).max(0.0) as usize;
    format!("{:.*} {unit}", decimals, t_us / scale)
}

/// A tick interval of 1, 2 or 5 × 10^k µs giving about `n` ticks over `span`.
fn tick_step(span: f64, n: f64) -> f64 {
    let raw = (span / n).max(1e-3);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

pub fn to_svg(tr: &Tracer, title: &str) -> String {
    let mut end: f64 = 1.0;
    let mut loop_used = false;
    for e in &tr.events {
        match e {
            Event::Slice { tid, ts, dur, .. } => {
                end = end.max(ts + dur);
                loop_used |= *tid == LOOP_TID;
            }
            Event::Instant { ts, .. } | Event::Flow { ts, .. } => end = end.max(*ts),
            Event::Wait { end: e, .. } => end = end.max(*e),
        }
    }
    // Row of each track: tasks in creation order, the loop's callbacks last.
    let mut row: HashMap<u32, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    for t in &tr.tasks {
        row.insert(t.tid, names.len());
        names.push(format!("{} ({})", t.name, t.coro));
    }
    if loop_used {
        row.insert(LOOP_TID, names.len());
        names.push("event loop callbacks".into());
    }
    let plot_w = WIDTH - LABEL_W - RIGHT;
    let x = |ts: f64| LABEL_W + ts / end * plot_w;
    let y = |tid: u32| row.get(&tid).map(|r| TOP + *r as f64 * TRACK_H);
    let height = TOP + names.len() as f64 * TRACK_H + 30.0;

    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="11">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="18" font-size="14" font-weight="bold">{}</text>
"##,
        xml(title)
    );
    // The time axis.
    let step = tick_step(end, 8.0);
    let _ = writeln!(
        s,
        r##"<g class="axis"><line x1="{LABEL_W}" y1="{a}" x2="{x2}" y2="{a}" stroke="#333"/>"##,
        a = TOP - 8.0,
        x2 = WIDTH - RIGHT
    );
    let mut t = 0.0;
    while t <= end + step * 1e-9 {
        let _ = writeln!(
            s,
            r##"<line x1="{px:.1}" y1="{a}" x2="{px:.1}" y2="{b}" stroke="#ddd"/><text x="{px:.1}" y="{c}" text-anchor="middle">{}</text>"##,
            xml(&axis_label(t, step, end)),
            px = x(t),
            a = TOP - 12.0,
            b = TOP + names.len() as f64 * TRACK_H,
            c = TOP - 16.0
        );
        t += step;
    }
    s.push_str("</g>\n");
    // Tracks: their labels and bands.
    for (i, name) in names.iter().enumerate() {
        let ty = TOP + i as f64 * TRACK_H;
        let fill = if i % 2 == 0 { "#f7f7f7" } else { "#ffffff" };
        let _ = writeln!(
            s,
            r##"<g class="track"><rect x="0" y="{ty}" width="{WIDTH}" height="{TRACK_H}" fill="{fill}"/><text x="8" y="{ly}">{}</text></g>"##,
            xml(&fit(name, LABEL_W - 12.0).unwrap_or_default()),
            ly = ty + TRACK_H / 2.0 + 4.0
        );
    }
    let mid = (TRACK_H - BAR_H) / 2.0;
    for e in &tr.events {
        match e {
            Event::Wait {
                tid,
                ts,
                end: e2,
                what,
            } => {
                let Some(ty) = y(*tid) else { continue };
                let (x1, x2) = (x(*ts), x(*e2));
                let cy = ty + TRACK_H / 2.0;
                let _ = write!(
                    s,
                    r##"<g class="wait"><title>waits {} on {}</title><line x1="{x1:.1}" y1="{cy}" x2="{x2:.1}" y2="{cy}" stroke="#aaa" stroke-width="2" stroke-dasharray="4 2"/>"##,
                    xml(&human((e2 - ts) / 1e6)),
                    xml(what)
                );
                if let Some(label) = fit(what, x2 - x1 - 8.0) {
                    let _ = write!(
                        s,
                        r##"<text x="{:.1}" y="{:.1}" fill="#777" font-size="10">{}</text>"##,
                        x1 + 4.0,
                        cy - 4.0,
                        xml(&label)
                    );
                }
                s.push_str("</g>\n");
            }
            Event::Slice {
                tid, ts, dur, name, ..
            } => {
                let Some(ty) = y(*tid) else { continue };
                let (x1, w) = (x(*ts), (dur / end * plot_w).max(MIN_W));
                let colour = if *tid == LOOP_TID {
                    "#bab0ac"
                } else {
                    COLOURS[(*tid as usize - 1) % COLOURS.len()]
                };
                let _ = write!(
                    s,
                    r#"<g class="step"><title>{} ({})</title><rect x="{x1:.2}" y="{:.1}" width="{w:.2}" height="{BAR_H}" rx="2" fill="{colour}"/>"#,
                    xml(name),
                    xml(&human(dur / 1e6)),
                    ty + mid
                );
                if let Some(label) = fit(name, w - 6.0) {
                    let _ = write!(
                        s,
                        r#"<text x="{:.1}" y="{:.1}" fill="white">{}</text>"#,
                        x1 + 3.0,
                        ty + TRACK_H / 2.0 + 4.0,
                        xml(&label)
                    );
                }
                s.push_str("</g>\n");
            }
            Event::Instant { tid, ts, name } => {
                let Some(ty) = y(*tid) else { continue };
                let colour = match name.as_str() {
                    "created" => "#2a9d2a",
                    "returned" => "#1f4e99",
                    n if n.starts_with("cancel") => "#e08a00",
                    _ => "#c62828",
                };
                let _ = writeln!(
                    s,
                    r#"<circle class="mark" cx="{:.1}" cy="{:.1}" r="3.5" fill="{colour}"><title>{}</title></circle>"#,
                    x(*ts),
                    ty + TRACK_H - 4.0,
                    xml(name)
                );
            }
            Event::Flow { .. } => {}
        }
    }
    // Arrows: each flow's start to its finish.
    let mut starts: HashMap<u64, (u32, f64)> = HashMap::new();
    for e in &tr.events {
        if let Event::Flow {
            id,
            tid,
            ts,
            start,
            name,
        } = e
        {
            if *start {
                starts.insert(*id, (*tid, *ts));
            } else if let Some(&(from, ts0)) = starts.get(id) {
                let (Some(y_from), Some(y_to)) = (y(from), y(*tid)) else {
                    continue;
                };
                let (x1, y1s) = (x(ts0), y_from + TRACK_H / 2.0);
                let (x2, y2s) = (x(*ts), y_to + TRACK_H / 2.0);
                let _ = writeln!(
                    s,
                    r##"<path class="flow" d="M{x1:.1},{y1s:.1} C{cx:.1},{y1s:.1} {cx:.1},{y2s:.1} {x2:.1},{y2s:.1}" fill="none" stroke="#555" stroke-opacity="0.6" marker-end="url(#arrow)"><title>awaits {}</title></path>"##,
                    xml(name),
                    cx = (x1 + x2) / 2.0
                );
            }
        }
    }
    s.push_str("</svg>\n");
    s
}
