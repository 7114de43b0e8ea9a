# The if __name__ == "__main__" guard runs in the main script.
def main():
    print("main ran")
if __name__ == "__main__":
    main()
print(__name__)
