//! Stack effect and jump target of each instruction, the facts the compiler's
//! stack-depth analysis and label resolution need (CPython's `stack_effect()` in
//! `Python/compile.c`). Kept beside the instruction set so the two cannot drift.

use super::instr::Instr;

impl Instr {
    /// Net change of the value-stack depth when the instruction runs. `jump` selects
    /// the effect on the branch to the jump target (for `SetupFinally`/`SetupWith`,
    /// the handler's entry, where the exception has been pushed).
    pub fn stack_effect(&self, jump: bool) -> i32 {
        use Instr::*;
        match *self {
            Nop | Swap(_) | LoadAttr(_) | UnaryNegative | UnaryPositive | UnaryNot
            | UnaryInvert | ListToTuple | FormatValue(0..=3) | Jump(_) | GetIter | PopBlock
            | PushExcInfo | PopExcept | CheckExcMatch | YieldValue | GetYieldFromIter
            | GetAwaitable | GetAIter | DeleteFast(_) | DeleteDeref(_) | DeleteName(_)
            | DeleteGlobal(_) | SetupAnnotations => 0,
            FormatValue(_) => -1,
            PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_)
            | DeleteAttr(_) | BinarySubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_)
            | IsOp(_) | ContainsOp(_) | ListAppend(_) | SetAdd(_) | ListExtend(_)
            | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | PopJumpIfFalse(_)
            | PopJumpIfTrue(_) | ReturnValue | Reraise | Send(_) | ImportStar | PrintExpr
            | PrepReraiseStar => -1,
            // A superinstruction's effect is that of the instruction it replaced
            // (`compile/peephole.rs` runs after the depth analysis).
            InplaceOpStoreSubscr(_) => -1,
            Copy(_)
            | CopySubscr
            | LoadFastFastOp(..)
            | LoadFastConstSubscr(..)
            | LoadFastConstCopySubscr(..)
            | LoadFastConstOpThen(..)
            | LoadFastFastOpThen(..)
            | LoadFastFastCompareJump(..)
            | LoadFastFastSubscr(..)
            | LoadFastAttr(..)
            | LoadFastStoreAttr(..)
            | LoadConst(_)
            | LoadFast(_)
            | LoadFastConstOp(..)
            | LoadFastConstCompareJump(..)
            | LoadDeref(_)
            | LoadClassDeref(_)
            | LoadClosure(_)
            | LoadName(_)
            | LoadGlobal(_)
            | LoadBuildClass
            | LoadAssertionError
            | BeforeWith
            | WithExceptStart
            | GetANext
            | BeforeAsyncWith
            | ImportName(_)
            | ImportModule(_)
            | ImportFrom(_) => 1,
            CheckEgMatch => 1,
            GetLen | MatchSequence | MatchMapping | MatchKeys => 1,
            MatchClass(_) => -2,
            StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor => -2,
            StoreSubscr => -3,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => {
                1 - n as i32
            }
            BuildMap(n) => 1 - 2 * n as i32,
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(before, after) => before as i32 + after as i32,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Call(n) => -(n as i32),
            CallKw(n) => -(n as i32) - 1,
            CallEx(kw) => -1 - kw as i32,
            LoadMethod(_) => 1,
            CallMethod(n) => -(n as i32) - 1,
            MakeFunction(flags) => -((flags & 0xf).count_ones() as i32),
            SetupFinally(_) => jump as i32,
            // The handler's depth excludes the `__enter__` result, then gets the
            // exception: the same count as now.
            SetupWith(_) => 0,
            RaiseVarargs(n) => -(n as i32),
        }
    }

    /// The jump target of a jumping instruction (including handler targets).
    pub fn jump_target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t) => Some(t),
            _ => None,
        }
    }

    /// The same instruction with its jump target replaced (no-op for others).
    pub fn with_jump_target(self, target: u32) -> Instr {
        use Instr::*;
        match self {
            Jump(_) => Jump(target),
            PopJumpIfFalse(_) => PopJumpIfFalse(target),
            PopJumpIfTrue(_) => PopJumpIfTrue(target),
            JumpIfFalseOrPop(_) => JumpIfFalseOrPop(target),
            JumpIfTrueOrPop(_) => JumpIfTrueOrPop(target),
            ForIter(_) => ForIter(target),
            SetupFinally(_) => SetupFinally(target),
            SetupWith(_) => SetupWith(target),
            other => other,
        }
    }

    /// True if execution never continues with the next instruction.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_)
        )
    }
}
