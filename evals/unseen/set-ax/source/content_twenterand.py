"""Document model of the FICTIONAL 'Gemeente Twenterand, Programmabegroting 2025' (set-ax).

Builds a list of blocks (headings, paragraphs, lists, tables) with every printed string; render_twenterand.js
lays it out with pdfmake. Conventions of this document: lasten and baten positive, saldo = baten - lasten,
negatives printed as '-/- 1.234'; programme tables x € 1.000 with the scale stated once in a sentence above the
group of tables ('Alle bedragen in deze paragraaf zijn x € 1.000.'); two-row headers; V/N beside differences;
subtotal rows in italics, totals in bold; taakveld table in whole euros with the taakveld code in the first column,
broken over pages under a repeated header; a table with years as its rows.
"""
from data import *            # noqa: F401,F403
from fmt import amt_slash as A, dec, pct, thousands, euro, rnd

COLS6 = ["2023", "2024 na wijziging", "2025", "2026", "2027", "2028"]
HDR6 = [[{"text": "Omschrijving", "rowSpan": 2}, {"text": "Rekening"}, {"text": "Begroting", "colSpan": 2}, {},
         {"text": "Meerjarenraming", "colSpan": 3}, {}, {}],
        [{}, "2023", "2024 na wijziging", "2025", "2026", "2027", "2028"]]

blocks = []


def H1(t): blocks.append({"t": "h1", "text": t})
def H2(t): blocks.append({"t": "h2", "text": t})
def H3(t): blocks.append({"t": "h3", "text": t})
def P(t): blocks.append({"t": "p", "text": t})
def SCALE(t): blocks.append({"t": "scale", "text": t})
def NOTE(t): blocks.append({"t": "note", "text": t})
def UL(items): blocks.append({"t": "ul", "items": items})
def BR(): blocks.append({"t": "pagebreak"})


def TABLE(tid, caption, header, rows, widths, align=None, repeat=False, cols=None, font=8):
    """rows: list of dict(cells=[...], style='normal'|'group'|'sub'|'total'); cols = leaf column labels."""
    blocks.append({"t": "table", "id": tid, "caption": caption, "header": header, "rows": rows,
                   "widths": widths, "align": align, "repeat": repeat, "cols": cols, "font": font})


def R(label, vals, style="normal", f=A):
    return {"cells": [label] + [f(v) if isinstance(v, (int, float)) else v for v in vals], "style": style}


def G(label, n):
    return {"cells": [label] + [""] * n, "style": "group"}


def VN(d):
    """difference as absolute amount plus V/N letter: d > 0 = voordeel."""
    return thousands(d), ("V" if d > 0 else ("N" if d < 0 else ""))


TOT = TW_TOT

# ------------------------------------------------------------------------------------------- title page
blocks.append({"t": "title", "lines": [
    ("Gemeente Twenterand", "org"),
    ("Programmabegroting 2025", "title"),
    ("en meerjarenraming 2026-2028", "subtitle"),
    ("Vriezenveen, september 2024", "meta"),
], "notice": ("FICTIEF DOCUMENT. Deze programmabegroting is gemaakt voor een evaluatieset. De opbouw volgt een "
              "echte Nederlandse gemeentebegroting, maar alle bedragen, aantallen en percentages zijn verzonnen en "
              "komen niet overeen met de werkelijke begroting van de gemeente Twenterand.")})
blocks.append({"t": "toc"})

# ------------------------------------------------------------------------------------------- 1 inleiding
H1("1 Inleiding")
H2("1.1 Aanbieding")
t = TOT[2]
P("Voor u ligt de programmabegroting 2025 van de gemeente Twenterand. Met deze begroting geeft het college "
  "invulling aan het coalitieakkoord 'Samen verder bouwen aan Twenterand' en aan de kadernota 2025. De begroting "
  f"2025 sluit met een positief geraamd resultaat van € {thousands(TW_RESULT_TARGET[2] * 1000)}. In het "
  f"meerjarenperspectief is 2026 ook sluitend (€ {thousands(TW_RESULT_TARGET[3] * 1000)} positief), maar laat 2027 "
  f"een tekort zien van € {thousands(-TW_RESULT_TARGET[4] * 1000)}. Dat tekort komt vooral door de lagere groei van "
  "de algemene uitkering uit het gemeentefonds vanaf 2026 ('het ravijnjaar'), terwijl de kosten van jeugdhulp en Wmo "
  "blijven stijgen. In de voorjaarsnota 2025 komen wij met voorstellen om ook 2027 sluitend te maken.")
P(f"De totale lasten in 2025 bedragen € {dec(t['lasten_tot'] / 1000, 1).replace('.', ',')} miljoen. Ruim de helft "
  f"daarvan gaat naar het sociaal domein (programma 6): € {thousands(t['prog_lasten'][6] * 1000)}.")
H2("1.2 Kerngegevens")
P("De kerngegevens hieronder zijn de basis voor de ramingen in deze begroting, onder meer voor de algemene "
  "uitkering en de opbrengst van de belastingen.")
