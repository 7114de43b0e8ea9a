# Test support: prints CPython 3.11's AST of stdin as an s-expression that
# pyast.rs turns into Coil's AST (used until coil-parser can parse).
import ast, json, sys

src = sys.stdin.read()
starts = [0]
for line in src.encode().split(b"\n"):
    starts.append(starts[-1] + len(line) + 1)

def off(line, col):
    return str(starts[line - 1] + col)

SKIP = {"ctx", "type_comment", "type_ignores", "kind"}

def emit(n):
    if isinstance(n, ast.AST):
        parts = [type(n).__name__]
        if hasattr(n, "lineno") and n.lineno is not None:
            parts += [off(n.lineno, n.col_offset), off(n.end_lineno, n.end_col_offset)]
        else:
            parts += ["0", "0"]
        for f in n._fields:
            if f not in SKIP:
                parts.append(emit(getattr(n, f)))
        return "(" + " ".join(parts) + ")"
    if isinstance(n, list):
        return "[" + " ".join(emit(x) for x in n) + "]"
    if n is None or n is True or n is False or n is Ellipsis:
        return repr(n)
    if isinstance(n, int):
        return "i" + str(n)
    if isinstance(n, float):
        return "f" + repr(n)
    if isinstance(n, complex):
        return "c" + repr(n.imag)
    if isinstance(n, str):
        return json.dumps(n, ensure_ascii=False)
    if isinstance(n, bytes):
        return "b" + n.hex()
    raise TypeError(type(n))

print(emit(ast.parse(src)))
