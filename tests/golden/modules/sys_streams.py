# sys.stdout.write / sys.stderr.write return the number of characters written.
import sys
n = sys.stdout.write("hello\n")
print(n)
m = sys.stderr.write("warning: é\n")
sys.stdout.write(str(m) + "\n")
sys.stdout.flush()
print("end", file=sys.stdout)
