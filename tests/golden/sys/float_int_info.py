# sys.float_info and sys.int_info as struct sequences: fields, indexing, len, repr.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi[0] == fi.max, len(fi), 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, tuple(sys.int_info))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(hash(float("inf")) == sys.hash_info.inf, hash(2 ** 61 - 1))
