# All the quote forms of string literals and implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("con" 'cat' """enated""")
s = """line one
line two
  indented"""
print(s)
print(repr(s))
print('''a 'b' "c" ''')
print(repr("'"), repr('"'), repr("'\""), repr(''))
