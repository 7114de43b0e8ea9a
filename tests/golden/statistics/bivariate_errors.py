# statistics: covariance, correlation, linear_regression, and StatisticsError messages.
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y))
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = st.linear_regression(year, films)
print(r, round(r.slope * 2019 + r.intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for call in [
    lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
    lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.fmean([]),
    lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method="x"), lambda: st.geometric_mean([1, -2]),
    lambda: st.harmonic_mean([1, -2]), lambda: st.correlation([1, 1], [2, 3]),
    lambda: st.covariance([1, 2], [1]), lambda: st.linear_regression([1, 1], [2, 3]),
    lambda: st.mean(["a", "b"]), lambda: st.mean([1, None]),
]:
    try:
        print(call())
    except (st.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
