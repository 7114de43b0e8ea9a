//! The execution budget: a bound on how long an embedder lets a program run,
//! counted in steps (a script call or a loop back-edge), so a fuzz harness can
//! stop `while True: pass` deterministically. CPython has no counterpart; the
//! nearest is a `sys.settrace` hook that raises. Once spent, every later step
//! raises again, so a program that catches the exception (`except BaseException:`
//! inside a loop) still ends. Unset (`Vm::budget` is `None`), the checks cost one
//! untaken branch.

use super::Vm;
use crate::Exc;

impl Vm {
    /// Counts one step; true once the budget is spent (and from then on).
    #[cold]
    pub(crate) fn budget_spent(&self) -> bool {
        let Some(b) = &self.budget else {
            return false;
        };
        match b.get() {
            0 => true,
            n => {
                b.set(n - 1);
                false
            }
        }
    }

    /// True when a budget was set and ran out (how the embedder tells a
    /// stopped run from one that raised on its own).
    pub fn budget_exhausted(&self) -> bool {
        self.budget.as_ref().is_some_and(|b| b.get() == 0)
    }

    /// The exception a spent budget raises: a KeyboardInterrupt, so `except
    /// Exception:` does not catch it, as if the user had pressed Ctrl-C.
    pub(crate) fn budget_error(&self) -> Exc {
        let cls = self.types.exc.keyboard_interrupt.clone();
        self.new_exception(
            &cls,
            vec![crate::Value::string(
                "execution budget exhausted".to_string(),
            )],
        )
    }
}
