"""Write ../cases.yaml and provenance.json for set-ao.

Every expected and accepted figure is located in the finished documents (extract.py): table cells by page,
caption, group, row and column (with the printed text, scale and the line of `pdftotext -layout`), prose by its
sentence in the reading flow.  Figures of the two new documents must equal data.py; figures of the Begroting
2024 are read from that PDF only.  "other" records the same row printed for another year, another part of the
bundle or the other Wassenaar document: it is kept out of value/accept (check.py verifies that).

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import Begroting2024, BundleDoc, TwoColumnDoc, parse_num
from fmt import nl, nl_dec, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
KF, GF, BF = d.W_FILE, d.G_FILE, "wassenaar-begroting-2024.pdf"
KN, GB, B24 = TwoColumnDoc(CORPUS / KF), BundleDoc(CORPUS / GF), Begroting2024(CORPUS / BF)
W, GR = d.W_BODY, d.G_BODY
K = 1000


def _eq(a, b, what):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def _v(printed, scale):
    v = parse_num(printed)
    if v is None:
        raise SystemExit(f"not a number: {printed!r}")
    return round(v * scale, 6)


# ------------------------------------------------------------------------------------------------ sources
def _scale(tt, printed):
    """x € 1.000 from the table's scale statement, except for percentages and cells that carry their own €"""
    if "%" in printed or "€" in printed:
        return 1
    return 1000 if tt["scale_statement"] and "1.000" in tt["scale_statement"] else 1


def kcell(caption, row, col, want=None, group=None):
    """a cell of a kadernota table; want in euros (percent for percentages)"""
    tt = KN.find_table(caption)
    p = tt["page"]
    c = KN.cell(p, caption, row, col, group)
    scale = _scale(tt, c["printed"])
    v = _v(c["printed"], scale)
    _eq(v, want, f"kadernota {caption}/{row}/{col}")
    ll = KN.layout_line(p, row, c["printed"])
    if ll is None:
        raise SystemExit(f"kadernota p{p}: {row} {c['printed']} not on a pdftotext -layout line")
    return {"kind": "kn_cell", "document": KF, "page": p, "section": KN.section_of_table(p, caption),
            "table": caption, "group": c["group"], "row": row, "column": col, "printed": c["printed"],
            "scale": scale, "scale_statement": tt["scale_statement"], "layout_line": ll, "value": v}


def gcell(caption, row, col, want=None, group=None):
    """a cell of a bundle table"""
    tt = GB.find_table(caption)
    p = tt["page"]
    c = GB.cell(p, caption, row, col, group)
    scale = _scale(tt, c["printed"])
    v = _v(c["printed"], scale)
    _eq(v, want, f"bundle {caption}/{row}/{col}")
    ll = GB.layout_line(p, row, c["printed"])
    if ll is None:
        raise SystemExit(f"bundle p{p}: {row} {c['printed']} not on a pdftotext -layout line")
    return {"kind": "gr_cell", "document": GF, "page": p, "running_page": GB.running_number(p),
            "part": GB.part(p), "part_page": GB.part_number(p), "section": GB.section_of(p, tt["top"]),
            "table": caption, "group": c["group"], "row": row, "column": col, "printed": c["printed"],
            "scale": scale, "scale_statement": tt["scale_statement"], "layout_line": ll, "value": v}


def kprose(fragment, printed, want=None, scale=1):
    pages = KN.prose(fragment)
    if len(pages) != 1 or printed not in fragment:
        raise SystemExit(f"kadernota prose {fragment!r}: pages {pages}")
    v = _v(printed, scale)
    _eq(v, want, f"kadernota prose {fragment}")
    return {"kind": "kn_prose", "document": KF, "page": pages[0], "section": KN.section_at(fragment),
            "prose": fragment, "printed": printed, "scale": scale, "value": v}


def gprose(fragment, printed, want=None, scale=1):
    pages = GB.prose(fragment)
    if len(pages) != 1 or printed not in fragment:
        raise SystemExit(f"bundle prose {fragment!r}: pages {pages}")
    p = pages[0]
    v = _v(printed, scale)
    _eq(v, want, f"bundle prose {fragment}")
    return {"kind": "gr_prose", "document": GF, "page": p, "running_page": GB.running_number(p), "part": GB.part(p),
            "section": GB.section_of(p, GB.prose_top(p, fragment)), "prose": fragment, "printed": printed,
            "scale": scale, "value": v}


R62 = "Tabel 6.2 - Recapitulatie alle programma's (samenvattend overzicht)"
R122 = "Tabel 12.2 - Meerjarenperspectief 2024-2027 per programma"


def b24(caption, row, year, sub):
    c = B24.recap_cell(caption, row, year, sub)
    return {"kind": "b24_recap", "document": BF, "page": c["page"], "table": caption, "row": row, "year": year,
            "sub": sub, "printed": c["printed"], "line": c["line"], "scale": 1000,
            "scale_statement": "bedragen x € 1.000,-", "value": _v(c["printed"], 1000)}


def b24line(page_text, row, printed, scale=1, token=None, scale_note=None):
    """a printed line of the Begroting 2024: its row label and the printed figure (the token-th figure)"""
    pages = B24.page_of(page_text)
    for p in pages:
        ll = B24.layout_line(p, row, printed)
        if ll:
            src = {"kind": "b24_line", "document": BF, "page": p, "page_text": page_text, "row": row,
                   "printed": printed, "token": token, "line": ll, "scale": scale, "value": _v(printed, scale)}
            if scale_note:
                src["scale_note"] = scale_note
            return src
    raise SystemExit(f"begroting 2024: {row} {printed} not found")


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [abs(s["value"]) for s in srcs]
    if op == "add":
        v, der = sum(s["value"] for s in srcs), " + ".join(nl_num(s["value"]) for s in srcs)
    elif op == "abs_sub":
        v, der = a[0] - a[1], f"{nl_num(a[0])} - {nl_num(a[1])}"
    elif op == "pct":
        v, der = round(100 * (a[0] - a[1]) / a[1], 2), f"100 × ({nl_num(a[0])} - {nl_num(a[1])}) / {nl_num(a[1])}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {nl_num(v)}"}


