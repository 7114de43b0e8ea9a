# Decimal.exp, ln and log10: correctly rounded at the context precision, exact cases, specials and errors.
from decimal import Decimal as D, getcontext, localcontext
for v in ["1", "2", "10", "0.5", "1e-5", "-1", "0", "inf", "1e100", "0.9999999"]:
    out = []
    for f in ("exp", "ln", "log10"):
        try: out.append(str(getattr(D(v), f)()))
        except Exception as e: out.append(type(e).__name__)
    print(v, out)
with localcontext(prec=5):
    print(D(2).ln(), D(1).exp(), D(7).log10(), D("1000").log10(), D("0.001").log10())
