# '%d', format() and f-strings respect the 4,300-digit limit for int-to-decimal conversion; hex does not.
big = 10**5000
for label, f in [
    ("%d", lambda: "%d" % big),
    ("%i", lambda: "%i" % -big),
    ("format d", lambda: format(big, "d")),
    ("format ,", lambda: f"{big:,}"),
    ("format n", lambda: format(big, "n")),
    ("str", lambda: str(big)),
]:
    try:
        f()
    except ValueError as e:
        print(label, e)
print(len("%x" % big), len(format(big, "x")), len("%o" % big))
print(len("%d" % 10**4299), len(format(-10**4299, "d")))
