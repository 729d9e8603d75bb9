"""Dutch number formatting shared by the generators and the check."""


def fmt_int(v):
    s = f"{abs(int(v)):,}".replace(",", ".")
    return ("-" if v < 0 else "") + s


def fmt_cents(c):
    c = int(c)
    sign = "-" if c < 0 else ""
    e, ct = divmod(abs(c), 100)
    return f"{sign}{abs(e):,}".replace(",", ".") + f",{ct:02d}"


def fmt_scaled(v, scale):
    return fmt_cents(v) if scale == "cents" else fmt_int(v)


def fmt_dec(x, nd):
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 else "") + s


def parse_nl(tok):
    """Parse a printed Dutch number ('1.234.567,89', '-3.261', '0,0839%', '€ 318,00')."""
    t = tok.strip().replace("€", "").replace("%", "").replace("\u2212", "-").strip()
    t = t.replace(".", "").replace(",", ".")
    return float(t)
