# eval and exec with default, explicit globals and explicit locals; compile(); SyntaxError from eval.
x = 10
def f():
    y = 5
    return eval("x + y"), eval(" y * 2")
print(f())
exec("z = x * 3")
print(z)
ns = {"base": 100}
exec("a = base + 1\ndef twice(v):\n    return v * 2\nb = twice(a)", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
print(eval("a + b", ns), eval("q", {}, {"q": "local"}))
code = compile("1 + 2 * 3", "<calc>", "eval")
print(type(code).__name__, eval(code))
exec(compile("print('from exec', x)", "<e>", "exec"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("1", "<s>", "bogus")
except ValueError as e:
    print(e)
print(exec("1"), eval("[i * i for i in range(4)]"))
