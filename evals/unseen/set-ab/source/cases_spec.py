"""Specification of the set-ab cases, with the provenance of every expected figure.

Run `python cases_spec.py ../cases.yaml` to (re)write cases.yaml.  check.py imports CASES
from here to prove that every cell used is printed in the generated documents and that the
expected values follow from those printed cells.
"""
import json
import sys
import data_belvenmeer as DB
import data_hollestreek as DH
from common import nl

DOCS = {
    "B": dict(id="belvenmeer-jaarstukken-2029", file="belvenmeer-jaarstukken-2029.pdf", muni="Belvenmeer",
              tables=DB.TABLES, claims=DB.claims),
    "H": dict(id="hollestreek-begroting-2031", file="hollestreek-begroting-2031.pdf",
              muni="Omgevingsdienst Hollestreek", tables=DH.TABLES, claims=DH.claims),
}
MB = DOCS["B"]["muni"]
MH = DOCS["H"]["muni"]


def scale_text(s):
    return {1: "x 1", 1000: "x 1000", 1_000_000: "x 1.000.000"}[s]


class Cell:
    """A printed table cell."""

    def __init__(self, doc, tid, row, col):
        self.doc, self.tid, self.rowkey, self.colname = doc, tid, row, col
        t = DOCS[doc]["tables"][tid]
        self.table = t
        r = t.row(row)
        self.ci = t.col(col)
        self.raw = r.values[self.ci]
        self.token = t.tokens(r)[self.ci]
        self.scale = t.scale_of(row)
        assert isinstance(self.raw, (int, float)) and self.token not in ("", "-"), (tid, row, col)
        self.value = self.raw * self.scale
        self.label = r.label

    def desc(self):
        return (f"PDF {self.table.title}, row '{self.label}', column '{self.table.columns[self.ci]}': "
                f"'{self.token}' {scale_text(self.scale)}")


class Prose:
    """A figure printed in running text (fragment must occur verbatim)."""

    def __init__(self, doc, fragment, number):
        self.doc, self.fragment, self.value = doc, fragment, number
        self.scale = 1

    def desc(self):
        return f"PDF prose: \"{self.fragment}\""


def claim(doc, startswith):
    for frag, num, fn in DOCS[doc]["claims"]():
        if frag.startswith(startswith):
            return Prose(doc, frag, num)
    raise KeyError(startswith)


class Fig:
    def __init__(self, formula, cells, unit="EUR", tol=None, accept=(), note=None, nd=None):
        self.formula, self.cells, self.unit, self.tol, self.accept, self.note = formula, cells, unit, tol, list(accept), note
        self.nd = nd  # decimals to round a computed value to

    def evaluate(self, values=None):
        env = {k: (values[k] if values else c.value) for k, c in self.cells.items()}
        v = eval(self.formula, {"__builtins__": {}, "abs": abs, "round": round}, env)
        v = abs(v)
        if self.nd is not None:
            v = round(v, self.nd)
        if isinstance(v, float) and abs(v - round(v)) < 1e-9 and self.nd is None:
            v = int(round(v))
        if isinstance(v, float):
            v = round(v, 6)
        return v


def A(formula, cells, note):
    """An accepted alternative value (e.g. the same figure printed at another scale)."""
    return Fig(formula, cells, note=note)


def fig_turn(q, f, muni):
    return dict(question=q, kind="figure", fig=f, muni=muni)


def text_turn(q, include, muni, sources):
    return dict(question=q, kind="text", include=include, muni=muni, sources=sources)


def refusal_turn(q, why, checks):
    return dict(question=q, kind="refusal", why=why, checks=checks)


CASES = []


def case(cid, scope, *turns):
    CASES.append(dict(id=cid, scope=scope, turns=list(turns)))


C = Cell
P5L = "Realisatie 2029"

# ===================================================================== Belvenmeer, jaarstukken 2029
case("ab-bv-jeugd-realisatie", MB, fig_turn(
    "Wat heeft Belvenmeer in 2029 echt uitgegeven aan maatwerkdienstverlening voor jongeren onder de 18?",
    Fig("a", {"a": C("B", "tv_P5", "L:6.72", P5L)}), MB))