# ------------------------------------------------------------------------------------------------ case builders
CASES, PROV = [], {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None, other=()):
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        if all(abs(abs(_n(a["value"])) - abs(x)) > 1e-9 for x in acc):
            acc.append(_n(a["value"]))
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    e["unit"] = unit
    e["municipality"] = body
    pv = {"kind": "figure", "main": main, "accept": list(accepts), "other": list(other)}
    return {"question": q, "kind": "figure", "expect": e}, pv


def add(cid, turn, prov, scope=None):
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c.update({k: v for k, v in turn.items() if k != "question"})
    CASES.append(c)
    PROV[cid] = [prov]


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None, other=()):
    t, p = fig_turn(q, body, main, accepts, unit, tol, other)
    add(cid, t, p, scope)


def conv(cid, scope, turns):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p in turns]


def refusal(cid, q, why, absent, scope=None):
    add(cid, {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, scope)


def kpassage(fragment):
    pages = KN.prose(fragment)
    if len(pages) != 1:
        raise SystemExit(f"kadernota passage {fragment!r}: pages {pages}")
    return {"document": KF, "page": pages[0], "section": KN.section_at(fragment), "passage": fragment}


def gpassage(fragment):
    pages = GB.prose(fragment)
    if len(pages) != 1:
        raise SystemExit(f"bundle passage {fragment!r}: pages {pages}")
    p = pages[0]
    return {"document": GF, "page": p, "running_page": GB.running_number(p), "part": GB.part(p),
            "section": GB.section_of(p, GB.prose_top(p, fragment)), "passage": fragment}


def text(cid, q, body, include, where, scope=None):
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "text", "where": where}, scope)


def which(cid, q, cands, include, scope=None, why=""):
    """include: one group per candidate; a rendering shared by two candidates ('5,3 miljoen') is dropped"""
    flat = [x for g in include for x in g]
    include = [[x for x in g if flat.count(x) == 1] for g in include]
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope)


def anyc(cid, q, body, exclude, own, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own}, scope)


def mln(v):
    return nl_dec(abs(v) / 1e6, 1) + " miljoen"


def grp(src):
    """include group of a which-candidate: the printed figure, the full euro amount and the million rendering"""
    pr = src["printed"].replace("€ ", "").lstrip("-")
    out = []
    for x in (pr, nl(abs(src["value"])), mln(src["value"])):
        if x not in out:
            out.append(x)
    return out


# ================================================================================================ Wassenaar
T1 = "Tabel 1 - Financieel meerjarenperspectief 2025-2028"
T2 = "Tabel 2 - Uitgangspunten en indexeringen"
T3 = "Tabel 3 - Autonome ontwikkelingen"
T4 = "Tabel 4 - Nieuw beleid per programma"
T6 = "Tabel 6 - Baten en lasten per programma 2025-2028 na verwerking van de kadernota"
T7 = "Tabel 7 - Nieuwe investeringen 2025-2028"
T8 = "Tabel 8 - Verloop reserves"
T9 = "Tabel 9 - Belangrijkste risico's"
T10 = "Tabel 10 - Weerstandsvermogen"
P1, P2, P3, P4, P5 = d.PROGRAMMAS
Y = {y: i for i, y in enumerate(d.YRS)}
NS = d.W_NIEUW_SALDO


def k6(row, y, group, src):
    return kcell(T6, row, str(y), K * src[Y[y]], group)


fig("ao-w-01", "Wat is het nieuwe meerjarenperspectief van Wassenaar voor 2027 volgens de kadernota 2025?", W,
    alt(kcell(T1, "Nieuw meerjarenperspectief", "2027", K * NS[Y[2027]])),
    [alt(k6("Geraamd resultaat", 2027, "Saldi", d.W_GERAAMD)),
     alt(kprose(f"in 2027 van € {nl(-K * NS[Y[2027]])}", f"€ {nl(-K * NS[Y[2027]])}", -K * NS[Y[2027]]))],
    other=[b24(R62, "Geraamde resultaat", 2027, "saldo")])
fig("ao-w-02", "Hoeveel geeft Wassenaar in 2026 uit aan het programma Mens en Maatschappij volgens de kadernota "
               "2025?", W, alt(k6(P2, 2026, "Lasten", d.W_LASTEN[P2])),
    other=[b24(R62, P2, 2026, "lasten"), b24(R122, P2, 2026, "lasten")])
fig("ao-w-03", "Wat kost programma 1 Veiligheid en Handhaving in 2027 volgens de kadernota 2025?", W,
    alt(k6(P1, 2027, "Lasten", d.W_LASTEN[P1])), scope=W, other=[b24(R62, P1, 2027, "lasten")])
fig("ao-w-04", "Hoeveel baten heeft Mens en Maatschappij in 2025 in de kadernota 2025 van Wassenaar?", W,
    alt(k6(P2, 2025, "Baten", d.W_BATEN[P2])), other=[b24(R62, P2, 2025, "baten")])
fig("ao-w-05", "Wat is het saldo van baten en lasten in 2026 volgens de kadernota 2025?", W,
    alt(k6("Saldo van baten en lasten", 2026, "Saldi", d.W_SALDO_BL)), scope=W,
    other=[b24(R62, "Saldo van baten en lasten", 2026, "saldo"), b24(R122, "Saldo van baten en lasten", 2026, "saldo")])
fig("ao-w-06", "hoe hoog is de overhead van wassenaar in 2025 in de kadernota 2025?", W,
    alt(k6("Overhead", 2025, "Saldi", d.W_OVERHEAD)), other=[b24(R62, "Overhead", 2025, "saldo")])
JEUGD = "Jeugdhulp: hogere volumes en tarieven"
fig("ao-w-07", "Hoeveel extra geld is er in 2025 nodig voor jeugdzorg volgens de kadernota 2025 van Wassenaar?", W,
    alt(kcell(T3, JEUGD, "2025", K * d.W_AUTONOOM[1][1][0])),
    [alt(kprose("Wij ramen daarom in 2025 € 640.000 extra", "€ 640.000", 640_000))])
