"""Defines the cases of set-ac with their provenance and writes ../cases.yaml and provenance.json.

Every figure is computed from the printed cells named in its provenance (looked up in the text
extracted from the produced documents), with the arithmetic stated in the question.
"""
import json
import os

import yaml

import extract as E

HERE = os.path.dirname(os.path.abspath(__file__))
V = "Vennebrugge"
W = "Veiligheidsregio Wessenland"


# --- provenance helpers -----------------------------------------------------
def pc(page, label, col, scale=1, nth=0):
    """A cell of a PDF table: page, row label, column index among the cells after the label."""
    return {"doc": "pdf", "page": page, "label": label, "col": col, "scale": scale, "nth": nth}


def hc(table, label, col, scale=1, nth=0):
    return {"doc": "html", "table": table, "label": label, "col": col, "scale": scale, "nth": nth}


def pp(page, phrase, token, scale=1):
    """A figure that is only in the prose: phrase must occur in the page text; token is the number in it."""
    return {"doc": "pdf", "page": page, "phrase": phrase, "token": token, "scale": scale}


def hp(phrase, token, scale=1):
    return {"doc": "html", "phrase": phrase, "token": token, "scale": scale}


def cell_value(c):
    if "phrase" in c:
        txt = E.pdf_text(c["page"]) if c["doc"] == "pdf" else E.html_text()
        assert c["phrase"] in txt, ("phrase not printed", c["phrase"])
        assert c["token"] in c["phrase"]
        return E.parse_num(c["token"]) * c["scale"]
    row = E.pdf_row(c["page"], c["label"], c["nth"]) if c["doc"] == "pdf" else E.html_row(c["table"], c["label"], c["nth"])
    return E.parse_num(row[c["col"]]) * c["scale"]


def evaluate(cells, expr):
    env = {f"x{i}": cell_value(c) for i, c in enumerate(cells)}
    v = eval(expr, {"__builtins__": {}, "abs": abs, "round": round}, env)
    v = abs(v)
    if abs(v - round(v)) < 1e-9:
        return int(round(v))
    return round(v, 4)


# --- case builders -------------------------------------------------------------
def fig(q, cells, unit, who, expr="x0", tol=None, accept_extra=None):
    return {"question": q, "kind": "figure", "_cells": cells, "_expr": expr, "_unit": unit, "_who": who,
            "_tol": tol, "_accept_extra": accept_extra}


def txt(q, include, who, exclude=None):
    e = {"include": include, "municipality": who}
    if exclude:
        e["exclude"] = exclude
    return {"question": q, "kind": "text", "expect": e}


def ref(q):
    return {"question": q, "kind": "refusal", "expect": {}}


CASES = []


def case(cid, turn, scope=None):
    CASES.append({"id": cid, "scope": scope, "turns": [turn]})


def conv(cid, turns, scope=None):
    CASES.append({"id": cid, "scope": scope, "turns": turns})


K = 1000
# ============================ Vennebrugge (PDF) ================================
case("ac-v-jeugd-18min-2028", fig("Hoeveel trekt Vennebrugge in 2028 uit voor maatwerkdienstverlening aan jongeren onder de 18?",
     [pc(7, "6.72 Maatwerkdienstverlening 18-", 2)], "EUR", V))
conv("ac-v-sociaal-conv", [
    fig("Wat zijn de totale uitgaven van het programma Sociaal domein in 2028?", [pc(7, "Totaal lasten", 2)], "EUR", V),
    fig("Hoeveel is dat per inwoner?", [pc(7, "Totaal lasten", 2), pc(3, "Aantal inwoners", 0)], "EUR", V,
        expr="x0 / x1", tol=0.5),
    fig("En wat krijgt het programma in dat jaar aan inkomsten binnen?", [pc(8, "Totaal baten", 2)], "EUR", V),
], scope=V)
conv("ac-v-burgerzaken", [
    fig("Wat kost burgerzaken de gemeente Vennebrugge in 2028?", [pc(5, "0.2 Burgerzaken", 2, K)], "EUR", V),
    fig("En hoeveel levert het op aan leges en andere inkomsten?", [pc(5, "0.2 Burgerzaken", 2, K, nth=1)], "EUR", V),
])
case("ac-v-p1-resultaat-2027", fig("Wat is het geraamde resultaat van het programma Bestuur en veiligheid in de begroting 2027 na wijziging?",
     [pc(5, "Geraamd resultaat", 1, K)], "EUR", V), scope=V)
