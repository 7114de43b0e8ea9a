# BaseExceptionGroup/ExceptionGroup constructor validation, with CPython's messages.
def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

t("base of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
t("base of BaseException", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t("eg of BaseException", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t("message int", lambda: ExceptionGroup(1, [ValueError()]))
t("empty", lambda: ExceptionGroup("m", []))
t("not a sequence", lambda: ExceptionGroup("m", 5))
t("set", lambda: ExceptionGroup("m", {ValueError()}))
t("item 0", lambda: ExceptionGroup("m", [1]))
t("item 1", lambda: ExceptionGroup("m", [ValueError(), 1]))
t("class item", lambda: ExceptionGroup("m", [ValueError]))
t("one arg", lambda: ExceptionGroup("m"))
t("no args", lambda: ExceptionGroup())
t("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
t("keyword", lambda: ExceptionGroup("a", excs=[ValueError()]))
t("tuple", lambda: ExceptionGroup("a", (ValueError(),)))
t("str sequence", lambda: ExceptionGroup("a", "xy"))