TABLE("T1.1", "Tabel 1.1 Kerngegevens", [["Kerngegeven", "1 januari 2023", "1 januari 2024"]],
      [R("Aantal inwoners", [TW_INWONERS["2023-01-01"], TW_INWONERS["2024-01-01"]]),
       R("waarvan jongeren van 0 tot en met 17 jaar", [7431, TW_KERN["jongeren_0_17"]]),
       R("waarvan 65 jaar en ouder", [7590, TW_KERN["ouderen_65plus"]]),
       R("Aantal huishoudens", [14052, TW_KERN["huishoudens"]]),
       R("Aantal woonruimten", [14871, TW_KERN["woonruimten"]]),
       R("Oppervlakte (hectare)", [TW_KERN["oppervlakte_ha"], TW_KERN["oppervlakte_ha"]])],
      [230, 90, 90], cols=["Kerngegeven", "1 januari 2023", "1 januari 2024"])
P(f"Op 1 januari 2024 telde Twenterand {thousands(TW_INWONERS['2024-01-01'])} inwoners, verdeeld over zes kernen: "
  "Vriezenveen, Westerhaar-Vriezenveensewijk, Vroomshoop, Den Ham, Geerdijk en Bruinehaar.")
H2("1.3 Leeswijzer")
P("Hoofdstuk 2 bevat de zeven programma's. Elk programma begint met een korte inleiding en beantwoordt drie vragen: "
  "Wat willen we bereiken? Wat gaan we daarvoor doen? Wat mag het kosten? De doelen staan in een doelenboom: per "
  "programma een beoogd maatschappelijk effect, daaronder doelen (bijvoorbeeld doel 6.4.2) en subdoelen (6.4.2.1). "
  "Bij elk programma staan de verplichte beleidsindicatoren uit de Regeling beleidsindicatoren, met het jaar van "
  "de meting.")
P("In de tabellen 'Wat mag het kosten?' staan lasten en baten als positieve bedragen. Het saldo is baten min lasten: "
  "een nadelig saldo staat er als -/- 1.234. De kolom Rekening 2023 bevat de cijfers van de jaarstukken 2023; de "
  "kolom Begroting 2024 na wijziging de begroting 2024 inclusief de wijzigingen tot en met de najaarsnota 2024. "
  "Hoofdstuk 3 geeft het overzicht van baten en lasten van de hele begroting, hoofdstuk 4 het overzicht per taakveld "
  "en hoofdstuk 5 de verplichte paragrafen.")

# ------------------------------------------------------------------------------------------- 2 programma's
H1("2 Programma's")

PROGTEXT = {
    1: {"intro": "Twenterand wil een open en bereikbare gemeente zijn voor de inwoners van alle zes kernen. Het "
                 "gemeentebestuur werkt samen met inwoners, ondernemers en de andere Twentse gemeenten.",
        "effect": "Inwoners ervaren een betrouwbaar bestuur en een dienstverlening die past bij hun vraag",
        "doelen": [("Een open en toegankelijk bestuur", ["Inwoners worden vroeg betrokken bij plannen in hun kern",
                                                         "Raad en college werken samen met de Twentse gemeenten in Regio Twente"]),
                   ("Dienstverlening dichtbij en digitaal waar het kan",
                    ["80% van de producten van burgerzaken is digitaal aan te vragen",
                     "Inwoners die niet digitaal vaardig zijn, kunnen terecht bij het Informatiepunt Digitale Overheid in de bibliotheek"])],
        "doen": ["We starten in 2025 met kernagenda's in Den Ham en Westerhaar-Vriezenveensewijk.",
                 "Het gemeentehuis in Vriezenveen is op donderdag tot 20.00 uur open voor afspraken bij burgerzaken.",
                 "We bereiden de gemeenteraadsverkiezingen van maart 2026 voor.",
                 "De piek in de aanvragen van paspoorten en identiteitskaarten houdt aan tot in 2025; daardoor zijn de leges hoger."]},
    2: {"intro": "Veiligheid is een basisvoorwaarde om prettig te wonen, te werken en te recreëren. De brandweerzorg en "
                 "de crisisbeheersing zijn belegd bij de Veiligheidsregio Twente.",
        "effect": "Inwoners voelen zich veilig in hun woonomgeving",
        "doelen": [("Een goed voorbereide crisisbeheersing en brandweerzorg",
                    ["De brandweer is in 90% van de spoedmeldingen binnen de normtijd ter plaatse"]),
                   ("Minder ondermijnende criminaliteit",
                    ["Signalen van ondermijning worden gemeld en opgevolgd",
                     "Jongeren raken niet betrokken bij drugshandel"])],
        "doen": ["We voeren met de politie en het RIEC Oost-Nederland integrale controles uit op bedrijventerreinen en in het buitengebied.",
                 "We zetten in 2025 twee extra boa's in, vooral in de avonduren.",
                 "De bijdrage aan de Veiligheidsregio Twente stijgt in 2025, door de nieuwe cao en de vervanging van tankautospuiten."]},
    3: {"intro": "Het programma Ruimte en wonen gaat over de fysieke leefomgeving: wonen, bouwen, wegen, groen, afval "
                 "en riolering.",
        "effect": "Een aantrekkelijke, duurzame en veilige leefomgeving met voldoende woningen voor alle doelgroepen",
        "doelen": [("Voldoende en passende woningen",
                    ["Tot en met 2028 worden 850 woningen gebouwd, waarvan 30% sociale huur",
                     "Meer woningen voor ouderen en starters in alle kernen"]),
                   ("Een schone en goed onderhouden openbare ruimte",
                    ["Minder restafval: naar 75 kg per inwoner in 2028",
                     "Wegen en groen worden onderhouden op beeldkwaliteitsniveau B"]),
                   ("Een klimaatbestendig rioolstelsel", ["Hemelwater wordt waar mogelijk afgekoppeld"])],
        "doen": ["We vervangen de riolering in Westerhaar-Vriezenveensewijk en reconstrueren de Vriezenveenseweg.",
                 "We zetten de reserve woningbouwimpuls in voor starterswoningen.",
                 "De afvalstoffenheffing stijgt in 2025, door hogere verwerkingstarieven van Twence en de verhoging van de "
                 "rijksbelasting op het verbranden van afval (de afvalstoffenbelasting)."]},
    4: {"intro": "Een sterke lokale economie zorgt voor werk dichtbij en levendige kernen.",
        "effect": "Een sterke lokale economie met werk dichtbij",
        "doelen": [("Ruimte voor bedrijven", ["Het bedrijventerrein Kievitsheuvel-Noord is in 2026 bouwrijp"]),
                   ("Meer toeristische bestedingen", ["Het aantal overnachtingen stijgt naar 210.000 in 2028"])],
        "doen": ["We richten met ondernemers een ondernemersfonds op in Vroomshoop.",
                 "We verhogen de toeristenbelasting in 2025 naar € 1,85 per persoon per nacht."]},
    5: {"intro": "Goed onderwijs, sport en cultuur geven kinderen en volwassenen kansen om zich te ontwikkelen en mee te doen.",
        "effect": "Iedere inwoner krijgt de kans zich te ontwikkelen en mee te doen",
        "doelen": [("Onderwijsachterstanden zijn teruggedrongen",
                    ["Zoveel mogelijk kinderen van 2,5 tot 4 jaar krijgen een aanbod voorschoolse educatie"]),
                   ("Goede en duurzame schoolgebouwen", ["Het integraal kindcentrum Den Ham is in 2027 in gebruik"]),
                   ("Meer inwoners sporten en bewegen", ["Het aantal niet-sporters daalt naar 50% in 2028"])],
        "doen": ["We starten de nieuwbouw van het integraal kindcentrum (IKC) Den Ham.",
                 "We renoveren het kunstgrasveld op sportpark De Kuil.",
                 "De bibliotheek opent een Taalhuis in Vroomshoop."]},
    7: {"intro": "Dit programma bevat de algemene dekkingsmiddelen (de inkomsten die niet aan een taak zijn gebonden), "
                 "de overhead, de vennootschapsbelasting en de post onvoorzien.",
        "effect": "Een structureel sluitende begroting en een solide financiële positie",
        "doelen": [("Een structureel en reëel sluitende meerjarenbegroting",
                    ["De ratio weerstandsvermogen blijft boven 1,4", "De netto schuldquote blijft onder 90%"])],
        "doen": ["We stellen in 2025 een nieuwe nota reserves en voorzieningen op.",
                 "We houden de stijging van de OZB voor woningen gelijk aan de inflatie."]},
}

