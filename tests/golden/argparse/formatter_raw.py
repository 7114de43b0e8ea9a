# RawDescriptionHelpFormatter keeps the description; RawTextHelpFormatter keeps help too.
import argparse

text = """first line
    indented line

last  line"""
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter):
    p = argparse.ArgumentParser(prog="raw", description=text, epilog="bye\n  now",
                                formatter_class=cls)
    p.add_argument("--x", help="line one\n  line two")
    p.print_help()
    print("----")
