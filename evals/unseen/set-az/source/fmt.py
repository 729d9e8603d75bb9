"""Dutch number formatting for set-az (one place, used by both generators and by gen_cases)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def nl(n: int, sign_pos: bool = False) -> str:
    """1234567 -> '1.234.567'; -45 -> '-45' (hyphen-minus); sign_pos adds '+' to positives (not used)."""
    s = f"{abs(int(n)):,}".replace(",", ".")
    if n < 0:
        return "-" + s
    return ("+" + s) if (sign_pos and n > 0) else s


def cents(c: int) -> str:
    """amount in cents -> '1.833.443,08'."""
    neg = c < 0
    c = abs(c)
    s = f"{nl(c // 100)},{c % 100:02d}"
    return "-" + s if neg else s


def dec(x, places: int = 1) -> str:
    """Decimal/float -> '14,8' (decimal comma, no thousands separator below 1000)."""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = f"{q:.{places}f}"
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    ip = f"{int(ip):,}".replace(",", ".")
    out = ip + ("," + fp if fp else "")
    return ("-" + out) if neg else out


def pct(x, places: int = 2) -> str:
    """3.21 -> '3,21%'."""
    return dec(x, places) + "%"


def k(euros: int) -> int:
    """euros -> x € 1.000, half up."""
    q = Decimal(euros) / Decimal(1000)
    return int(q.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def round_cents(x: Decimal) -> int:
    """Decimal euros -> integer cents, half up."""
    return int((x * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_nl(s: str) -> Decimal:
    """'1.833.443,08' -> Decimal('1833443.08'); '-45' -> -45; '3,21%' -> 3.21; '14,8' -> 14.8."""
    t = s.strip().replace("\u2212", "-").rstrip("%")
    t = t.replace("€", "").strip()
    neg = t.startswith("-")
    t = t.lstrip("-")
    t = t.replace(".", "").replace(",", ".")
    v = Decimal(t)
    return -v if neg else v
