# An uncaught re.error is reported as "re.error: ... at position N".
import re

raise re.error("unexpected thing", "ab(c", 2)
