# One way of writing dates and times across the workbench, in Ukrainian: "6 грудня 2026, 07:47"
# (the month in the genitive and in lower case, as Ukrainian writes it mid-sentence).
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
SHORT_DATE_FORMAT = "j E Y"
SHORT_DATETIME_FORMAT = "j E Y, H:i"
TIME_FORMAT = "H:i"
# The admin's date drill-down names a day of a month the same way: "12 листопада", not Django's
# "12 Листопад".
MONTH_DAY_FORMAT = "j E"