case("ab-bv-sociaal-lasten", MB, fig_turn(
    "Hoeveel kostte het programma Sociaal domein en gezondheid in 2029 werkelijk?",
    Fig("a", {"a": C("B", "tv_P5", "L:totaal", P5L)},
        accept=[A("b", {"b": C("B", "overzicht", "lasten:P5", P5L)}, "same figure in Tabel 2.1 (x € 1.000)")]), MB))

case("ab-bv-ruimte-baten-primitief", MB, fig_turn(
    "Welke inkomsten had de gemeente oorspronkelijk, in de primitieve begroting, geraamd voor Ruimte en mobiliteit?",
    Fig("a", {"a": C("B", "tv_P2", "B:totaal", "Begroting primitief 2029")},
        accept=[A("b", {"b": C("B", "overzicht", "baten:P2", "Begroting primitief 2029")},
                  "same figure in Tabel 2.1 (x € 1.000)")]), MB))

case("ab-bv-economie-onderschrijding", MB, fig_turn(
    "Hoeveel bleven de lasten van Economie en duurzaamheid onder de bijgestelde begroting?",
    Fig("a", {"a": C("B", "tv_P3", "L:totaal", "Verschil")},
        accept=[A("b", {"b": C("B", "overzicht", "lasten:P3", "Verschil")}, "same difference in Tabel 2.1 (x € 1.000)")]), MB))

case("ab-bv-resultaat", MB, fig_turn(
    "Met welk resultaat sluit de jaarrekening 2029 van Belvenmeer?",
    Fig("a", {"a": C("B", "overzicht", "resultaat", P5L)},
        accept=[A("b", {"b": claim("B", "gerealiseerd resultaat van")}, "same figure in the voorwoord")]), MB))

case("ab-bv-jeugdhulp-percentage", MB, fig_turn(
    "Welk percentage van de jongeren in Belvenmeer heeft jeugdhulp volgens de beleidsindicatoren?",
    Fig("a", {"a": C("B", "ind_P5", "jeugdhulp", "Belvenmeer")}, unit="percent"), MB))

case("ab-bv-banen-landelijk", MB, fig_turn(
    "Hoeveel banen per 1.000 inwoners van 15 tot 64 jaar zijn er landelijk, volgens de vergelijking in de jaarstukken van Belvenmeer?",
    Fig("a", {"a": C("B", "ind_P5", "banen", "Nederland")}, unit="count"), MB))

case("ab-bv-jeugd-overschrijding", MB, fig_turn(
    "Met hoeveel euro ging taakveld 6.72 over de begroting na wijziging heen?",
    Fig("a", {"a": C("B", "tv_P5", "L:6.72", "Verschil")},
        accept=[A("b", {"b": claim("B", "Maatwerkdienstverlening 18- (lasten):")},
                  "rounded amount in the verschillenanalyse (3.8)")]), MB))

case("ab-bv-reserve-sociaal-eind", MB, fig_turn(
    "Hoeveel zat er eind 2029 nog in de reserve sociaal domein?",
    Fig("a", {"a": C("B", "reserves", "SD", "Stand 31-12-2029")}), MB))

case("ab-bv-mva", MB, fig_turn(
    "Wat was de boekwaarde van de materiële vaste activa op de balans per 31 december 2029?",
    Fig("a", {"a": C("B", "balans", "a:mva", "31-12-2029")}), MB))

case("ab-bv-netto-schuldquote", MB, fig_turn(
    "Hoe hoog was de netto schuldquote in de rekening 2029?",
    Fig("a", {"a": C("B", "kengetallen", "nsq", "Rekening 2029")}, unit="percent"), MB))

case("ab-bv-weerstandscapaciteit", MB, fig_turn(
    "Hoeveel weerstandscapaciteit had Belvenmeer beschikbaar bij de jaarrekening 2029?",
    Fig("a", {"a": C("B", "weerstand", "beschikbaar", "Jaarrekening 2029")}), MB))

