"""Shared helpers for the set-t document generators."""
from __future__ import annotations

import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

YEARS4 = [2026, 2027, 2028, 2029]


def nl(n: int, zero: str = "0") -> str:
    """Dutch thousands separator: -1633 -> '-1.633'."""
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def nl_dec(x: float, decimals: int = 1) -> str:
    """Dutch decimal comma: 2.43 -> '2,43'."""
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def mio(x_thousands: int) -> str:
    """1792 (x 1.000) -> '1,8' (miljoen, one decimal)."""
    return nl_dec(abs(x_thousands) / 1000.0, 1)


class CheckError(AssertionError):
    pass


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise CheckError(msg)
