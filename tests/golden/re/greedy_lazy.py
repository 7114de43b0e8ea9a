# Greedy, lazy and counted repeats give CPython's leftmost, backtracking results.
import re

s = "<a><b><c>"
print(re.match("<.*>", s).group(), re.match("<.*?>", s).group())
print(re.match("a{2,3}", "aaaa").group(), re.match("a{2,3}?", "aaaa").group())
print(re.match("a{,2}", "aaa").group(), re.match("a{2,}", "aaaaa").group(), re.match("a{3}", "aa"))
print(re.match("x{}", "x{}").group(), re.match("x{1,", "x{1,").group(), re.match("x{a}", "x{a}").group())
print(re.match("(ab){1,2}?c", "ababc").groups(), re.match("(a+?)(a*)", "aaa").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(.*?)(\d+)", "abc123").groups(), re.match(r"(a*)*", "aaa").groups())
print(re.match(r"(a|)*", "aa").groups(), re.match(r"(a?){3}", "aa").groups())
