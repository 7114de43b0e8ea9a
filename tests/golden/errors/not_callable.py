# Calling a non-callable: "'int' object is not callable".
x = 5
x()
