"""Formatting and parsing dates: strftime, strptime, isoformat, calendar helpers."""
from datetime import datetime, date
import calendar
import time

moment = datetime(2023, 7, 4, 9, 5, 3, 250000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%a %b %d %j", "%B %-d" if False else "%B %d", "%H%M%S.%f", "%%", "%c", "%x %X"]:
    print(fmt, "->", moment.strftime(fmt))
print(f"{moment:%Y/%m/%d}", format(date(2000, 1, 2), "%d.%m.%Y"))
parsed = datetime.strptime("2021-03-14 15:09:26", "%Y-%m-%d %H:%M:%S")
print(parsed, parsed.weekday())
print(datetime.strptime("Tue Jul 4 2023", "%a %b %d %Y").date())
print(datetime.strptime("31/12/99 11:59 PM", "%d/%m/%y %I:%M %p"))
try:
    datetime.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.gmtime(0)[:6])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), list(calendar.day_abbr))