SD = {  # programme 6, four doelenbomen in the style of the real Twenterand begroting
    "intro": "Het sociaal domein omvat werk en inkomen, de Wmo, gezondheid en jeugd. Wij willen dat inwoners zo veel "
             "mogelijk zelf hun dagelijkse dingen kunnen doen en meedoen in de samenleving. Waar dat niet lukt, helpen "
             "en ondersteunen wij. De kosten van jeugdhulp en Wmo stijgen nog steeds, daarom blijven preventie en "
             "sturing op de zorgkosten nodig.",
    "bomen": [
        ("Sociale zaken", "Participerende en financieel zelfredzame inwoners", [
            ("Naar vermogen participerende doelgroep Participatiewet",
             ["Meer inwoners met een uitkering vinden betaald werk, ook in deeltijd",
              "Inwoners met een arbeidsbeperking hebben een passende plek, bij Soweco of bij een gewone werkgever"]),
            ("Financieel zelfredzame inwoners",
             ["Inwoners met onvoldoende draagkracht beschikken over voldoende middelen om mee te doen",
              "Afname van het aantal inwoners met niet beheersbare problematische schulden"])],
         ["Het team Werk en Inkomen begeleidt elke nieuwe aanvrager binnen vier weken naar werk of een traject.",
          "We zetten 'Vroeg Eropaf' voort: bij betalingsachterstanden op huur of energie nemen we binnen een week contact op.",
          f"Op 1 januari 2024 ontvingen {TW_PROSE['bijstand_huishoudens_2024']} huishoudens een bijstandsuitkering."]),
        ("Maatschappelijke ondersteuning", "Inwoners zijn zo lang en zoveel mogelijk zelfredzaam", [
            ("Inwoners wonen langer zelfstandig thuis",
             ["Mantelzorgers kunnen blijven mantelzorgen", "In elke kern is een ontmoetingsplek voor ouderen"]),
            ("Inwoners voorzien in hun ondersteuningsbehoefte",
             ["Maatwerkvoorzieningen zijn toereikend en betaalbaar"])],
         ["We vervangen de huishoudelijke hulp voor een deel door een algemene voorziening met een eigen bijdrage.",
          "We ondersteunen mantelzorgers met respijtzorg en de mantelzorgwaardering."]),
        ("Gezondheidszorg", "Inwoners zijn lichamelijk, geestelijk en sociaal gezond", [
            ("De gezondheid en vitaliteit van inwoners is bevorderd",
             ["Minder jongeren drinken alcohol of gebruiken drugs", "Meer inwoners hebben een gezonde leefstijl"])],
         ["We voeren het Gezond en Actief Leven Akkoord (GALA) uit met de GGD Twente.",
          "We betalen via Regio Twente de bijdrage voor de GGD Twente."]),
        ("Jeugd", "Jeugdigen groeien gezond en veilig op en doen mee", [
            ("Er is preventie van problemen bij jeugd",
             ["Bij alle huisartsenpraktijken werkt een praktijkondersteuner jeugd (POH-jeugd)"]),
            ("Waar nodig is er passende ondersteuning en zorg voor jeugdigen en ouders",
             ["Minder jeugdigen verblijven buiten het eigen gezin",
              "De wachttijd voor jeugdhulp is korter dan acht weken"])],
         ["We voeren met de veertien Twentse gemeenten de Hervormingsagenda Jeugd uit.",
          "We breiden de POH-jeugd uit naar alle huisartsenpraktijken in Twenterand.",
          "We maken met aanbieders afspraken over de duur van trajecten en sturen op resultaat.",
          f"In 2023 kregen {thousands(TW_PROSE['jeugdigen_jeugdhulp_2023'])} jeugdigen jeugdhulp."]),
    ],
}

