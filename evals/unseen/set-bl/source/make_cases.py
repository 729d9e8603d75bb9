"""Write ../cases.yaml (FORMAT.md version 1) and ../corpus/manifest.yaml for set-bl.

Figures of the two fictional documents come from facts-*.json (written by the generators),
so every expected value is the number the generator printed. Figures of the four real
documents were read from the documents and are written here with their source.
Every case gets YAML comments with its source, the printed text and near-miss values that
are NOT accepted.
"""
import json
import os
import re

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")

DK = "dinkelland-jaarstukken-2022"
WB = "werkbedrijf-dinkel-regge-begroting-2025"
MUNI = {DK: "Dinkelland", WB: "Werkbedrijf Dinkel-Regge"}
FACTS = {}
for doc, fn in ((DK, "facts-dinkelland.json"), (WB, "facts-werkbedrijf.json")):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        FACTS[doc] = json.load(f)["facts"]

PAGES = {}
for doc in (DK, WB):
    with pdfplumber.open(os.path.join(CORPUS, doc + ".pdf")) as pdf:
        PAGES[doc] = [p.extract_text() or "" for p in pdf.pages]


def fact(key):
    doc = DK if key.startswith("dk.") else WB
    return doc, FACTS[doc][key]


def find_page(doc, f):
    """Page (1-based) where the printed text stands next to its row label if possible."""
    printed = f["printed"]
    m = re.search(r"row '([^']+)'", f["where"])
    label = m.group(1) if m else None
    cands = [i + 1 for i, t in enumerate(PAGES[doc]) if printed in t]
    cap = re.search(r"(Tabel [0-9B]+\.\d+|Beleidsindicatoren programma \d|Indicatoren \d\.\d)", f["where"])
    if cap and any(cap.group(1) in PAGES[doc][p - 1] for p in cands):
        cands = [p for p in cands if cap.group(1) in PAGES[doc][p - 1]] + [p for p in cands if cap.group(1) not in PAGES[doc][p - 1]]
    if label:
        lab = label.split("(")[0].strip()[:28]
        best = [p for p in cands if any(lab in ln and printed in ln for ln in PAGES[doc][p - 1].splitlines())]
        if best:
            return best[0]
    return cands[0] if cands else None


