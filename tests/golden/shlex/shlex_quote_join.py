# shlex.quote and shlex.join: safe words stay bare, others are single-quoted; join round-trips.
import shlex

for word in ["plain", "", "two words", "it's", "a$b", "x=1,y:2/z.@%+-", "tab\there", "ünï"]:
    print(repr(word), shlex.quote(word))
args = ["rm", "-rf", "my file.txt", "it's", ""]
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)
