//! How one instruction is written in a serialized code object (`marshal.rs`):
//! a tag byte, then its operands as varints (CPython's `marshal` writes the
//! raw `co_code` bytes instead; ours are a Rust enum, so each variant is
//! listed here once). `encode` matches exhaustively, so a new `Instr` variant
//! does not compile until it has a line in `instr_codec!`; the table's text is
//! hashed into the format's fingerprint, so a blob written by another table
//! is refused rather than misread.

use super::instr::Instr;
use super::marshal::{Reader, Writer};
use coil_parser::ast::{BinOp, CmpOp};

/// An operand type that can be written and read back.
trait Operand: Sized {
    fn put(self, w: &mut Writer);
    fn get(r: &mut Reader) -> Option<Self>;
}

/// Unsigned integers travel as varints; one that does not fit its type on
/// the way back is refused.
macro_rules! varint_operand {
    ($($ty:ty),*) => {$(
        impl Operand for $ty {
            fn put(self, w: &mut Writer) {
                w.varint(u64::from(self));
            }
            fn get(r: &mut Reader) -> Option<Self> {
                <$ty>::try_from(r.varint()?).ok()
            }
        }
    )*};
}

varint_operand!(u32, u16);

impl Operand for u8 {
    fn put(self, w: &mut Writer) {
        w.byte(self);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.byte()
    }
}

