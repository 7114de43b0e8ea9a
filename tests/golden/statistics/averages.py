# statistics averages: exact means with the data's type, fmean, geometric and harmonic means.
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]))
print(st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5, F(1, 2)]), st.mean([F(1, 3), F(2, 3)]))
print(st.mean(x / 10 for x in range(1, 11)), st.mean([1e308, 1e308, -1e308]))
print(st.mean([True, False, True]), st.mean(range(10**6, 10**6 + 7)))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2])), st.fmean([85, 92, 83], weights=[0.2, 0.3, 0.5]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
print(st.mean([float("inf"), 1]), st.mean([1, float("nan")]))
