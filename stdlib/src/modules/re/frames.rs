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

use coil_interp::vm::library_frames::LibraryFrame;

/// `_parser.py` lines: (line, function, text, caret span, last line).
type Line = (
    u32,
    &'static str,
    &'static str,
    Option<(u32, u32)>,
    Option<u32>,
);

/// The lines of `_parser.py` that tracebacks show (generated from CPython
/// 3.11.7's file: the call's columns for calls, none for `raise`s).
const PARSER: &[Line] = &[
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
];

const COMPILE_PARSE: LibraryFrame = LibraryFrame {
    file: "re/_compiler.py",
    line: 745,
    function: "compile",
    text: "        p = _parser.parse(p, flags)",
    span: Some((12, 35)),
    end_line: None,
};

/// `_compiler.py`'s frames of a compile error ("look-behind requires
/// fixed-width pattern"): `compile` → `_code` → `_compile`.
pub const COMPILER: [LibraryFrame; 3] = [
    LibraryFrame {
        file: "re/_compiler.py",
        line: 749,
        function: "compile",
        text: "    code = _code(p, flags)",
        span: Some((11, 26)),
        end_line: None,
    },
    LibraryFrame {
        file: "re/_compiler.py",
        line: 582,
        function: "_code",
        text: "    _compile(code, p.data, flags)",
        span: Some((4, 33)),
        end_line: None,
    },
    LibraryFrame {
        file: "re/_compiler.py",
        line: 155,
        function: "_compile",
        text: "                    raise error(\"look-behind requires fixed-width pattern\")",
        span: None,
        end_line: None,
    },
];

fn parser_frame(line: u32) -> Option<LibraryFrame> {
    let &(line, function, text, span, end_line) = PARSER.iter().find(|l| l.0 == line)?;
    Some(LibraryFrame {
        file: "re/_parser.py",
        line,
        function,
        text,
        span,
        end_line,
    })
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

/// The raising line of `msg` in `function`, for messages raised on one line
/// there.
fn raising_line(function: &str, msg: &str) -> Option<u32> {
    let starts = |p: &str| msg.starts_with(p);
    Some(match function {
        "_escape" | "_class_escape" => {
            let class = function == "_class_escape";
            if starts("incomplete escape \\x") {
                if class {
                    330
                } else {
                    390
                }
            } else if starts("incomplete escape \\u") {
                if class {
                    336
                } else {
                    396
                }
            } else if starts("incomplete escape \\U") {
                if class {
                    342
                } else {
                    402
                }
            } else if starts("missing {") {
                if class {
                    350
                } else {
                    410
                }
            } else if starts("undefined character name") {
                if class {
                    355
                } else {
                    415
                }
            } else if starts("octal escape value") {
                if class {
                    363
                } else {
                    432
                }
            } else if starts("cannot refer to an open group") {
                440
            } else if starts("invalid group reference") {
                444
            } else if starts("bad escape") {
                // A letter that is no known escape; other bad escapes fall
                // out of the try block to the last line.
                let letter = msg.chars().nth(12).is_some_and(|c| c.is_ascii_alphabetic());
                match (class, letter) {
                    (true, true) => 370,
                    (true, false) => 374,
                    (false, true) => 447,
                    (false, false) => 451,
                }
            } else {
                return None;
            }
        }
        "_parse" => {
            if starts("unterminated character set") {
                572
            } else if starts("bad character range") {
                621
            } else if starts("the repetition number is too large") {
                675
            } else if starts("min repeat greater") {
                681
            } else if starts("nothing to repeat") {
                691
            } else if starts("multiple repeat") {
                694
            } else if starts("unexpected end of pattern") {
                724
            } else if starts("unknown group name") {
                738
            } else if starts("cannot refer to an open group") {
                740
            } else if starts("unknown extension ?P") {
                750
            } else if starts("missing ), unterminated comment") {
                759
            } else if starts("unknown extension ?<") {
                773
            } else if starts("bad character in group name") {
                800
            } else if starts("bad group number") {
                810
            } else if starts("invalid group reference") {
                814
            } else if starts("conditional backref") {
                832
            } else if starts("global flags not at the start") {
                850
            } else if starts("unknown extension") {
                859
            } else if starts("redefinition of group name") || starts("too many groups") {
                867
            } else if starts("missing ), unterminated subpattern") {
                874
            } else {
                return None;
            }
        }
        "_parse_flags" => {
            if starts("missing -, : or )") {
                924
            } else if starts("bad inline flags: cannot turn on") {
                934
            } else if starts("missing flag") {
                938
            } else if starts("missing :") {
                950
            } else if starts("bad inline flags: cannot turn off") {
                958
            } else if starts("bad inline flags: flag turned on and off") {
                960
            } else if starts("unknown flag") {
                941
            } else {
                return None;
            }
        }
        "getuntil" => {
            if msg.contains("unterminated name") {
                282
            } else {
                281
            }
        }
        "checkgroupname" => 307,
        "checklookbehindgroup" => {
            if starts("cannot refer to an open group") {
                106
            } else {
                108
            }
        }
        "parse" => {
            if starts("unbalanced parenthesis") {
                994
            } else if starts("invalid group reference") {
                999
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// The frames of a parse error: `calls` are the CPython lines of the calls it
/// left (outermost first), `site` the raising line when the parser knew it.
pub fn frames(calls: &[u32], site: Option<u32>, msg: &str) -> Vec<LibraryFrame> {
    let mut out = vec![COMPILE_PARSE];
    out.extend(calls.iter().filter_map(|&l| parser_frame(l)));
    let function = calls.last().map_or("parse", |&l| callee(l));
    let site = site.or_else(|| raising_line(function, msg));
    if let Some(frame) = site.and_then(parser_frame) {
        out.push(frame);
    }
    out
}
