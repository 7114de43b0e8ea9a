//! The concurrency tools of the `coil` command that CPython has no counterpart
//! for: `--schedule-seed` and `--explore` (a planted race shows as exactly two
//! outcomes, a seed replays one, FIFO guarantees hold under every seed), and
//! `--trace` / `--trace-svg` / `--trace-summary` (the JSON parses, each task
//! has its track, slices on a track never overlap and match the task's steps;
//! the SVG is well-formed with one track per task).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn coil(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(args)
        .env_remove("COIL_VIRTUAL_TIME")
        .output()
        .expect("spawn coil")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-trace-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn explore_finds_the_planted_race_and_a_seed_replays_it() {
    let race = example("race.py");
    let o = coil(&["--explore", "50", &race]);
    let out = text(&o.stdout);
    assert!(
        out.starts_with("2 distinct outcomes in 50 runs:\n"),
        "{out}"
    );
    assert_eq!(o.status.code(), Some(1), "several outcomes exit 1");
    assert!(out.contains("      alice got the last widget\n      sorry bob, sold out\n"));
    assert!(out.contains("      bob got the last widget\n      sorry alice, sold out\n"));
    // The first seed of each outcome replays it.
    for line in out.lines().filter(|l| l.starts_with("  outcome ")) {
        let seed = line
            .split("seed")
            .nth(1)
            .and_then(|s| s.trim_start_matches('s').trim().split([',', ':']).next())
            .expect("a seed");
        let winner = if out
            .split(line)
            .nth(1)
            .is_some_and(|rest| rest.trim_start().starts_with("stdout:\n      bob"))
        {
            "bob got the last widget\nsorry alice, sold out\n"
        } else {
            "alice got the last widget\nsorry bob, sold out\n"
        };
        for _ in 0..2 {
            let r = coil(&["--schedule-seed", seed.trim(), &race]);
            assert_eq!(text(&r.stdout), winner, "seed {seed}");
        }
    }
}

#[test]
fn explore_reports_one_outcome_for_a_program_without_a_race() {
    let code = "import asyncio\nasync def w(i):\n    await asyncio.sleep(i / 10)\n    print(i)\nasync def main():\n    await asyncio.gather(*(w(i) for i in range(4)))\nasyncio.run(main())\n";
    let o = coil(&["--explore", "12", "-c", code]);
    let out = text(&o.stdout);
    assert!(out.starts_with("1 distinct outcome in 12 runs:\n"), "{out}");
    assert!(out.contains("seeds 0, 1, 2, 3, 4, 5, 6, 7, …: 12 runs): exit 0"));
    assert_eq!(o.status.code(), Some(0));
}

/// What asyncio guarantees holds under every seed: call_soon callbacks run in
/// the order they were scheduled, a task's first step follows creation order,
/// the waiters of one Event wake in the order they waited, and a timer with a
/// later deadline never fires before one with an earlier deadline.
#[test]
fn schedule_seeds_keep_the_orders_asyncio_guarantees() {
    let code = r#"
import asyncio
out = []
async def waiter(ev, i):
    await ev.wait()
    out.append(f"w{i}")
async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(out.append, f"soon{i}")
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, i)) for i in range(4)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    for i in range(5):
        loop.call_later(0.01 * (5 - i), out.append, f"t{5 - i}")
    await asyncio.sleep(0.1)
    print(out)
asyncio.run(main())
"#;
    let plain = coil(&["--virtual-time", "-c", code]);
    let expected = text(&plain.stdout);
    assert!(expected.contains("'soon0', 'soon1'"), "{expected}");
    let o = coil(&["--explore", "30", "-c", code]);
    let out = text(&o.stdout);
    assert!(out.starts_with("1 distinct outcome in 30 runs:\n"), "{out}");
    assert!(out.contains(expected.trim_end()), "{out}");
}

#[test]
fn explore_reports_exceptions_and_exit_status() {
    let code = "import asyncio\nhits = []\nasync def w(n):\n    await asyncio.sleep(1)\n    hits.append(n)\nasync def main():\n    await asyncio.gather(w(1), w(2))\n    if hits[0] == 2:\n        raise RuntimeError('two came first')\nasyncio.run(main())\n";
    let o = coil(&["--explore", "40", "-c", code]);
    let out = text(&o.stdout);
    assert!(
        out.starts_with("2 distinct outcomes in 40 runs:\n"),
        "{out}"
    );
    assert!(
        out.contains("): exit 1\n    stdout: (empty)\n    error: RuntimeError: two came first\n"),
        "{out}"
    );
    assert!(out.contains("): exit 0\n    stdout: (empty)\n"), "{out}");
}

// ---- A small JSON reader, so the test does not trust the writer it checks.

