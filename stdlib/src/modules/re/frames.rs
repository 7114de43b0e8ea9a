//! The frames of CPython's `Lib/re/_compiler.py` and `Lib/re/_parser.py` that
//! a pattern error passes through, so `re.compile('(')` reports
//! `_compiler.py` line 745 → `_parser.py` `parse` → `_parse_sub` → `_parse`
//! (nested once per open group) → the line that raises, as CPython 3.11 does.
//!
//! The parser (`parser.rs`, `escapes.rs`) records the CPython line of each
//! call its error leaves (`ParseError::via`) and, where one message has
//! several raising lines, the line itself (`ParseError::at`); [`frames`]
//! finds the raising line of the others from the message and the function
//! the error was raised in.

use crate::library_lines::LibraryFile;
use coil_interp::vm::library_frames::LibraryFrame;

/// The lines of `_parser.py` that tracebacks show (generated from CPython
/// 3.11.7's file: the call's columns for calls, none for `raise`s).
const PARSER: LibraryFile = LibraryFile {
    name: "re/_parser.py",
    lines: &[
        (989, "parse", "    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)", Some((8, 62)), None),
        (464, "_parse_sub", "        itemsappend(_parse(source, state, verbose, nested + 1,", Some((20, 62)), None),
        (548, "_parse", "            code = _escape(source, this, state)", Some((19, 47)), None),
        (577, "_parse", "                    code1 = _class_escape(source, this)", Some((28, 55)), None),
        (604, "_parse", "                        code2 = _class_escape(source, that)", Some((32, 59)), None),
        (779, "_parse", "                    p = _parse_sub(source, state, verbose, nested + 1)", Some((24, 70)), None),
        (872, "_parse", "            p = _parse_sub(source, state, sub_verbose, nested + 1)", Some((16, 66)), None),
        (828, "_parse", "                    item_yes = _parse(source, state, verbose, nested + 1)", Some((31, 73)), None),
        (830, "_parse", "                        item_no = _parse(source, state, verbose, nested + 1)", Some((34, 76)), None),
        (847, "_parse", "                    flags = _parse_flags(source, state, char)", Some((28, 61)), None),
        (729, "_parse", "                        name = source.getuntil(\">\", \"group name\")", Some((31, 65)), None),
        (730, "_parse", "                        source.checkgroupname(name, 1, nested)", Some((24, 62)), None),
        (733, "_parse", "                        name = source.getuntil(\")\", \"group name\")", Some((31, 65)), None),
        (734, "_parse", "                        source.checkgroupname(name, 1, nested)", Some((24, 62)), None),
        (794, "_parse", "                    condname = source.getuntil(\")\", \"group name\")", Some((31, 65)), None),
        (796, "_parse", "                        source.checkgroupname(condname, 1, nested)", Some((24, 66)), None),
        (351, "_class_escape", "            charname = source.getuntil('}', 'character name')", Some((23, 61)), None),
        (411, "_escape", "            charname = source.getuntil('}', 'character name')", Some((23, 61)), None),
        (534, "_parse", "        sourceget()", Some((8, 19)), None),
        (263, "get", "        self.__next()", Some((8, 21)), None),
        (442, "_escape", "                state.checklookbehindgroup(group, source)", Some((16, 57)), None),
        (742, "_parse", "                        state.checklookbehindgroup(gid, source)", Some((24, 63)), None),
        (994, "parse", "        raise source.error(\"unbalanced parenthesis\")", None, None),
        (999, "parse", "            raise error(msg, str, p.state.grouprefpos[g])", None, None),
        (252, "__next", "                raise error(\"bad escape (end of pattern)\",", None, Some(253)),
        (281, "getuntil", "                    raise self.error(\"missing \" + name)", None, None),
        (282, "getuntil", "                raise self.error(\"missing %s, unterminated name\" % terminator,", None, Some(283)),
        (286, "getuntil", "                    raise self.error(\"missing \" + name, 1)", None, None),
        (307, "checkgroupname", "            raise self.error(msg, len(name) + offset)", None, None),
        (330, "_class_escape", "                raise source.error(\"incomplete escape %s\" % escape, len(escape))", None, None),
        (336, "_class_escape", "                raise source.error(\"incomplete escape %s\" % escape, len(escape))", None, None),
        (342, "_class_escape", "                raise source.error(\"incomplete escape %s\" % escape, len(escape))", None, None),
        (350, "_class_escape", "                raise source.error(\"missing {\")", None, None),
        (355, "_class_escape", "                raise source.error(\"undefined character name %r\" % charname,", None, Some(356)),
        (363, "_class_escape", "                raise source.error('octal escape value %s outside of '", None, Some(364)),
        (370, "_class_escape", "                raise source.error('bad escape %s' % escape, len(escape))", None, None),
        (374, "_class_escape", "    raise source.error(\"bad escape %s\" % escape, len(escape))", None, None),
        (390, "_escape", "                raise source.error(\"incomplete escape %s\" % escape, len(escape))", None, None),
        (396, "_escape", "                raise source.error(\"incomplete escape %s\" % escape, len(escape))", None, None),
        (402, "_escape", "                raise source.error(\"incomplete escape %s\" % escape, len(escape))", None, None),
        (410, "_escape", "                raise source.error(\"missing {\")", None, None),
        (415, "_escape", "                raise source.error(\"undefined character name %r\" % charname,", None, Some(416)),
        (432, "_escape", "                        raise source.error('octal escape value %s outside of '", None, Some(434)),
        (440, "_escape", "                    raise source.error(\"cannot refer to an open group\",", None, Some(441)),
        (444, "_escape", "            raise source.error(\"invalid group reference %d\" % group, len(escape) - 1)", None, None),
        (447, "_escape", "                raise source.error(\"bad escape %s\" % escape, len(escape))", None, None),
        (451, "_escape", "    raise source.error(\"bad escape %s\" % escape, len(escape))", None, None),
        (572, "_parse", "                    raise source.error(\"unterminated character set\",", None, Some(573)),
        (595, "_parse", "                        raise source.error(\"unterminated character set\",", None, Some(596)),
        (616, "_parse", "                        raise source.error(msg, len(this) + 1 + len(that))", None, None),
        (621, "_parse", "                        raise source.error(msg, len(this) + 1 + len(that))", None, None),
        (675, "_parse", "                        raise OverflowError(\"the repetition number is too large\")", None, None),
        (679, "_parse", "                        raise OverflowError(\"the repetition number is too large\")", None, None),
        (681, "_parse", "                        raise source.error(\"min repeat greater than max repeat\",", None, Some(682)),
        (691, "_parse", "                raise source.error(\"nothing to repeat\",", None, Some(692)),
        (694, "_parse", "                raise source.error(\"multiple repeat\",", None, Some(695)),
        (724, "_parse", "                    raise source.error(\"unexpected end of pattern\")", None, None),
        (738, "_parse", "                            raise source.error(msg, len(name) + 1)", None, None),
        (740, "_parse", "                            raise source.error(\"cannot refer to an open group\",", None, Some(741)),
        (750, "_parse", "                        raise source.error(\"unknown extension ?P\" + char,", None, Some(751)),
        (759, "_parse", "                            raise source.error(\"missing ), unterminated comment\",", None, Some(760)),
        (771, "_parse", "                            raise source.error(\"unexpected end of pattern\")", None, None),
        (773, "_parse", "                            raise source.error(\"unknown extension ?<\" + char,", None, Some(774)),
        (784, "_parse", "                        raise source.error(\"missing ), unterminated subpattern\",", None, Some(785)),
        (800, "_parse", "                            raise source.error(msg, len(condname) + 1)", None, None),
        (810, "_parse", "                            raise source.error(\"bad group number\",", None, Some(811)),
        (814, "_parse", "                            raise source.error(msg, len(condname) + 1)", None, None),
        (832, "_parse", "                            raise source.error(\"conditional backref with more than two branches\")", None, None),
        (836, "_parse", "                        raise source.error(\"missing ), unterminated subpattern\",", None, Some(837)),
        (850, "_parse", "                            raise source.error('global flags not at the start '", None, Some(852)),
        (859, "_parse", "                    raise source.error(\"unknown extension ?\" + char,", None, Some(860)),
        (867, "_parse", "                    raise source.error(err.msg, len(name) + 1) from None", None, None),
        (874, "_parse", "                raise source.error(\"missing ), unterminated subpattern\",", None, Some(875)),
        (913, "_parse_flags", "                    raise source.error(msg)", None, None),
        (917, "_parse_flags", "                    raise source.error(msg)", None, None),
        (921, "_parse_flags", "                raise source.error(msg)", None, None),
        (924, "_parse_flags", "                raise source.error(\"missing -, : or )\")", None, None),
        (929, "_parse_flags", "                raise source.error(msg, len(char))", None, None),
        (934, "_parse_flags", "        raise source.error(\"bad inline flags: cannot turn on global flag\", 1)", None, None),
        (938, "_parse_flags", "            raise source.error(\"missing flag\")", None, None),
        (941, "_parse_flags", "            raise source.error(msg, len(char))", None, None),
        (946, "_parse_flags", "                raise source.error(msg)", None, None),
        (950, "_parse_flags", "                raise source.error(\"missing :\")", None, None),
        (955, "_parse_flags", "                raise source.error(msg, len(char))", None, None),
        (958, "_parse_flags", "        raise source.error(\"bad inline flags: cannot turn off global flag\", 1)", None, None),
        (960, "_parse_flags", "        raise source.error(\"bad inline flags: flag turned on and off\", 1)", None, None),
        (106, "checklookbehindgroup", "                raise source.error('cannot refer to an open group')", None, None),
        (108, "checklookbehindgroup", "                raise source.error('cannot refer to group defined in the same '", None, Some(109)),
        (90, "opengroup", "            raise error(\"too many groups\")", None, None),
        (94, "opengroup", "                raise error(\"redefinition of group name %r as group %d; \"", None, Some(95)),
    ],
};