conv("ac-v-afval", [
    fig("Hoeveel ontvangt de gemeente in 2028 aan inkomsten voor afval?", [pc(9, "7.3 Afval", 2, K, nth=1)], "EUR", V),
    fig("En hoeveel blijft daarvan over als je de kosten van afval in dat jaar eraf haalt?",
        [pc(9, "7.3 Afval", 2, K, nth=1), pc(9, "7.3 Afval", 2, K, nth=0)], "EUR", V, expr="x0 - x1"),
], scope=V)
case("ac-v-p3-lasten-2026", fig("Wat waren de werkelijke lasten van fysieke leefomgving in 2026?",
     [pc(9, "Totaal lasten", 0, K)], "EUR", V), scope=V)
case("ac-v-onderwijshuisv-stijging", fig("Met hoeveel euro stijgen de lasten voor onderwijshuisvesting van 2027 (na wijziging) naar 2028?",
     [pc(11, "4.2 Onderwijshuisvesting", 2), pc(11, "4.2 Onderwijshuisvesting", 1)], "EUR", V, expr="x0 - x1"), scope=V)
case("ac-v-wmo18plus-groei", fig("Met hoeveel procent nemen de lasten van maatwerkdienstverlening 18+ toe van 2027 (na wijziging) naar 2028?",
     [pc(7, "6.71 Maatwerkdienstverlening 18+", 2), pc(7, "6.71 Maatwerkdienstverlening 18+", 1)], "percent", V,
     expr="(x0 / x1 - 1) * 100", tol=0.05), scope=V)
case("ac-v-resultaat-2028", fig("Sluit de begroting 2028 van Vennebrugge met een overschot? Hoe groot is het geraamde resultaat?",
     [pc(4, "Geraamd resultaat", 0, K)], "EUR", V))
conv("ac-v-gemeentefonds", [
    fig("Hoeveel krijgt Vennebrugge in 2028 uit het gemeentefonds?", [pc(12, "Algemene uitkering gemeentefonds", 2, K)], "EUR", V),
    fig("Met hoeveel procent stijgt die uitkering ten opzichte van de begroting 2027 na wijziging?", [pc(12, "Algemene uitkering gemeentefonds", 2, K),
        pc(12, "Algemene uitkering gemeentefonds", 1, K)], "percent", V, expr="(x0 / x1 - 1) * 100", tol=0.05),
], scope=V)
case("ac-v-incidenteel-lasten-2029", fig("Hoeveel eenmalige (incidentele) lasten staan er voor 2029 in de begroting?",
     [pc(12, "Totaal incidentele lasten", 1, K)], "EUR", V), scope=V)
case("ac-v-zaaksysteem", fig("wat kost de invoering van het nieuwe zaaksysteem in 2028",
     [pc(12, "Overhead Implementatie nieuw zaaksysteem", 0, K)], "EUR", V), scope=V)
case("ac-v-structureel-2029", fig("Wat is het structurele begrotingssaldo van Vennebrugge in 2029?",
     [pc(13, "Structureel begrotingssaldo", 1, K)], "EUR", V))
conv("ac-v-kengetallen", [
    fig("Wat is de netto schuldquote van Vennebrugge in de begroting 2028?", [pc(13, "1a. Netto schuldquote", 2)], "percent", V),
    fig("En de solvabiliteit in dat jaar?", [pc(13, "2. Solvabiliteitsratio", 2)], "percent", V),
    fig("Hoe groot is de structurele exploitatieruimte in 2031?", [pc(13, "3. Structurele exploitatieruimte", 5)], "percent", V),
])
case("ac-v-ozb-tarief-2028", fig("Wat is het OZB-tarief voor woningeigenaren in Vennebrugge in 2028?",
     [pc(14, "OZB woningen, eigenaar", 2)], "percent", V, tol=0.00005))
conv("ac-v-afvalheffing", [
    fig("Wat betaalt een alleenstaande in Vennebrugge in 2028 aan afvalstoffenheffing?",
        [pc(14, "Afvalstoffenheffing eenpersoonshuishouden", 2)], "EUR", V, tol=0.005),
    fig("Hoeveel euro is dat meer dan in 2027?", [pc(14, "Afvalstoffenheffing eenpersoonshuishouden", 2),
        pc(14, "Afvalstoffenheffing eenpersoonshuishouden", 1)], "EUR", V, expr="x0 - x1", tol=0.005),
])
case("ac-v-woonlasten-2028", fig("Wat zijn in 2028 de totale woonlasten voor een gezin met een eigen woning van gemiddelde waarde?",
     [pc(14, "Totale woonlasten", 1)], "EUR", V, tol=0.005), scope=V)
