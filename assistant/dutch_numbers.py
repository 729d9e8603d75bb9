"""Dutch numbers: read as printed ('19.736.176', '-14.014.961', '7,7', '€ 45.500') and
written the Dutch way (€ 16.060.788, 62%, 7,7), in one place (pure functions)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


def parse_number(text: str) -> Decimal | None:
    """A Dutch number: '19.736.176', '-14.014.961', '7,7', '100%', '€ 45.500'."""
    cleaned = text.replace("€", "").replace("%", "").replace(" ", "").rstrip("*")
    cleaned = re.sub(r"\([^)]*\)$", "", cleaned)
    if not re.fullmatch(r"[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def fmt(value: Decimal, unit: str) -> str:
    """A value the Dutch way: € 16.060.788, 62%, 7,7, 1.123."""
    if unit == "percent":
        # to two decimals, but a rate below one percent as printed ('0,0812%' of the OZB)
        tiny = abs(value) < 1 and -value.as_tuple().exponent <= 4  # type: ignore[operator]
        q = value if tiny or value == value.to_integral_value() else value.quantize(
            Decimal("0.01")
        )
        text = f"{q:,}".replace(",", "X").replace(".", ",").replace("X", ".")
        return text.rstrip("0").rstrip(",") + "%" if "," in text else text + "%"
    if value == value.to_integral_value():
        text = f"{int(value):,}".replace(",", ".")
    elif unit == "grade":
        text = str(value.normalize()).replace(".", ",")  # a grade as printed: 7,7
    elif unit != "EUR" and -value.as_tuple().exponent <= 2:  # type: ignore[operator]
        # a count as printed, to its own decimals ('117,2 fte'): cents are for amounts
        text = f"{value:,}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {text}" if unit == "EUR" else text


def plain(value: Decimal) -> str:
    """A number in a derivation: Dutch thousands, no unit, sign kept."""
    if value == value.to_integral_value():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.4f}".replace(",", "X").replace(".", ",").replace("X", ".").rstrip("0")
