# A command-line help printer that wraps option descriptions next to their names.
import textwrap

OPTIONS = [
    ("-v, --verbose", "Print every file as it is processed, including the ones that are skipped because they did not change."),
    ("-o FILE", "Write the report to FILE instead of standard output."),
    ("--exclude PATTERN", "Skip paths matching PATTERN; may be given several times. Patterns use shell-style wildcards."),
]
width = 60
col = max(len(name) for name, _ in OPTIONS) + 4
print(textwrap.fill("usage: tool [options] paths... -- a demonstration of wrapping help text in columns", width))
print()
for name, desc in OPTIONS:
    lines = textwrap.wrap(desc, width - col)
    print(f"  {name:<{col - 2}}{lines[0]}")
    for line in lines[1:]:
        print(" " * col + line)