VERSCHIL_TXT = {  # explanation of the biggest differences 2025 vs 2024 per programme row label (lasten/baten)
    ("lasten", "Crisisbeheersing en brandweer (bijdrage Veiligheidsregio Twente)"): "Hogere bijdrage Veiligheidsregio Twente (cao en tankautospuiten)",
    ("lasten", "Sociale zaken"): "Hogere lasten bijstandsuitkeringen (BUIG) door hogere normbedragen",
    ("baten", "Sociale zaken"): "Hogere rijksbijdrage BUIG",
    ("lasten", "Maatschappelijke ondersteuning"): "Meer cliënten en hogere tarieven Wmo-maatwerk",
    ("lasten", "Jeugd"): "Hogere tarieven jeugdhulp, deels opgevangen door de Hervormingsagenda",
    ("lasten", "Ruimtelijke ordening, volkshuisvesting en bouwen"): "Lagere lasten: het incidentele budget omgevingswet 2024 vervalt",
    ("lasten", "Afvalinzameling en -verwerking"): "Hogere verwerkingstarieven Twence en afvalstoffenbelasting",
    ("baten", "Afvalstoffenheffing en verkoop grondstoffen"): "Hogere opbrengst afvalstoffenheffing",
    ("lasten", "Onderwijshuisvesting"): "Hogere kapitaallasten schoolgebouwen",
    ("baten", "Leges burgerzaken"): "Hogere leges door de piek in reisdocumenten",
}


def prog_table_rows(p):
    rows = [G("Lasten", 6)]
    for lab, vals, _ in p["lasten"]:
        rows.append(R(lab, vals))
    tl = [sum(r[1][i] for r in p["lasten"]) for i in range(6)]
    rows.append(R("Totaal lasten", tl, "sub"))
    rows.append(G("Baten", 6))
    for lab, vals, _ in p["baten"]:
        rows.append(R(lab, vals))
    tb = [sum(r[1][i] for r in p["baten"]) for i in range(6)]
    rows.append(R("Totaal baten", tb, "sub"))
    saldo = [tb[i] - tl[i] for i in range(6)]
    rows.append(R("Saldo van baten en lasten", saldo, "total"))
    rows.append(R("Toevoegingen aan reserves", p["res"]["toev"]))
    rows.append(R("Onttrekkingen aan reserves", p["res"]["ontt"]))
    res = [saldo[i] - p["res"]["toev"][i] + p["res"]["ontt"][i] for i in range(6)]
    rows.append(R("Geraamd resultaat programma", res, "total"))
    return rows, tl, tb, saldo, res


def verschil_rows(p, saldo):
    out = []
    rest = 0
    for kind in ("lasten", "baten"):
        for lab, vals, _ in p[kind]:
            d = vals[2] - vals[1]
            eff = -d if kind == "lasten" else d     # effect on saldo: + = voordeel
            key = (kind, lab)
            if key in VERSCHIL_TXT and eff != 0:
                a, v = VN(eff)
                out.append({"cells": [VERSCHIL_TXT[key], a, v], "style": "normal"})
            else:
                rest += eff
    if rest:
        a, v = VN(rest)
        out.append({"cells": ["Overige verschillen", a, v], "style": "normal"})
    tot = saldo[2] - saldo[1]
    a, v = VN(tot)
    out.append({"cells": ["Totaal verschil saldo van baten en lasten 2025 ten opzichte van 2024", a, v], "style": "total"})
    s = sum((1 if r["cells"][2] == "V" else -1) * int(r["cells"][1].replace(".", "")) for r in out[:-1])
    assert s == tot, (p["nr"], s, tot)
    return out


def indicator_table(nr):
    rows = []
    for pn, ind, eenh, jaar, tw, nl, bron in TW_IND:
        if pn != nr:
            continue
        f = lambda x: "-" if x is None else (dec(x, 1) if isinstance(x, float) else thousands(x))
        rows.append({"cells": [ind, eenh, jaar, f(tw), f(nl), bron], "style": "normal"})
    TABLE(f"T2.{nr}.1", f"Tabel 2.{nr}.1 Verplichte beleidsindicatoren programma {nr}",
          [["Indicator", "Eenheid", "Jaar", "Twenterand", "Nederland", "Bron"]], rows,
          [110, 126, 28, 54, 48, 72], align=["left", "left", "center", "right", "right", "left"],
          cols=["Indicator", "Eenheid", "Jaar", "Twenterand", "Nederland", "Bron"])