fig("ao-w-08", "Hoeveel trekt Wassenaar in de kadernota 2025 uit voor de uitbreidng van het sociaal team in 2026?", W,
    alt(kcell(T4, "Uitbreiding Sociaal Team Wassenaar", "2026", K * d.W_NIEUW[P2][1][2][1], P2)),
    [alt(kprose("Het Sociaal Team Wassenaar wordt uitgebreid met € 230.000 per jaar", "€ 230.000", 230_000))])
fig("ao-w-09", "Wat kost het cameratoezicht in het centrum van Wassenaar volgens de kadernota 2025?", W,
    alt(kcell(T4, "Cameratoezicht centrum", "2025", K * d.W_NIEUW[P1][1][2][0], P1)),
    [alt(kprose("Voor cameratoezicht in het centrum vragen wij eenmalig € 85.000", "€ 85.000", 85_000))])
fig("ao-w-10", "Met welk percentage stijgen de salarissen in de kadernota 2025 van Wassenaar?", W,
    alt(kcell(T2, "Salarissen (cao gemeenten)", "Kadernota 2025", 4.5)), unit="percent",
    other=[kcell(T2, "Salarissen (cao gemeenten)", "Begroting 2024", 4.0),
           b24line("Uitgangspunten", "Salarissen", "4%")])
AR = "Algemene reserve (vrij besteedbaar)"
fig("ao-w-11", "Hoeveel bedraagt de vrij besteedbare algemene reserve van Wassenaar eind 2025 volgens de kadernota "
               "2025?", W, alt(kcell(T8, AR, "Stand 31-12-2025", K * d.W_RES_ROWS[0][4])),
    [alt(kcell(T10, "Algemene reserve (vrij besteedbaar) per 31-12-2025", "2025", K * d.W_RES_ROWS[0][4])),
     alt(kprose(f"daalt de reserve in 2025 naar € {nl(K * d.W_RES_ROWS[0][4])}", f"€ {nl(K * d.W_RES_ROWS[0][4])}"))],
    other=[b24line("Tabel 12.6 - Overzicht reserves en voorzieningen", AR, "41.360", 1000, 6,
                   "Tabel 12.6 prints no scale; its figures are x € 1.000 (the column 'Begroting 2025' of the "
                   "reserve, 7th figure of the row)")])
fig("ao-w-12", "Hoeveel weerstandscapaciteit is er nodig volgens de kadernota 2025 van Wassenaar?", W,
    alt(kcell(T9, "Benodigde weerstandscapaciteit", "Benodigde capaciteit", d.W_BENODIGD)),
    [alt(kcell(T10, "Benodigde weerstandscapaciteit (tabel 9)", "2025", d.W_BENODIGD))])
fig("ao-w-13", "Wat investeert Wassenaar in 2026 in de vervanging van de riolering, volgens de kadernota 2025?", W,
    alt(kcell(T7, "Vervanging riolering", "2026", K * d.W_INVEST[3][1][1])))
fig("ao-w-14", "Hoe groot is het tekort in het vertrekpunt van de kadernota 2025 voor 2026?", W,
    alt(kcell(T1, "Vertrekpunt kadernota 2025", "2026", K * d.W_VERTREKPUNT[1])),
    [alt(kprose(f"in 2026 een nadeel van € {nl_dec(abs(d.W_VERTREKPUNT[1]) / 1000, 1)} miljoen",
                nl_dec(abs(d.W_VERTREKPUNT[1]) / 1000, 1), None, 1_000_000))], scope=W)
fig("ao-w-15", "Hoeveel hoger zijn de geraamde lasten van Mens en Maatschappij van Wassenaar voor 2025 in de "
               "kadernota 2025 dan in de begroting 2024?", W,
    alt([k6(P2, 2025, "Lasten", d.W_LASTEN[P2]), b24(R62, P2, 2025, "lasten")], "abs_sub"))
fig("ao-w-16", "Met hoeveel procent verandert het tekort op het saldo van baten en lasten voor 2026 van de "
               "begroting 2024 naar de kadernota 2025 van Wassenaar?", W,
    alt([k6("Saldo van baten en lasten", 2026, "Saldi", d.W_SALDO_BL),
         b24(R62, "Saldo van baten en lasten", 2026, "saldo")], "pct"), unit="percent", tol=0.06)
fig("ao-w-17", "Hoeveel verschilt het geraamde resultaat 2027 van Wassenaar tussen de begroting 2024 en de "
               "kadernota 2025?", W,
    alt([b24(R62, "Geraamde resultaat", 2027, "saldo"), kcell(T1, "Nieuw meerjarenperspectief", "2027",
                                                             K * NS[Y[2027]])], "abs_sub"))
PREV = d.W_NIEUW[P2][0][0]
fig("ao-w-18", "Wat kost het preventieprogramma jeugd 'Opgroeien in Wassenaar' in de jaren 2025 tot en met 2028 "
               "samen volgens de kadernota 2025?", W,
    alt([kcell(T4, PREV, str(y), K * d.W_NIEUW[P2][0][2][Y[y]], P2) for y in d.YRS], "add"))
fig("ao-w-19", "Hoeveel geld vraagt het college in de kadernota 2025 voor nieuw beleid in 2025?", W,
    alt(kcell(T4, "Totaal nieuw beleid", "2025", K * d.W_NIEUW_TOT[0])),
    [alt(kprose(f"nieuw beleid voor van bijna € {nl_dec(d.W_PROSE['nieuw_2025'][2], 1)} miljoen in 2025",
                nl_dec(d.W_PROSE['nieuw_2025'][2], 1), None, 1_000_000)),
     alt(kcell(T1, "Nieuw beleid (tabel 4)", "2025", K * d.W_NIEUW_TOT[0]))], scope=W)

# conversations
t1 = fig_turn("Wat zijn de lasten van Mens en Maatschappij in 2025 volgens de kadernota 2025 van Wassenaar?", W,
              alt(k6(P2, 2025, "Lasten", d.W_LASTEN[P2])),
              [alt(kprose(f"stijgen in 2025 naar € {nl(-K * d.W_LASTEN[P2][0])}", f"€ {nl(-K * d.W_LASTEN[P2][0])}"))],
              other=[b24(R62, P2, 2025, "lasten")])
