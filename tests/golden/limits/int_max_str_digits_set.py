# sys.set_int_max_str_digits: validation, 0 disables the limit, int(str) and str(int) both checked.
import sys
for v in (5, 639, "x", 2**40):
    try:
        sys.set_int_max_str_digits(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10**6000)), len(str(int("1" * 5000))))
sys.set_int_max_str_digits(700)
try:
    print(10**800)
except ValueError as e:
    print(e)