def doelenboom(nr, effect, doelen, prefix):
    blocks.append({"t": "tree", "items": [("effect", f"Beoogd maatschappelijk effect: {effect}")] +
                   [x for j, (d, subs) in enumerate(doelen, 1)
                    for x in ([("doel", f"Doel {prefix}.{j} {d}")] +
                              [("subdoel", f"Subdoel {prefix}.{j}.{k} {s}") for k, s in enumerate(subs, 1)])]})


P7 = {"nr": 7, "name": "Financiën en algemene dekkingsmiddelen",
      "lasten": [("Overhead", TW_OVERHEAD["lasten"], []),
                 ("Treasury (saldo financieringsfunctie)", TW_FINFUNCTIE_LASTEN, []),
                 ("Vennootschapsbelasting", TW_VPB, []),
                 ("Onvoorzien", TW_ONVOORZIEN, [])],
      "baten": [("Algemene dekkingsmiddelen", [TOT[i]["adm_baten"] for i in range(6)], []),
                ("Overhead", TW_OVERHEAD["baten"], [])],
      "res": TW_P7_RES}
ALLPROG = TW_PROGRAMS + [P7]
PROG_RESULTS = {}

for p in ALLPROG:
    nr = p["nr"]
    BR()
    H2(f"Programma {nr} {p['name']}")
    if nr == 6:
        P(SD["intro"])
        H3("Wat willen we bereiken?")
        for j, (boom, effect, doelen, doen) in enumerate(SD["bomen"], 1):
            blocks.append({"t": "h4", "text": f"Doelenboom 6.{j} {boom}"})
            doelenboom(nr, effect, doelen, f"6.{j}")
        H3("Wat gaan we daarvoor doen?")
        for j, (boom, effect, doelen, doen) in enumerate(SD["bomen"], 1):
            blocks.append({"t": "h4", "text": f"Doelenboom 6.{j} {boom}"})
            UL(doen)
    else:
        tx = PROGTEXT[nr]
        P(tx["intro"])
        H3("Wat willen we bereiken?")
        doelenboom(nr, tx["effect"], tx["doelen"], f"{nr}")
        H3("Wat gaan we daarvoor doen?")
        UL(tx["doen"])
    if any(i[0] == nr for i in TW_IND):
        H3("Beleidsindicatoren")
        indicator_table(nr)
    if nr == 7:
        H3("Overzicht algemene dekkingsmiddelen")
        SCALE("Alle bedragen in deze paragraaf zijn x € 1.000.")
        rows = [R(k, v) for k, v in (("OZB woningen", TW_ADM["OZB woningen"]),
                                       ("OZB niet-woningen", TW_ADM["OZB niet-woningen"]),
                                       ("Algemene uitkering gemeentefonds", [TOT[i]["alg_uitkering"] for i in range(6)]),
                                       ("Dividenden", TW_ADM["Dividenden"]),
                                       ("Overige algemene dekkingsmiddelen", TW_ADM["Overige algemene dekkingsmiddelen"]))]
        rows.append(R("Totaal algemene dekkingsmiddelen", [TOT[i]["adm_baten"] for i in range(6)], "total"))
        TABLE("T2.7.1", "Tabel 2.7.1 Overzicht algemene dekkingsmiddelen", HDR6, rows,
              [140, 47, 52, 47, 47, 47, 47], repeat=False, cols=["Omschrijving"] + COLS6)
        H3("Overhead, vennootschapsbelasting en onvoorzien")
        P(f"De overhead zijn de kosten van de sturing en ondersteuning van de organisatie (taakveld 0.4). In 2025 is de "
          f"overhead € {thousands(TW_OVERHEAD['lasten'][2] * 1000)}; dat is {dec(TW_OVERHEAD_PCT, 1)}% van de totale lasten.")
        P(f"Voor de vennootschapsbelasting ramen wij € {thousands(TW_VPB[2] * 1000)}, vooral over de winst op de "
          "grondexploitatie van bedrijventerrein Kievitsheuvel-Noord.")
        P(f"Voor onvoorziene, onuitstelbare en onvermijdbare uitgaven staat een post onvoorzien van "
          f"€ {thousands(TW_PROSE['onvoorzien'])} in de begroting, ongeveer € {dec(TW_ONVOORZIEN_PER_INW, 2)} per inwoner. "
          "Het college meldt de inzet ervan aan de raad in de eerstvolgende bestuursrapportage.")
    H3("Wat mag het kosten?")
    SCALE("Alle bedragen in deze paragraaf zijn x € 1.000.")
    rows, tl, tb, saldo, res = prog_table_rows(p)
    PROG_RESULTS[nr] = (tl, tb, saldo, res)
    TABLE(f"T2.{nr}.2", f"Tabel 2.{nr}.2 Baten en lasten programma {nr} {p['name']}",
          HDR6, rows, [140, 47, 52, 47, 47, 47, 47], cols=["Omschrijving"] + COLS6)
    vrows = verschil_rows(p, saldo)
    TABLE(f"T2.{nr}.3", f"Tabel 2.{nr}.3 Verschillen begroting 2025 ten opzichte van begroting 2024",
          [["Omschrijving", "Verschil", "V/N"]], vrows, [300, 60, 30], align=["left", "right", "center"],
          cols=["Omschrijving", "Verschil", "V/N"])

