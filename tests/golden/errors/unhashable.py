# Using a list as a dict key: "unhashable type: 'list'".
seen = {}
key = [1, 2]
seen[key] = True
