//! Writing what `--trace` recorded (`coil_interp::event_loop::trace`): the
//! Chrome Trace Event Format JSON that Perfetto and `chrome://tracing` open
//! (`--trace FILE`), and the per-task summary on standard error
//! (`--trace-summary`). The format is the "JSON Array/Object Format" of the
//! Trace Event Format document: `X` complete events for steps, `i` instants,
//! `s`/`f` flow events, `M` metadata naming the process and each track.

use coil_interp::event_loop::trace::{round_secs, Event, Tracer, LOOP_TID};
use std::collections::HashSet;
use std::fmt::Write;

const PID: u32 = 1;

/// A JSON string literal (RFC 8259 escapes; non-ASCII written as is, UTF-8).
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON number for a time in microseconds (finite by construction; a
/// non-finite one is written as 0 rather than make the file unreadable).
fn num(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.3}")
    } else {
        "0".into()
    }
}

/// The trace as one JSON object; `title` names the process track.
pub fn to_json(tr: &Tracer, title: &str) -> String {
    let mut ev: Vec<String> = Vec::new();
    ev.push(format!(
        r#"{{"ph":"M","pid":{PID},"tid":{LOOP_TID},"name":"process_name","args":{{"name":{}}}}}"#,
        json_str(title)
    ));
    ev.push(format!(
        r#"{{"ph":"M","pid":{PID},"tid":{LOOP_TID},"name":"thread_name","args":{{"name":"event loop (callbacks, timers, I/O)"}}}}"#
    ));
    for t in &tr.tasks {
        ev.push(format!(
            r#"{{"ph":"M","pid":{PID},"tid":{},"name":"thread_name","args":{{"name":{}}}}}"#,
            t.tid,
            json_str(&t.name)
        ));
        ev.push(format!(
            r#"{{"ph":"M","pid":{PID},"tid":{},"name":"thread_sort_index","args":{{"sort_index":{}}}}}"#,
            t.tid, t.tid
        ));
    }
    // A flow whose awaited thing never completed has no end: left out, as
    // viewers reject a start without its finish.
    let finished: HashSet<u64> = tr
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Flow {
                id, start: false, ..
            } => Some(*id),
            _ => None,
        })
        .collect();
    for e in &tr.events {
        match e {
            Event::Slice {
                tid,
                ts,
                dur,
                name,
                at,
                waits_on,
            } => {
                let cat = if *tid == LOOP_TID { "callback" } else { "step" };
                let mut args = Vec::new();
                if let Some((file, line)) = at {
                    args.push(format!(r#""file":{}"#, json_str(file)));
                    args.push(format!(r#""line":{line}"#));
                }
                if let Some(w) = waits_on {
                    args.push(format!(r#""waits_on":{}"#, json_str(w)));
                }
                ev.push(format!(
                    r#"{{"ph":"X","pid":{PID},"tid":{tid},"ts":{},"dur":{},"name":{},"cat":"{cat}","args":{{{}}}}}"#,
                    num(*ts),
                    num(*dur),
                    json_str(name),
                    args.join(",")
                ));
            }
            Event::Instant { tid, ts, name } => ev.push(format!(
                r#"{{"ph":"i","s":"t","pid":{PID},"tid":{tid},"ts":{},"name":{},"cat":"task"}}"#,
                num(*ts),
                json_str(name)
            )),
            Event::Flow {
                id,
                tid,
                ts,
                start,
                name,
            } if finished.contains(id) => {
                let (ph, bp) = if *start {
                    ("s", "")
                } else {
                    ("f", r#","bp":"e""#)
                };
                ev.push(format!(
                    r#"{{"ph":"{ph}","id":{id},"pid":{PID},"tid":{tid},"ts":{},"name":"awaits","cat":"await"{bp},"args":{{"on":{}}}}}"#,
                    num(*ts),
                    json_str(name)
                ));
            }
            Event::Flow { .. } | Event::Wait { .. } => {}
        }
    }
    let mut out = String::from("{\"traceEvents\":[\n");
    out.push_str(&ev.join(",\n"));
    out.push_str("\n],\"displayTimeUnit\":\"ms\"}\n");
    out
}

/// A duration for people: µs, ms or s with three significant decimals.
pub fn human(secs: f64) -> String {
    let trim = |t: String| t.trim_end_matches('0').trim_end_matches('.').to_string();
    if secs < 1e-3 {
        format!("{} µs", trim(format!("{:.1}", secs * 1e6)))
    } else if secs < 1.0 {
        format!("{} ms", trim(format!("{:.3}", secs * 1e3)))
    } else {
        format!("{} s", round_secs(secs))
    }
}

/// `--trace-summary`: a table, one row per task, in creation order.
pub fn summary(tr: &Tracer, virtual_time: bool) -> String {
    let clock = if virtual_time { "virtual" } else { "real" };
    let mut rows = vec![[
        "task".to_string(),
        "coroutine".to_string(),
        "steps".to_string(),
        "running".to_string(),
        "waiting".to_string(),
        "longest wait".to_string(),
    ]];
    for t in &tr.tasks {
        let longest = match &t.longest {
            Some((s, what)) => format!("{} on {what}", human(*s)),
            None => "-".into(),
        };
        rows.push([
            t.name.clone(),
            t.coro.clone(),
            t.steps.to_string(),
            human(t.running),
            human(t.waiting),
            longest,
        ]);
    }
    let mut widths = [0usize; 6];
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = format!(
        "coil trace summary: {} task{} (running: real time in steps; waiting: {clock} time between steps)\n",
        tr.tasks.len(),
        if tr.tasks.len() == 1 { "" } else { "s" }
    );
    for r in &rows {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            let pad = widths[i] - c.chars().count();
            // Numbers right-aligned, names left-aligned; the last column free.
            match i {
                2..=4 => {
                    line.push_str(&" ".repeat(pad));
                    line.push_str(c);
                }
                5 => line.push_str(c),
                _ => {
                    line.push_str(c);
                    line.push_str(&" ".repeat(pad));
                }
            }
            if i < 5 {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