case("ab-bv-ikc-restant", MB, fig_turn(
    "Hoeveel krediet is er nog over voor de nieuwbouw van IKC Noorderpark?",
    Fig("a", {"a": C("B", "investeringen", "IKC", "Restant krediet")}), MB))

case("ab-bv-kruispunt-overschrijding", MB, fig_turn(
    "Met hoeveel is het krediet voor de reconstructie van het kruispunt Molenweg-Parallelweg overschreden?",
    Fig("a", {"a": C("B", "investeringen", "KRUIS", "Restant krediet")},
        note="printed as '(77.612)': a negative restant = overschrijding"), MB))

case("ab-bv-wnt-secretaris", MB, fig_turn(
    "Wat was in 2029 de totale bezoldiging van de gemeentesecretaris volgens de WNT-verantwoording?",
    Fig("a", {"a": C("B", "wnt2029", "bezoldiging", "Gemeentesecretaris")}), MB))

case("ab-bv-inwoners", MB, fig_turn(
    "Hoeveel inwoners had Belvenmeer eind 2029?",
    Fig("a", {"a": C("B", "kern", "inw", "31-12-2029")}, unit="count"), MB))

case("ab-bv-algemene-reserve", MB, fig_turn(
    "Hoe groot was de algemene reserve van Belvenmeer op 31 december 2029?",
    Fig("a", {"a": C("B", "reserves", "AR", "Stand 31-12-2029")},
        accept=[A("b", {"b": C("B", "weerstand", "ar", "Jaarrekening 2029")}, "same reserve in Tabel 4.1 (x € 1 mln)")],
        note="also printed in Tabel 6.1 (balans, x € 1.000) as '17.530'"), MB))

# --- arithmetic over printed cells
case("ab-bv-calc-maatwerk-samen", MB, fig_turn(
    "Wat kostte maatwerkdienstverlening voor 18-plussers en voor jeugdigen in 2029 bij elkaar opgeteld?",
    Fig("a + b", {"a": C("B", "tv_P5", "L:6.71", P5L), "b": C("B", "tv_P5", "L:6.72", P5L)},
        note="sum of two taakveld rows"), MB))

case("ab-bv-calc-sociaal-vs-primitief", MB, fig_turn(
    "Hoeveel meer is er in 2029 aan Sociaal domein en gezondheid uitgegeven dan in de oorspronkelijke begroting stond?",
    Fig("a - b", {"a": C("B", "tv_P5", "L:totaal", P5L), "b": C("B", "tv_P5", "L:totaal", "Begroting primitief 2029")},
        accept=[A("c - d", {"c": C("B", "overzicht", "lasten:P5", P5L),
                            "d": C("B", "overzicht", "lasten:P5", "Begroting primitief 2029")},
                  "same difference from Tabel 2.1 (x € 1.000)")],
        note="difference between two columns (realisatie - primitief); the printed Verschil column is against na wijziging"), MB))

case("ab-bv-calc-sociaal-per-inwoner", MB, fig_turn(
    "Wat waren de werkelijke lasten van het sociaal domein (programma 5) in 2029 per inwoner, uitgaande van het aantal inwoners eind 2029?",
    Fig("a / b", {"a": C("B", "tv_P5", "L:totaal", P5L), "b": C("B", "kern", "inw", "31-12-2029")}, tol=1.0, nd=2,
        note="per inwoner: lasten / inwoners (x € 1.000 variant 50.737.000 / 38.647 lies within the tolerance)"), MB))

case("ab-bv-calc-liquide-daling", MB, fig_turn(
    "Met hoeveel zijn de liquide middelen van Belvenmeer in 2029 afgenomen?",
    Fig("b - a", {"a": C("B", "balans", "a:liquide", "31-12-2029"), "b": C("B", "balans", "a:liquide", "31-12-2028")},
        note="difference between the two balance-sheet columns"), MB))

