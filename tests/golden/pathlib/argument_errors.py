# Path argument errors: a non-path argument goes through _from_parts/_parse_args frames.
from pathlib import Path

for make in (lambda: Path("a").joinpath(None), lambda: Path("a.txt").with_suffix("txt"),
             lambda: Path("/a/b").relative_to("/c"), lambda: Path("x").write_text(b"data")):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
Path("logs", 2024)