t2 = fig_turn("En volgens de begroting 2024?", W, alt(b24(R62, P2, 2025, "lasten")),
              [alt(b24(R122, P2, 2025, "lasten"))], other=[k6(P2, 2025, "Lasten", d.W_LASTEN[P2])])
conv("ao-w-conv-01", None, [t1, t2])
t1 = fig_turn("Wat is het nieuwe meerjarenperspectief van Wassenaar voor 2026 in de kadernota 2025?", W,
              alt(kcell(T1, "Nieuw meerjarenperspectief", "2026", K * NS[1])),
              [alt(k6("Geraamd resultaat", 2026, "Saldi", d.W_GERAAMD)),
               alt(kprose(f"Vanaf 2026 resteert een tekort van ruim € {nl_dec(d.W_PROSE['tekort_2026'][2], 1)} miljoen",
                          nl_dec(d.W_PROSE['tekort_2026'][2], 1), None, 1_000_000))],
              other=[b24(R62, "Geraamde resultaat", 2026, "saldo")])
t2 = fig_turn("En in 2028?", W, alt(kcell(T1, "Nieuw meerjarenperspectief", "2028", K * NS[3])),
              [alt(k6("Geraamd resultaat", 2028, "Saldi", d.W_GERAAMD))])
t3 = fig_turn("En wat was het vertrekpunt voor dat jaar?", W,
              alt(kcell(T1, "Vertrekpunt kadernota 2025", "2028", K * d.W_VERTREKPUNT[3])))
conv("ao-w-conv-02", W, [t1, t2, t3])
t1 = fig_turn("Hoeveel trekt Wassenaar in de kadernota 2025 uit voor veiligere schoolroutes in 2025?", W,
              alt(kcell(T4, "Verkeersveiligheid schoolroutes", "2025", K * d.W_NIEUW[P5][0][2][0], P5)),
              [alt(kprose("Met € 90.000 per jaar richten wij de schoolroutes veiliger in", "€ 90.000", 90_000))])
t2 = fig_turn("En voor klimaatadaptatie?", W,
              alt(kcell(T4, "Klimaatadaptatie en vergroening", "2025", K * d.W_NIEUW[P5][1][2][0], P5)),
              [alt(kprose("Voor klimaatadaptatie en vergroening trekken wij structureel € 110.000 uit", "€ 110.000",
                          110_000))])
conv("ao-w-conv-03", None, [t1, t2])

# ================================================================================================ Werkplein
J21 = "Tabel 2.1 Overzicht van baten en lasten 2024"
J23 = "Tabel 2.3 Verloop van de reserves 2024"
J24 = "Tabel 2.4 Bijdragen per gemeente 2024 en terugbetaling resultaat"
J28 = "Tabel 2.8 Bezoldiging topfunctionaris: directeur (bedragen in €)"
J11 = "Tabel 1.1 Kengetallen uitvoering 2024"
B1 = "Tabel 1 Financieel beeld 2025"
B2 = "Tabel 2 Bijdrage per gemeente 2025"
B3 = "Tabel 3 Kengetallen 2025"
B4 = "Tabel 4 Begrotingswijziging 2025-1 (bedragen in €)"
O12 = "Tabel 1.2 Verdeelsleutel 2026"
O21 = "Tabel 2.1 Kengetallen 2026-2029"
O41 = "Tabel 4.1 Overzicht baten en lasten 2025-2029 (bedragen x € 1.000)"
O42 = "Tabel 4.2 Bijdragen per gemeente 2026-2029 (bedragen x € 1.000)"
O44 = "Tabel 4.4 Reserves 2026 (bedragen x € 1.000)"
JP, JW, JR = "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Realisatie 2024"
BP, BW, BNA = "Begroting 2025 primitief", "Wijziging 1e berap", "Begroting 2025 na wijziging"
OY = {2026: "Begroting 2026", 2027: "Raming 2027", 2028: "Raming 2028", 2029: "Raming 2029"}
GI = {g: i for i, g in enumerate(d.GEMEENTEN)}
OI = {2026: 0, 2027: 1, 2028: 2, 2029: 3}


def js(row, col, group):
    lab = d.G_JS_LASTEN.get(row) or d.G_JS_BATEN.get(row)
    i = {JP: 0, JW: 1, JR: 2}[col]
    return gcell(J21, row, col, lab[i], group)


def brc(row, col, group):
    pair = d.G_BR_LASTEN.get(row) or d.G_BR_BATEN.get(row)
    v = {BP: pair[0], BW: pair[1], BNA: pair[0] + pair[1]}[col]
    return gcell(B1, row, col, K * v, group)


def obc(row, year, group):
    vals = d.G_OB_LASTEN.get(row) or d.G_OB_BATEN.get(row)
    return gcell(O41, row, OY[year], K * vals[OI[year]], group)


def ob25(row, group):
    pair = d.G_BR_LASTEN.get(row) or d.G_BR_BATEN.get(row)
    return gcell(O41, row, BNA, K * (pair[0] + pair[1]), group)


def obg(gem, year):
    return gcell(O42, gem, OY[year], K * d.G_OB_BIJDR[OI[year]][GI[gem]])


RJ = "Re-integratie"
fig("ao-g-01", "Hoeveel heeft het Werkplein Noord-Twente in 2024 werkelijk uitgegeven aan re-integratie?", GR,
    alt(js(RJ, JR, "Lasten")),
    [alt(gprose(f"De lasten voor re-integratie bedroegen in 2024 € {nl(d.G_JS_LASTEN[RJ][2])}",
                f"€ {nl(d.G_JS_LASTEN[RJ][2])}"))],
    other=[js(RJ, JW, "Lasten"), brc(RJ, BNA, "Lasten"), obc(RJ, 2026, "Lasten")])
BS = "Beschut werk"
fig("ao-g-02", "Wat is er in de ontwerpbegroting 2026 van het Werkplein geraamd voor beschut werk in 2026?", GR,
    alt(obc(BS, 2026, "Lasten")),
    [alt(gprose(f"kost in 2026 € {nl(K * d.G_OB_LASTEN[BS][0])}", f"€ {nl(K * d.G_OB_LASTEN[BS][0])}"))],
    other=[brc(BS, BNA, "Lasten"), ob25(BS, "Lasten"), js(BS, JR, "Lasten")])