# --- conversations
case("ab-bv-conv-sport", MB,
     fig_turn("Wat waren de werkelijke lasten van de sportaccommodaties in 2029?",
              Fig("a", {"a": C("B", "tv_P4", "L:5.2", P5L)}), MB),
     fig_turn("En wat was daarvoor na wijziging begroot?",
              Fig("a", {"a": C("B", "tv_P4", "L:5.2", "Begroting na wijziging 2029")}), MB),
     fig_turn("En hoeveel inkomsten leverden de sportaccommodaties op?",
              Fig("a", {"a": C("B", "tv_P4", "B:5.2", P5L)}), MB))

case("ab-bv-conv-reserve-duurzaamheid", MB,
     fig_turn("Hoeveel stond er begin 2029 in de reserve duurzaamheid en energietransitie?",
              Fig("a", {"a": C("B", "reserves", "DUUR", "Stand 1-1-2029")}), MB),
     fig_turn("En aan het eind van dat jaar?",
              Fig("a", {"a": C("B", "reserves", "DUUR", "Stand 31-12-2029")}), MB))

case("ab-bv-conv-algemene-uitkering", MB,
     fig_turn("Hoeveel heeft Belvenmeer in 2029 ontvangen uit de algemene uitkering van het gemeentefonds?",
              Fig("a", {"a": C("B", "tv_ADM", "B:0.7", P5L)}), MB),
     fig_turn("Hoeveel was dat meer dan na wijziging was begroot?",
              Fig("a", {"a": C("B", "tv_ADM", "B:0.7", "Verschil")},
                  accept=[A("b", {"b": claim("B", "Algemene uitkering (baten):")}, "rounded amount in 3.8")]), MB),
     text_turn("Waardoor kwam dat?", [["decembercirculaire", "circulaire", "accres"]], MB,
               "PDF 3.8 Toelichting op de belangrijkste verschillen, 'Algemene uitkering (baten)'"))

# --- refusals
case("ab-bv-ref-2031", MB, refusal_turn(
    "Wat zijn de geraamde lasten voor jeugdhulp in Belvenmeer voor 2031?",
    "the jaarstukken only cover 2029 (with 2028 comparisons); no 2031 figures are printed",
    [("absent", "B", r"2031")]))

case("ab-bv-ref-zwembad", MB, refusal_turn(
    "Hoeveel heeft Belvenmeer in 2029 uitgegeven aan het zwembad?",
    "only taakveld 5.2 Sportaccommodaties is printed; a swimming pool is not broken out or mentioned",
    [("absent", "B", r"zwembad")]))

case("ab-bv-ref-havens", MB, refusal_turn(
    "Wat waren in 2029 de lasten van taakveld 2.3 Recreatieve havens?",
    "taakveld 2.3 does not occur in the document (programma 2 has 2.1, 2.2, 5.7, 8.1, 8.2, 8.3)",
    [("absent", "B", r"havens"), ("absent", "B", r"(?m)^\s*2\.3 ")]))

case("ab-bv-ref-wijnkerke", None, refusal_turn(
    "Met welk resultaat sloot de jaarrekening 2029 van de gemeente Wijnkerke af?",
    "Wijnkerke is only a member of the omgevingsdienst; its own jaarstukken are not in the corpus "
    "(tempting: the Belvenmeer result and the omgevingsdienst's Rekening 2029 column)",
    [("absent", "B", r"Wijnkerke"), ("absent", "H", r"gemeente Wijnkerke")]))

case("ab-bv-ref-burgemeester", MB, refusal_turn(
    "Hoeveel verdiende de burgemeester van Belvenmeer in 2029?",
    "the WNT table covers only the gemeentesecretaris and the griffier; the text says the burgemeester is not included",
    [("present", "B", r"De bezoldiging van de burgemeester en de wethouders valt niet onder de WNT"),
     ("absent", "B", r"Burgemeester\s+\d")]))

