//! Mutation of real programs (the golden suite and the examples): line edits
//! that keep most of the program meaningful (delete, duplicate, swap, splice a
//! line from another program, insert generated statements at the line's
//! indentation), token edits (numbers swapped for extreme ones, names for other
//! names, operators for operators) and byte edits that exercise the lexer and
//! the parser's error paths (stray brackets, quotes, backslashes, tabs, truncation).

use crate::gen;
use crate::rng::Rng;

const EXTREME: &[&str] = &[
    "0",
    "-1",
    "2**63",
    "10**100",
    "-2**31",
    "1e308",
    "float('nan')",
    "2**64 - 1",
    "65536",
    "10**5000",
    "0.0",
    "-0.0",
    "2**1000",
];

const OPERATORS: &[&str] = &[
    " + ", " - ", " * ", " / ", " // ", " % ", " ** ", " == ", " < ", " is ", " in ", " and ",
    " or ", " | ", " & ", " << ",
];

const BYTES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "'",
    "\"",
    "\\",
    "\t",
    "\n",
    " ",
    "#",
    "*",
    "**",
    "=",
    ",",
    ".",
    "@",
    "f'",
    "b'",
    "\"\"\"",
    "\u{e9}",
    "\u{1F600}",
    "\0",
    "\r",
    "\u{feff}",
    "lambda",
    "await ",
    "yield ",
    "async ",
    "not ",
    ";",
    "...",
    "$",
    "?",
    "!",
    "`",
    "0x",
    "_",
];

/// A mutant of `base`, with `donor` (another program) to splice from.
pub fn mutate(rng: &mut Rng, base: &str, donor: &str) -> String {
    let mut lines: Vec<String> = base.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let donors: Vec<&str> = donor.lines().collect();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let i = rng.below(lines.len());
        // Edits that usually break the syntax are rarer: the parser's error
        // paths get their share without starving the VM.
        let pick = match rng.below(20) {
            k @ 0..=8 => k,
            9..=11 => 5,
            12..=14 => 7,
            15 => 9,
            16 => 11,
            17 => 12,
            18 => 8,
            _ => 13,
        };
        match pick {
            0 => {
                if lines.len() > 1 {
                    lines.remove(i);
                }
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 if !donors.is_empty() => {
                let d = donors[rng.below(donors.len())].trim_start();
                let l = format!("{}{d}", indent_of(&lines[i]));
                lines.insert(i, l);
            }
            4 if !lines[i].trim().is_empty() => {
                let ind = indent_of(&lines[i]).len() / 4;
                let s = gen::statements(rng, ind);
                lines.insert(i, s.trim_end_matches('\n').to_string());
            }
            5 | 6 => lines[i] = replace_number(rng, &lines[i]),
            7 => lines[i] = replace_word(rng, &lines[i], base),
            8 => lines[i] = replace_operator(rng, &lines[i]),
            9 | 10 => lines[i] = byte_edit(rng, &lines[i]),
            11 => {
                // replace a parenthesised argument with a generated expression
                if let Some(open) = lines[i].find('(') {
                    if let Some(close) = lines[i][open..].find(')') {
                        let e = gen::expression(rng);
                        let l = &lines[i];
                        lines[i] = format!("{}({e}{}", &l[..open], &l[open + close..]);
                    }
                }
            }
            12 => {
                // nest: wrap the line's expression part in many brackets
                let n = *rng.pick(&[3usize, 30, 100, 199, 201, 1000]);
                let l = lines[i].clone();
                if let Some(eq) = l.find("= ") {
                    let (head, tail) = l.split_at(eq + 2);
                    lines[i] = format!("{head}{}{tail}{}", "(".repeat(n), ")".repeat(n));
                }
            }
            _ => {
                // re-indent a line
                let t = lines[i].trim_start().to_string();
                let ind = " ".repeat(*rng.pick(&[0usize, 1, 2, 4, 8]));
                lines[i] = format!("{ind}{t}");
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if rng.one_in(100) {
        let cut = rng.below(out.len().max(1));
        out = out.chars().take(cut).collect();
    }
    out
}

fn indent_of(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// Byte offsets of the runs of characters satisfying `f`.
fn runs(line: &str, f: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (f(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out
}

fn replace_number(rng: &mut Rng, line: &str) -> String {
    let nums: Vec<_> = runs(line, |c| c.is_ascii_digit())
        .into_iter()
        .filter(|&(s, _)| s == 0 || !line[..s].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .collect();
    if nums.is_empty() {
        return line.to_string();
    }
    let (s, e) = *rng.pick(&nums);
    format!("{}({}){}", &line[..s], rng.pick(EXTREME), &line[e..])
}

fn replace_word(rng: &mut Rng, line: &str, program: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let here = runs(line, word);
    let all = runs(program, word);
    if here.is_empty() || all.is_empty() {
        return line.to_string();
    }
    let (s, e) = *rng.pick(&here);
    let (a, b) = *rng.pick(&all);
    format!("{}{}{}", &line[..s], &program[a..b], &line[e..])
}

fn replace_operator(rng: &mut Rng, line: &str) -> String {
    let found: Vec<&str> = OPERATORS
        .iter()
        .copied()
        .filter(|o| line.contains(o))
        .collect();
    if found.is_empty() {
        return line.to_string();
    }
    let from = *rng.pick(&found);
    let to = *rng.pick(OPERATORS);
    line.replacen(from, to, 1)
}

fn byte_edit(rng: &mut Rng, line: &str) -> String {
    let cuts: Vec<usize> = line
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .collect();
    let at = *rng.pick(&cuts);
    let ins = rng.pick(BYTES);
    match rng.below(3) {
        0 => format!("{}{ins}{}", &line[..at], &line[at..]),
        1 => {
            let next = cuts.iter().copied().find(|&c| c > at).unwrap_or(at);
            format!("{}{}", &line[..at], &line[next..])
        }
        _ => {
            let next = cuts.iter().copied().find(|&c| c > at).unwrap_or(at);
            format!("{}{ins}{}", &line[..at], &line[next..])
        }
    }
}