/// The lines of `_compiler.py` that tracebacks show.
#[rustfmt::skip]
const COMPILER_PY: LibraryFile = LibraryFile {
    name: "re/_compiler.py",
    lines: &[
        (745, "compile", "        p = _parser.parse(p, flags)", Some((12, 35)), None),
        (749, "compile", "    code = _code(p, flags)", Some((11, 26)), None),
        (582, "_code", "    _compile(code, p.data, flags)", Some((4, 33)), None),
        (155, "_compile", "                    raise error(\"look-behind requires fixed-width pattern\")", None, None),
    ],
};

/// `_compiler.py`'s frames of a compile error ("look-behind requires
/// fixed-width pattern"): `compile` → `_code` → `_compile`.
pub fn compiler() -> Vec<LibraryFrame> {
    COMPILER_PY.frames(&[749, 582, 155])
}

/// The function a recorded call line leads into.
fn callee(line: u32) -> &'static str {
    match line {
        989 | 779 | 872 => "_parse_sub",
        464 | 828 | 830 => "_parse",
        548 => "_escape",
        577 | 604 => "_class_escape",
        847 => "_parse_flags",
        351 | 411 | 729 | 733 | 794 => "getuntil",
        730 | 734 | 796 => "checkgroupname",
        442 | 742 => "checklookbehindgroup",
        _ => "parse",
    }
}

