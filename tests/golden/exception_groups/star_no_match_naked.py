# A naked exception matching no except* clause propagates unchanged (not wrapped).
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("plain", repr(e))