case("ac-v-riool-stijging", fig("Met hoeveel procent gaat de rioolheffing in Vennebrugge in 2028 omhoog?",
     [pc(14, "Rioolheffing per aansluiting (eigenaar)", 3)], "percent", V, tol=0.05))
case("ac-v-algres-eind-2028", fig("Hoeveel staat er eind 2028 naar verwachting in de algemene reserve van Vennebrugge?",
     [pc(15, "Algemene reserve", 3)], "EUR", V))
case("ac-v-res-sociaal-daling", fig("Met hoeveel neemt de reserve sociaal domein in 2028 af? Reken het verschil tussen begin- en eindstand uit.",
     [pc(15, "Reserve sociaal domein", 0), pc(15, "Reserve sociaal domein", 3)], "EUR", V, expr="x0 - x1"), scope=V)
conv("ac-v-vlonder", [
    fig("Hoeveel investeert Vennebrugge in totaal in het nieuwe kindcentrum De Vlonder?",
        [pc(16, "3. Nieuwbouw integraal kindcentrum De Vlonder (Progr. 4)", 4, K)], "EUR", V),
    fig("En hoeveel daarvan valt in 2029?", [pc(16, "3. Nieuwbouw integraal kindcentrum De Vlonder (Progr. 4)", 1, K)], "EUR", V),
])
conv("ac-v-restafval", [
    fig("Hoeveel kilo restafval per inwoner heeft Vennebrugge?", [pc(17, "Omvang huishoudelijk restafval", 2)], "count", V),
    fig("En hoeveel is dat landelijk?", [pc(17, "Omvang huishoudelijk restafval", 3)], "count", V),
])
case("ac-v-woningen", fig("Hoeveel woningen telt Vennebrugge?", [pc(3, "Aantal woningen", 0)], "count", V))
case("ac-v-schuldhulp", fig("Hoeveel huishoudens kregen in 2027 schuldhulp van de gemeente Vennebrugge?",
     [pp(6, "In 2027 hielpen we 236 huishoudens met schuldhulpverlening", "236")], "count", V))
case("ac-v-veilig", fig("Welk deel van de inwoners voelt zich veilig in de eigen buurt?",
     [pp(5, "dat 84 procent van de inwoners zich vaak of altijd veilig voelt in de eigen buurt", "84")], "percent", V), scope=V)
case("ac-v-preventie-jeugd", fig("Hoeveel geld is er in 2028 voor de preventieve jeugdaanpak in Vennebrugge?",
     [pp(6, "is in 2028 bijna € 1,8 miljoen beschikbaar", "1,8", 1000000)], "EUR", V))
case("ac-v-nieuwbouw", fig("Hoeveel nieuwe woningen worden er in 2028 en 2029 in Vennebrugge opgeleverd?",
     [pp(9, "In 2028 en 2029 worden naar verwachting 412 nieuwe woningen opgeleverd", "412")], "count", V))
case("ac-v-sportakkoord", fig("Hoeveel trekt de gemeente uit voor het sportakkoord?",
     [pp(10, "Voor de uitvoering van het lokale sportakkoord trekken we in 2028 € 275.000 uit", "275.000")], "EUR", V), scope=V)

# refusals (Vennebrugge)
conv("ac-v-sociaal-2032", [
    fig("Wat zijn de lasten van het sociaal domein in 2031?", [pc(7, "Totaal lasten", 5)], "EUR", V),
    ref("En in 2032?"),
], scope=V)
case("ac-v-ref-hondenbelasting", ref("Hoe hoog is de hondenbelasting in Vennebrugge in 2028?"))
case("ac-v-ref-ozb-gebruiker-woning", ref("Wat is in 2028 het OZB-tarief voor gebruikers van een woning in Vennebrugge?"))
case("ac-v-ref-sport-2025", ref("Hoeveel heeft Vennebrugge in 2025 uitgegeven aan sportaccommodaties?"), scope=V)

# text (Vennebrugge)
case("ac-v-txt-res-sociaal", txt("Waar is de reserve sociaal domein van Vennebrugge voor bedoeld?", ["jeugd", "wmo"], V))
case("ac-v-txt-ondermijning", txt("Wat doet de gemeente Vennebrugge tegen ondermijning?", ["bibob"], V))
case("ac-v-txt-res-grex", txt("Waarvoor dient de reserve grondexploitatie?", ["risico"], V), scope=V)
case("ac-v-txt-klimaat", txt("Wat houdt het klimaatadaptatieplan van Vennebrugge in?", ["hemelwater", ["groen", "verharding"]], V))

