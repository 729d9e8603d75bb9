"""Dutch number formatting and rounding helpers for set-av (no third-party imports)."""
from decimal import Decimal, ROUND_HALF_UP


def rnd(x, nd=0):
    """Half-up rounding (not banker's rounding)."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)) if nd else int(
        Decimal(str(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def k(x):
    """Euros -> whole thousands, half up."""
    return rnd(x / 1000)


def lr_round(values, total=None):
    """Largest-remainder rounding of euro amounts to thousands so that the rounded values add up to
    round(total) (total defaults to sum(values))."""
    if total is None:
        total = sum(values)
    target = k(total)
    floors = [int(v // 1000) for v in values]
    rema = [(v / 1000 - f, i) for i, (v, f) in enumerate(zip(values, floors))]
    diff = target - sum(floors)
    out = floors[:]
    for _, i in sorted(rema, key=lambda t: (-t[0], t[1]))[:diff]:
        out[i] += 1
    assert sum(out) == target, (values, out, target)
    # the data are chosen so that this equals plain half-up rounding of every cell (no visible rounding trick)
    assert out == [k(v) for v in values], ("largest remainder differs from plain rounding", values, out)
    return out


def nl(n, dec=0):
    """12345678 -> '12.345.678'; dec decimals with comma."""
    neg = n < 0
    n = abs(n)
    if dec:
        s = f"{rnd(n, dec):.{dec}f}"
        ip, fp = s.split(".")
    else:
        ip, fp = str(rnd(n)), None
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = ".".join(groups) + ("," + fp if fp else "")
    return ("-" if neg else "") + s


def slash(n, dec=0):
    """Twenterand convention: negatives as '-/- 1.234'."""
    return ("-/- " + nl(-n, dec)) if n < 0 else nl(n, dec)


def mln(x):
    """Euros -> '€ 42,6 mln' (one decimal)."""
    return "€ " + nl(x / 1e6, 1) + " mln"


def pct(x, dec=1):
    return nl(x, dec) + "%"
