"""Number formatting for set-be (Dutch conventions, two documents with different separators)."""
from decimal import Decimal, ROUND_HALF_UP

THIN = "\u2009"      # thin space: thousands separator in the Collectie Overijssel begroting (Qt)
NNBSP = "\u202f"     # narrow no-break space: thousands separator in the GGD Twente jaarstukken (pdfme)


def rnd(x, nd=0):
    """Half-up rounding (never banker's rounding)."""
    q = Decimal(1).scaleb(-nd)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def k(x):
    """Euros -> x € 1.000, half up."""
    return int(rnd(Decimal(x) / 1000))


def _group(n, sep):
    s = str(abs(int(n)))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ("-" if int(n) < 0 else "") + sep.join(parts)


def co(n):
    """Collectie Overijssel: 1 234 with a thin space, '-' before negatives."""
    return _group(n, THIN)


def co_eur(n):
    """'€' before every figure: € 1 878 004."""
    return "€ " + co(n)


def gt(n):
    """GGD Twente: 18 456 789 with a narrow no-break space."""
    return _group(n, NNBSP)


def gt_eur(n):
    return "€ " + gt(n)


def dots(n):
    """Dutch thousands point: 58.612."""
    return _group(n, ".")


def dec(x, nd):
    """Decimal comma, fixed decimals: 14,08."""
    v = rnd(x, nd)
    s = f"{abs(v):.{nd}f}".replace(".", ",")
    return ("-" if v < 0 else "") + s


def mln(euros):
    """€ mln with two decimals: 7 938 000 -> 7,94."""
    return dec(Decimal(euros) / Decimal(1_000_000), 2)


def pct(x, nd=1):
    """'3,5 %' (a space before the percent sign)."""
    return dec(x, nd) + " %"


def largest_remainder(total, weights):
    """Split an integer total over weights so the parts add up exactly."""
    s = sum(weights)
    raw = [Decimal(total) * Decimal(w) / Decimal(s) for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rest]:
        base[i] += 1
    return base