# programme tables add up to the overview
for i in range(6):
    assert sum(PROG_RESULTS[n][0][i] for n in PROG_RESULTS) == TOT[i]["lasten_tot"]
    assert sum(PROG_RESULTS[n][1][i] for n in PROG_RESULTS) == TOT[i]["baten_tot"]
    assert sum(PROG_RESULTS[n][3][i] for n in PROG_RESULTS) == TOT[i]["resultaat"]

# ------------------------------------------------------------------------------------------- 3 overzicht
BR()
H1("3 Financiële begroting")
SCALE("Alle bedragen in dit hoofdstuk zijn x € 1.000.")
H2("3.1 Overzicht van baten en lasten")
P("Het overzicht hieronder geeft per programma de lasten en baten, het saldo van baten en lasten, de mutaties in de "
  "reserves en het geraamde resultaat. Programma 7 bevat de algemene dekkingsmiddelen, de overhead, de "
  "vennootschapsbelasting en onvoorzien.")
rows = [G("Lasten", 6)]
for p in ALLPROG:
    rows.append(R(f"{p['nr']}. {p['name']}", PROG_RESULTS[p["nr"]][0]))
rows.append(R("Totaal lasten", [TOT[i]["lasten_tot"] for i in range(6)], "sub"))
rows.append(G("Baten", 6))
for p in ALLPROG:
    rows.append(R(f"{p['nr']}. {p['name']}", PROG_RESULTS[p["nr"]][1]))
rows.append(R("Totaal baten", [TOT[i]["baten_tot"] for i in range(6)], "sub"))
rows.append(R("Saldo van baten en lasten", [TOT[i]["saldo"] for i in range(6)], "total"))
rows.append(R("Toevoegingen aan reserves", [TOT[i]["toev"] for i in range(6)]))
rows.append(R("Onttrekkingen aan reserves", [TOT[i]["ontt"] for i in range(6)]))
rows.append(R("Geraamd resultaat", [TOT[i]["resultaat"] for i in range(6)], "total"))
TABLE("T3.1", "Tabel 3.1 Overzicht van baten en lasten 2023-2028", HDR6, rows, [140, 47, 52, 47, 47, 47, 47],
      cols=["Omschrijving"] + COLS6)
P(f"De begroting 2025 is structureel en reëel in evenwicht. Het geraamde resultaat 2025 van "
  f"€ {thousands(TW_RESULT_TARGET[2] * 1000)} voegen wij bij de jaarrekening toe aan de algemene reserve.")

H2("3.2 Reserves")
P("De tabel geeft de stand van de reserves aan het begin en het einde van 2025 en de geplande toevoegingen en "
  "onttrekkingen.")
rrows = [R(n, [a, b, c, a + b - c]) for n, a, b, c, _ in TW_RESERVES]
rrows.append(R("Totaal reserves", [sum(r[1] for r in TW_RESERVES), sum(r[2] for r in TW_RESERVES),
                                   sum(r[3] for r in TW_RESERVES), sum(TW_RES_END.values())], "total"))
TABLE("T3.2", "Tabel 3.2 Verloop van de reserves in 2025",
      [["Reserve", "Stand 1 januari 2025", "Toevoeging 2025", "Onttrekking 2025", "Stand 31 december 2025"]],
      rrows, [170, 70, 65, 65, 75], cols=["Reserve", "Stand 1 januari 2025", "Toevoeging 2025", "Onttrekking 2025",
                                          "Stand 31 december 2025"])
P("De reserve sociaal domein vangt schommelingen op in de kosten van jeugdhulp en Wmo. In 2025 onttrekken wij "
  f"€ {thousands(1050 * 1000)} aan deze reserve om de hogere tarieven van jeugdhulp tijdelijk te dekken. De reserve "
  "woningbouwimpuls is bedoeld voor starterswoningen en woningen voor ouderen.")

H2("3.3 Investeringen")
P("Voor de investeringen hieronder vraagt het college de raad met deze begroting een krediet per jaar beschikbaar te "
  "stellen. Het totaal is het krediet over de jaren 2025 tot en met 2028.")
irows = [R(n, [str(pr)] + v + [sum(v)]) for n, pr, v in TW_INV]
irows.append(R("Totaal investeringen", [""] + TW_INV_YEARTOT + [sum(TW_INV_YEARTOT)], "total"))
TABLE("T3.3", "Tabel 3.3 Investeringen 2025-2028",
      [["Investering", "Programma", "Krediet 2025", "Krediet 2026", "Krediet 2027", "Krediet 2028", "Totaal krediet"]],
      irows, [150, 45, 48, 48, 48, 48, 52], align=["left", "center", "right", "right", "right", "right", "right"],
      cols=["Investering", "Programma", "Krediet 2025", "Krediet 2026", "Krediet 2027", "Krediet 2028", "Totaal krediet"])

# ------------------------------------------------------------------------------------------- 4 taakvelden
H1("4 Overzicht per taakveld")
P("Gemeenten verantwoorden hun baten en lasten ook per taakveld, zodat het Rijk de begrotingen van gemeenten kan "
  "vergelijken. De bedragen in dit overzicht zijn in hele euro's. Het saldo is baten min lasten.")
trows = []
for code in TW_TV_ORDER:
    v = TW_TAAKVELDEN[code]
    trows.append({"cells": [f"{code} {TAAKVELD_NAMES[code]}", A(v["lasten"]), A(v["baten"]),
                            A(v["baten"] - v["lasten"])], "style": "normal"})
