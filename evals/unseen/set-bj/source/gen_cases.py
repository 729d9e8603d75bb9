"""Write ../cases.yaml (FORMAT.md version 1) from build/facts.json and the page texts of the PDFs.
Each figure turn names a fact (or a fact of a real corpus document, see REAL below); the comment
above each case gives file, page, table, row, column, printed text and the near-miss values that
are NOT accepted."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "build")
FACTS = json.load(open(os.path.join(BUILD, "facts.json")))
PAGES = {"A": json.load(open(os.path.join(BUILD, "pages_a.json"))), "B": json.load(open(os.path.join(BUILD, "pages_b.json")))}
FILE = {"A": "dinkelland-programmabegroting-2025.pdf", "B": "veiligheidsregio-kust-en-duin-jaarstukken-2024.pdf"}
MUN = {"A": "Dinkelland", "B": "Veiligheidsregio Kust en Duin"}
DK, VR, TW, WA, CO = "Dinkelland", "Veiligheidsregio Kust en Duin", "Twenterand", "Wassenaar", "Collectie Overijssel"

# Facts from the four real corpus documents (checked by check.py against the files as they are).
REAL = {
    "tw.mo.2022": dict(value=11946310, file="twenterand-programmabegroting-2020-sociaal-domein.txt", page=None, mun=TW,
                       where="Overzicht 3.1 Baten en lasten Sociaal domein", row="Maatschappelijke ondersteuning", col="2022",
                       quote="Maatschappelijke ondersteuning 11.765.883 11.824.036 11.946.310 11.958.690",
                       near=[("2021", 11824036), ("2023", 11958690), ("2020", 11765883)]),
    "dk20.stimfonds": dict(value=228000, file="dinkelland-begroting-2020-inclusieve-samenleving.txt", page=None, mun=DK,
                           where="Inclusieve samenleving - financieel (prose)", row="stimuleringsfonds bij opstellen begroting 2020",
                           col="tekst", quote="Ten tijde van het opstellen van de begroting 2020 bedraagt het stimuleringsfonds € 228.000",
                           near=[("beschikbaar gesteld in begroting 2019", 240000)]),
    "wa.afval.meer.2024": dict(value=507.12, file="wassenaar-begroting-2024.pdf", page=77, mun=WA,
                               where="Tabel 7.14 Woonlastenoverzicht Wassenaar 2023 en 2024", row="2. Afvalstoffenheffing",
                               col="Meerpersoonshuishouden 2024", quote="2. Afvalstoffenheffing € 341,28 € 352,20 3,2% € 491,40 € 507,12 3,2%",
                               near=[("Meerpersoons 2023", 491.40), ("Eenpersoons 2024", 352.20)]),
    "wa.toerist.2024": dict(value=2508000, file="wassenaar-begroting-2024.pdf", page=68, mun=WA,
                            where="Tabel 7.1 - Opbrengst uit belastingen (bedragen x € 1.000)", row="Toeristenbelasting", col="raming 2024",
                            quote="Toeristenbelasting 2.430 2.508 78", near=[("raming 2023", 2430000), ("mutatie", 78000)]),
    "co.deventer.2023": dict(value=1243000, file="collectie-overijssel-jaarstukken-2023.pdf", page=16, mun=CO,
                             where="2.1 Baten en Lasten (€ '000)", row="Baten GR Gemeente Deventer", col="Realisatie 2023",
                             quote="Baten GR Gemeente Deventer 1.243 1.243 1.207",
                             near=[("Realisatie 2022", 1207000), ("Zwolle realisatie 2023", 1662000)]),
}


def page_of(doc, quote):
    norm = lambda s: re.sub(r"\s+", " ", s)
    hits = [i + 1 for i, t in enumerate(PAGES[doc]) if norm(quote) in norm(t)]
    assert hits, (doc, quote)
    return hits


def F(key, **kw):
    """A figure turn from a fact of a new document."""
    return dict(fact=key, **kw)


def fmt_num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) > 100:
        v = int(v)
    return repr(v) if isinstance(v, float) else str(int(v))


# ----------------------------------------------------------------------------- the cases
C = []
add = C.append

# ---- Dinkelland Programmabegroting 2025 (fictional): figures
add(dict(id="bj-dk-jeugd", municipality=DK, turns=[
    dict(q="Hoeveel trekt Dinkelland in 2025 uit voor de jeugd binnen het programma Inclusieve samenleving?", fact="A.P1.L.Jeugd.2025"),
    dict(q="En hoeveel was dat in de begroting van 2024?", fact="A.P1.L.Jeugd.2024")]))
add(dict(id="bj-dk-huishoudelijke-hulp", municipality=DK, turns=[
    dict(q="Wat kost de huishoudelijke hulp uit de Wmo de gemeente Dinkelland in 2025?", fact="A.tv.L.6.711")]))
add(dict(id="bj-dk-ozb", municipality=DK, turns=[
    dict(q="Welk OZB-tarief betaal ik in 2025 als eigenaar van een woning in Dinkelland?", fact="A.ozb.Woningen, eigenaar.2025", unit="percent"),
    dict(q="En vorig jaar?", fact="A.ozb.Woningen, eigenaar.2024", unit="percent")]))
add(dict(id="bj-dk-woonlasten", municipality=DK, turns=[
    dict(q="Hoeveel woonlasten betaalt een gezin met een eigen huis in Dinkelland in 2025 in totaal?", fact="A.woonlasten.2025"),
    dict(q="Hoeveel is dat meer dan vorig jaar?", fact="A.woonlasten.verschil",
         comment="printed in the column 'Verschil' (also 859,41 - 812,15 = 47,26)"),
    dict(q="En hoeveel procent is dat?", fact="A.woonlasten.stijging", unit="percent", tolerance=0.05)]))
add(dict(id="bj-dk-weerstand", municipality=DK, turns=[
    dict(q="Hoe hoog is de ratio van het weerstandsvermogen van Dinkelland in de begroting 2025?", fact="A.wv.ratio", unit=None)]))
add(dict(id="bj-dk-algemene-reserve-eind", turns=[
    dict(q="Hoeveel geld zit er volgens de begroting 2025 van Dinkelland eind 2025 in de algemene reserve?",
         fact="A.res.Algemene reserve.Saldo 31-12-2025")]))
add(dict(id="bj-dk-veiligheidsregio", turns=[
    dict(q="Hoeveel betaalt Dinkelland in 2025 aan de Veiligheidsregio Twente?", fact="A.vp.Veiligheidsregio Twente.2025")]))
add(dict(id="bj-dk-totale-lasten", municipality=DK, turns=[
    dict(q="Hoe groot is de begroting van Dinkelland voor 2025, dus alle uitgaven bij elkaar?", fact="A.tot.L.2025",
         accept_facts=["A.tv.L.total"],
         comment="same total printed three ways: 84.700 (x € 1.000, tabel 11.1), 84,7 (€ mln, tabel 1.2), 84.700.363 (tabel 11.2 subtotaal taakvelden, euro's); "
                 "the grand total of tabel 11.2 incl. 0.10 mutaties reserves (85.922.363) is NOT accepted")]))
add(dict(id="bj-dk-saldo", municipality=DK, turns=[
    dict(q="Houdt Dinkelland in 2025 geld over op de begroting? Hoeveel?", fact="A.mjb.bsaldo.2025"),
    dict(q="En in 2027?", fact="A.mjb.bsaldo.2027", comment="printed -26 (x € 1.000) and in prose 'nadelig saldo van € 26.000'; compared as absolute value")]))
add(dict(id="bj-dk-p2-2026", municipality=DK, turns=[
    dict(q="Wat zijn de geraamde lasten van het programma Vitale kernen en leefomgeving in 2026?", fact="A.P2.L.2026"),
    dict(q="En de baten?", fact="A.P2.B.2026")]))
add(dict(id="bj-dk-riolering-2025", turns=[
    dict(q="Hoeveel geeft Dinkelland in 2025 uit aan de vervanging van de riolering in Weerselo en Rossum?",
         fact="A.inv.Vervanging riolering Weerselo en Rossum.2025",
         comment="the question asks for 2025 spending; the total krediet 2.260 (x € 1.000, also 'krediet € 2.260.000' in prose) is NOT accepted")]))
add(dict(id="bj-dk-gemeentefonds", turns=[
    dict(q="Hoeveel geld krijgt Dinkelland in 2025 van het Rijk via de algemene uitkering uit het gemeentefonds?",
         fact="A.AD.algemene_uitkering.exact", accept_facts=["A.kf.Algemene uitkering gemeentefonds (€ mln).2025"],
         comment="prose exact 54.013.940; tabel 1.2 '54,0' (€ mln) accepted; tabel 11.2 row 0.7 prints the same 54.013.940")]))
add(dict(id="bj-dk-jeugdhulp-indicator", municipality=DK, turns=[
    dict(q="Welk percentage van de jongeren in Dinkelland had in 2022 jeugdhulp?", fact="A.ind.P1.Jongeren met jeugdhulp.2022", unit="percent",
         comment="the indicator table lists years in DESCENDING order (2023, 2022, 2021)")]))
add(dict(id="bj-dk-duurzaamheid-reserve", municipality=DK, turns=[
    dict(q="Hoeveel haalt Dinkelland in 2025 uit de reserve duurzaamheid en energietransitie?",
         fact="A.res.Reserve duurzaamheid en energietransitie.Onttrekking 2025",
         comment="also printed as (275.000) in tabel 11.5 incidentele baten en lasten (baten between parentheses)")]))
add(dict(id="bj-dk-p3", turns=[
    dict(q="Wat kost het programma Economie en vrijetijd van Dinkelland in 2025?", fact="A.P3.L.2025",
         comment="this table states its scale BELOW the table ('Alle bedragen in deze tabel zijn in duizenden euro's')")]))
add(dict(id="bj-dk-kwijtschelding", municipality=DK, turns=[
    dict(q="Hoeveel mensen vroegen in 2023 kwijtschelding aan in Dinkelland?", fact="A.kwijt.verzoeken", unit="count")]))

# ---- Veiligheidsregio Kust en Duin Jaarstukken 2024 (fictional): figures
add(dict(id="bj-vr-bijdragen", turns=[
    dict(q="Hoeveel betaalde Katwijk in 2024 aan de Veiligheidsregio Kust en Duin?", fact="B.bij.Katwijk.2024"),
    dict(q="En Noordwijk?", fact="B.bij.Noordwijk.2024"),
    dict(q="Hoeveel meer is dat voor Noordwijk dan in 2023?", fact="B.bij.Noordwijk.diff",
         comment="printed in column 'Verschil in euro's' (5.550.297 - 5.263.456 = 286.841)")]))
add(dict(id="bj-vr-resultaat", municipality=VR, turns=[
    dict(q="Met welk resultaat sluit de jaarrekening 2024 van de veiligheidsregio?", fact="B.resultaat", accept_facts=["B.bal.Gerealiseerd resultaat"]),
    dict(q="Hoeveel gaat daarvan terug naar de gemeenten?", fact="B.terug"),
    dict(q="En wat was het resultaat over 2022?", kind="refusal",
         comment="only 2024 (and on the balance sheet the 2023 result 1.012 x € 1.000) are in the document; 2022 is not")]))
add(dict(id="bj-vr-lisse-terug", turns=[
    dict(q="Hoeveel krijgt de gemeente Lisse terug van het overschot 2024 van Veiligheidsregio Kust en Duin?", fact="B.terug.Lisse")]))
add(dict(id="bj-vr-brandweer-kosten", municipality=VR, turns=[
    dict(q="Wat heeft de brandweerzorg in 2024 werkelijk gekost?", fact="B.prog.Brandweerzorg.L.real", accept_facts=["B.ov.Brandweerzorg.L"],
         comment="24.412 (x € 1.000) in the programme table, 24.411.687 exact in tabel 4.1")]))
add(dict(id="bj-vr-risicobeheersing-onder", municipality=VR, turns=[
    dict(q="Hoeveel bleef de veiligheidsregio bij risicobeheersing in 2024 onder het budget?", fact="B.prog.Risicobeheersing.L.diff",
         accept_facts=["B.ov.Risicobeheersing.Ldiff", "B.afw.Risicobeheersing: vacatures toezichthouders niet volledig ingevuld"],
         comment="lasten: begroting na wijziging 3.960 - realisatie 3.711 = 249 V (x € 1.000); tabel 4.1 verschil 249.106; tabel 4.2 249.700 V. "
                 "The realisatie itself (3.711.000 / 3.710.706) is NOT accepted")]))
add(dict(id="bj-vr-uitrukken", turns=[
    dict(q="Hoe vaak rukte de brandweer van Veiligheidsregio Kust en Duin in 2024 uit?", fact="B.kg.Aantal uitrukken brandweer.2024", unit="count"),
    dict(q="En in 2023?", fact="B.kg.Aantal uitrukken brandweer.2023", unit="count")]))
add(dict(id="bj-vr-liquide", municipality=VR, turns=[
    dict(q="Hoeveel geld stond er eind 2024 op de bank bij de veiligheidsregio (liquide middelen)?", fact="B.bal.Liquide middelen",
         comment="balance sheet columns are 31-12-2024 then 31-12-2023 (descending); scale 'Bedragen x € 1.000.' is printed BELOW the table")]))
add(dict(id="bj-vr-per-inwoner", turns=[
    dict(q="Hoeveel betaalt een gemeente per inwoner aan Veiligheidsregio Kust en Duin in 2024?", fact="B.perinw")]))

# ---- real corpus documents mixed in
add(dict(id="bj-real-twenterand-mo", turns=[
    dict(q="Hoeveel begrootte Twenterand in de programmabegroting 2020 voor maatschappelijke ondersteuning in het jaar 2022?", real="tw.mo.2022")]))
add(dict(id="bj-mix-fondsen", municipality=DK, turns=[
    dict(q="Hoeveel geld is er in de begroting 2025 voor het leefbaarheidsfonds voor inwonersinitiatieven?", fact="A.doing.leefbaarheidsfonds"),
    dict(q="En hoeveel zat er in het stimuleringsfonds toen de begroting 2020 werd opgesteld?", real="dk20.stimfonds")]))
add(dict(id="bj-mix-toeristenbelasting", turns=[
    dict(q="Hoeveel verwacht Dinkelland in 2025 op te halen met de toeristenbelasting?", fact="A.opbrengst.Toeristenbelasting"),
    dict(q="En Wassenaar in 2024?", real="wa.toerist.2024")]))
add(dict(id="bj-real-wassenaar-afval", municipality=WA, turns=[
    dict(q="Wat betaalt een meerpersoonshuishouden in Wassenaar in 2024 aan afvalstoffenheffing?", real="wa.afval.meer.2024")]))
add(dict(id="bj-real-co-deventer", turns=[
    dict(q="Hoeveel heeft de gemeente Deventer in 2023 bijgedragen aan Collectie Overijssel?", real="co.deventer.2023")]))

# ---- refusals
add(dict(id="bj-ref-dk-2030", municipality=DK, turns=[
    dict(q="Wat zijn de lasten van het programma Inclusieve samenleving in 2030?", kind="refusal",
         comment="meerjarenraming runs to 2028")]))
add(dict(id="bj-ref-vr-2026", turns=[
    dict(q="Hoeveel moet Katwijk in 2026 betalen aan Veiligheidsregio Kust en Duin?", kind="refusal",
         comment="jaarstukken 2024 only hold 2024 and 2023 contributions")]))
add(dict(id="bj-ref-tubbergen", turns=[
    dict(q="Hoeveel geeft de gemeente Tubbergen in 2025 uit aan jeugdhulp?", kind="refusal",
         comment="Tubbergen is only mentioned as partner in Noaberkracht; no Tubbergen budget in the corpus")]))
add(dict(id="bj-ref-dk-rijbewijs", municipality=DK, turns=[
    dict(q="Wat kost een nieuw rijbewijs in Dinkelland in 2025?", kind="refusal",
         comment="tabel 8.2 has leges paspoort (€ 81,35) but no rijbewijs; the paspoort tariff must NOT be given")]))
add(dict(id="bj-ref-vrt-personeel", turns=[
    dict(q="Hoeveel beroepsbrandweerlieden heeft de Veiligheidsregio Twente in dienst?", kind="refusal",
         comment="Dinkelland's begroting only gives its contribution to VR Twente; 214,6 fte belongs to the fictional VR Kust en Duin")]))
add(dict(id="bj-ref-vr-2022", municipality=VR, turns=[
    dict(q="Hoeveel uitrukken had de brandweer in 2022?", kind="refusal", comment="kerngegevens only 2024 and 2023")]))
add(dict(id="bj-ref-hof-van-twente", turns=[
    dict(q="Wat is het OZB-tarief voor woningen in Hof van Twente in 2025?", kind="refusal")]))
add(dict(id="bj-ref-dk-werkelijk-2025", municipality=DK, turns=[
    dict(q="Hoeveel heeft Dinkelland in 2025 werkelijk uitgegeven aan sport, volgens de jaarrekening?", kind="refusal",
         comment="only the begroting 2025 is in the corpus, no jaarrekening 2025; the budget 4.517 (x € 1.000) is not a realisation")]))

# ---- text turns
add(dict(id="bj-txt-dk-p1-doelen", municipality=DK, turns=[
    dict(q="Wat wil Dinkelland in 2025 bereiken met het programma Inclusieve samenleving?", kind="text",
         include=[["gezondheid", "bewegen"], ["jeugdhulp", "jongeren"]])]))
add(dict(id="bj-txt-vr-opkomst", municipality=VR, turns=[
    dict(q="Waarom heeft de brandweer de opkomsttijdnorm in 2024 niet gehaald?", kind="text",
         include=[["vrijwilliger"], ["overdag", "dagdienst"]])]))
add(dict(id="bj-txt-dk-afval", municipality=DK, turns=[
    dict(q="Wat verandert er aan het afval ophalen in de buitengebieden van Dinkelland?", kind="text",
         include=[["omgekeerd inzamelen", "omgekeerde inzameling"]])]))
add(dict(id="bj-txt-vr-resultaatbestemming", turns=[
    dict(q="Wat doet Veiligheidsregio Kust en Duin met het overschot over 2024?", kind="text",
         include=[["vervanging materieel", "hoogwerker"], ["terug", "terugbetal"]])]))
add(dict(id="bj-txt-vr-verdeelsleutel", municipality=VR, turns=[
    dict(q="Hoe wordt de bijdrage van elke gemeente aan de veiligheidsregio berekend?", kind="text",
         include=[["vaste voet", "vast bedrag"], ["inwoner"]])]))
add(dict(id="bj-txt-vr-duinbrand", municipality=VR, turns=[
    dict(q="Wat heeft de veiligheidsregio geleerd van de duinbrand?", kind="text", include=[["draaiboek"]])]))
add(dict(id="bj-txt-dk-schulden", municipality=DK, turns=[
    dict(q="Wat doet de gemeente om schulden bij inwoners vroeg op te sporen?", kind="text",
         include=[["Doorbraak schulden", "vroegsignalering"]])]))
add(dict(id="bj-txt-dk-2027", municipality=DK, turns=[
    dict(q="Hoe vangt Dinkelland het nadeel in 2027 op?", kind="text", include=[["algemene reserve"]])]))
add(dict(id="bj-txt-dk-verbonden", turns=[
    dict(q="Met welke verbonden partijen werkt Dinkelland samen volgens de begroting 2025?", kind="text",
         include=[["Noaberkracht"], ["Veiligheidsregio Twente", "Regio Twente", "Soweco", "Omgevingsdienst"]])]))
add(dict(id="bj-txt-real-dk-werkateliers", municipality=DK, turns=[
    dict(q="Waarom begon Dinkelland volgens de begroting 2020 met werkateliers in het sociaal domein?", kind="text",
         include=[["houding", "gedrag"]], real_text=("dinkelland-begroting-2020-inclusieve-samenleving.txt",
                                                     "Daarom starten we met werkateliers"))]))

# ---- any
add(dict(id="bj-any-vr-financien", turns=[
    dict(q="Hoe staat Veiligheidsregio Kust en Duin er financieel voor?", kind="any", exclude=["Collectie Overijssel"], mun=VR)]))
add(dict(id="bj-any-dk-woonlasten", municipality=DK, turns=[
    dict(q="Kun je de woonlasten in Dinkelland voor 2025 kort samenvatten?", kind="any", exclude=["Wassenaar"], mun=DK)]))


# ----------------------------------------------------------------------------- extra facts named above
def extra_facts():
    # prose amounts that the generator printed but did not register
    t = PAGES["A"]
    FACTS["A.doing.leefbaarheidsfonds"] = dict(value=165000, printed="165.000", doc="A",
                                               where="Programma 1, Wat gaan we daarvoor doen? (bullet)", row="leefbaarheidsfonds 2025",
                                               col="tekst", quote="Het leefbaarheidsfonds voor inwonersinitiatieven krijgt in 2025 een budget van € 165.000",
                                               near=[], unit="EUR")


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def emit():
    extra_facts()
    out = ["# set-bj: blind evaluation set (format: /work/shared/evals/FORMAT.md, version 1).",
           "# Generated by source/gen_cases.py from source/build/facts.json; do not edit by hand.",
           "# Documents: corpus/dinkelland-programmabegroting-2025.pdf (FICTIEF, doc A) and",
           "# corpus/veiligheidsregio-kust-en-duin-jaarstukken-2024.pdf (FICTIEF, doc B), plus the four real documents.",
           "# Values are in euros after applying the table's scale; page numbers are PDF page indexes (1-based).",
           "version: 1", "cases:"]
    sources = []
    nturn = {"figure": 0, "text": 0, "refusal": 0, "any": 0}
    for case in C:
        turns_y = []
        comments = []
        for ti, t in enumerate(case["turns"]):
            kind = t.get("kind", "figure")
            nturn[kind] += 1
            exp = {}
            tag = f"turn {ti + 1}: " if len(case["turns"]) > 1 else ""
            if kind == "figure":
                if "fact" in t:
                    f = FACTS[t["fact"]]
                    doc = f["doc"]
                    pages = page_of(doc, f["quote"])
                    mun = MUN[doc]
                    comments.append(f"{tag}src {FILE[doc]} p.{','.join(map(str, pages))} | {f['where']} | row '{f['row']}' | col '{f['col']}' | printed '{f['printed']}'")
                    comments.append(f"{' ' * len(tag)}quote: \"{f['quote']}\"")
                    sources.append(dict(case=case["id"], turn=ti + 1, file=FILE[doc], doc=doc, pages=pages, quote=f["quote"], printed=f["printed"]))
                    value = f["value"]
                    near = list(f.get("near") or [])
                    unit = t.get("unit", f.get("unit", "EUR"))
                else:
                    r = REAL[t["real"]]
                    comments.append(f"{tag}src {r['file']} {'p.' + str(r['page']) if r['page'] else '(text export)'} | {r['where']} | row '{r['row']}' | col '{r['col']}'")
                    comments.append(f"{' ' * len(tag)}quote: \"{r['quote']}\"")
                    sources.append(dict(case=case["id"], turn=ti + 1, file=r["file"], doc="real", pages=[r["page"]] if r["page"] else None,
                                        quote=r["quote"], printed=None))
                    value, near, mun, unit = r["value"], r["near"], r["mun"], t.get("unit", "EUR")
                accept = []
                for k in t.get("accept_facts", []):
                    fk = FACTS[k]
                    accept.append(fk["value"])
                    sources.append(dict(case=case["id"], turn=ti + 1, file=FILE[fk["doc"]], doc=fk["doc"], pages=page_of(fk["doc"], fk["quote"]),
                                        quote=fk["quote"], printed=fk["printed"]))
                    comments.append(f"{' ' * len(tag)}also accepted: {fk['where']} | row '{fk['row']}' | col '{fk['col']}' | printed '{fk['printed']}'")
                accept += t.get("accept_values", [])
                if near:
                    comments.append(f"{' ' * len(tag)}NOT accepted (near misses): " + "; ".join(f"{a} = {fmt_num(b) if not isinstance(b, str) else b}" for a, b in near))
                if t.get("comment"):
                    comments.append(f"{' ' * len(tag)}note: {t['comment']}")
                if accept:
                    accept = [value] + [a for a in accept if a != value]
                    parts = [f"value: {fmt_num(value)}", f"accept: [{', '.join(fmt_num(a) for a in accept)}]"]
                else:
                    parts = [f"value: {fmt_num(value)}"]
                if t.get("tolerance"):
                    parts.append(f"tolerance: {t['tolerance']}")
                if unit:
                    parts.append(f"unit: {unit}")
                parts.append(f"municipality: {mun}")
                exp_s = "{" + ", ".join(parts) + "}"
            elif kind == "text":
                inc = "[" + ", ".join(yq(i) if isinstance(i, str) else "[" + ", ".join(yq(j) for j in i) + "]" for i in t["include"]) + "]"
                mun = case.get("municipality") or t.get("mun")
                if "real_text" in t:
                    comments.append(f"{tag}text source: {t['real_text'][0]} ('{t['real_text'][1]}...')")
                    sources.append(dict(case=case["id"], turn=ti + 1, file=t["real_text"][0], doc="real", pages=None, quote=t["real_text"][1], printed=None))
                else:
                    comments.append(f"{tag}text turn: include items are words of the document's prose")
                exp_s = "{include: " + inc + (f", municipality: {mun}" if mun else "") + "}"
            elif kind == "any":
                comments.append(f"{tag}any: passes when the exclude and municipality conditions hold")
                exp_s = "{exclude: [" + ", ".join(yq(e) for e in t["exclude"]) + f"], municipality: {t['mun']}" + "}"
            else:
                comments.append(f"{tag}refusal" + (f": {t['comment']}" if t.get("comment") else ""))
                exp_s = None
            turns_y.append((t["q"], kind, exp_s))
        for c in comments:
            out.append("# " + c)
        out.append(f"- id: {case['id']}")
        if len(turns_y) == 1:
            q, kind, exp_s = turns_y[0]
            out.append(f"  question: {yq(q)}")
            if case.get("municipality"):
                out.append(f"  municipality: {case['municipality']}")
            out.append(f"  kind: {kind}")
            if exp_s:
                out.append(f"  expect: {exp_s}")
        else:
            if case.get("municipality"):
                out.append(f"  municipality: {case['municipality']}")
            out.append("  turns:")
            for q, kind, exp_s in turns_y:
                out.append(f"  - question: {yq(q)}")
                out.append(f"    kind: {kind}")
                if exp_s:
                    out.append(f"    expect: {exp_s}")
    with open(os.path.join(SET, "cases.yaml"), "w") as fh:
        fh.write("\n".join(out) + "\n")
    with open(os.path.join(BUILD, "sources.json"), "w") as fh:
        json.dump(sources, fh, ensure_ascii=False, indent=1)
    print(f"cases: {len(C)}, turns: {sum(len(c['turns']) for c in C)}, by kind: {nturn}")


if __name__ == "__main__":
    emit()
