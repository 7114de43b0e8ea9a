# time.strptime errors: messages as _strptime's, the uncaught one through _strptime.py's frames.
import time

for args in [("2023-02-30", "%Y-%m-%d"), ("x", "%Q"), ("x", "%"), (5, "%Y"), ("10:30pm", "%H:%M")]:
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strptime("2024-03-05", "%Y-%m-%d")[:3])
time.strptime("2024-03", "%Y-%m-%d")
