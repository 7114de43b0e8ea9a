# statistics: medians of odd and even data, low/high/grouped medians, mode and multimode, quantiles.
import statistics as st

print(st.median([3, 1, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median([2.5, 1.5]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low("dcba"))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([25, 35, 35, 45, 45, 45, 55]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green"]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(data, n=10))
print(st.quantiles(data, n=4, method="inclusive"), st.quantiles([1, 2], n=3))
print(st.quantiles([1.5, 2.5, 7.25], n=2), st.quantiles(range(11), n=5, method="inclusive"))
