# Large but ordinary sizes: a 10-million-char string, a million-element list.
s = "ab" * 5_000_000
print(len(s), s[-3:], s.count("ba"))
lst = list(range(1_000_000))
print(len(lst), sum(lst), lst[-1])
big = 7 ** 2000
print(big % 1000, big.bit_length())