#[derive(Debug, Clone)]
enum Json {
    /// `true`, `false` or `null`: the checks never read one.
    Literal,
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn str(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Json::Str(s)) => Some(s),
            _ => None,
        }
    }
    fn num(&self, key: &str) -> Option<f64> {
        match self.get(key) {
            Some(Json::Num(n)) => Some(*n),
            _ => None,
        }
    }
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && b" \t\r\n".contains(&self.s[self.i]) {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected {:?} at byte {}", c as char, self.i))
        }
    }
    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut kv = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(kv));
                }
                loop {
                    self.ws();
                    let Json::Str(k) = self.value()? else {
                        return Err(format!("key expected at byte {}", self.i));
                    };
                    self.eat(b':')?;
                    kv.push((k, self.value()?));
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Obj(kv));
                        }
                        _ => return Err(format!("bad object at byte {}", self.i)),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return Err(format!("bad array at byte {}", self.i)),
                    }
                }
            }
            Some(b'"') => {
                self.i += 1;
                let mut out = Vec::new();
                loop {
                    match self.s.get(self.i) {
                        None => return Err("unterminated string".into()),
                        Some(b'"') => {
                            self.i += 1;
                            break;
                        }
                        Some(b'\\') => {
                            let esc = self.s.get(self.i + 1).ok_or("bad escape")?;
                            self.i += 2;
                            match esc {
                                b'"' | b'\\' | b'/' => out.push(*esc),
                                b'n' => out.push(b'\n'),
                                b't' => out.push(b'\t'),
                                b'r' => out.push(b'\r'),
                                b'b' => out.push(8),
                                b'f' => out.push(12),
                                b'u' => {
                                    let hex = std::str::from_utf8(&self.s[self.i..self.i + 4])
                                        .map_err(|e| e.to_string())?;
                                    let c =
                                        u32::from_str_radix(hex, 16).map_err(|e| e.to_string())?;
                                    let c = char::from_u32(c).ok_or("surrogate")?;
                                    out.extend(c.to_string().as_bytes());
                                    self.i += 4;
                                }
                                _ => return Err(format!("bad escape at byte {}", self.i)),
                            }
                        }
                        Some(c) if *c < 0x20 => return Err("control character in string".into()),
                        Some(c) => {
                            out.push(*c);
                            self.i += 1;
                        }
                    }
                }
                String::from_utf8(out)
                    .map(Json::Str)
                    .map_err(|e| e.to_string())
            }
            Some(b't') if self.s[self.i..].starts_with(b"true") => {
                self.i += 4;
                Ok(Json::Literal)
            }
            Some(b'f') if self.s[self.i..].starts_with(b"false") => {
                self.i += 5;
                Ok(Json::Literal)
            }
            Some(b'n') if self.s[self.i..].starts_with(b"null") => {
                self.i += 4;
                Ok(Json::Literal)
            }
            Some(_) => {
                let start = self.i;
                while self.i < self.s.len() && b"+-.eE0123456789".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                let t = std::str::from_utf8(&self.s[start..self.i]).map_err(|e| e.to_string())?;
                t.parse()
                    .map(Json::Num)
                    .map_err(|_| format!("bad value at byte {start}"))
            }
            None => Err("unexpected end".into()),
        }
    }
}

fn parse_json(s: &str) -> Result<Json, String> {
    let mut r = Reader {
        s: s.as_bytes(),
        i: 0,
    };
    let v = r.value()?;
    r.ws();
    if r.i != s.len() {
        return Err(format!("trailing data at byte {}", r.i));
    }
    Ok(v)
}

const GATHER: &str = r#"import asyncio

async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    await asyncio.sleep(0)
    print("done", name)
    return name

async def main():
    print(await asyncio.gather(fetch("a", 1), fetch("b", 2), fetch("c\"q", 0.5)))

asyncio.run(main())
"#;

