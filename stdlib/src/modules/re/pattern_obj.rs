//! The hot `re.Pattern` methods, native (CPython 3.11 `Modules/_sre/sre.c`
//! `_sre_SRE_Pattern_match_impl` and friends, with Argument Clinic's binding of
//! `string, pos=0, endpos=sys.maxsize`): bound on the Python `Pattern` class by
//! `_sre.install_pattern`, they read the compiled code from the instance.

use super::matcher::Mode;
use super::text::Text;
use super::{code_arg, int_arg, match_obj, search_spans};
use crate::builtins::args::{clinic, method};
use coil_interp::object::{Args, NativeFn};
use coil_interp::{intern, RunResult, Value, Vm};

/// `_sre.install_pattern(Pattern)`.
pub fn install(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let [Value::Class(cls)] = a.pos else {
        return Err(vm.type_error("_sre.install_pattern expects the Pattern class"));
    };
    for (name, f) in [
        ("match", pmatch as NativeFn),
        ("fullmatch", pfullmatch),
        ("search", psearch),
        ("findall", pfindall),
        ("finditer", pfinditer),
    ] {
        cls.dict.set_str(name, method("Pattern", name, f));
    }
    Ok(Value::None)
}

/// `(code value, string, pos, endpos)` from the receiver and the arguments.
fn bind(
    vm: &mut Vm,
    name: &str,
    recv: &Value,
    a: &Args,
) -> RunResult<(Value, Value, Value, Value)> {
    let code = match recv {
        Value::Instance(i) => i.dict.get_name(&intern!("_code")),
        _ => None,
    };
    let Some(code) = code else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{}' object",
            vm.type_name(recv).as_str()
        )));
    };
    let bound = clinic(vm, name, a, &["string", "pos", "endpos"], 1, 3)?;
    let string = bound[0].clone().unwrap_or(Value::None);
    let pos = bound[1].clone().unwrap_or(Value::Int(0));
    let endpos = bound[2].clone().unwrap_or(Value::Int(i64::MAX));
    Ok((code, string, pos, endpos))
}

/// `Pattern.match`, `.fullmatch` and `.search`, as `mode` says.
fn run(vm: &mut Vm, recv: &Value, a: Args, name: &str, mode: Mode) -> RunResult<Value> {
    let (code_v, string, pos, endpos) = bind(vm, name, recv, &a)?;
    let code = code_arg(vm, &code_v)?;
    let text = Text::of(vm, &string, code.istext)?;
    let len = text.len() as i64;
    let pos = int_arg(vm, &pos)?.clamp(0, len) as usize;
    let end = int_arg(vm, &endpos)?.clamp(0, len) as usize;
    match search_spans(vm, code, &text, pos, end, mode, false) {
        Ok(Some(spans)) => {
            Ok(match_obj::new_match(recv, &string, pos, end, spans).unwrap_or(Value::None))
        }
        Ok(None) => Ok(Value::None),
        Err(_) => {
            vm.take_interrupt();
            Err(vm.keyboard_interrupt())
        }
    }
}

forward! {
    pmatch => run("match", Mode::Match);
    pfullmatch => run("fullmatch", Mode::FullMatch);
    psearch => run("search", Mode::Search);
}

fn pfindall(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (code, string, pos, endpos) = bind(vm, "findall", recv, &a)?;
    super::findall_fn(
        vm,
        &Value::None,
        Args::positional(&[code, string, pos, endpos]),
    )
}

fn pfinditer(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (code, string, pos, endpos) = bind(vm, "finditer", recv, &a)?;
    let args = [code, string, pos, endpos, recv.clone()];
    super::finditer::finditer(vm, &Value::None, Args::positional(&args))
}