# --- text
case("ab-bv-txt-jeugd-waarom", MB, text_turn(
    "Waarom zijn de uitgaven aan jeugdhulp in 2029 zo uit de hand gelopen?",
    [["pleegzorg", "verblijf", "residentiële"], ["tarieven", "tarief", "arbitrage"]], MB,
    "PDF 3.8, 'Maatwerkdienstverlening 18- (lasten)': 'Meer jeugdigen hadden een vorm van jeugdhulp met verblijf nodig, "
    "met name pleegzorg en residentiële zorg. Daarnaast zijn de tarieven ... verhoogd na de uitspraak in de arbitrage'"))

case("ab-bv-txt-reserve-kapitaallasten", MB, text_turn(
    "Waarvoor is de reserve dekking kapitaallasten bedoeld?",
    [["afschrijving"]], MB,
    "PDF 5 'Doel van de reserves': 'dekken van de jaarlijkse afschrijvingslasten van investeringen ...'"))

case("ab-bv-txt-doel-economie", MB, text_turn(
    "Wat wilde de gemeente bereiken met het programma Economie en duurzaamheid?",
    [["energieneutraal"], ["winkelkernen", "lokale economie", "restafval"]], MB,
    "PDF Programma 3 'Wat wilden we bereiken?': 'Een sterke lokale economie met vitale winkelkernen ...' / "
    "'Belvenmeer is in 2040 energieneutraal ... restafval tot 100 kg per inwoner'"))

case("ab-bv-txt-wegen-waarom", MB, text_turn(
    "Waarom is er in 2029 minder aan wegen uitgegeven dan begroot?",
    [["doorgeschoven", "uitgesteld", "verschoven", "2030"], ["aannemer", "capaciteit"]], MB,
    "PDF 3.8, 'Verkeer, wegen en water (lasten)': 'groot onderhoud ... doorgeschoven naar 2030, omdat de aannemer ... "
    "onvoldoende capaciteit had'"))

# ===================================================================== Omgevingsdienst Hollestreek, begroting 2031
B31 = "Totale bijdrage 2031"
case("ab-od-bijdrage-stokkerveen", MH, fig_turn(
    "Hoeveel betaalt Stokkerveen in 2031 in totaal mee aan de omgevingsdienst?",
    Fig("a", {"a": C("H", "bijdrage2031", "Stokkerveen", B31)},
        note="also printed in Tabel 4.2 row 'Begroting 2031', column 'Stokkerveen'"), MH))

case("ab-od-inwoners-doornewaard", MH, fig_turn(
    "Met hoeveel inwoners rekent de omgevingsdienst voor Doornewaard?",
    Fig("a", {"a": C("H", "bijdrage2031", "Doornewaard", "Inwoners 1-1-2030")}, unit="count"), MH))

case("ab-od-bijdragen-totaal", MH, fig_turn(
    "Wat brengen alle deelnemende gemeenten samen op aan bijdragen in 2031?",
    Fig("a", {"a": C("H", "bijdrage2031", "Totaal", B31)},
        accept=[A("b", {"b": C("H", "staat", "bijdr", "Begroting 2031")}, "same figure in Tabel 3.1 (x € 1.000)")]), MH))

case("ab-od-toezicht-2031", MH, fig_turn(
    "Hoeveel is er voor 2031 begroot voor toezicht en handhaving?",
    Fig("a", {"a": C("H", "staat", "toez", "Begroting 2031")}), MH))

case("ab-od-lasten-rekening-2029", MH, fig_turn(
    "Wat waren de totale lasten van de omgevingsdienst volgens de jaarrekening 2029?",
    Fig("a", {"a": C("H", "staat", "lasten", "Rekening 2029")}), MH))

case("ab-od-fte-2031", MH, fig_turn(
    "Met hoeveel fte formatie rekent de omgevingsdienst in 2031?",
    Fig("a", {"a": C("H", "formatie", "TOT", "Formatie 2031")}, unit="count",
        accept=[A("b", {"b": claim("H", "totaal ")}, "same figure in the text of chapter 7")]), MH))

