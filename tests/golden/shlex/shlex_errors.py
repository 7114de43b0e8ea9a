# shlex.split's errors: an unclosed quote, a trailing backslash.
import shlex

for line in ["echo 'open", 'say "unclosed', "trailing \\", '"esc at end \\']:
    try:
        print(shlex.split(line))
    except ValueError as e:
        print("ValueError:", e)