impl Operand for bool {
    fn put(self, w: &mut Writer) {
        w.byte(self as u8);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

/// Declares an operator enum's codec: each line is `tag Variant`, the tags
/// counting up from 0 (checked at compile time, since `get` indexes the table
/// by tag). The match in `put` is exhaustive, so a new operator does not
/// compile until it has a line here.
macro_rules! operator_codec {
    ($ty:ident, $table:ident: [$($tag:literal $variant:ident,)*]) => {
        /// The operators in tag order.
        const $table: &[$ty] = &[$($ty::$variant),*];

        const _: () = {
            let mut position = 0;
            $(
                assert!($tag == position, "operator tags must count up from 0");
                position += 1;
            )*
            let _ = position;
        };

        impl Operand for $ty {
            fn put(self, w: &mut Writer) {
                w.byte(match self {
                    $($ty::$variant => $tag,)*
                });
            }
            fn get(r: &mut Reader) -> Option<Self> {
                $table.get(r.byte()? as usize).copied()
            }
        }
    };
}

operator_codec!(BinOp, BIN_OPS: [
    0 Add,
    1 Sub,
    2 Mult,
    3 MatMult,
    4 Div,
    5 Mod,
    6 Pow,
    7 LShift,
    8 RShift,
    9 BitOr,
    10 BitXor,
    11 BitAnd,
    12 FloorDiv,
]);

operator_codec!(CmpOp, CMP_OPS: [
    0 Eq,
    1 NotEq,
    2 Lt,
    3 LtE,
    4 Gt,
    5 GtE,
    6 Is,
    7 IsNot,
    8 In,
    9 NotIn,
]);

/// Declares the codec: each line is `tag Variant` or `tag Variant(a: Type, …)`.
macro_rules! instr_codec {
    ($($tag:literal $name:ident $(($($arg:ident: $ty:ty),*))?,)*) => {
        /// The codec table as written, hashed into the format fingerprint.
        pub const TABLE_TEXT: &str = stringify!($($tag $name $(($($arg: $ty),*))?,)*);

        /// Writes `instr` as its tag and operands.
        pub fn encode(instr: &Instr, w: &mut Writer) {
            match *instr {
                $(Instr::$name $(($($arg),*))? => {
                    w.byte($tag);
                    $($(Operand::put($arg, w);)*)?
                })*
            }
        }

        /// Reads one instruction; `None` for an unknown tag or a bad operand.
        pub fn decode(r: &mut Reader) -> Option<Instr> {
            Some(match r.byte()? {
                $($tag => Instr::$name $(($(<$ty as Operand>::get(r)?),*))?,)*
                _ => return None,
            })
        }
    };
}

instr_codec! {
    0 Nop,
    1 PopTop,
    2 Copy(a: u32),
    3 Swap(a: u32),
    4 LoadConst(a: u32),
    5 LoadFast(a: u32),
    6 StoreFast(a: u32),
    7 DeleteFast(a: u32),
    8 LoadDeref(a: u32),
    9 StoreDeref(a: u32),
    10 DeleteDeref(a: u32),
    11 LoadClassDeref(a: u32),
    12 LoadClosure(a: u32),
    13 LoadName(a: u32),
    14 StoreName(a: u32),
    15 DeleteName(a: u32),
    16 LoadGlobal(a: u32),
    17 StoreGlobal(a: u32),
    18 DeleteGlobal(a: u32),
    19 LoadAttr(a: u32),
    20 StoreAttr(a: u32),
    21 DeleteAttr(a: u32),
    22 BinarySubscr,
    23 StoreSubscr,
    24 DeleteSubscr,
    25 BinaryOp(a: BinOp),
    26 InplaceOp(a: BinOp),
    27 LoadFastConstOp(a: u16, b: u16, c: BinOp),
    28 LoadFastConstCompareJump(a: u16, b: u16, c: CmpOp),
    29 UnaryNegative,
    30 UnaryPositive,
    31 UnaryNot,
    32 UnaryInvert,
    33 CompareOp(a: CmpOp),
    34 IsOp(a: bool),
    35 ContainsOp(a: bool),
    36 BuildTuple(a: u32),
    37 BuildList(a: u32),
    38 BuildSet(a: u32),
    39 BuildMap(a: u32),
    40 BuildString(a: u32),
    41 BuildSlice(a: u32),
    42 ListAppend(a: u32),
    43 SetAdd(a: u32),
    44 MapAdd(a: u32),
    45 ListExtend(a: u32),
    46 SetUpdate(a: u32),
    47 DictUpdate(a: u32),
    48 DictMerge(a: u32),
    49 ListToTuple,
    50 UnpackSequence(a: u32),
    51 UnpackEx(a: u16, b: u16),
    52 FormatValue(a: u8),
    53 Jump(a: u32),
    54 PopJumpIfFalse(a: u32),
    55 PopJumpIfTrue(a: u32),
    56 JumpIfFalseOrPop(a: u32),
    57 JumpIfTrueOrPop(a: u32),
    58 GetIter,
    59 ForIter(a: u32),
    60 Call(a: u32),
    61 CallKw(a: u32),
    62 CallEx(a: bool),
    63 LoadMethod(a: u32),
    64 CallMethod(a: u16),
    65 MakeFunction(a: u8),
    66 LoadBuildClass,
    67 SetupAnnotations,
    68 ReturnValue,
    69 SetupFinally(a: u32),
    70 SetupWith(a: u32),
    71 PopBlock,
    72 PushExcInfo,
    73 PopExcept,
    74 CheckExcMatch,
    75 Reraise,
    76 CheckEgMatch,
    77 PrepReraiseStar,
    78 RaiseVarargs(a: u32),
    79 LoadAssertionError,
    80 BeforeWith,
    81 WithExceptStart,
    82 YieldValue,
    83 GetYieldFromIter,
    84 GetAwaitable,
    85 Send(a: u32),
    86 GetAIter,
    87 GetANext,
    88 EndAsyncFor,
    89 BeforeAsyncWith,
    90 GetLen,
    91 MatchSequence,
    92 MatchMapping,
    93 MatchKeys,
    94 MatchClass(a: u32),
    95 ImportName(a: u32),
    96 ImportModule(a: u32),
    97 ImportFrom(a: u32),
    98 ImportStar,
    99 PrintExpr,
    100 LoadFastFastOp(a: u16, b: u16, c: BinOp),
    101 LoadFastConstSubscr(a: u16, b: u16),
    102 LoadFastAttr(a: u16, b: u16),
    103 LoadFastStoreAttr(a: u16, b: u16),
    104 CopySubscr,
    105 InplaceOpStoreSubscr(a: BinOp),
}