case("ab-od-solvabiliteit-2031", MH, fig_turn(
    "Wat is de solvabiliteitsratio van Omgevingsdienst Hollestreek in de begroting 2031?",
    Fig("a", {"a": C("H", "kengetallen", "solv", "Begroting 2031")}, unit="percent"), MH))

case("ab-od-uurtarief", MH, fig_turn(
    "Welk uurtarief rekent de omgevingsdienst in 2031?",
    Fig("a", {"a": C("H", "uitgangspunten", "uurtarief", "Begroting 2031")},
        accept=[A("b", {"b": claim("H", "integraal uurtarief van")}, "same figure in the text of 1")]), MH))

case("ab-od-salarissen-2032", MH, fig_turn(
    "Hoeveel is er in 2032 geraamd voor salarissen en sociale lasten?",
    Fig("a", {"a": C("H", "kostensoorten", "sal", "Raming 2032")}), MH))

case("ab-od-frictie-2034", MH, fig_turn(
    "Wat blijft er naar verwachting eind 2034 over in de bestemmingsreserve frictiekosten Omgevingswet?",
    Fig("a", {"a": C("H", "reserves", "FRICTIE", "Stand 31-12-2034")}), MH))

# --- arithmetic
case("ab-od-calc-wijnkerke-baarlemonde", MH, fig_turn(
    "Wat betalen Wijnkerke en Baarlemonde in 2031 samen aan de omgevingsdienst?",
    Fig("a + b", {"a": C("H", "bijdrage2031", "Wijnkerke", B31), "b": C("H", "bijdrage2031", "Baarlemonde", B31)},
        note="sum of two rows"), MH))

case("ab-od-calc-doornewaard-per-inwoner", MH, fig_turn(
    "Hoeveel betaalt Doornewaard in 2031 per inwoner aan de omgevingsdienst?",
    Fig("a / b", {"a": C("H", "bijdrage2031", "Doornewaard", B31), "b": C("H", "bijdrage2031", "Doornewaard", "Inwoners 1-1-2030")},
        tol=0.01, nd=2, note="per inwoner: totale bijdrage / inwoners"), MH))

case("ab-od-calc-lastenstijging", MH, fig_turn(
    "Hoeveel nemen de totale lasten van de omgevingsdienst toe van 2031 naar 2034?",
    Fig("b - a", {"a": C("H", "staat", "lasten", "Begroting 2031"), "b": C("H", "staat", "lasten", "Raming 2034")},
        note="difference between two columns"), MH))

# --- conversations
case("ab-od-conv-bijdragen", MH,
     fig_turn("Hoeveel betaalt Baarlemonde in 2031 aan Omgevingsdienst Hollestreek?",
              Fig("a", {"a": C("H", "bijdrage2031", "Baarlemonde", B31)}), MH),
     fig_turn("En Hemmerloo?",
              Fig("a", {"a": C("H", "bijdrage2031", "Hemmerloo", B31)}), MH),
     fig_turn("Hoeveel is dat per inwoner?",
              Fig("a / b", {"a": C("H", "bijdrage2031", "Hemmerloo", B31),
                            "b": C("H", "bijdrage2031", "Hemmerloo", "Inwoners 1-1-2030")}, tol=0.01, nd=2,
                  note="Hemmerloo's bijdrage / Hemmerloo's inwoners"), MH))

case("ab-od-conv-vergunningverlening", MH,
     fig_turn("Welke lasten zijn voor vergunningverlening geraamd in 2031?",
              Fig("a", {"a": C("H", "staat", "verg", "Begroting 2031")}), MH),
     fig_turn("En in 2032?",
              Fig("a", {"a": C("H", "staat", "verg", "Raming 2032")}), MH),
     fig_turn("En in 2034?",
              Fig("a", {"a": C("H", "staat", "verg", "Raming 2034")}), MH),
     refusal_turn("En in 2035?", "the meerjarenraming ends in 2034",
                  [("absent", "H", r"2035")]))

