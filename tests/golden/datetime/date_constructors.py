# date/datetime constructor errors, ordinals, iso calendar and the class limits.
from datetime import date, datetime, timedelta

print(date(2020, 2, 29).isocalendar(), date(2021, 1, 1).isocalendar(), date(2024, 12, 30).isocalendar().week)
print(date.fromisocalendar(2020, 53, 7), date.fromordinal(738000), date(2000, 1, 1).toordinal())
print(date.min, date.max, datetime.min, datetime.max, date.resolution, datetime.resolution)
print(datetime.combine(date(2020, 1, 1), datetime(1, 1, 1, 5, 6).time()))
for bad in ["date()", "date(2020, 1)", "date(1, 2, 3, 4)", "datetime(2020)",
            "datetime(2020, 1, 1, 1, 1, 1, 1, None, 1)", "date(2020.5, 1, 1)", "date(0, 1, 1)",
            "date(2021, 2, 29)", "datetime(2020, 1, 1, fold=2)", "date.fromordinal(0)",
            "date.fromisocalendar(2021, 53, 1)", "date.fromisocalendar(2020, 1, 0)",
            "datetime.combine(1, 2)", "date.max + timedelta(1)", "datetime.min - timedelta(1)",
            "date(2020, 1, 1) < datetime(2020, 1, 1)", "date(2020, 1, 1).strftime(5)"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1))
