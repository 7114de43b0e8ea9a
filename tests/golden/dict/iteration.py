# Iterating dicts: keys by default, items unpacking, sorted by value.
stock = {"pear": 3, "apple": 7, "fig": 1}
for k in stock:
    print(k, end=" ")
print()
for name, qty in stock.items():
    print(f"{name}:{qty}", end=" ")
print()
print(sorted(stock, key=stock.get), max(stock, key=lambda k: stock[k]), list(stock.values()))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
