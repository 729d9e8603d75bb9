"""Write the FICTIONAL Noaberkracht Dinkelland Tubbergen Begroting 2026 as a line spec and render it with Apache
PDFBox (RenderPdfbox.java, Debian libpdfbox2-java).  Usage: python gen_noaberkracht.py OUT_DIR
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import data as d
from fmt import sp, dec, half_up

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
HERE = Path(__file__).resolve().parent
CP = "/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar"

L: list[str] = []


def emit(*parts):
    for p in parts[1:]:
        assert "\t" not in str(p) and "\n" not in str(p), p
    L.append("\t".join(str(p) for p in parts))


def table(style, widths, aligns, headers, rows):
    emit("TABLE", style, ",".join(str(w) for w in widths), ",".join(aligns))
    for h in headers:
        emit("HDR", *h)
    emit("BODY")
    for st, cells in rows:
        emit("ROW", st, *cells)
    emit("END")


def amt(v):
    return "pm" if v is None else sp(v)


YH = ["Rekening|2024", "Begroting|2025", "Begroting|2026", "Raming|2027", "Raming|2028", "Raming|2029"]
W6 = [139, 57, 57, 57, 57, 55, 55]
A6 = ["L"] + ["R"] * 6


def build():
    no = d.n_overview()
    emit("META", "Noaberkracht Dinkelland Tubbergen - Begroting 2026 (FICTIEF)", "Noaberkracht Dinkelland Tubbergen (fictief)",
         "Noaberkracht Dinkelland Tubbergen  \u00b7  Begroting 2026 en meerjarenraming 2027-2029  \u00b7  fictief document")
    emit("TITLE", "Begroting 2026", "Noaberkracht Dinkelland Tubbergen",
         "Begroting 2026 en meerjarenraming 2027-2029||"
         "Gemeenschappelijke regeling (bedrijfsvoeringsorganisatie) van de gemeenten Dinkelland en Tubbergen, "
         "gevestigd in Tubbergen en Weerselo||"
         "FICTIEF DOCUMENT. Noaberkracht Dinkelland Tubbergen bestaat echt, maar dit is niet haar begroting: alle "
         "bedragen, aantallen en percentages in dit document zijn verzonnen voor een evaluatieset. Aan de cijfers "
         "kunnen geen rechten worden ontleend.||"
         "Ontwerpbegroting voor het algemeen bestuur, aangeboden aan de raden van Dinkelland en Tubbergen voor hun "
         "zienswijze, april 2025")

    # ------------------------------------------------------------------ 1 inleiding
    emit("PAGE")
    emit("H1", "1 Inleiding")
    t26 = no[2]
    emit("P", "Noaberkracht Dinkelland Tubbergen is de ambtelijke organisatie van de gemeenten Dinkelland en "
         "Tubbergen. Beide gemeenten blijven zelfstandig met een eigen raad en college; Noaberkracht voert voor hen "
         "alle taken uit, van burgerzaken en vergunningen tot het beheer van de openbare ruimte. Deze begroting bevat "
         "daarom vooral de kosten van personeel, ICT en bedrijfsvoering. De kosten worden volgens een vaste "
         "verdeelsleutel door de twee gemeenten betaald.")
    emit("P", f"De totale lasten voor 2026 bedragen € {sp(t26['tl'])} duizend, € {sp(t26['tl'] - no[1]['tl'])} duizend "
         f"meer dan in de begroting 2025. De bijdrage van de gemeenten samen stijgt naar € {sp(t26['netto'])} duizend: "
         f"Dinkelland betaalt € {sp(t26['Dinkelland'])} duizend en Tubbergen € {sp(t26['Tubbergen'])} duizend. De "
         "stijging komt vooral door de cao gemeenten, de uitbreiding van de formatie voor ICT en het sociaal domein en "
         "hogere licentiekosten.")
    emit("H2", "1.1 Leeswijzer")
    emit("P", "Alle bedragen in deze begroting zijn x € 1.000, tenzij anders vermeld. Duizendtallen worden "
         "gescheiden door een spatie (12 345 betekent € 12.345.000). Lasten en baten staan beide positief; een saldo "
         "is baten min lasten. Waar een bedrag nog niet betrouwbaar te ramen is, staat pm (pro memorie). De "
         "ramingen voor 2027 tot en met 2029 zijn in constante prijzen met de bekende loon- en prijsontwikkeling.")

    # ------------------------------------------------------------------ 2 beleidskeuzes
    emit("H1", "2 Beleidskeuzes voor 2026")
    emit("H2", "2.1 Digitalisering")
    pr = d.N_PROSE
    emit("P", "Inwoners en ondernemers van Dinkelland en Tubbergen regelen steeds meer digitaal. In 2024 werd "
         f"{pr['zaken_digitaal']}% van de aanvragen en meldingen digitaal ingediend. In 2026 ronden we de overstap naar "
         f"een cloudwerkplek af: dan draait {pr['cloud_pct']}% van de applicaties in de cloud. We kiezen bewust voor "
         "standaardapplicaties en de principes van Common Ground, zodat we minder afhankelijk worden van één "
         "leverancier. Het platform voor digitale dienstverlening wordt vervangen (investering € 650 duizend). "
         "Informatiebeveiliging krijgt meer aandacht: de BIO-normen en de NIS2-richtlijn vragen extra formatie voor "
         "security en privacy.")
    emit("H2", "2.2 Arbeidsmarkt en personeel")
    emit("P", f"De krappe arbeidsmarkt blijft de grootste uitdaging. Eind 2024 stonden {pr['vacatures']} vacatures open, "
         "vooral voor vergunningverlening, ICT en het sociaal domein. Openstaande vacatures vullen we nu vaak met "
         "duurdere inhuur. Daarom bouwen we de inhuur af en investeren we in eigen mensen: in 2026 starten "
         f"{pr['trainees']} trainees in het programma 'Noabertalent', we bieden zij-instroomtrajecten aan en we werken "
         "met strategische personeelsplanning. Het verloop was in 2024 " + dec(pr['verloop'], 1) + "% en het "
         "ziekteverzuim " + dec(pr['ziekte'], 1) + "%; voor 2026 streven we naar een verzuim onder 5%.")
    emit("P", "Noaberkracht biedt daarnaast werkplekken aan inwoners met een afstand tot de arbeidsmarkt "
         "(doelgroepers), met name in de buitendienst en het leerwerkbedrijf, in samenwerking met Stichting "
         "Participatie Dinkelland.")

    # ------------------------------------------------------------------ 3 overzicht
    emit("H1", "3 Overzicht van baten en lasten")
    emit("CAP", "Tabel 3.1 Overzicht van baten en lasten 2024-2029")
    emit("SCALE", "bedragen x € 1.000")
    rows = [("g", ["Lasten"])]
    for p in d.N_PRODUCTS:
        rows.append(("n", [f"Programma {p}"] + [sp(o["L"][p]) for o in no]))
    rows.append(("n", ["Onvoorzien"] + [sp(o["onv"]) if o["onv"] else "" for o in no]))
    rows.append(("t", ["Totaal lasten"] + [sp(o["tl"]) for o in no]))
    rows.append(("g", ["Baten"]))
    for p in d.N_PRODUCTS:
        rows.append(("n", [f"Programma {p}"] + [sp(o["B"][p]) for o in no]))
    rows.append(("t", ["Totaal baten"] + [sp(o["tb"]) for o in no]))
    rows.append(("t", ["Saldo vóór bijdragen deelnemers"] + [sp(o["saldo"]) for o in no]))
    rows.append(("n", ["Bijdrage gemeente Dinkelland"] + [sp(o["Dinkelland"]) for o in no]))
    rows.append(("n", ["Bijdrage gemeente Tubbergen"] + [sp(o["Tubbergen"]) for o in no]))
    rows.append(("n", ["Toevoegingen aan reserves"] + [sp(o["toev"]) for o in no]))
    rows.append(("n", ["Onttrekkingen aan reserves"] + [sp(o["ontt"]) for o in no]))
    rows.append(("t", ["Resultaat"] + ["0"] * 6))
    table("zebra", W6, A6, [["Omschrijving"] + YH], rows)
    emit("NOTE", "De baten van programma 2 in 2028 en 2029 zijn exclusief de pm-raming voor informatiebeveiliging "
         "(zie product 2.3).")

    # ------------------------------------------------------------------ 4 programma's
    texts = {
        "1 Bedrijfsvoering": "Het programma Bedrijfsvoering zorgt voor huisvesting en facilitaire zaken in de "
        "gemeentehuizen in Tubbergen en Weerselo, voor de financiële functie (planning en control, belastingen, "
        "administratie) en voor juridische zaken en inkoop. In 2026 gaan we verder met de verduurzaming van de "
        "gemeentehuizen en met één inkoopkalender voor beide gemeenten.",
        "2 ICT en informatievoorziening": "Dit programma omvat de ICT-infrastructuur, de werkplekken, de "
        "applicaties en licenties en de informatiebeveiliging. De lasten stijgen door de cloudwerkplek, hogere "
        "licentiekosten en extra formatie voor security. De baten betreffen de doorbelasting van applicaties aan "
        "derden.",
        "3 Personeel en organisatie": "Dit programma bevat de salarissen en sociale lasten van alle medewerkers van "
        "Noaberkracht, de inhuur en de kosten voor opleiding, werving en arbeidsmarkt. De baten zijn vooral "
        "vergoedingen voor gedetacheerd personeel.",
    }
    emit("H1", "4 Programma's en producten")
    emit("P", "Per programma staan hieronder de producten. Voor elk product zijn de lasten en de baten opgenomen "
         "voor de rekening 2024, de begrotingen 2025 en 2026 en de meerjarenraming (bedragen x € 1.000).")
    for p, prods in d.N_PRODUCTS.items():
        emit("H2", f"Programma {p}")
        emit("P", texts[p])
        for code, name, la, ba in prods:
            emit("H3", f"Product {code} {name}")
            table("plain", W6, A6, [[""] + YH], [("n", ["Lasten"] + [amt(v) for v in la]),
                                                   ("n", ["Baten"] + [amt(v) for v in ba])])
        emit("H3", f"Totaal programma {p}")
        table("plain", W6, A6, [[""] + YH],
              [("n", ["Lasten"] + [sp(o["L"][p]) for o in no]), ("n", ["Baten"] + [sp(o["B"][p]) for o in no]),
               ("t", ["Saldo"] + [sp(o["B"][p] - o["L"][p]) for o in no])])

    # ------------------------------------------------------------------ 5 bijdragen
    emit("H1", "5 Bijdragen van de deelnemers")
    k = d.N_KEY
    emit("P", "De kosten van Noaberkracht die niet door eigen baten worden gedekt, betalen de gemeenten Dinkelland "
         f"en Tubbergen volgens een vaste verdeelsleutel: Dinkelland {dec(k['Dinkelland'], 1)}% en Tubbergen "
         f"{dec(k['Tubbergen'], 1)}%. De sleutel is in 2023 vastgesteld op basis van het aantal inwoners, het aantal "
         "woonruimten en de omvang van het takenpakket van beide gemeenten, en wordt in 2027 geëvalueerd. Het "
         "bedrag van Dinkelland is afgerond op duizenden euro's; Tubbergen betaalt het restant.")
    emit("CAP", "Tabel 5.1 Bijdragen per gemeente 2024-2029")
    emit("SCALE", "bedragen x € 1.000; verdeelsleutel in procenten")
    rows = [("n", ["Dinkelland", dec(k["Dinkelland"], 1) + "%"] + [sp(o["Dinkelland"]) for o in no]),
            ("n", ["Tubbergen", dec(k["Tubbergen"], 1) + "%"] + [sp(o["Tubbergen"]) for o in no]),
            ("t", ["Totaal bijdragen", "100,0%"] + [sp(o["netto"]) for o in no])]
    table("zebra", [96, 43, 57, 57, 57, 57, 55, 55], ["L", "R"] + ["R"] * 6,
          [["Gemeente", "Verdeel-|sleutel"] + YH], rows)
    emit("CAP", "Tabel 5.2 Kerngegevens deelnemers")
    emit("SCALE", "aantal inwoners op 1 januari 2025")
    rows = [("n", [g, sp(v)]) for g, v in d.N_INWONERS.items()]
    rows.append(("t", ["Totaal", sp(sum(d.N_INWONERS.values()))]))
    table("zebra", [160, 80], ["L", "R"], [["Gemeente", "Inwoners"]], rows)

    # ------------------------------------------------------------------ 6 personeel
    emit("H1", "6 Personeel en formatie")
    fte = d.N_FTE
    t25, t26f = sum(v[0] for v in fte.values()), sum(v[1] for v in fte.values())
    emit("P", f"De formatie groeit van {dec(t25, 1)} fte in 2025 naar {dec(t26f, 1)} fte in 2026. De uitbreiding "
         "betreft vooral ICT en informatievoorziening (security en cloud), ruimte en omgeving (Omgevingswet) en het "
         "sociaal domein (toegang jeugd en Wmo).")
    emit("CAP", "Tabel 6.1 Formatie per afdeling")
    emit("SCALE", "in fte")
    rows = []
    for afd, (a, b) in fte.items():
        cell = dec(b, 1) + ("^1" if afd.startswith("ICT") else "")
        rows.append(("n", [afd, dec(a, 1), cell, dec(b - a, 1)]))
    rows.append(("t", ["Totaal formatie", dec(t25, 1), dec(t26f, 1), dec(t26f - t25, 1)]))
    table("zebra", [200, 75, 75, 75], ["L", "R", "R", "R"],
          [["Afdeling", "Formatie|2025", "Formatie|2026", "Mutatie"]], rows)
    emit("NOTE", "1) Inclusief 2,5 fte tijdelijke uitbreiding voor de overstap naar de cloudwerkplek (tot en met 2027).")
    pers = d.n_pers()
    emit("CAP", "Tabel 6.2 Personeelslasten")
    emit("SCALE", "bedragen x € 1.000")
    keys = list(pers["Begroting 2026"].keys())
    rows = [("n", [kk, sp(pers["Begroting 2025"][kk]), sp(pers["Begroting 2026"][kk])]) for kk in keys]
    rows.append(("t", ["Totaal personeelslasten (programma 3)", sp(sum(pers["Begroting 2025"].values())),
                       sp(sum(pers["Begroting 2026"].values()))]))
    table("zebra", [250, 90, 90], ["L", "R", "R"], [["Soort", "Begroting|2025", "Begroting|2026"]], rows)

    # ------------------------------------------------------------------ 7 overhead
    emit("H1", "7 Overhead")
    ovh = [o["L"]["1 Bedrijfsvoering"] for o in no]
    emit("P", "Voor een bedrijfsvoeringsorganisatie is vrijwel alles ondersteunend aan de deelnemers. Als overhead "
         "rekenen wij de lasten van programma 1 Bedrijfsvoering: huisvesting, financiën, juridische zaken en inkoop.")
    emit("CAP", "Tabel 7.1 Overhead")
    emit("SCALE", "bedragen x € 1.000")
    share = [half_up(ovh[i] / no[i]["tl"] * 100, 1) for i in range(3)]
    table("zebra", [190, 80, 80, 80], ["L", "R", "R", "R"],
          [["", "Rekening|2024", "Begroting|2025", "Begroting|2026"]],
          [("n", ["Lasten overhead (programma 1)"] + [sp(v) for v in ovh[:3]]),
           ("n", ["Totale lasten"] + [sp(no[i]["tl"]) for i in range(3)]),
           ("t", ["Overhead in % van de totale lasten"] + [dec(s, 1) + "%" for s in share])])

    # ------------------------------------------------------------------ 8 reserves
    emit("H1", "8 Reserves")
    emit("P", "De algemene reserve is gemaximeerd op 3,5% van de totale lasten en dient als buffer voor risico's. De "
         "reserve frictiekosten dekt de kosten van herplaatsing bij de herschikking van taken. Uit de reserve "
         "digitalisering betalen we de tijdelijke kosten van de overstap naar de cloudwerkplek. De reserve "
         "opleidingen en talentontwikkeling wordt ingezet voor het traineeprogramma.")
    emit("CAP", "Tabel 8.1 Verloop van de reserves in 2026")
    emit("SCALE", "bedragen x € 1.000")
    rows = []
    for name, (s, t, o) in d.N_RES.items():
        rows.append(("n", [name, sp(s), sp(t), sp(o), sp(s + t - o)]))
    rows.append(("t", ["Totaal reserves", sp(sum(v[0] for v in d.N_RES.values())),
                       sp(sum(v[1] for v in d.N_RES.values())), sp(sum(v[2] for v in d.N_RES.values())),
                       sp(sum(v[0] + v[1] - v[2] for v in d.N_RES.values()))]))
    table("zebra", [175, 65, 65, 65, 65], ["L", "R", "R", "R", "R"],
          [["Reserve", "Stand|1-1-2026", "Toevoeging|2026", "Onttrekking|2026", "Stand|31-12-2026"]], rows)

    # ------------------------------------------------------------------ 9 investeringen
    emit("H1", "9 Investeringen en kapitaallasten")
    emit("P", f"Investeringen worden lineair afgeschreven vanaf het jaar na ingebruikname. De kapitaallasten in het "
         f"eerste volle jaar zijn de afschrijving (krediet gedeeld door de termijn) plus {dec(d.N_RENTE, 1)}% "
         "omslagrente over het krediet. De vervanging van de telefonie staat voor 2028 als pm in de planning, omdat "
         "de keuze tussen vaste en mobiele telefonie nog niet is gemaakt.")
    emit("CAP", "Tabel 9.1 Investeringsplanning en kapitaallasten")
    emit("SCALE", "bedragen x € 1.000; termijn in jaren")
    rows = []
    for name, jaar, kr, term, af, r, kl in d.n_kapitaallasten():
        rows.append(("n", [name, str(jaar), amt(kr), "pm" if term is None else str(term), amt(af), amt(r), amt(kl)]))
    kk = [x for x in d.n_kapitaallasten() if x[2] is not None]
    rows.append(("t", ["Totaal (exclusief pm)", "", sp(sum(x[2] for x in kk)), "", sp(sum(x[4] for x in kk)),
                       sp(sum(x[5] for x in kk)), sp(sum(x[6] for x in kk))]))
    table("zebra", [165, 36, 46, 38, 56, 50, 64], ["L", "C", "R", "R", "R", "R", "R"],
          [["Investering", "Jaar", "Krediet", "Termijn", "Afschrijving", "Rente", "Kapitaallasten|eerste jaar"]], rows)

    # ------------------------------------------------------------------ 10 weerstandsvermogen
    emit("H1", "10 Weerstandsvermogen en risicobeheersing")
    rk, nodig = d.n_risks()
    cap, _, ratio = d.n_weerstand()
    emit("P", "Noaberkracht heeft een beperkte eigen buffer: tekorten worden in beginsel door de deelnemers gedragen. "
         "Wij kwantificeren de risico's met een kans in woorden en een percentage (klein = 10%, gemiddeld = 50%, "
         "groot = 75%) en een financieel gevolg. Het benodigde weerstandsvermogen is de som van kans maal bedrag.")
    emit("CAP", "Tabel 10.1 Risico's")
    emit("SCALE", "bedragen x € 1.000")
    rows = [("n", [a, b, f"{c}%", sp(dd), sp(e)]) for a, b, c, dd, e in rk]
    rows.append(("t", ["Benodigde weerstandscapaciteit", "", "", "", sp(nodig)]))
    table("zebra", [215, 55, 45, 55, 60], ["L", "C", "R", "R", "R"],
          [["Risico", "Kans", "Kans %", "Bedrag", "Kans x bedrag"]], rows)
    emit("P", f"De beschikbare weerstandscapaciteit bestaat uit de algemene reserve (€ {sp(d.N_RES['Algemene reserve'][0])} "
         f"duizend) en de post onvoorzien (€ {sp(d.N_ONVOORZIEN)} duizend), samen € {sp(cap)} duizend. De ratio "
         f"weerstandsvermogen is daarmee {dec(ratio, 2)} (beschikbaar gedeeld door benodigd); dat is voldoende "
         "(waardering B).")
    emit("H2", "10.1 Financiële kengetallen")
    rows = [("n", [a, dec(b, 1) + "%", dec(c, 1) + "%", dec(e, 1) + "%"]) for a, b, c, e in d.N_KENGETAL]
    emit("CAP", "Tabel 10.2 Financiële kengetallen")
    table("zebra", [220, 70, 70, 70], ["L", "R", "R", "R"],
          [["Kengetal", "Rekening|2024", "Begroting|2025", "Begroting|2026"]], rows)
    emit("P", "De netto schuldquote stijgt door de investeringen in ICT. Een belastingcapaciteit en "
         "grondexploitatie zijn voor Noaberkracht niet van toepassing: de organisatie heft geen belastingen en "
         "heeft geen grondposities.")


if __name__ == "__main__":
    d.check()
    build()
    tmp = Path("/tmp/bc-build"); tmp.mkdir(exist_ok=True)
    spec = tmp / "noaberkracht-spec.txt"
    spec.write_text("\n".join(L) + "\n", encoding="utf-8")
    cls = tmp / "classes"; cls.mkdir(exist_ok=True)
    subprocess.run(["javac", "-nowarn", "-cp", CP, "-d", str(cls), str(HERE / "RenderPdfbox.java")], check=True)
    out = OUT / d.N_FILE
    subprocess.run(["java", "-cp", CP + ":" + str(cls), "RenderPdfbox", str(spec), str(out)], check=True)
    print("wrote", out)
