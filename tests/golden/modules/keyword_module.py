# keyword: the keyword lists and the membership tests.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for word in ["if", "match", "print", "None", "none", "await", "_"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