# ======================= Veiligheidsregio Wessenland (HTML) ====================
case("ac-w-hulterveen-2030", fig("Hoeveel betaalt Hulterveen in 2030 mee aan de veiligheidsregio?",
     [hc(4, "Hulterveen", 2)], "EUR", W))
conv("ac-w-brammelo", [
    fig("Wat is de bijdrage van Brammelo aan Veiligheidsregio Wessenland in 2029?", [hc(4, "Brammelo", 1)], "EUR", W),
    fig("En in 2033?", [hc(4, "Brammelo", 5)], "EUR", W),
    ref("En in 2034?"),
])
case("ac-w-sleutel-dingsloo", fig("Welk percentage van de kosten van de veiligheidsregio draagt Dingsloo?",
     [hc(4, "Dingsloo", 0)], "percent", W), scope=W)
case("ac-w-pollerdam-stijging", fig("Hoeveel euro gaat Pollerdam in 2030 meer betalen dan in 2029?",
     [hc(4, "Pollerdam", 2), hc(4, "Pollerdam", 1)], "EUR", W, expr="x0 - x1"), scope=W)
case("ac-w-wessemeer-pollerdam", fig("Wat betalen Wessemeer en Pollerdam samen in 2030 aan de veiligheidregio?",
     [hc(4, "Wessemeer", 2), hc(4, "Pollerdam", 2)], "EUR", W, expr="x0 + x1"))
case("ac-w-bijdragen-totaal-2030", fig("Hoeveel betalen alle gemeenten samen in 2030 aan Veiligheidsregio Wessenland?",
     [hc(0, "Bijdragen deelnemende gemeenten", 1, K)], "EUR", W, accept_extra=[hc(4, "Totaal", 2)]))
conv("ac-w-lasten", [
    fig("Wat zijn de totale lasten in de ontwerpbegroting 2030 van de veiligheidsregio?", [hc(0, "Totaal lasten", 1, K)], "EUR", W),
    fig("Hoeveel is dat meer dan in de begroting 2029 na wijziging?", [hc(0, "Totaal lasten", 1, K), hc(0, "Totaal lasten", 0, K)],
        "EUR", W, expr="x0 - x1"),
], scope=W)
case("ac-w-onttrekking-2030", fig("Hoeveel haalt Veiligheidsregio Wessenland in 2030 uit haar reserves?",
     [hc(0, "Onttrekking aan reserves", 1, K)], "EUR", W, accept_extra=[hc(7, "Totaal reserves", 2, K)]))
conv("ac-w-index", [
    fig("Met welk percentage worden de lonen bij de veiligheidsregio voor 2030 geïndexeerd?",
        [hc(2, "Loonindex", 1)], "percent", W),
    fig("Wat kost die loonindexatie?", [hc(2, "Loonindex", 2)], "EUR", W, accept_extra=[hc(1, "Loonindexatie 2030", 0, K)]),
    ref("En welke loonindex geldt voor 2031?"),
], scope=W)
case("ac-w-prijsindex-effect", fig("Wat levert de prijsindexatie voor 2030 aan extra kosten op?",
     [hc(2, "Prijsindex", 2)], "EUR", W, accept_extra=[hc(1, "Prijsindexatie 2030", 0, K)]), scope=W)
conv("ac-w-nieuw-beleid", [
    fig("Hoeveel geld vraagt de veiligheidsregio in 2030 voor nieuw beleid?", [hc(3, "Totaal nieuw beleid", 1, K)], "EUR", W),
    fig("Welk deel daarvan is structureel?", [hc(3, "waarvan structureel", 1, K)], "EUR", W),
], scope=W)
case("ac-w-ratio", fig("Wat is de ratio van het weerstandsvermogen van de veiligheidsregio?",
     [hc(6, "Ratio weerstandsvermogen", 0)], None, W), scope=W)
case("ac-w-wga-gewogen", fig("Met welk gewogen bedrag telt het risico van het eigen risico WGA mee bij de veiligheidsregio?",
     [hc(5, "Eigen risico WGA", 2)], "EUR", W), scope=W)
case("ac-w-reserve-kapitaal-eind", fig("Wat is de stand van de reserve egalisatie kapitaallasten eind 2030?",
     [hc(7, "Reserve egalisatie kapitaallasten", 3, K)], "EUR", W), scope=W)
