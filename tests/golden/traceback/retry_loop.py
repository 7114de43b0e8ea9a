# A retry loop that prints traceback.format_exc() for each failed attempt, then gives up.
import traceback

attempts = 0


def fetch(url):
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts}: {url} unreachable")
    return {"status": 200}


for i in range(5):
    try:
        result = fetch("http://example.invalid")
    except ConnectionError:
        print(f"--- try {i} failed ---")
        print(traceback.format_exc(), end="")
    else:
        print("got", result)
        break