tl = sum(v["lasten"] for v in TW_TAAKVELDEN.values())
tb = sum(v["baten"] for v in TW_TAAKVELDEN.values())
trows.append({"cells": ["Totaal", A(tl), A(tb), A(tb - tl)], "style": "total"})
TABLE("T4.1", "Tabel 4.1 Baten en lasten per taakveld, begroting 2025",
      [["Taakveld", "Lasten 2025", "Baten 2025", "Saldo 2025"]], trows, [190, 80, 80, 80], repeat=True,
      cols=["Taakveld", "Lasten 2025", "Baten 2025", "Saldo 2025"], font=8.5)

# ------------------------------------------------------------------------------------------- 5 paragrafen
BR()
H1("5 Paragrafen")
H2("5.1 Lokale heffingen")
P("De OZB-tarieven dalen in 2025 omdat de WOZ-waarden verder stijgen dan de gewenste opbrengst. De opbrengst van de "
  "OZB stijgt met de inflatie. De afvalstoffenheffing en de rioolheffing zijn kostendekkend. De tarieven van de "
  "OZB zijn een percentage van de WOZ-waarde.")
TABLE("T5.1", "Tabel 5.1 Tarieven onroerendezaakbelastingen (percentage van de WOZ-waarde)",
      [["Categorie", "Tarief 2024", "Tarief 2025"]],
      [{"cells": ["Woningen, eigenaar", dec(TW_OZB_TARIEF_WON[2024], 4) + "%", dec(TW_OZB_TARIEF_WON[2025], 4) + "%"], "style": "normal"},
       {"cells": ["Niet-woningen, eigenaar", dec(TW_OZB_TARIEF_NW_EIG[2024], 4) + "%", dec(TW_OZB_TARIEF_NW_EIG[2025], 4) + "%"], "style": "normal"},
       {"cells": ["Niet-woningen, gebruiker", dec(TW_OZB_TARIEF_NW_GEBR[2024], 4) + "%", dec(TW_OZB_TARIEF_NW_GEBR[2025], 4) + "%"], "style": "normal"}],
      [200, 80, 80], cols=["Categorie", "Tarief 2024", "Tarief 2025"])


def stijg(a, b):
    return dec(rnd((b - a) / a * 100, 1), 1) + "%"


TABLE("T5.2", "Tabel 5.2 Tarieven afvalstoffenheffing en rioolheffing (in euro's per jaar)",
      [["Heffing", "Tarief 2024", "Tarief 2025", "Stijging"]],
      [{"cells": ["Afvalstoffenheffing meerpersoonshuishouden", euro(TW_AFVAL['meer'][2024]), euro(TW_AFVAL['meer'][2025]), stijg(TW_AFVAL['meer'][2024], TW_AFVAL['meer'][2025])], "style": "normal"},
       {"cells": ["Afvalstoffenheffing eenpersoonshuishouden", euro(TW_AFVAL['een'][2024]), euro(TW_AFVAL['een'][2025]), stijg(TW_AFVAL['een'][2024], TW_AFVAL['een'][2025])], "style": "normal"},
       {"cells": ["Rioolheffing meerpersoonshuishouden", euro(TW_RIOOL['meer'][2024]), euro(TW_RIOOL['meer'][2025]), stijg(TW_RIOOL['meer'][2024], TW_RIOOL['meer'][2025])], "style": "normal"},
       {"cells": ["Rioolheffing eenpersoonshuishouden", euro(TW_RIOOL['een'][2024]), euro(TW_RIOOL['een'][2025]), stijg(TW_RIOOL['een'][2024], TW_RIOOL['een'][2025])], "style": "normal"}],
      [200, 70, 70, 55], cols=["Heffing", "Tarief 2024", "Tarief 2025", "Stijging"])
P(f"De woonlasten zijn de OZB, de rioolheffing en de afvalstoffenheffing samen. Voor een eigenaar-bewoner rekenen "
  f"wij met de gemiddelde WOZ-waarde van een woning in Twenterand: € {thousands(TW_WOZ[2024])} in 2024 en "
  f"€ {thousands(TW_WOZ[2025])} in 2025. Een huurder betaalt geen OZB; de rioolheffing en de afvalstoffenheffing "
  "betaalt de gebruiker van de woning.")
wrows = []
for e, lab_e in ((True, "Eigenaar-bewoner"), (False, "Huurder")):
    for h, lab_h in (("meer", "meerpersoonshuishouden"), ("een", "eenpersoonshuishouden")):
        a, b = TW_WOONLASTEN[(2024, e, h)], TW_WOONLASTEN[(2025, e, h)]
        wrows.append({"cells": [f"{lab_e}, {lab_h}", euro(a), euro(b), stijg(a, b)], "style": "normal"})
TABLE("T5.3", "Tabel 5.3 Woonlasten per huishouden (in euro's per jaar)",
      [["Huishouden", "Woonlasten 2024", "Woonlasten 2025", "Stijging"]], wrows, [200, 75, 75, 55],
      cols=["Huishouden", "Woonlasten 2024", "Woonlasten 2025", "Stijging"])
yrows = []
for y in range(2021, 2026):
    woz, ozb, rio, afv, tot = TW_WOONLASTEN_TREND[y]
    yrows.append({"cells": [str(y), euro(woz), euro(ozb), euro(rio), euro(afv), euro(tot)], "style": "normal"})
