# f-strings: expressions, nested quotes, method calls, dict access, braces escaping.
name = "world"
d = {"k": 3}
print(f"hello {name}!")
print(f"{1 + 2} {name.upper()} {d['k']} {len(name)}")
print(f'{"nested"}', f"{'single'}")
print(f"{{literal}} {{{name}}}")
print(F"upper prefix {name!r}")
print(f"""triple {name
}""")
x = 7
print(f"{x * 2 = }")
print(rf"\n{x}", fr"{x}\t")
print(f"{'a' if x > 5 else 'b'}", f"{[i for i in range(3)]}")
