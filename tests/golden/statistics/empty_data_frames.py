# StatisticsError for empty or too-short data, raised from CPython's lines.
import statistics
import sys
import traceback

for name in ("mean", "median", "median_low", "median_high", "median_grouped",
             "mode", "stdev", "variance", "harmonic_mean", "fmean"):
    try:
        getattr(statistics, name)([] if name != "stdev" else [1])
    except statistics.StatisticsError:
        traceback.print_exc(file=sys.stdout)
statistics.median([])
