# A walrus with an attribute target: "cannot use assignment expressions with attribute".
# coil-test: syntax-error
class C: pass
c = C()
(c.x := 1)