/// Messages raised on one line of both `_class_escape` and `_escape`: (how
/// the message starts, the line in `_class_escape`, the line in `_escape`).
const ESCAPE_RAISES: &[(&str, u32, u32)] = &[
    ("incomplete escape \\x", 330, 390),
    ("incomplete escape \\u", 336, 396),
    ("incomplete escape \\U", 342, 402),
    ("missing {", 350, 410),
    ("undefined character name", 355, 415),
    ("octal escape value", 363, 432),
    ("cannot refer to an open group", 440, 440),
    ("invalid group reference", 444, 444),
];

/// Messages raised on one line of `_parse` (the first whose start matches).
const PARSE_RAISES: &[(&str, u32)] = &[
    ("unterminated character set", 572),
    ("bad character range", 621),
    ("the repetition number is too large", 675),
    ("min repeat greater", 681),
    ("nothing to repeat", 691),
    ("multiple repeat", 694),
    ("unexpected end of pattern", 724),
    ("unknown group name", 738),
    ("cannot refer to an open group", 740),
    ("unknown extension ?P", 750),
    ("missing ), unterminated comment", 759),
    ("unknown extension ?<", 773),
    ("bad character in group name", 800),
    ("bad group number", 810),
    ("invalid group reference", 814),
    ("conditional backref", 832),
    ("global flags not at the start", 850),
    ("unknown extension", 859),
    ("redefinition of group name", 867),
    ("too many groups", 867),
    ("missing ), unterminated subpattern", 874),
];

