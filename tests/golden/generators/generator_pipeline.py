# Chained generators forming a pipeline, each pulling from the previous.
def read(lines):
    for line in lines:
        print("read", line)
        yield line
def parse(src):
    for line in src:
        yield int(line)
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
print(list(evens(parse(read(["1", "2", "3", "4"])))))
