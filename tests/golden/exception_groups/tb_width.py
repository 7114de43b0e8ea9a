# More than 15 sub-exceptions: "and N more exceptions".
raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
