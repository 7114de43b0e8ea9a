# coil-test: helper
print("counter_mod runs")
count = 0