TABLE("T5.4", "Tabel 5.4 Ontwikkeling woonlasten eigenaar-bewoner, meerpersoonshuishouden",
      [["Jaar", "Gemiddelde WOZ-waarde", "OZB", "Rioolheffing", "Afvalstoffenheffing", "Woonlasten"]], yrows,
      [40, 85, 55, 60, 75, 60], align=["left", "right", "right", "right", "right", "right"],
      cols=["Jaar", "Gemiddelde WOZ-waarde", "OZB", "Rioolheffing", "Afvalstoffenheffing", "Woonlasten"])
P("Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing. "
  "Wij hanteren de kwijtscheldingsnorm van 100% van de bijstandsnorm.")

H2("5.2 Weerstandsvermogen en risicobeheersing")
SCALE("De bedragen in deze paragraaf zijn x € 1.000.")
P("Het weerstandsvermogen is de mate waarin de gemeente financiële tegenvallers kan opvangen zonder het beleid aan "
  "te passen. Wij vergelijken de beschikbare weerstandscapaciteit met de benodigde capaciteit voor de risico's. De "
  "benodigde capaciteit per risico is de kans maal het financiële gevolg.")
krows = [{"cells": [n, f"{k}%", A(e), A(rnd(k * e / 100))], "style": "normal"} for n, k, e in TW_RISKS]
krows.append({"cells": ["Totaal benodigde weerstandscapaciteit", "", "", A(TW_RISK_BENODIGD)], "style": "total"})
TABLE("T5.5", "Tabel 5.5 Belangrijkste risico's", [["Risico", "Kans", "Financieel gevolg", "Benodigde capaciteit"]],
      krows, [220, 40, 75, 85], align=["left", "center", "right", "right"],
      cols=["Risico", "Kans", "Financieel gevolg", "Benodigde capaciteit"])
crow = [{"cells": [n, A(v)], "style": "normal"} for n, v in TW_CAP]
crow.append({"cells": ["Totaal beschikbare weerstandscapaciteit", A(TW_CAP_TOTAAL)], "style": "total"})
TABLE("T5.6", "Tabel 5.6 Beschikbare weerstandscapaciteit", [["Onderdeel", "Bedrag"]], crow, [260, 80],
      cols=["Onderdeel", "Bedrag"])
P(f"De ratio weerstandsvermogen is de beschikbare capaciteit gedeeld door de benodigde capaciteit: "
  f"{thousands(TW_CAP_TOTAAL)} / {thousands(TW_RISK_BENODIGD)} = {dec(TW_RATIO, 2)}. Volgens de waarderingstabel van "
  "het Nederlands Adviesbureau voor Risicomanagement is dat ruim voldoende (waardering B). Het grootste risico blijven "
  "de open-einderegelingen in het sociaal domein: jeugdhulp en Wmo-maatwerk, waarvan het gebruik en de tarieven "
  "moeilijk te voorspellen zijn.")

H2("5.3 Financiering en kengetallen")
P("De kengetallen geven inzicht in de financiële positie van de gemeente. De netto schuldquote stijgt tot en met "
  "2026 door de nieuwbouw van het IKC Den Ham en de investeringen in riolering en wegen.")
kr = [{"cells": [n] + [pct(x, 1) for x in v], "style": "normal"} for n, v in TW_KENGETALLEN]
TABLE("T5.7", "Tabel 5.7 Financiële kengetallen", HDR6[:1] + [HDR6[1]], kr, [140, 47, 52, 47, 47, 47, 47],
      cols=["Omschrijving"] + COLS6)

H2("5.4 Verbonden partijen")
P("Twenterand werkt voor een aantal taken samen in verbonden partijen: gemeenschappelijke regelingen en "
  "vennootschappen waarin de gemeente een bestuurlijk én een financieel belang heeft. De tabel geeft de bijdrage die "
  "Twenterand aan elke verbonden partij betaalt, in euro's. Bij de vennootschappen ontvangt de gemeente dividend "
  "(zie de algemene dekkingsmiddelen).")
vrows = [{"cells": [n, vorm, "-" if a is None else euro(a), "-" if b is None else euro(b)], "style": "normal"}
         for n, vorm, a, b in TW_VP]
vrows.append({"cells": ["Totaal bijdragen", "", euro(sum(r[2] or 0 for r in TW_VP)), euro(sum(r[3] or 0 for r in TW_VP))],
              "style": "total"})
TABLE("T5.8", "Tabel 5.8 Bijdragen aan verbonden partijen", [["Verbonden partij", "Vorm", "Bijdrage 2024", "Bijdrage 2025"]],
      vrows, [150, 120, 75, 75], cols=["Verbonden partij", "Vorm", "Bijdrage 2024", "Bijdrage 2025"])
P("De bijdrage aan Soweco N.V. is voor de uitvoering van de Wet sociale werkvoorziening en beschut werk. De bijdrage "
  "aan Regio Twente bevat ook de bijdrage voor de GGD Twente.")

H2("5.5 Bedrijfsvoering")
P(f"De formatie van de ambtelijke organisatie is in 2025 {dec(TW_FTE_2025, 1)} fte. Dat is "
  f"{dec(8.4, 1)} fte per 1.000 inwoners. Wij investeren in 2025 in de vervanging van het zaaksysteem en in "
  "informatieveiligheid. Het ziekteverzuim was in 2023 5,4%; ons doel is een verzuim onder 5%.")

MODEL = {"doc": "twenterand-programmabegroting-2025", "blocks": blocks}

if __name__ == "__main__":
    import json
    print(json.dumps(MODEL, ensure_ascii=False)[:500])