BG = "Bijdrage gemeenten"
fig("ao-g-03", "Hoeveel bedraagt de totale bijdrage van de gemeenten aan het Werkplein Noord-Twente in de begroting "
               "2026?", GR, alt(obc(BG, 2026, "Baten")),
    [alt(gprose(f"De totale bijdrage van de gemeenten bedraagt in 2026 ruim € "
                f"{d.G_OB_BIJDRAGE_PROSE // 1_000_000} miljoen", str(d.G_OB_BIJDRAGE_PROSE // 1_000_000), None,
                1_000_000)),
     alt(gcell(O42, "Totaal", OY[2026], K * d.G_OB_BIJDRAGE[0])),
     alt(gprose(f"totale gemeentelijke bijdrage van € {nl(K * d.G_OB_BIJDRAGE[0])}", f"€ {nl(K * d.G_OB_BIJDRAGE[0])}"))],
    other=[brc(BG, BNA, "Baten"), js(BG, JR, "Baten")])
fig("ao-g-04", "Hoeveel betaalt Dinkelland in 2026 aan het Werkplein?", GR, alt(obg("Dinkelland", 2026)),
    [alt(gprose(f"naar € {nl(K * d.G_OB_BIJDR[0][GI['Dinkelland']])} in 2026",
                f"€ {nl(K * d.G_OB_BIJDR[0][GI['Dinkelland']])}"))],
    other=[gcell(B2, "Dinkelland", BNA, K * d.G_BR_BIJDR_NA[GI["Dinkelland"]]),
           gcell(J24, "Dinkelland", "Netto bijdrage 2024", d.G_JS_NETTO_G[GI["Dinkelland"]])])
fig("ao-g-05", "Wat is de netto bijdrage van Twenterand aan het Werkplein Noord-Twente over 2024, na de terugbetaling "
               "van het resultaat?", GR,
    alt(gcell(J24, "Twenterand", "Netto bijdrage 2024", d.G_JS_NETTO_G[GI["Twenterand"]])),
    other=[gcell(B2, "Twenterand", BNA, K * d.G_BR_BIJDR_NA[GI["Twenterand"]]), obg("Twenterand", 2026)])
fig("ao-g-06", "Hoeveel krijgt Dinkelland terug uit het resultaat 2024 van het Werkplein Noord-Twente?", GR,
    alt(gcell(J24, "Dinkelland", "Terugbetaling resultaat 2024", d.G_JS_TERUG_G[GI["Dinkelland"]])))
PL = "Personeelslasten"
fig("ao-g-07", "Met hoeveel worden de personeelslasten van het Werkplein aangepast in de 1e bestuursrapportage "
               "2025?", GR, alt(brc(PL, BW, "Lasten")),
    [alt(gcell(B4, PL, "Wijziging", K * d.G_BR_LASTEN[PL][1], "Lasten"))])
WSW = "Wsw-loonkosten"
fig("ao-g-08", "Wat was de oorspronkelijke begroting 2024 voor de Wsw-loonkosten van het Werkplein Noord-Twente?", GR,
    alt(js(WSW, JP, "Lasten")),
    other=[js(WSW, JW, "Lasten"), brc(WSW, BP, "Lasten"), obc(WSW, 2026, "Lasten")])
fig("ao-g-09", "Hoe groot was het verschil tussen begroting en realisatie bij re-integratie in de jaarstukken 2024 "
               "van het Werkplein?", GR,
    alt(gcell(J21, RJ, "Verschil", d.G_JS_LASTEN[RJ][1] - d.G_JS_LASTEN[RJ][2], "Lasten")),
    [alt(gprose(f"Op re-integratie is € {nl(d.G_JS_LASTEN[RJ][1] - d.G_JS_LASTEN[RJ][2])} minder uitgegeven",
                f"€ {nl(d.G_JS_LASTEN[RJ][1] - d.G_JS_LASTEN[RJ][2])}"))])
fig("ao-g-10", "Wat was het resultaat van het Werkplein Noord-Twente over 2024 volgens de jaarrekening?", GR,
    alt(gcell(J21, "Resultaat", JR, d.G_JS_RES, "Baten")),
    [alt(gprose(f"Het resultaat over 2024 bedraagt € {nl(d.G_JS_RES)} positief", f"€ {nl(d.G_JS_RES)}"))],
    other=[gprose("voorlopige resultaat over 2024 van afgerond € 0,5 miljoen positief", "0,5", None, 1_000_000)])
fig("ao-g-11", "Hoe hoog was de algemene reserve van het Werkplein Noord-Twente op 31 december 2024?", GR,
    alt(gcell(J23, "Algemene reserve", "Stand 31-12-2024", d.G_JS_RES_EIND[0])),
    [alt(gcell("Tabel 2.2 Balans per 31 december", "Algemene reserve", "31-12-2024", d.G_JS_RES_EIND[0], "Passiva"))],
    other=[gcell(O44, "Algemene reserve", "Stand 1-1-2026", K * d.G_OB_RESERVES[0][1])])
fig("ao-g-12", "Welk percentage van de bijdrage aan het Werkplein betaalt Oldenmaat volgens de verdeelsleutel 2026?",
    GR, alt(gcell(O12, "Oldenmaat", "Verdeelsleutel 2026", d.g_key_pct(2026)[GI["Oldenmaat"]])), unit="percent",
    other=[gcell(B2, "Oldenmaat", "Verdeelsleutel 2025", d.g_key_pct(2025)[GI["Oldenmaat"]]),
           gcell(J24, "Oldenmaat", "Verdeel-sleutel 2024", d.g_key_pct(2024)[GI["Oldenmaat"]])])
BSP = "Beschut werk (plekken)"
fig("ao-g-13", "Hoeveel plekken beschut werk plant het Werkplein Noord-Twente voor 2028?", GR,
    alt(gcell(O21, BSP, "2028", d.G_OB_KENGETAL[BSP][2])), unit="count",
    other=[gcell(B3, BSP, "Begroting 2025", d.G_BR_KENGETAL[BSP][0]), gcell(J11, BSP, "Realisatie 2024",
                                                                            d.G_JS_KENGETAL[BSP][1])])
fig("ao-g-14", "Met hoeveel stijgt de gemeentelijke bijdrage aan het Werkplein van de begroting 2025 na de 1e "
               "bestuursrapportage naar de begroting 2026?", GR,
    alt([obc(BG, 2026, "Baten"), brc(BG, BNA, "Baten")], "abs_sub"))
fig("ao-g-15", "Met hoeveel procent stijgen de personeelslasten van het Werkplein Noord-Twente van de realisatie 2024 "
               "naar de begroting 2026?", GR, alt([obc(PL, 2026, "Lasten"), js(PL, JR, "Lasten")], "pct"),
    unit="percent", tol=0.06)
fig("ao-g-16", "Hoeveel betaalt Dinkelland in de jaren 2026 tot en met 2029 in totaal aan het Werkplein "
               "Noord-Twente?", GR, alt([obg("Dinkelland", y) for y in (2026, 2027, 2028, 2029)], "add"))
fig("ao-g-17", "Hoeveel meer betaalt Twenterand in 2026 aan het Werkplein dan de netto bijdrage over 2024?", GR,
    alt([obg("Twenterand", 2026), gcell(J24, "Twenterand", "Netto bijdrage 2024", d.G_JS_NETTO_G[GI["Twenterand"]])],
        "abs_sub"))
fig("ao-g-18", "Wat was de totale bezoldiging van de directeur van het Werkplein Noord-Twente in 2024?", GR,
    alt(gcell(J28, "Bezoldiging 2024", "2024", d.G_JS_WNT_TOT)))

# conversations
TW, DK = "Twenterand", "Dinkelland"
t1 = fig_turn("Hoeveel betaalt Twenterand in 2026 aan het Werkplein Noord-Twente?", GR, alt(obg(TW, 2026)),
              [alt(gprose(f"bijdrage van Twenterand in 2026 uitkomt op € {nl(K * d.G_OB_BIJDR[0][GI[TW]])}",
                          f"€ {nl(K * d.G_OB_BIJDR[0][GI[TW]])}"))],
              other=[gcell(B2, TW, BNA, K * d.G_BR_BIJDR_NA[GI[TW]])])
t2 = fig_turn("En in 2027?", GR, alt(obg(TW, 2027)))
t3 = fig_turn("En Dinkelland?", GR, alt(obg(DK, 2027)))
conv("ao-g-conv-01", None, [t1, t2, t3])
t1 = fig_turn("Wat waren de personeelslasten van het Werkplein Noord-Twente volgens de jaarstukken 2024?", GR,
              alt(js(PL, JR, "Lasten")),
              [alt(gprose(f"De personeelslasten van het ambtelijk personeel kwamen uit op € {nl(d.G_JS_LASTEN[PL][2])}",
                          f"€ {nl(d.G_JS_LASTEN[PL][2])}"))],
              other=[brc(PL, BNA, "Lasten"), obc(PL, 2026, "Lasten")])
t2 = fig_turn("En wat was daarvoor oorspronkelijk begroot?", GR, alt(js(PL, JP, "Lasten")),
              other=[js(PL, JW, "Lasten")])
t3 = fig_turn("En in de ontwerpbegroting 2026?", GR, alt(obc(PL, 2026, "Lasten")),
              [alt(gprose(f"De personeelslasten stijgen in 2026 naar € {nl(K * d.G_OB_LASTEN[PL][0])}",
                          f"€ {nl(K * d.G_OB_LASTEN[PL][0])}"))],
              other=[ob25(PL, "Lasten")])
conv("ao-g-conv-02", None, [t1, t2, t3])
t1 = fig_turn("Hoeveel is er in de 1e bestuursrapportage 2025 van het Werkplein na wijziging begroot voor "
              "re-integratie?", GR, alt(brc(RJ, BNA, "Lasten")), [alt(ob25(RJ, "Lasten"))],
              other=[brc(RJ, BP, "Lasten"), obc(RJ, 2026, "Lasten")])
t2 = fig_turn("En wat was de realisatie volgens de jaarstukken 2024?", GR, alt(js(RJ, JR, "Lasten")),
              [alt(gprose(f"De lasten voor re-integratie bedroegen in 2024 € {nl(d.G_JS_LASTEN[RJ][2])}",
                          f"€ {nl(d.G_JS_LASTEN[RJ][2])}"))], other=[js(RJ, JW, "Lasten")])
conv("ao-g-conv-03", None, [t1, t2])
OL = "Oldenmaat"
t1 = fig_turn("Hoeveel krijgt Twenterand terug uit het resultaat 2024 van het Werkplein Noord-Twente?", GR,
              alt(gcell(J24, TW, "Terugbetaling resultaat 2024", d.G_JS_TERUG_G[GI[TW]])))
t2 = fig_turn("En Oldenmaat?", GR, alt(gcell(J24, OL, "Terugbetaling resultaat 2024", d.G_JS_TERUG_G[GI[OL]])))
t3 = fig_turn("En hoeveel gaat er in totaal terug naar de gemeenten?", GR,
              alt(gcell(J24, "Totaal", "Terugbetaling resultaat 2024", d.G_JS_TERUG)),
              [alt(gprose(f"en het restant van € {nl(d.G_JS_TERUG)} naar rato van de verdeelsleutel 2024",
                          f"€ {nl(d.G_JS_TERUG)}"))])
conv("ao-g-conv-04", None, [t1, t2, t3])

# ================================================================================================ refusals
ALL = "*"
NOT_W = [GF, "twenterand-programmabegroting-2020-sociaal-domein.txt",
         "dinkelland-begroting-2020-inclusieve-samenleving.txt", "collectie-overijssel-jaarstukken-2023.pdf"]
NOT_G = [KF, BF, "twenterand-programmabegroting-2020-sociaal-domein.txt",
         "dinkelland-begroting-2020-inclusieve-samenleving.txt", "collectie-overijssel-jaarstukken-2023.pdf"]
refusal("ao-x-weiger-01", "Wat is het meerjarenperspectief van Wassenaar voor 2029 volgens de kadernota 2025?",
        "the kadernota runs to 2028 and the begroting 2024 to 2027; no Wassenaar document names 2029",
        [{"rule": "absent_text", "documents": [KF, BF], "text": "2029"},
         {"rule": "no_table_column", "documents": [KF], "text": "2029"},
         {"rule": "absent_text", "documents": NOT_W, "text": "Wassenaar"}])
refusal("ao-x-weiger-02", "Hoeveel betaalt Hellendoorn in 2026 aan het Werkplein Noord-Twente?",
        "Hellendoorn is no member of the Werkplein and appears in no document",
        [{"rule": "absent_text", "documents": ALL, "text": "Hellendoorn"},
         {"rule": "not_in_manifest", "text": "Hellendoorn"}])
refusal("ao-x-weiger-03", "Wat zijn de personeelslasten van het Werkplein Noord-Twente in 2031?",
        "the ontwerpbegroting's meerjarenraming ends in 2029",
        [{"rule": "absent_text", "documents": [GF, KF, BF, "twenterand-programmabegroting-2020-sociaal-domein.txt",
                                               "dinkelland-begroting-2020-inclusieve-samenleving.txt"], "text": "2031"},
         {"rule": "no_table_column", "documents": [GF], "text": "2031"},
         {"rule": "absent_text", "documents": ["collectie-overijssel-jaarstukken-2023.pdf"], "text": "Noord-Twente"}])
refusal("ao-x-weiger-04", "Hoeveel geeft Wassenaar volgens de kadernota 2025 uit aan een nieuwe ijsbaan?",
        "no ijsbaan in any document",
        [{"rule": "absent_text", "documents": ALL, "text": "ijsbaan"}])
refusal("ao-x-weiger-05", "Wat waren de werkelijke kosten voor re-integratie van het Werkplein Noord-Twente in 2023?",
        "the jaarstukken 2024 show realisatie 2024 beside the begroting 2024 only; no 2023 column in any table "
        "holding re-integratie",
        [{"rule": "absent_regex", "documents": [GF], "text": r"(?i)(realisatie|rekening|jaarrekening) 2023"},
         {"rule": "no_column_in_tables_with_row", "documents": [GF], "row": "Re-integratie", "text": "2023"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Noord-Twente"}])
refusal("ao-x-weiger-06", "Wat staat er in de kadernota 2025 van de gemeente Lisse over jeugdhulp?",
        "Lisse has no document and is named nowhere",
        [{"rule": "absent_regex", "documents": ALL, "text": r"\bLisse\b"},
         {"rule": "not_in_manifest", "text": "Lisse"}])
refusal("ao-x-weiger-07", "Welk bedrag reserveert de kadernota 2025 van Wassenaar voor de renovatie van het zwembad?",
        "the kadernota does not mention a zwembad; the begroting 2024 names it once, without an amount",
        [{"rule": "absent_text", "documents": [KF], "text": "zwembad"},
         {"rule": "no_amount_on_lines_with", "documents": [BF], "text": "zwembad"},
         {"rule": "absent_text", "documents": NOT_W, "text": "Wassenaar"}])
refusal("ao-x-weiger-08", "Wat was het resultaat van het Werkplein Noord-Twente over 2022?",
        "the bundle holds 2023 (balans) to 2029, nothing of 2022",
        [{"rule": "absent_text", "documents": [GF], "text": "2022"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Noord-Twente"}])
refusal("ao-x-weiger-09", "Hoeveel geeft het Werkplein Noord-Twente in de begroting 2026 uit aan schuldhulpverlening?",
        "schuldhulpverlening is no task of the Werkplein and appears nowhere in its bundle",
        [{"rule": "absent_text", "documents": [GF], "text": "schuldhulp"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Noord-Twente"}])

# ================================================================================================ text
text("ao-w-tekst-01", "Welke risico's noemt de kadernota 2025 van Wassenaar rond de algemene uitkering uit het "
                      "gemeentefonds?", W, [["herijking"], ["ravijnjaar"]],
     kpassage("Het grootste risico is de herijking van het gemeentefonds in combinatie met het ravijnjaar 2026."))
text("ao-w-tekst-02", "Waarom worden de kosten voor jeugdhulp in Wassenaar hoger volgens de kadernota 2025?", W,
     [["tarieven"], ["aantal jeugdigen", "zware trajecten", "verblijf"]],
     kpassage("Het aantal jeugdigen met een vorm van jeugdhulp blijft stijgen, en de tarieven van de aanbieders "
              "stijgen mee met de lonen in de zorg. De regio Haaglanden heeft de tarieven voor 2025 met gemiddeld 6 "
              "procent verhoogd. Daarnaast zien wij meer zware trajecten met verblijf."))
text("ao-w-tekst-03", "Welke opdracht krijgt het college in de kadernota 2025 van Wassenaar voor het tekort vanaf 2026?",
     W, [["taakstelling"], ["maatregelen"]],
     kpassage("het college opdracht te geven de financiële taakstelling vanaf 2026 in de begroting 2025 in te vullen "
              "met concrete maatregelen;"), scope=W)
text("ao-w-tekst-04", "Wat wil Wassenaar volgens de kadernota 2025 doen aan de verkeersveiligheid rond scholen?", W,
     [["oversteekplaats"], ["snelheden", "fietsers"]],
     kpassage("richten wij de schoolroutes veiliger in, met duidelijke oversteekplaatsen, lagere snelheden en een "
              "betere scheiding van fietsers en auto's."))
text("ao-w-tekst-05", "Waarom voegt Wassenaar volgens de kadernota 2025 geen extra geld toe aan het "
                      "weerstandsvermogen?", W, [["17,7"], ["ondergrens", "uitstekend"]],
     kpassage(f"De weerstandsratio komt uit op {nl_dec(d.W_RATIO, 1)}. Dat is ruim boven de door de raad gewenste "
              f"ondergrens van 1,4 en valt in de hoogste klasse ('uitstekend')."), scope=W)
text("ao-g-tekst-01", "Hoe wordt het resultaat 2024 van het Werkplein Noord-Twente bestemd?", GR,
     [["150.000"], ["algemene reserve"], ["361.986", "terugbetal", "terug te betalen"]],
     gpassage(f"Het algemeen bestuur stelt voor om € {nl(d.G_JS_TOEVOEGING_AR)} toe te voegen aan de algemene "
              f"reserve, waarmee deze het afgesproken maximum bereikt, en het restant van € {nl(d.G_JS_TERUG)} naar "
              f"rato van de verdeelsleutel 2024 terug te betalen aan de deelnemende gemeenten."))
text("ao-g-tekst-02", "Welke zienswijze heeft de gemeenteraad van Dinkelland gegeven op de ontwerpbegroting 2026 van "
                      "het Werkplein?", GR, [["loon- en prijs"], ["besparing"]],
     gpassage("Dinkelland stemt in met de ontwerpbegroting 2026, maar vraagt het bestuur de stijging van de "
              "gemeentelijke bijdrage in de meerjarenraming te beperken tot de loon- en prijsontwikkeling en uiterlijk "
              "in de begroting 2027 met besparingsvoorstellen te komen."))
text("ao-g-tekst-03", "Waarom stijgen de personeelslasten van het Werkplein Noord-Twente in de 1e bestuursrapportage "
                      "2025?", GR, [["cao"], ["beschut werk", "ziekteverzuim", "formatie"]],
     gpassage("De cao gemeenten 2025 leidt tot een loonstijging die hoger is dan de 3,0 procent die in de begroting was "
              "opgenomen. Daarnaast is de formatie voor de begeleiding van beschut werk uitgebreid en is het "
              "ziekteverzuim hoger dan de norm."))
text("ao-g-tekst-04", "Wat heeft het algemeen bestuur van het Werkplein op 3 april 2025 besloten over de "
                      "leerwerkplaats?", GR, [["450.000"], ["krediet"]],
     gpassage(f"Het algemeen bestuur stemt in met een krediet van € {nl(d.G_KREDIET_LEERWERKPLAATS)} voor de "
              f"verbouwing van de leerwerkplaats in 2027."))
text("ao-g-tekst-05", "Welke risico's ziet het Werkplein Noord-Twente bij beschut werk in de begroting 2026?", GR,
     [["gemeentefonds", "vergoeding"], ["wachtlijst"]],
     gpassage("De groei van beschut werk is het grootste financiële risico. De vergoeding die de gemeenten via het "
              "gemeentefonds ontvangen, dekt de werkelijke kosten van begeleiding en loonkostensubsidie niet volledig. "
              "Bovendien is de wachtlijst nog niet weggewerkt, zodat de groei sneller kan gaan dan geraamd."))

# ================================================================================================ which
c1, c2 = k6(P4, 2026, "Lasten", d.W_LASTEN[P4]), b24(R62, P4, 2026, "lasten")
which("ao-w-welke-01", "Wat zijn de lasten van Fysieke leefomgeving in Wassenaar in 2026?", [c1, c2],
      [grp(c1), grp(c2)], why="year named, document not: the kadernota 2025 (na kadernota) and the begroting 2024 "
                              "(meerjarenraming) both give 2026")
c1, c2 = kcell(T1, "Nieuw meerjarenperspectief", "2027", K * NS[Y[2027]]), b24(R62, "Geraamde resultaat", 2027, "saldo")
which("ao-w-welke-02", "Wat is het geraamde resultaat van Wassenaar voor 2027?", [c1, c2], [grp(c1), grp(c2)],
      scope=W, why="kadernota 2025 (nieuw meerjarenperspectief) and begroting 2024 (meerjarenraming) both give 2027")
c1, c2, c3 = js(RJ, JR, "Lasten"), brc(RJ, BNA, "Lasten"), obc(RJ, 2026, "Lasten")
which("ao-g-welke-03", "Hoeveel geeft het Werkplein Noord-Twente uit aan re-integratie?", [c1, c2, c3],
      [grp(c1), grp(c2), grp(c3)], why="no year or part: jaarstukken (realisatie 2024), bestuursrapportage "
                                       "(begroting 2025 na wijziging) and ontwerpbegroting (begroting 2026)")
c1, c2 = gcell(B2, TW, BP, K * d.G_BR_BIJDR_P[GI[TW]]), gcell(B2, TW, BNA, K * d.G_BR_BIJDR_NA[GI[TW]])
which("ao-g-welke-04", "Wat is de bijdrage van Twenterand aan het Werkplein Noord-Twente in 2025?", [c1, c2],
      [grp(c1), grp(c2)], why="the bestuursrapportage gives the primitieve begroting 2025 and the begroting 2025 "
                              "na wijziging")

# ================================================================================================ any
anyc("ao-w-any-01", "Hoe staat Wassenaar er financieel voor volgens de kadernota 2025?", W,
     ["Twenterand", "Dinkelland", "Werkplein"], KF)
anyc("ao-g-any-02", "Wat doet het Werkplein Noord-Twente voor mensen die alleen in een beschutte omgeving kunnen "
                    "werken?", GR, ["Wassenaar"], GF)

# ================================================================================================ write
HEADER = """# GENERATED by source/gen_cases.py -- do not edit by hand.
# set-ao: blind evaluation set (format version 1, /work/shared/evals/FORMAT.md).
# The corpus is the four documents of /work/main/corpus plus two FICTIONAL documents written for this set:
#   - wassenaar-kadernota-2025.pdf: Gemeente Wassenaar, Kadernota 2025 (fictional; a two-column PDF whose
#     starting point is the real Begroting 2024 of Wassenaar);
#   - werkplein-noord-twente-vergaderstukken-ab-2025-07-03.pdf: the fictional gemeenschappelijke regeling
#     Werkplein Noord-Twente (Twenterand, Dinkelland and the fictional Oldenmaat and Reggedal), vergaderstukken
#     algemeen bestuur 3 juli 2025 (agenda, besluitenlijst, brief, jaarstukken 2024, 1e bestuursrapportage 2025,
#     ontwerpbegroting 2026, voorstel zienswijzen).
# Values are in euros (x € 1.000 tables x 1000, "miljoen" x 1.000.000), printed sign kept; signed is never set.
"""


def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    (SET / "cases.yaml").write_text(HEADER + yaml.safe_dump({"version": 1, "cases": CASES}, sort_keys=False,
                                                            allow_unicode=True, width=120), encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
    nt = sum(len(c.get("turns", [c])) for c in CASES)
    print(f"cases.yaml: {len(CASES)} cases, {nt} turns")


if __name__ == "__main__":
    main()
