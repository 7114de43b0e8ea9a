# ^ $ \A \Z with and without MULTILINE; $ matches before a final newline.
import re

text = "one\ntwo\nthree\n"
print(re.findall(r"^\w+", text), re.findall(r"(?m)^\w+", text))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.search(r"three$", text) is not None, re.search(r"three\Z", text))
print(re.search(r"\Aone", text).span(), re.search(r"\Atwo", text, re.M))
print(re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"(?m)$", "a\nb"))
print(re.search("$", "ab\n").span(), re.search(r"\Z", "ab\n").span())
