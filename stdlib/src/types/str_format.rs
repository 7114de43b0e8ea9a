//! `str.format` and `str.format_map`: the replacement-field syntax (auto and manual
//! numbering, `{0.attr}`, `{0[key]}`, `!r`/`!s`/`!a`, nested `{:{width}}`, `{{`/`}}`),
//! parsed as CPython 3.11 `Objects/stringlib/unicode_format.h` (`MarkupIterator_next`,
//! `parse_field`, `field_name_split`, `get_field_object`) with its error messages.
//! Each field is rendered by the VM's `format(value, spec)`.

use super::args::{self, recv_str};
use super::install_methods;
pub(crate) use coil_interp::object::str::ascii_escape;
use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.str.clone();
    install_methods(&c, &[("format", format), ("format_map", format_map)]);
}

/// Where named fields come from.
enum Named<'a> {
    /// `format(**kwargs)`: absent names raise KeyError.
    Kwargs(&'a [(Rc<Str>, Value)]),
    /// `format_map(mapping)`: looked up with `mapping[name]`.
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    /// Positional arguments; None for `format_map`, which has none.
    pos: Option<&'a [Value]>,
    named: Named<'a>,
    numbering: Numbering,
    next_auto: usize,
}

fn format(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    vm.varargs_call_check(|vm| format_args(vm, recv, a))
}

fn format_args(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "format", recv)?;
    let mut f = Formatter {
        pos: Some(a.pos),
        named: Named::Kwargs(a.kw),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    Ok(Value::string(f.build(vm, &chars, 2)?))
}

fn format_map(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "format_map", recv)?;
    let mapping = args::one_arg(vm, ("str", "format_map"), &a)?;
    let mut f = Formatter {
        pos: None,
        named: Named::Mapping(mapping),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    Ok(Value::string(f.build(vm, &chars, 2)?))
}

/// One parsed replacement field.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_needs_expanding: bool,
}

impl Formatter<'_> {
    /// `build_string`: literal text and fields; `depth` limits nested specs
    /// (PEP 3101 allows two levels).
    fn build(&mut self, vm: &mut Vm, input: &[char], depth: u32) -> RunResult<String> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(input.len() + 16);
        let mut i = 0;
        while i < input.len() {
            let c = input[i];
            i += 1;
            if c != '{' && c != '}' {
                out.push(c);
                continue;
            }
            let next = input.get(i).copied();
            if next == Some(c) {
                // `{{` or `}}`: an escaped brace.
                out.push(c);
                i += 1;
                continue;
            }
            if c == '}' {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if next.is_none() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let field = parse_field(vm, input, &mut i)?;
            self.render(vm, &field, depth, &mut out)?;
        }
        Ok(out)
    }

    /// `output_markup`: looks the field up, converts it, expands a nested spec and
    /// formats it.
    fn render(
        &mut self,
        vm: &mut Vm,
        field: &Field,
        depth: u32,
        out: &mut String,
    ) -> RunResult<()> {
        let mut obj = self.field_object(vm, field.name)?;
        if let Some(conv) = field.conversion {
            let converted = match conv {
                'r' => vm.repr(&obj)?,
                's' => vm.to_str(&obj)?,
                'a' => Rc::new(Str::from_string(ascii_escape(vm.repr(&obj)?.as_str()))),
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    )
                }
            };
            obj = Value::Str(converted);
        }
        let spec: String = if field.spec_needs_expanding {
            self.build(vm, field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        out.push_str(vm.format(&obj, &spec)?.as_str());
        Ok(())
    }

    /// `get_field_object`: the argument named by the field's first part, then each
    /// `.attr` and `[key]` applied in turn.
    fn field_object(&mut self, vm: &mut Vm, name: &[char]) -> RunResult<Value> {
        let first_end = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_end];
        let mut index = get_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Init {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            None => {
                let key: String = first.iter().collect();
                match &self.named {
                    Named::Kwargs(kw) => match kw.iter().find(|(k, _)| k.as_str() == key) {
                        Some((_, v)) => v.clone(),
                        None => return Err(vm.key_error(Value::string(key))),
                    },
                    Named::Mapping(m) => {
                        let m = (*m).clone();
                        vm.get_item(&m, &Value::string(key))?
                    }
                }
            }
            Some(i) => match self.pos {
                None => return Err(vm.value_error("Format string contains positional fields")),
                Some(pos) => match pos.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        )))
                    }
                },
            },
        };
        let mut i = first_end;
        while i < name.len() {
            let c = name[i];
            i += 1;
            let part_start = i;
            match c {
                '.' => {
                    while i < name.len() && name[i] != '.' && name[i] != '[' {
                        i += 1;
                    }
                    if i == part_start {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let attr: String = name[part_start..i].iter().collect();
                    obj = vm.get_attr(&obj, &Str::intern(&attr))?;
                }
                '[' => {
                    while i < name.len() && name[i] != ']' {
                        i += 1;
                    }
                    if i == name.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &name[part_start..i];
                    i += 1;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let key = match get_integer(vm, key)? {
                        Some(n) => Value::Int(n as i64),
                        None => Value::string(key.iter().collect()),
                    };
                    obj = vm.get_item(&obj, &key)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    )
                }
            }
        }
        Ok(obj)
    }
}

