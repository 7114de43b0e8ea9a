# An uncaught BaseExceptionGroup holding a KeyboardInterrupt prints like any group.
raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