def num(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return v


def fmt_eu(v):
    v = num(v)
    if isinstance(v, int):
        s = f"{abs(v):,}".replace(",", ".")
    else:
        s = f"{abs(v)}".replace(".", ",")
    return ("-" if v < 0 else "") + s


# ----------------------------------------------------------------------------- case helpers
def F(q, key, accept=(), unit=None, tol=None, note=None, muni=None):
    """figure turn from a fact of a fictional document"""
    return dict(kind="figure", question=q, key=key, accept=list(accept), unit=unit, tol=tol, note=note, muni=muni)


def R(q, value, muni, src, accept=(), unit="EUR", tol=None, near=""):
    """figure turn from one of the four real documents"""
    return dict(kind="figure", question=q, real=dict(value=value, muni=muni, src=src, near=near), accept=list(accept),
                unit=unit, tol=tol)


def D(q, value, muni, derivation, accept=(), unit="EUR", tol=None, keys=()):
    """derived figure turn (difference asked plainly)"""
    return dict(kind="figure", question=q, derived=dict(value=value, muni=muni, derivation=derivation, keys=list(keys)),
                accept=list(accept), unit=unit, tol=tol)


def T(q, include, muni, src, exclude=()):
    return dict(kind="text", question=q, include=include, exclude=list(exclude), muni=muni, src=src)


def X(q, why):
    return dict(kind="refusal", question=q, why=why)


def A(q, why, exclude=(), muni=None):
    return dict(kind="any", question=q, why=why, exclude=list(exclude), muni=muni)


DKM, WBM = "Dinkelland", "Werkbedrijf Dinkel-Regge"
CASES = [
    # ---------------------------------------------------------------- Dinkelland jaarstukken 2022 (fictional)
    dict(id="bl-dk-jeugdhulp", turn=F("Hoeveel heeft Dinkelland in 2022 werkelijk uitgegeven aan jeugdhulp (maatwerk voor jongeren onder de 18)?",
                                      "dk.tv.6.72.L.real_e", accept=["dk.P6.6.72.L.real"])),
    dict(id="bl-dk-resultaat", municipality=DKM,
         turn=F("Hoeveel heeft de gemeente overgehouden op de jaarrekening 2022?", "dk.resultaat.real_e", accept=["dk.ov.resultaat.real"])),
    dict(id="bl-dk-wmo-overschrijding", municipality=DKM,
         turn=F("Hoeveel viel de Wmo-begeleiding voor volwassenen (maatwerkdienstverlening 18+) in 2022 duurder uit dan begroot?",
                "dk.verschil.6.71.L", accept=[("table", "dk.verschil.6.71.L")],
                note="prose gives the exact euro difference; the table's Verschil column prints it x € 1.000 (printed -426, N)")),
    dict(id="bl-dk-weerstand",
         turn=F("Hoe groot is de ratio weerstandsvermogen van Dinkelland volgens de jaarstukken 2022?", "dk.weerstand.ratio",
                unit="count", tol=0.005)),
    dict(id="bl-dk-werkbedrijf-2022",
         turn=F("Hoeveel heeft Dinkelland in 2022 bijgedragen aan het Werkbedrijf Dinkel-Regge?", "dk.vp.werkbedrijf.bijdrage",
                note="NOT the 2025 contribution from the Werkbedrijf's own begroting 2025 (5.849.656) nor its 2024 figure (5.770.506)")),
    dict(id="bl-dk-kindcentrum",
         turn=F("Hoeveel geld is er in 2022 uitgegeven aan de bouw van het nieuwe kindcentrum in Denekamp?", "dk.inv.nieuwbouw_kindcentrum.u22")),
    dict(id="bl-dk-tevredenheid",
         turn=F("Welk rapportcijfer gaven inwoners in 2022 voor de dienstverlening van de gemeente Dinkelland?",
                "dk.ind.P1.klanttevredenheiddienstv.2022", unit="grade")),
    dict(id="bl-dk-vaste-activa-2021", municipality=DKM,
         turn=F("Wat was de balanswaarde van de vaste activa per 31 december 2021?", "dk.bal.va.2021",
                note="balance columns are 31-12-2022 first, 31-12-2021 second")),
    dict(id="bl-dk-schuld",
         turn=F("Hoeveel langlopende schuld had Dinkelland eind 2022?", "dk.bal.vasteschuld.2022", accept=["dk.schuld.mln.2022"])),
    dict(id="bl-conv-dk-sociaal", municipality=DKM, turns=[
        F("Hoeveel heeft de gemeente in 2022 in totaal aan het sociaal domein uitgegeven?", "dk.P6.totL.real",
          note="same figure in Tabel 2.1, row '6 Sociaal domein', Rekening 2022 Lasten"),
        F("En hoeveel was daarvoor begroot na de laatste begrotingswijziging?", "dk.P6.totL.nw"),
        D("Hoeveel is er dus meer uitgegeven dan begroot?", None, DKM, "P6 totaal lasten: rekening 2022 - begroting na wijziging",
          keys=["dk.P6.totL.real", "dk.P6.totL.nw"]),
    ]),
    dict(id="bl-conv-dk-energietoeslag", turns=[
        F("Hoeveel huishoudens in Dinkelland kregen in 2022 de energietoeslag?", "dk.p6.energietoeslag_hh", unit="count"),
        F("Wat heeft dat in totaal gekost?", "dk.p6.energietoeslag_kosten",
          note="NOT the amount per household (€ 1.300)"),
    ]),
    dict(id="bl-conv-dk-ozb", municipality=DKM, turns=[
        F("Wat was in 2022 het OZB-tarief voor woningeigenaren?", "dk.tarief.ozb_won.2022", unit="percent", tol=0.00005),
        F("En voor eigenaren van bedrijfspanden?", "dk.tarief.ozb_nw_eig.2022", unit="percent", tol=0.00005,
          note="OZB niet-woningen eigenaar; NOT the gebruiker tarief 0,1734%"),
        F("En wat was het tarief voor woningeigenaren in 2021?", "dk.tarief.ozb_won.2021", unit="percent", tol=0.00005),
    ]),
    dict(id="bl-conv-dk-reserve", municipality=DKM, turns=[
        F("Hoeveel zat er eind 2022 in de algemene reserve?", "dk.res.algemeen.eind",
          accept=[("value", 15691000, "Tabel 7.1 Balans row 'Algemene reserve' 31-12-2022 prints 15.691 (x € 1.000)")]),
        F("En hoeveel is er in dat jaar uit gehaald?", "dk.res.algemeen.ontt"),
    ]),
    # ---------------------------------------------------------------- Werkbedrijf Dinkel-Regge begroting 2025 (fictional)
    dict(id="bl-wb-twenterand",
         turn=F("Hoeveel betaalt Twenterand in 2025 aan het Werkbedrijf Dinkel-Regge?", "wb.bijdr.twenterand.tot25",
                accept=["wb.mj.twenterand.B2025"])),
    dict(id="bl-wb-oldenzaal-sleutel",
         turn=F("Welk deel van de kosten van het werkbedrijf Dinkel-Regge draagt Oldenzaal in 2025 volgens de verdeelsleutel?",
                "wb.bijdr.oldenzaal.share", unit="percent", tol=0.005)),
    dict(id="bl-wb-loonkosten", municipality=WBM,
         turn=F("Hoeveel is er in 2025 begroot voor de lonen van de Wsw-medewerkers?", "wb.expl.lwsw.B2025")),
    dict(id="bl-wb-tekort-2027",
         turn=F("Welk tekort verwacht het Werkbedrijf Dinkel-Regge in 2027 na inzet van de reserves?", "wb.expl.result.M2027",
                note="printed (288): negative in parentheses; signed false")),
    dict(id="bl-wb-cao",
         turn=F("Met welk percentage stijgen de cao-lonen van de Wsw-medewerkers in de begroting 2025 van het werkbedrijf?",
                "wb.up.cao_sw", unit="percent", tol=0.005)),
    dict(id="bl-wb-rijksbijdrage",
         turn=F("Hoeveel minder rijksbijdrage voor de Wsw krijgt het Werkbedrijf Dinkel-Regge in 2025 dan in 2024?",
                "wb.verschil.rijks", accept=["wb.diff.rijks"],
                note="prose gives the exact euro difference; Tabel 6.1 prints (606) x € 1.000 and Tabel 4.1 gives 18.214 and 17.608")),
    dict(id="bl-wb-omzet", municipality=WBM,
         turn=F("Hoeveel omzet verwacht het werkbedrijf in 2025 met werk en detacheringen?", "wb.expl.omzet.B2025",
                accept=["wb.kern.omzet.2025"])),
    dict(id="bl-wb-eigen-vermogen-2023",
         turn=F("Wat was het eigen vermogen van het Werkbedrijf Dinkel-Regge op 31 december 2023 volgens de geprognosticeerde balans?",
                "wb.bal.ev.2023", note="balance columns run 31-12-2025, 31-12-2024, 31-12-2023 (descending)")),
    dict(id="bl-conv-wb-losser", municipality=WBM, turns=[
        F("Wat moet Losser in 2025 in totaal aan het werkbedrijf betalen?", "wb.bijdr.losser.tot25", accept=["wb.mj.losser.B2025"]),
        F("En in 2027?", "wb.mj.losser.M2027"),
        D("Hoeveel is dat minder dan in 2025?", None, WBM, "Losser totale bijdrage 2025 - 2027 (Tabel 5.2, x € 1.000)",
          keys=["wb.mj.losser.B2025", "wb.mj.losser.M2027"], accept=["alt:wb.bijdr.losser.tot25-wb.mj.losser.M2027"]),
    ]),
    dict(id="bl-conv-wb-beschut", turns=[
        F("Hoeveel plaatsen voor beschut werk heeft het Werkbedrijf Dinkel-Regge in 2025?", "wb.kern.beschut.2025", unit="count"),
        F("En hoeveel waren dat er in 2024?", "wb.kern.beschut.2024", unit="count"),
    ]),
    dict(id="bl-conv-wb-beschut-taak", municipality=WBM, turns=[
        T("Wat wil het werkbedrijf met beschut werk bereiken?", [["64", "80"], ["plaats", "plek"]], WBM,
          "p.3-4 §3.2 Beschut werk, 'Wat willen we bereiken?': 'het aantal plaatsen groeit van 56 in 2024 naar 64 in 2025 en 80 in 2028'"),
        F("Wat mag die taak in 2025 kosten?", "wb.taak.beschut.L25",
          note="NOT loonkosten beschut werk alone (2.412.000 in Tabel 4.1)"),
    ]),
    # ---------------------------------------------------------------- the four real documents
    dict(id="bl-real-tw-onderwijs", municipality="Twenterand", turns=[
        R("Hoeveel geeft Twenterand volgens de programmabegroting 2020 in 2022 uit aan onderwijs?", 5363397, "Twenterand",
          "corpus/twenterand-programmabegroting-2020-sociaal-domein.txt line 483, 'Overzicht 3.1 Baten en lasten Sociaal domein', "
          "row 'Onderwijs' (lasten), column 2022; printed 'Onderwijs 4.019.849 4.048.147 5.363.397 4.069.019'",
          near="2020 4.019.849; 2021 4.048.147; 2023 4.069.019; baten Onderwijs 2022 -336.057"),
        X("En in 2019?", "Overzicht 3.1 only has the years 2020-2023; no onderwijs amount for 2019 in any document"),
    ]),
    dict(id="bl-real-tw-sociale-zaken-baten", municipality="Twenterand",
         turn=R("Hoeveel inkomsten verwacht Twenterand in 2021 bij sociale zaken, volgens de begroting 2020?", 13751547, "Twenterand",
                "corpus/twenterand-programmabegroting-2020-sociaal-domein.txt line 487, 'Overzicht 3.1', 'Baten per doelenboom', row "
                "'Sociale zaken', column 2021; printed '-13.751.547' (baten printed negative; signed false)",
                near="2020 -14.014.961; 2022 -13.466.507; lasten 2021 19.305.855")),
    dict(id="bl-real-co-deventer",
         turn=R("Hoeveel heeft de gemeente Deventer in 2023 bijgedragen aan Collectie Overijssel?", 1243000, "Collectie Overijssel",
                "corpus/collectie-overijssel-jaarstukken-2023.pdf p.16, '2.1. Baten en Lasten' (€ '000), row 'Baten GR Gemeente Deventer', "
                "column Realisatie 2023; printed '1.243' (Begroting 2023 is also 1.243)",
                near="Realisatie 2022 1.207 (1.207.000); Zwolle 2023 1.662 (1.662.000)")),
    dict(id="bl-conv-hondenbelasting", turns=[
        R("Hoeveel hondenbelasting betaal je in Wassenaar in 2024 voor de eerste hond?", 95.04, "Wassenaar",
          "corpus/wassenaar-begroting-2024.pdf p.69, 'Tabel 7.2 - Tarieven hondenbelasting en toeristenbelasting', row 'eerste hond', "
          "column 2024; printed '95,04'", near="2023 92,04; tweede hond 2024 142,80", tol=0.005),
        F("En in Dinkelland in 2022?", "dk.tarief.hond.2022", tol=0.005),
    ]),
    dict(id="bl-real-dk2020-cultuur",
         turn=R("Hoeveel geld stond er in de begroting 2020 van Dinkelland voor het actualiseren van de cultuurvisie?", 45500, "Dinkelland",
                "corpus/dinkelland-begroting-2020-inclusieve-samenleving.txt line 654, 'Inclusieve samenleving - financieel', bullet "
                "'Cultuur (€ 45.500): Dit is beschikbaar gesteld voor het actualiseren van de cultuurvisie.'; printed 'Cultuur (€ 45.500)'",
                near="Sport als middel € 52.000; Noaberhoes € 60.000; lasten 5.3 Cultuurpresentatie 2022 in the fictional jaarstukken 2022 (238.365)")),
    dict(id="bl-real-ws-afval",
         turn=R("Wat betaalt een meerpersoonshuishouden in een laagbouwwoning in Wassenaar in 2024 aan afvalstoffenheffing?", 517.32,
                "Wassenaar",
                "corpus/wassenaar-begroting-2024.pdf p.71, 'Tabel 7.6 - Tarieven afvalstoffenheffing', row 'Meerpersoonshuishouden (laagbouw)', "
                "column 'tarief 2024'; printed '517,32'",
                near="tarief 2023 501,23; gelaagde bouw 2024 507,12; eenpersoons laagbouw 2024 359,28", tol=0.005)),
    # ---------------------------------------------------------------- refusals
    dict(id="bl-ref-dk-2019",
         turn=X("Wat waren de totale lasten van het sociaal domein in Dinkelland in 2019?",
                "the jaarstukken 2022 have Rekening 2021 and 2022 only; the Dinkelland begroting 2020 text has no programme totals")),
    dict(id="bl-ref-wb-2030", municipality=WBM,
         turn=X("Hoeveel moet Tubbergen in 2030 aan het werkbedrijf betalen?", "the meerjarenraming runs to 2028 (Tabel 5.2)")),
    dict(id="bl-ref-wb-directeur",
         turn=X("Hoeveel verdient de directeur van het Werkbedrijf Dinkel-Regge?", "no WNT or salary figures in the begroting 2025")),
    dict(id="bl-ref-dk-paspoort", municipality=DKM,
         turn=X("Wat kost een nieuw paspoort in Dinkelland?", "no leges tariffs in the jaarstukken 2022 (paspoort only mentioned for huisbezoeken)")),
    dict(id="bl-ref-losser-ggd",
         turn=X("Hoeveel betaalt de gemeente Losser aan de GGD Twente?",
                "only Dinkelland's contribution to Regio Twente (GGD) is in the corpus; Losser appears only as a participant of the Werkbedrijf")),
    dict(id="bl-ref-tw-jaarrekening",
         turn=X("Met welk resultaat sloot de jaarrekening 2022 van Twenterand?",
                "no Twenterand jaarstukken in the corpus; the begroting 2020 only has a geraamd (budgeted) programme result for 2022")),
    dict(id="bl-ref-co-provincie-2024",
         turn=X("Hoeveel betaalt de provincie Overijssel in 2024 aan Collectie Overijssel?",
                "jaarstukken 2023 give DVO Provincie Overijssel for 2022 and 2023 only")),
    dict(id="bl-ref-dk-laadpalen",
         turn=X("Hoeveel openbare laadpalen heeft Dinkelland in 2022 geplaatst?", "not mentioned in any document")),
    # ---------------------------------------------------------------- text
    dict(id="bl-txt-wb-zienswijze-losser",
         turn=T("Wat heeft de gemeenteraad van Losser ingebracht over de begroting 2025 van het Werkbedrijf Dinkel-Regge?",
                ["verdeelsleutel", ["aanvullende bijdrage", "beperken", "stijging"]], WBM,
                "p.2 §1 'Zienswijzen': 'Losser vraagt om de stijging van de aanvullende bijdrage te beperken en de verdeelsleutel in 2025 te evalueren.'")),
    dict(id="bl-txt-wb-waarom-hoger", municipality=WBM,
         turn=T("Waarom moeten de gemeenten in 2025 meer betalen aan het werkbedrijf?", [["cao", "loonstijging", "loonkosten"]], WBM,
                "p.2 §1 Aanbieding: 'vooral door de cao-loonstijging in de sociale werkvoorziening, die het Rijk maar gedeeltelijk compenseert'")),
    dict(id="bl-txt-wb-detachering",
         turn=T("Wat gaat het Werkbedrijf Dinkel-Regge doen om meer Wsw-medewerkers bij gewone werkgevers te laten werken?",
                [["groepsdetacher", "detacheringen", "gedetacheerd", "detacheren"]], WBM,
                "p.3 §3.1 'Wat gaan we daarvoor doen?': 'Wij breiden de groepsdetacheringen bij logistieke bedrijven ... uit'")),
    dict(id="bl-txt-dk-toegang",
         turn=T("Hoe heeft Dinkelland in 2022 de hulp aan inwoners met een hulpvraag anders georganiseerd?",
                [["één toegang", "een toegang", "1 toegang", "eén toegang"]], DKM,
                "Programma 6 'Wat hebben we daarvoor gedaan?': 'Sinds 1 april 2022 werken het Sociaal Team, de schuldhulpverlening en de "
                "jeugdconsulenten samen vanuit één toegang in het gemeentehuis in Denekamp.'")),
    dict(id="bl-txt-dk-resultaatbestemming", municipality=DKM,
         turn=T("Wat wil het college doen met het overschot over 2022?", [["algemene reserve"], ["energieplan", "250.000"]], DKM,
                "p.2 Voorwoord: 'Wij stellen voor het resultaat toe te voegen aan de algemene reserve, met uitzondering van een bedrag van "
                "€ 250.000 ... Lokaal Energieplan'")),
    dict(id="bl-txt-dk-jeugdhulp-reden", municipality=DKM,
         turn=T("Waarom was jeugdhulp in 2022 duurder dan begroot?", [["specialistische", "langere trajecten", "tarieven"]], DKM,
                "Programma 6 'Toelichting op de verschillen', bullet 6.72: 'Meer jeugdigen met specialistische jeugdhulp en langere "
                "trajecten; de regionale tarieven zijn verhoogd.'")),
    dict(id="bl-txt-dk-ondermijning",
         turn=T("Wat heeft Dinkelland in 2022 gedaan tegen ondermijning?", [["BOA", "controles"]], DKM,
                "Programma 2 'Wat hebben we daarvoor gedaan?': 'tweede BOA voor het buitengebied. Er zijn 37 integrale controles uitgevoerd'")),
    dict(id="bl-txt-dk-restafval", municipality=DKM,
         turn=T("Wat is het doel van de gemeente voor de hoeveelheid restafval?", [["50 kg", "50 kilo"]], DKM,
                "Programma 7 'Wat wilden we bereiken?': 'Minder restafval: in 2025 maximaal 50 kg restafval per inwoner.'")),
    dict(id="bl-txt-co-klooster",
         turn=T("Wie gebruikt het pand Klooster 3 in Deventer van Collectie Overijssel?", [["Industrieel Erfgoed"]], "Collectie Overijssel",
                "corpus/collectie-overijssel-jaarstukken-2023.pdf p.11: 'Klooster 3 in Deventer wordt gebruikt door Stichting Industrieel "
                "Erfgoed Deventer.'")),
    # ---------------------------------------------------------------- any
    dict(id="bl-any-dk-werkbedrijf",
         turn=A("Hoeveel betaalt Dinkelland aan het Werkbedrijf Dinkel-Regge?",
                "no year given: 2022 (jaarstukken Dinkelland, 5.503.944), 2025 (begroting Werkbedrijf, 5.849.656) or a clarification "
                "are all fine; the amounts of other participants are not",
                exclude=["7.164.432", "5.121.502", "4.170.353"])),
    dict(id="bl-any-wb-risicos", municipality=WBM,
         turn=A("Welke risico's ziet het werkbedrijf voor de komende jaren?",
                "a list or a figure is fine, but it must cite the Werkbedrijf's document and not mix in Dinkelland's risks",
                exclude=["Open-einderegelingen", "Herverdeling gemeentefonds"], muni=WBM)),
]

# ----------------------------------------------------------------------------- emit


def q(s):
    return json.dumps(s, ensure_ascii=False)


def ynum(v):
    """number as YAML 1.1 reads it (no exponent form such as 5e-05)"""
    v = num(v)
    if isinstance(v, float):
        return ("%.8f" % v).rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def flow(d):
    parts = []
    for k_, v in d.items():
        if isinstance(v, list):
            items = []
            for it in v:
                if isinstance(it, list):
                    items.append("[" + ", ".join(q(x) for x in it) + "]")
                elif isinstance(it, str):
                    items.append(q(it))
                else:
                    items.append(ynum(it))
            parts.append(f"{k_}: [" + ", ".join(items) + "]")
        elif isinstance(v, str):
            parts.append(f"{k_}: {v if re.fullmatch(r'[A-Za-z]+', v) else q(v)}")
        elif isinstance(v, bool):
            parts.append(f"{k_}: {'true' if v else 'false'}")
        else:
            parts.append(f"{k_}: {ynum(v)}")
    return "{" + ", ".join(parts) + "}"


def render_turn(t):
    """returns (comment lines, kind, expect dict, check record)"""
    com, rec = [], dict(kind=t["kind"], question=t["question"])
    if t["kind"] == "figure" and "key" in t:
        doc, f = fact(t["key"])
        page = find_page(doc, f)
        value = num(f["value"])
        if isinstance(value, (int, float)) and value < 0:
            value = -value
        com.append(f"source: corpus/{doc}.pdf p.{page}, {f['where']}")
        com.append(f"printed: {q(f['printed'])}" + (f" (scale x {f['scale']:,})".replace(",", ".") if f.get("scale", 1) != 1 else ""))
        accept, checks = [], [dict(doc=doc, printed=f["printed"], page=page)]
        for a in t["accept"]:
            if isinstance(a, tuple) and a[0] == "table":
                _, f2 = fact(a[1])
                tk = f2["context"]["table_k"]
                accept.append(tk)
                printed_k = f"{tk // 1000:,}".replace(",", ".")
                com.append(f"also accepted: {tk} = Verschil column of the programme table, printed '-{printed_k}' (x € 1.000), row "
                           f"'{f2['context']['code']} ...' (lasten)")
                checks.append(dict(doc=doc, printed="-" + printed_k))
            elif isinstance(a, tuple) and a[0] == "value":
                accept.append(a[1])
                com.append(f"also accepted: {a[1]} ({a[2]})")
                checks.append(dict(doc=doc, printed=fmt_eu(a[1] // 1000)))
            else:
                d2, f2 = fact(a)
                p2 = find_page(d2, f2)
                v2 = num(f2["value"])
                v2 = -v2 if v2 < 0 else v2
                accept.append(v2)
                com.append(f"also accepted: {v2} = p.{p2}, {f2['where']}, printed {q(f2['printed'])}")
                checks.append(dict(doc=d2, printed=f2["printed"], page=p2))
        accepted_vals = {value, *accept}
        near = [(n, num(v)) for n, v in f["near"] if num(v) and num(v) not in accepted_vals and (-num(v)) not in accepted_vals]
        decs = len(f["printed"].split(",")[1].rstrip("%").split()[0]) if "," in f["printed"] and "miljoen" not in f["printed"] else 0
        if near:
            com.append("NOT accepted (near misses): " + "; ".join(
                f"{n} {fmt_eu(v) if not decs else ('%.*f' % (decs, v)).replace('.', ',')}" for n, v in near))
        others = [i + 1 for i, t in enumerate(PAGES[doc]) if f["printed"] in t and i + 1 != page]
        if others and len(f["printed"]) >= 5:
            com.append(f"(the same printed text also stands on p.{', p.'.join(map(str, others))})")
        if t.get("note"):
            com.append("note: " + t["note"])
        exp = dict(value=value)
        if accept:
            exp["accept"] = [x for x in dict.fromkeys(accept) if x != value]
            if not exp["accept"]:
                del exp["accept"]
        if t.get("tol"):
            exp["tolerance"] = t["tol"]
        exp["unit"] = t.get("unit") or f.get("unit") or "EUR"
        exp["municipality"] = MUNI[doc]
        rec.update(value=value, accept=exp.get("accept", []), checks=checks, municipality=MUNI[doc])
        return com, exp, rec
    if t["kind"] == "figure" and "real" in t:
        r = t["real"]
        com.append("source: " + r["src"])
        if r["near"]:
            com.append("NOT accepted (near misses): " + r["near"])
        exp = dict(value=r["value"])
        if t["accept"]:
            exp["accept"] = t["accept"]
        if t.get("tol"):
            exp["tolerance"] = t["tol"]
        exp["unit"] = t["unit"]
        exp["municipality"] = r["muni"]
        m = re.search(r"printed '([^']+)'", r["src"])
        rec.update(value=r["value"], real_src=r["src"], printed=m.group(1) if m else None, municipality=r["muni"])
        return com, exp, rec
    if t["kind"] == "figure" and "derived" in t:
        dd = t["derived"]
        (d1, f1), (d2, f2) = fact(dd["keys"][0]), fact(dd["keys"][1])
        v = abs(num(f1["value"]) - num(f2["value"]))
        deriv = f"{fmt_eu(f1['value'])} - {fmt_eu(f2['value'])} = {fmt_eu(v)}"
        com.append(f"derived ({dd['derivation']}): {deriv}")
        com.append(f"  {f1['printed']} from {f1['where']}; {f2['printed']} from {f2['where']}")
        accept = []
        for a in t["accept"]:
            if a.startswith("alt:"):
                ka, kb = a[4:].split("-", 1)
                (_, fa), (_, fb) = fact(ka), fact(kb)
                av = abs(num(fa["value"]) - num(fb["value"]))
                accept.append(av)
                com.append(f"also accepted: {fmt_eu(fa['value'])} - {fmt_eu(fb['value'])} = {fmt_eu(av)} (exact euro amount of Tabel 5.1 minus Tabel 5.2)")
        exp = dict(value=v)
        if accept:
            exp["accept"] = accept
        exp["unit"] = t["unit"]
        exp["municipality"] = dd["muni"]
        rec.update(value=v, accept=accept, derived=dict(keys=dd["keys"], value=v), municipality=dd["muni"],
                   checks=[dict(doc=d1, printed=f1["printed"]), dict(doc=d2, printed=f2["printed"])])
        return com, exp, rec
    if t["kind"] == "text":
        src = t["src"]
        if not src.startswith("corpus/"):
            doc = DK if t["muni"] == "Dinkelland" else WB
            quote = re.search(r"'([^']{12,})", src).group(1)[:40]
            pg = [i + 1 for i, tx in enumerate(PAGES[doc]) if quote in re.sub(r"\s+", " ", tx)]
            src = f"corpus/{doc}.pdf p.{pg[0] if pg else '?'}, " + re.sub(r"^p\.[0-9-]+ ", "", src)
        com.append("source: " + src)
        exp = dict(include=t["include"])
        if t["exclude"]:
            exp["exclude"] = t["exclude"]
        exp["municipality"] = t["muni"]
        rec.update(include=t["include"], municipality=t["muni"], src=t["src"])
        return com, exp, rec
    if t["kind"] == "refusal":
        com.append("refusal: " + t["why"])
        rec.update(why=t["why"])
        return com, None, rec
    if t["kind"] == "any":
        com.append("any: " + t["why"])
        exp = {}
        if t["exclude"]:
            exp["exclude"] = t["exclude"]
        if t.get("muni"):
            exp["municipality"] = t["muni"]
        rec.update(exclude=t["exclude"], municipality=t.get("muni"))
        return com, exp or None, rec
    raise ValueError(t)


def main():
    out = ["# set-bl: blind evaluation set (format: shared/evals/FORMAT.md, version 1).",
           "# Documents: corpus/ = the four documents of the main corpus (unchanged) plus two FICTIONAL documents:",
           "#   dinkelland-jaarstukken-2022.pdf (Gemeente Dinkelland, Jaarstukken 2022; made with LibreOffice Draw)",
           "#   werkbedrijf-dinkel-regge-begroting-2025.pdf (fictional GR Werkbedrijf Dinkel-Regge, Begroting 2025; made with MuPDF)",
           "# Every amount in the two fictional documents is made up. Generated by source/make_cases.py; do not edit by hand.",
           "# Values are in euros after applying the table's scale; 'accept' lists the same figure printed elsewhere",
           "# (rounded x € 1.000, in € mln, or exact in prose). Comments give source page, table, row, column, printed text",
           "# and near-miss values that are NOT accepted.",
           "version: 1", "cases:"]
    records = []
    for c in CASES:
        turns = c.get("turns") or [c["turn"]]
        multi = "turns" in c
        if not multi:
            com, exp, rec = render_turn(turns[0])
            out.append("")
            out += ["# " + ln for ln in com]
            out.append(f"- id: {c['id']}")
            out.append(f"  question: {q(turns[0]['question'])}")
            if c.get("municipality"):
                out.append(f"  municipality: {q(c['municipality'])}")
            out.append(f"  kind: {turns[0]['kind']}")
            if exp:
                out.append(f"  expect: {flow(exp)}")
            records.append(dict(id=c["id"], municipality=c.get("municipality"), turns=[rec]))
        else:
            out.append("")
            out.append(f"# conversation of {len(turns)} turns")
            out.append(f"- id: {c['id']}")
            if c.get("municipality"):
                out.append(f"  municipality: {q(c['municipality'])}")
            out.append("  turns:")
            recs = []
            for t in turns:
                com, exp, rec = render_turn(t)
                out += ["  # " + ln for ln in com]
                out.append(f"  - question: {q(t['question'])}")
                out.append(f"    kind: {t['kind']}")
                if exp:
                    out.append(f"    expect: {flow(exp)}")
                recs.append(rec)
            records.append(dict(id=c["id"], municipality=c.get("municipality"), turns=recs))
    with open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "cases-check.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False, indent=1)
    kinds = {}
    for r in records:
        for t in r["turns"]:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print("cases:", len(records), "turns:", sum(kinds.values()), kinds,
          "conversations:", sum(1 for r in records if len(r["turns"]) > 1))


def manifest():
    src = open("/work/main/corpus/manifest.yaml", encoding="utf-8").read()
    if not src.endswith("\n"):
        src += "\n"
    src += """- id: dinkelland-jaarstukken-2022
  file: dinkelland-jaarstukken-2022.pdf
  municipality: Dinkelland
  title: Jaarstukken 2022
  year: 2022
  type: jaarstukken
  source: FICTIEF testdocument (set-bl), 20 pages, made with LibreOffice Draw 7.4 from a generated .odg; every amount is made up
- id: werkbedrijf-dinkel-regge-begroting-2025
  file: werkbedrijf-dinkel-regge-begroting-2025.pdf
  municipality: Werkbedrijf Dinkel-Regge
  title: Begroting 2025 en meerjarenraming 2026-2028
  year: 2025
  type: begroting
  source: FICTIEF testdocument (set-bl), 10 pages, fictional gemeenschappelijke regeling (sociaal werkbedrijf) of Dinkelland, Losser, Oldenzaal, Tubbergen and Twenterand, written with MuPDF (PyMuPDF); every amount is made up
"""
    with open(os.path.join(CORPUS, "manifest.yaml"), "w", encoding="utf-8") as f:
        f.write(src)


if __name__ == "__main__":
    manifest()
    main()