case("ab-od-conv-meerjarig", MH,
     fig_turn("Wat is de geraamde bijdrage van Ellewoude in 2033?",
              Fig("a", {"a": C("H", "meerjarig", "2033", "Ellewoude")}), MH),
     fig_turn("En voor Wijnkerke?",
              Fig("a", {"a": C("H", "meerjarig", "2033", "Wijnkerke")}), MH))

# --- refusals
case("ab-od-ref-belvenmeer", None, refusal_turn(
    "Hoeveel betaalt Belvenmeer in 2031 aan Omgevingsdienst Hollestreek?",
    "Belvenmeer is not a member of the omgevingsdienst; the seven members are listed",
    [("absent", "H", r"Belvenmeer")]))

case("ab-od-ref-stokkerveen-2029", MH, refusal_turn(
    "Hoeveel heeft Stokkerveen in 2029 werkelijk aan de omgevingsdienst betaald?",
    "only the total 'Bijdragen deelnemers' of the Rekening 2029 is printed (Tabel 3.1); the per-member tables "
    "start at Begroting 2030",
    [("table_lacks", "H", "meerjarig", "2029"), ("table_lacks", "H", "bijdrage2031", "2029")]))

case("ab-od-ref-directeur", MH, refusal_turn(
    "Wat verdient de directeur van de omgevingsdienst?",
    "no WNT disclosure or individual salary in the begroting (tempting: 'Salarissen en sociale lasten')",
    [("absent", "H", r"WNT"), ("absent", "H", r"(?i)bezoldiging")]))

case("ab-od-ref-fte-kieversloot", MH, refusal_turn(
    "Hoeveel fte van de omgevingsdienst wordt ingezet voor Kieversloot?",
    "formatie is only broken out by afdeling, not by deelnemer (tempting: Kieversloot's uren werkprogramma)",
    [("table_lacks", "H", "formatie", "Kieversloot")]))

# --- text
case("ab-od-txt-verdeelsleutel", MH, text_turn(
    "Hoe wordt de bijdrage van een deelnemende gemeente aan de omgevingsdienst bepaald?",
    [["inwoner"], ["uren", "uurtarief"]], MH,
    "PDF 4: 'De vaste bijdrage ... verdeeld naar rato van het aantal inwoners op 1 januari 2030 ... De bijdrage "
    "werkprogramma is het aantal uren ... vermenigvuldigd met het integrale uurtarief.'"))

case("ab-od-txt-reserve-frictie", MH, text_turn(
    "Waar is de bestemmingsreserve frictiekosten Omgevingswet voor bedoeld?",
    [["dubbele bezetting", "omscholing", "invoering"]], MH,
    "PDF 5 'Doel van de reserves': 'dekking van tijdelijke frictiekosten van de invoering van de Omgevingswet, zoals "
    "dubbele bezetting en de omscholing van medewerkers'"))

case("ab-od-txt-stijging-2032", MH, text_turn(
    "Waarom lopen de bijdragen en lasten in 2032 extra op?",
    [["energiebesparing", "informatieplicht", "verduurzaming"]], MH,
    "PDF 3 'Toelichting op de meerjarenraming': 'toezicht op de energiebesparingsplicht en de informatieplicht "
    "verduurzaming structureel aan het werkprogramma wordt toegevoegd'"))

case("ab-od-txt-basis-plus", MH, text_turn(
    "Wat is het verschil tussen basistaken en plustaken?",
    [["wettelijk", "verplicht"], ["vrijwillig", "aanvullend"]], MH,
    "PDF 1 'Basistaken en plustaken': 'Basistaken zijn de taken die gemeenten wettelijk verplicht ... Plustaken zijn "
    "taken die een deelnemer vrijwillig aan de dienst opdraagt.'"))


# ===================================================================== YAML writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def num(v):
    if isinstance(v, float):
        s = repr(round(v, 6))
        return s
    return str(v)


