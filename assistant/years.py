"""The years budget documents print and residents ask about: one range for every reader.

Plans reach 2050 and beyond (energy, climate, the long-range meerjarenraming), so the range
runs to 2099; before 1950 a four-digit number in a budget is an amount or a code, not a year.
"""

from __future__ import annotations

import re

# A year in digits: 1950 to 2099
YEAR_DIGITS = r"(?:19[5-9]\d|20\d\d)"

# A year cut to its last two digits after an apostrophe ('R '23', 'Stand 31-12-'23')
SHORT_YEAR = re.compile(r"(?<![\w'’‘])['’‘](\d\d)(?![\d,.]?\d)")


def whole_years(text: str) -> str:
    """The text with each year cut to two digits after an apostrophe written in full:
    'R '23' is 'R 2023', 'Stand 31-12-'23' is 'Stand 31-12-2023' ('50 to '99 are 1950 on)."""
    return SHORT_YEAR.sub(lambda m: ("19" if m[1] >= "50" else "20") + m[1], text)
