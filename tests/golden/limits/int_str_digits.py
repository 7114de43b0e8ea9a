# 3.11's int/str conversion limit: 4300 digits by default, adjustable via sys.
import sys
print(len(str(10 ** 4299)), sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)))