/// `get_integer`: the field part as a non-negative decimal, or None if it is not one.
fn get_integer(vm: &Vm, part: &[char]) -> RunResult<Option<usize>> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in part {
        let Some(d) = super::str_case::decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|v| v.checked_add(d as usize)) {
            Some(v) if v <= i64::MAX as usize => v,
            _ => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// `parse_field`, starting just after the opening `{`; leaves `i` after the
/// closing `}`.
fn parse_field<'c>(vm: &Vm, s: &'c [char], i: &mut usize) -> RunResult<Field<'c>> {
    let start = *i;
    let mut c = '\0';
    while *i < s.len() {
        c = s[*i];
        *i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *i < s.len() && s[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut field = Field {
        name: &s[start..*i - 1],
        conversion: None,
        spec: &[],
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *i >= s.len() {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*i]);
            *i += 1;
            if *i < s.len() {
                let next = s[*i];
                *i += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut depth = 1;
        while *i < s.len() {
            let c = s[*i];
            *i += 1;
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &s[spec_start..*i - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    Ok(field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, err, s};

    fn parse_err(text: &str) -> String {
        // Errors raised while parsing, before any value is formatted.
        let mut vm = Vm::new();
        match call(&mut vm, format, s(text), &[]) {
            Err(e) => err(e),
            Ok(v) => v.debug_repr(),
        }
    }

    #[test]
    fn literal_text_and_errors() {
        assert_eq!(parse_err("a{{b}}c"), "'a{b}c'");
        assert_eq!(
            parse_err("{"),
            "ValueError: Single '{' encountered in format string"
        );
        assert_eq!(
            parse_err("}"),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            parse_err("{0"),
            "ValueError: expected '}' before end of string"
        );
        assert_eq!(parse_err("{!}"), "ValueError: unmatched '{' in format spec");
        assert_eq!(parse_err("{a}"), "KeyError: 'a'");
        assert_eq!(
            parse_err("{}"),
            "IndexError: Replacement index 0 out of range for positional args tuple"
        );
        assert_eq!(
            parse_err("{0!}"),
            "ValueError: unmatched '{' in format spec"
        );
        assert_eq!(
            parse_err("{0!rx}"),
            "ValueError: expected ':' after conversion specifier"
        );
        assert_eq!(
            parse_err("{a{}"),
            "ValueError: unexpected '{' in field name"
        );
    }

    #[test]
    fn numbering_switches_are_errors() {
        let mut vm = Vm::new();
        let mut f = Formatter {
            pos: Some(&[]),
            named: Named::Kwargs(&[]),
            numbering: Numbering::Init,
            next_auto: 0,
        };
        let e = f.field_object(&mut vm, &[]).unwrap_err();
        assert_eq!(
            err(e),
            "IndexError: Replacement index 0 out of range for positional args tuple"
        );
        let e = f.field_object(&mut vm, &['1']).unwrap_err();
        assert_eq!(
            err(e),
            "ValueError: cannot switch from automatic field numbering to manual field specification"
        );
    }

    #[test]
    fn ascii_conversion() {
        assert_eq!(ascii_escape("'é€😀'"), "'\\xe9\\u20ac\\U0001f600'");
    }
}