/// Messages raised on one line of `_parse_flags`.
const PARSE_FLAGS_RAISES: &[(&str, u32)] = &[
    ("missing -, : or )", 924),
    ("bad inline flags: cannot turn on", 934),
    ("missing flag", 938),
    ("missing :", 950),
    ("bad inline flags: cannot turn off", 958),
    ("bad inline flags: flag turned on and off", 960),
    ("unknown flag", 941),
];

/// Messages raised on one line of `parse`.
const PARSE_FN_RAISES: &[(&str, u32)] = &[
    ("unbalanced parenthesis", 994),
    ("invalid group reference", 999),
];

/// The line of the first row of `table` whose message start `msg` has.
fn first_match(table: &[(&str, u32)], msg: &str) -> Option<u32> {
    table
        .iter()
        .find(|(start, _)| msg.starts_with(start))
        .map(|&(_, line)| line)
}

/// The raising line of `msg` in `function`, for messages raised on one line
/// there.
fn raising_line(function: &str, msg: &str) -> Option<u32> {
    match function {
        "_escape" | "_class_escape" => {
            let class = function == "_class_escape";
            if msg.starts_with("bad escape") {
                // A letter that is no known escape; other bad escapes fall
                // out of the try block to the last line.
                let letter = msg.chars().nth(12).is_some_and(|c| c.is_ascii_alphabetic());
                return Some(match (class, letter) {
                    (true, true) => 370,
                    (true, false) => 374,
                    (false, true) => 447,
                    (false, false) => 451,
                });
            }
            ESCAPE_RAISES
                .iter()
                .find(|(start, ..)| msg.starts_with(start))
                .map(|&(_, in_class, in_escape)| if class { in_class } else { in_escape })
        }
        "_parse" => first_match(PARSE_RAISES, msg),
        "_parse_flags" => first_match(PARSE_FLAGS_RAISES, msg),
        "parse" => first_match(PARSE_FN_RAISES, msg),
        "getuntil" if msg.contains("unterminated name") => Some(282),
        "getuntil" => Some(281),
        "checkgroupname" => Some(307),
        "checklookbehindgroup" if msg.starts_with("cannot refer to an open group") => Some(106),
        "checklookbehindgroup" => Some(108),
        _ => None,
    }
}

/// The frames of a parse error: `calls` are the CPython lines of the calls it
/// left (outermost first), `site` the raising line when the parser knew it.
pub fn frames(calls: &[u32], site: Option<u32>, msg: &str) -> Vec<LibraryFrame> {
    let mut out = COMPILER_PY.frames(&[745]);
    out.extend(PARSER.frames(calls));
    let function = calls.last().map_or("parse", |&l| callee(l));
    let site = site.or_else(|| raising_line(function, msg));
    if let Some(frame) = site.and_then(|l| PARSER.frame(l)) {
        out.push(frame);
    }
    out
}
