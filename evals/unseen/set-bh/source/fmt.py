"""Dutch number formatting shared by the generators, gen_cases.py and check.py."""
from decimal import Decimal, ROUND_HALF_UP


def rhu(x, nd=0):
    """Round half up (away from zero for .5), returns int when nd == 0."""
    q = Decimal(1).scaleb(-nd)
    d = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(d) if nd == 0 else float(d)


def thousands(n):
    s = f"{abs(int(n)):,}".replace(",", ".")
    return s


def nl_int(n, minus="-"):
    """1234567 -> '1.234.567', negatives with the given minus sign glued on."""
    n = int(n)
    return (minus if n < 0 else "") + thousands(n)


def nl_dec(x, nd=1, minus="-", thousands_sep=True):
    """12.345 -> '12,3' (nd=1); thousands with points."""
    x = float(x)
    neg = x < 0
    v = Decimal(str(abs(x))).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    ip, _, fp = f"{v:.{nd}f}".partition(".")
    ip = f"{int(ip):,}".replace(",", ".") if thousands_sep else ip
    s = ip + ("," + fp if nd > 0 else "")
    return (minus if neg and float(v) != 0 else "") + s


def k(n):
    """euros -> thousands, half up"""
    return rhu(n / 1000.0)


def largest_remainder(values, total):
    """Round a list of floats to ints that add up to total (largest remainder)."""
    floors = [int(v // 1) for v in values]
    rest = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), i))
    out = floors[:]
    for i in order[:rest]:
        out[i] += 1
    assert sum(out) == total
    return out


def k_list(euros):
    """Round a list of euro amounts to thousands so they add up to the rounded total."""
    tot = k(sum(euros))
    return largest_remainder([e / 1000.0 for e in euros], tot), tot