#[test]
fn trace_json_parses_with_one_track_per_task_and_a_slice_per_step() {
    let dir = scratch("json");
    let (script, json) = (dir.join("gather.py"), dir.join("out.json"));
    std::fs::write(&script, GATHER).unwrap();
    let o = coil(&[
        "--virtual-time",
        "--trace",
        json.to_str().unwrap(),
        "--trace-summary",
        script.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).ends_with("['a', 'b', 'c\"q']\n"));
    let doc = parse_json(&std::fs::read_to_string(&json).unwrap()).expect("valid JSON");
    let Some(Json::Arr(events)) = doc.get("traceEvents") else {
        panic!("no traceEvents array")
    };
    let mut names: HashMap<u64, String> = HashMap::new();
    let mut slices: HashMap<u64, Vec<(f64, f64, String)>> = HashMap::new();
    let mut instants: HashMap<u64, Vec<String>> = HashMap::new();
    let mut flows: HashMap<(u64, bool), u64> = HashMap::new();
    for e in events {
        let tid = e.num("tid").expect("tid") as u64;
        match e.str("ph").expect("ph") {
            "M" if e.str("name") == Some("thread_name") => {
                let n = e.get("args").and_then(|a| a.str("name")).expect("name");
                names.insert(tid, n.to_string());
            }
            "X" => slices.entry(tid).or_default().push((
                e.num("ts").unwrap(),
                e.num("dur").unwrap(),
                e.str("name").unwrap().to_string(),
            )),
            "i" => instants
                .entry(tid)
                .or_default()
                .push(e.str("name").unwrap().to_string()),
            "s" | "f" => {
                let id = e.num("id").expect("flow id") as u64;
                *flows.entry((id, e.str("ph") == Some("s"))).or_default() += 1;
            }
            _ => {}
        }
    }
    // Four tasks (main and three fetches) plus the loop's callbacks.
    for tid in 1..=4 {
        assert_eq!(names.get(&tid), Some(&format!("Task-{tid}")), "{names:?}");
    }
    assert!(names.contains_key(&0));
    // Steps: main suspends on gather and resumes once; each fetch starts,
    // wakes after its sleep, wakes after sleep(0), so three steps.
    let steps = |tid: u64| slices.get(&tid).map_or(0, Vec::len);
    assert_eq!(
        (steps(1), steps(2), steps(3), steps(4)),
        (2, 3, 3, 3),
        "{slices:?}"
    );
    assert!(
        slices[&2][0].2.starts_with("fetch line 5"),
        "{:?}",
        slices[&2]
    );
    assert!(slices[&2][2].2.ends_with("returned"), "{:?}", slices[&2]);
    // The summary counts the same steps.
    let summary = text(&o.stderr);
    let counted: Vec<&str> = summary
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().nth(2).unwrap_or(""))
        .collect();
    assert_eq!(counted, ["2", "3", "3", "3"], "{summary}");
    // One task runs at a time: no two slices overlap, on a track or across.
    let mut all: Vec<(f64, f64)> = slices.values().flatten().map(|s| (s.0, s.1)).collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    for w in all.windows(2) {
        assert!(w[0].1 > 0.0 && w[0].0 + w[0].1 <= w[1].0 + 1e-6, "{w:?}");
    }
    // Created and completed once each; every flow that starts finishes.
    for tid in 1..=4 {
        let i = &instants[&tid];
        assert_eq!(i.first().map(String::as_str), Some("created"), "{i:?}");
        assert_eq!(i.last().map(String::as_str), Some("returned"), "{i:?}");
    }
    assert!(!flows.is_empty());
    for ((id, start), n) in &flows {
        assert_eq!(*n, 1);
        assert_eq!(flows.get(&(*id, !start)), Some(&1), "flow {id} unpaired");
    }
    // Virtual timestamps: the last fetch wakes at 2 s.
    let last = slices[&3].last().unwrap().0;
    assert!((2e6..2.1e6).contains(&last), "{last}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Checks that every tag is closed in order and every attribute is quoted
/// (no comments or CDATA are written).
fn well_formed(svg: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if text.contains('>') {
            return Err(format!("stray '>' in {text:?}"));
        }
        let close = rest[open..].find('>').ok_or("unclosed tag")? + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(top) if top == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        if !tag.matches('"').count().is_multiple_of(2) {
            return Err(format!("unbalanced quotes in <{tag}>"));
        }
        let name = tag
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches('/');
        if !tag.ends_with('/') {
            stack.push(name.to_string());
        }
    }
    for entity in svg.split('&').skip(1) {
        let ok = ["amp;", "lt;", "gt;", "quot;", "#39;"]
            .iter()
            .any(|e| entity.starts_with(e));
        if !ok {
            return Err(format!("bad entity &{}", &entity[..entity.len().min(8)]));
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed {stack:?}"))
    }
}

#[test]
fn trace_svg_is_well_formed_with_one_track_per_task() {
    let dir = scratch("svg");
    let (script, svg) = (dir.join("gather <&>.py"), dir.join("out.svg"));
    std::fs::write(&script, GATHER).unwrap();
    let o = coil(&[
        "--virtual-time",
        "--trace-svg",
        svg.to_str().unwrap(),
        script.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let s = std::fs::read_to_string(&svg).unwrap();
    assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    well_formed(&s).unwrap();
    // Four task tracks and the loop's callbacks.
    assert_eq!(s.matches("<g class=\"track\">").count(), 5);
    for t in 1..=4 {
        assert!(s.contains(&format!(">Task-{t} (")), "Task-{t}");
    }
    assert!(s.contains("gather &lt;&amp;&gt;.py"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn trace_write_failure_is_reported() {
    let o = coil(&["--trace", "/no/such/dir/t.json", "-c", "print(1)"]);
    assert_eq!(text(&o.stdout), "1\n");
    assert!(text(&o.stderr).starts_with("coil: cannot write the trace to /no/such/dir/t.json"));
    assert_eq!(o.status.code(), Some(1));
}