def fig_expect(f, muni):
    v = f.evaluate()
    parts = [f"value: {num(v)}"]
    acc = sorted({a.evaluate() for a in f.accept if a.evaluate() != v})
    if acc:
        parts.append("accept: [" + ", ".join(num(x) for x in acc) + "]")
    if f.tol:
        parts.append(f"tolerance: {num(f.tol)}")
    parts.append(f"unit: {f.unit}")
    parts.append(f"municipality: {q(muni)}")
    return "{" + ", ".join(parts) + "}"


def comments(turn, prefix=""):
    out = []
    if turn["kind"] == "figure":
        f = turn["fig"]
        for k, c in f.cells.items():
            out.append(f"# {prefix}cell {k}: {c.desc()}")
        out.append(f"# {prefix}value = {f.formula}" + (f"   ({f.note})" if f.note else ""))
        for a in f.accept:
            for k, c in a.cells.items():
                out.append(f"# {prefix}accept cell {k}: {c.desc()}")
            out.append(f"# {prefix}accept = {a.formula}   ({a.note})")
    elif turn["kind"] == "text":
        out.append(f"# {prefix}source: {turn['sources']}")
    else:
        out.append(f"# {prefix}refusal: {turn['why']}")
    return out


def turn_yaml(turn, indent):
    pad = " " * indent
    lines = [f"question: {q(turn['question'])}", f"kind: {turn['kind']}"]
    if turn["kind"] == "figure":
        lines.append("expect: " + fig_expect(turn["fig"], turn["muni"]))
    elif turn["kind"] == "text":
        inc = "[" + ", ".join("[" + ", ".join(q(x) for x in item) + "]" if len(item) > 1 else q(item[0])
                              for item in turn["include"]) + "]"
        lines.append(f"expect: {{include: {inc}, municipality: {q(turn['muni'])}}}")
    return [pad + l for l in lines]


def write(path):
    out = [
        "# Held-out evaluation set ab (format: FORMAT.md, version 1).",
        "# Documents (fictional, written for held-out testing; see corpus/manifest.yaml):",
        "#   belvenmeer-jaarstukken-2029.pdf  - Gemeente Belvenmeer, Jaarstukken 2029 (jaarverslag + jaarrekening),",
        "#       drawn with matplotlib; scales: Tabel 2.1/6.1/7.2 'x € 1.000', taakveld tables, investeringen and WNT",
        "#       in whole euros, reserves/voorzieningen '(in duizenden euro's)', weerstandscapaciteit 'x € 1 mln'.",
        "#   hollestreek-begroting-2031.pdf   - Omgevingsdienst Hollestreek (GR of Wijnkerke, Baarlemonde, Stokkerveen,",
        "#       Doornewaard, Hemmerloo, Kieversloot, Ellewoude), Programmabegroting 2031 + meerjarenraming 2032-2034,",
        "#       made with WeasyPrint; Tabel 3.1/3.2/6.1 'x € 1.000', bijdragen/reserves/investeringen in whole euros.",
        "# Expected values are in euros (after applying the table's scale), percent as printed, counts as printed.",
        "# Generated by source/cases_spec.py; verified by source/check.py.",
        "version: 1",
        "cases:",
    ]
    for c in CASES:
        single = len(c["turns"]) == 1
        if single:
            out.extend(comments(c["turns"][0]))
            t = c["turns"][0]
            out.append(f"- id: {c['id']}")
            body = turn_yaml(t, 2)
            out.append(body[0])  # question
            if c["scope"]:
                out.append(f"  municipality: {q(c['scope'])}")
            out.extend(body[1:])
        else:
            for i, t in enumerate(c["turns"], start=1):
                out.extend(comments(t, prefix=f"turn {i} "))
            out.append(f"- id: {c['id']}")
            if c["scope"]:
                out.append(f"  municipality: {q(c['scope'])}")
            out.append("  turns:")
            for t in c["turns"]:
                body = turn_yaml(t, 4)
                body[0] = "  - " + body[0].lstrip()
                out.extend(body)
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else "../cases.yaml")
    kinds = {}
    for c in CASES:
        for t in c["turns"]:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(len(CASES), "cases", sum(kinds.values()), "turns", kinds)
