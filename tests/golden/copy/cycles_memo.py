# deepcopy keeps shared references shared and copies cycles; the memo dict records copies.
import copy
shared = [1, 2]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d is not loop, d[0])
node = {"name": "a"}
node["self"] = node
n = copy.deepcopy(node)
print(n["self"] is n)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is not x)
