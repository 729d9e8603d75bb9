"""The years budget documents print and residents ask about: one range for every reader.

Plans reach 2050 and beyond (energy, climate, the long-range meerjarenraming), so the range
runs to 2099; before 1950 a four-digit number in a budget is an amount or a code, not a year.
"""

from __future__ import annotations

# A year in digits: 1950 to 2099
YEAR_DIGITS = r"(?:19[5-9]\d|20\d\d)"
