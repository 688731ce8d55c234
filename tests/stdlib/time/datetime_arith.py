"""datetime arithmetic: timedelta, date ranges, weekdays, timezones with fixed offsets, comparisons."""
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 2, 27)
for i in range(4):
    d = start + timedelta(days=i)
    print(d, d.strftime("%A"), d.isoweekday(), d.timetuple().tm_yday)
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
dt = datetime(2023, 3, 26, 1, 30, tzinfo=timezone.utc)
print(dt, dt.isoformat(), dt.timestamp())
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(dt.astimezone(ist), dt.astimezone(ist).tzname(), dt.astimezone(ist).utcoffset())
print(timedelta(days=1, hours=25, minutes=-5), timedelta(seconds=-1), timedelta(microseconds=1500))
print(timedelta(hours=3) / timedelta(minutes=20), timedelta(days=7) // 3, timedelta(weeks=1).total_seconds())
print(abs(timedelta(days=-2)), -timedelta(hours=1), timedelta(days=1) * 1.5)
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)))
print(datetime.combine(date(2021, 6, 1), time(14, 30)), time(9, 5, 7, 123).isoformat())
print(datetime(2024, 1, 31) + timedelta(days=30), date.fromordinal(738000), date(2024, 3, 1).toordinal())
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromisoformat("2011-11-04T00:05:23+04:00"))
print(date(2024, 2, 29).replace(year=2028), date.fromisocalendar(2024, 10, 3), tuple(date(2024, 3, 6).isocalendar()), date(2024, 3, 6).isocalendar().week)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__)  # the message differs between _datetime (C) and _pydatetime
print(repr(datetime(2024, 5, 17, 8, 0, 0, 500)), repr(timedelta(days=2, seconds=5)))
