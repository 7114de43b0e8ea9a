# Groups nested more than 10 deep: "... (max_group_depth is 10)".
eg = ValueError("leaf")
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg])
raise eg
