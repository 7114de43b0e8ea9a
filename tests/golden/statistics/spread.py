# statistics spread: variance and stdev (sample and population), exact and correctly rounded.
import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev([1, 2, 3, 4, 5]), st.pstdev(range(20)), st.stdev([10**20, 10**20 + 2]))
print(st.variance(data, st.mean(data)), st.pstdev([0.1] * 5), st.stdev([1e-300, 3e-300]))
scores = [88, 92, 79, 93, 85, 91, 77, 84]
m, s = st.mean(scores), st.stdev(scores)
print(m, round(s, 6), [round((x - m) / s, 3) for x in scores])
