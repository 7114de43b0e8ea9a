# A __notes__ that is not a sequence is printed with repr.
e = TypeError("t")
e.__notes__ = 42
raise e