case("ac-w-autonoom", fig("Hoeveel gaan de gemeenten in 2030 meer betalen door autonome ontwikkelingen bij de veiligheidsregio?",
     [hc(1, "Autonome ontwikkelingen", 0, K)], "EUR", W), scope=W)
case("ac-w-uitrukken", fig("Hoe vaak rukte de brandweer in Wessenland in 2028 uit?",
     [hp("In 2028 rukten de korpsen 4.318 keer uit", "4.318")], "count", W))
case("ac-w-cao-risico", fig("Hoeveel extra kan de nieuwe cao de veiligheidsregio kosten boven op de index?",
     [hp("ruim € 0,6 miljoen extra bovenop de geraamde loonindex", "0,6", 1000000)], "EUR", W), scope=W)
case("ac-w-bijdrage-stijging-pct", fig("Met hoeveel procent stijgt de totale gemeentelijke bijdrage aan de veiligheidsregio in 2030?",
     [hp("naar de ontwerpbegroting 2030 met 5,2%", "5,2")], "percent", W, tol=0.05), scope=W)

# refusals (Wessenland and other)
case("ac-w-ref-inwoners-hulterveen", ref("Hoeveel inwoners heeft de gemeente Hulterveen?"), scope=W)
case("ac-w-ref-jaarrekening-2028", ref("Wat waren volgens de jaarrekening de werkelijke lasten van Veiligheidsregio Wessenland over 2028?"))
case("ac-w-ref-schuldquote", ref("Wat is de netto schuldquote van Veiligheidsregio Wessenland?"), scope=W)
case("ac-x-ref-kolderwijk-jeugd", ref("Hoeveel geeft de gemeente Kolderwijk in 2030 uit aan jeugdhulp?"))

# text (Wessenland)
case("ac-w-txt-vrijwilligers", txt("Wat is de pilot 'Vrijwilligers blijven' van de veiligheidsregio?", ["werv", "behoud"], W))
case("ac-w-txt-res-kapitaal", txt("Waarvoor dient de reserve egalisatie kapitaallasten van Veiligheidsregio Wessenland?",
     [["schommeling", "gelijkmatig"]], W))
case("ac-w-txt-natuurbrand", txt("Wat wil de veiligheidsregio doen aan natuurbrandbeheersing?", ["voertuig", ["opleiding", "training"]], W), scope=W)
case("ac-w-txt-risicobeheersing", txt("Waarom wil de veiligheidsregio de afdeling risicobeheersing uitbreiden?",
     [["omgevingswet", "advies"]], W), scope=W)


# --- write --------------------------------------------------------------------------
def build():
    out_cases, prov = [], {}
    for c in CASES:
        turns_out = []
        for ti, t in enumerate(c["turns"]):
            t = dict(t)
            if t["kind"] == "figure":
                val = evaluate(t["_cells"], t["_expr"])
                e = {"value": val}
                if t["_accept_extra"]:
                    alts = [evaluate([x], "x0") for x in t["_accept_extra"]]
                    acc = [val] + [a for a in alts if a != val]
                    if len(acc) > 1:
                        e = {"accept": acc}
                if t["_tol"] is not None:
                    e["tolerance"] = t["_tol"]
                if t["_unit"]:
                    e["unit"] = t["_unit"]
                e["municipality"] = t["_who"]
                prov[f"{c['id']}#{ti}"] = {"cells": t["_cells"] + (t["_accept_extra"] or []), "expr": t["_expr"],
                                           "n_main": len(t["_cells"])}
                t = {"question": t["question"], "kind": "figure", "expect": e}
            turns_out.append(t)
        d = {"id": c["id"]}
        if len(turns_out) == 1:
            d["question"] = turns_out[0]["question"]
            if c["scope"]:
                d["municipality"] = c["scope"]
            d["kind"] = turns_out[0]["kind"]
            d["expect"] = turns_out[0]["expect"]
        else:
            if c["scope"]:
                d["municipality"] = c["scope"]
            d["turns"] = turns_out
        out_cases.append(d)
    doc = {"version": 1, "cases": out_cases}
    with open(os.path.join(HERE, "..", "cases.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Held-out evaluation set ac: fictional documents, see corpus/manifest.yaml.\n")
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(HERE, "provenance.json"), "w", encoding="utf-8") as fh:
        json.dump(prov, fh, ensure_ascii=False, indent=1)
    kinds = {}
    for c in out_cases:
        for t in (c.get("turns") or [c]):
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print("cases:", len(out_cases), "turns per kind:", kinds)


if __name__ == "__main__":
    build()
