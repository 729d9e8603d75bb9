"""Generate the fictional Jaarstukken 2026 of Recreatieschap Marrevelden as a saved HTML page.

Tables are NOT <table> elements: they are nested <div>s laid out with CSS grid or flexbox,
some with ARIA roles (table/row/columnheader/cell), some without any roles.

Usage: python make_html.py [output.html]
"""
import os
import sys
from html import escape

import data as D
from fmt import fmt_int

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "corpus", D.GR["file"])

CSS = """
:root{--blauw:#1d5c63;--licht:#eef5f4;--rand:#c9d6d5}
*{box-sizing:border-box}
body{margin:0;font-family:"Source Sans Pro",Arial,sans-serif;color:#1f2b2d;font-size:15px;line-height:1.5}
.topbar{background:var(--blauw);color:#fff;display:flex;align-items:center;justify-content:space-between;padding:10px 28px}
.topbar .logo{font-weight:700;font-size:19px}
.topbar nav a{color:#fff;margin-left:18px;text-decoration:none}
.crumbs{font-size:13px;padding:8px 28px;background:#f6f8f8}
.layout{display:flex;gap:32px;padding:20px 28px}
.toc{flex:0 0 250px;position:sticky;top:0;align-self:flex-start;font-size:14px}
.toc ol{padding-left:18px}
main{flex:1;max-width:1020px}
h1{color:var(--blauw)}h2{color:var(--blauw);border-bottom:2px solid var(--licht);padding-bottom:4px}
details{border:1px solid var(--rand);border-radius:4px;margin:14px 0;padding:0 14px}
details>summary{cursor:pointer;font-weight:600;padding:10px 0}
.scale{font-size:12.5px;color:#5b6b6d;margin:4px 0}
.grid{display:grid;border-top:1px solid var(--rand);margin:8px 0 18px}
.grid>.row{display:contents}
.grid .cell{padding:5px 8px;border-bottom:1px solid var(--rand)}
.grid .num{text-align:right;font-variant-numeric:tabular-nums}
.grid .head .cell{background:var(--licht);font-weight:600}
.grid .sub .cell{font-weight:600;background:#fafafa}
.grid .total .cell{font-weight:700;border-top:2px solid var(--blauw)}
.g-bl{grid-template-columns:minmax(260px,2.4fr) repeat(4,1fr) 60px}
.g-dn{grid-template-columns:minmax(220px,2fr) 0.8fr 1fr 1fr 1fr}
.g-res{grid-template-columns:minmax(260px,2.4fr) repeat(4,1fr)}
.g-wnt{grid-template-columns:minmax(300px,2fr) 1fr 1fr}
.g-rb{grid-template-columns:minmax(260px,2.4fr) 1fr 1fr}
.flex-table{margin:8px 0 18px;border-top:1px solid var(--rand)}
.flex-table .row{display:flex;border-bottom:1px solid var(--rand)}
.flex-table .cell{padding:5px 8px}
.flex-table .cell.lbl{flex:1 1 auto}
.flex-table .cell.num{flex:0 0 150px;text-align:right}
.flex-table .head{background:var(--licht);font-weight:600}
.flex-table .sub{font-weight:600;background:#fafafa}
.flex-table .total{font-weight:700}
.note{font-size:13px;color:#4d5a5c}
footer{background:#24383b;color:#dfe9e8;padding:22px 28px;font-size:13px;display:flex;justify-content:space-between}
footer a{color:#dfe9e8}
"""


def cell(text, cls="", role=None):
    r = f' role="{role}"' if role else ""
    c = "cell" + (" " + cls if cls else "")
    return f'<div class="{c}"{r}>{escape(text)}</div>'


def grid_table(tid, grid_cls, header, rows, aria_label=None, num_from=1):
    """CSS grid table; with aria_label -> ARIA roles, without -> plain divs."""
    roles = aria_label is not None
    out = [f'<div class="grid {grid_cls}" id="{tid}"' + (f' role="table" aria-label="{escape(aria_label)}"' if roles else "") + ">"]
    out.append('<div class="row head"' + (' role="row"' if roles else "") + ">")
    for i, h in enumerate(header):
        out.append(cell(h, "num" if i >= num_from else "", "columnheader" if roles else None))
    out.append("</div>")
    for cells, kind in rows:
        k = {"sub": " sub", "total": " total"}.get(kind, "")
        out.append(f'<div class="row{k}"' + (' role="row"' if roles else "") + ">")
        for i, c in enumerate(cells):
            out.append(cell(c, "num" if i >= num_from else "", "cell" if roles else None))
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def flex_table(tid, header, rows):
    out = [f'<div class="flex-table" id="{tid}">', '<div class="row head">']
    for i, h in enumerate(header):
        out.append(cell(h, "lbl" if i == 0 else "num"))
    out.append("</div>")
    for cells, kind in rows:
        k = {"sub": " sub", "total": " total"}.get(kind, "")
        out.append(f'<div class="row{k}">')
        for i, c in enumerate(cells):
            out.append(cell(c, "lbl" if i == 0 else "num"))
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def vn(diff, is_last):
    """diff = realisatie - begroting na wijziging; for lasten a lower realisation is favourable."""
    if diff == 0:
        return ""
    fav = diff < 0 if is_last else diff > 0
    return "V" if fav else "N"


def baten_lasten_table():
    t = D.gr_totals()
    rows = [(["Lasten", "", "", "", "", ""], "sub")]
    for lab, v in D.GR_LASTEN:
        d = v[2] - v[1]
        rows.append(([lab] + [fmt_int(x) for x in v] + [fmt_int(abs(d)), vn(d, True)], None))
    d = t["lasten"][2] - t["lasten"][1]
    rows.append((["Totaal lasten"] + [fmt_int(x) for x in t["lasten"]] + [fmt_int(abs(d)), vn(d, True)], "total"))
    rows.append((["Baten", "", "", "", "", ""], "sub"))
    for lab, v in D.GR_BATEN:
        d = v[2] - v[1]
        rows.append(([lab] + [fmt_int(x) for x in v] + [fmt_int(abs(d)), vn(d, False)], None))
    d = t["baten"][2] - t["baten"][1]
    rows.append((["Totaal baten"] + [fmt_int(x) for x in t["baten"]] + [fmt_int(abs(d)), vn(d, False)], "total"))
    d = t["saldo"][2] - t["saldo"][1]
    rows.append((["Saldo van baten en lasten"] + [fmt_int(x) for x in t["saldo"]] + [fmt_int(abs(d)), vn(d, False)], "total"))
    d = D.GR_TOEVOEGINGEN[2] - D.GR_TOEVOEGINGEN[1]
    rows.append((["Toevoegingen aan reserves"] + [fmt_int(x) for x in D.GR_TOEVOEGINGEN] + [fmt_int(abs(d)), vn(d, True)], None))
    d = D.GR_ONTTREKKINGEN[2] - D.GR_ONTTREKKINGEN[1]
    rows.append((["Onttrekkingen aan reserves"] + [fmt_int(x) for x in D.GR_ONTTREKKINGEN] + [fmt_int(abs(d)), vn(d, False)], None))
    d = t["resultaat"][2] - t["resultaat"][1]
    rows.append((["Gerealiseerd resultaat"] + [fmt_int(x) for x in t["resultaat"]] + [fmt_int(abs(d)), vn(d, False)], "total"))
    return grid_table("tbl-baten-lasten", "g-bl",
                      ["Omschrijving", "Begroting primitief 2026", "Begroting na wijziging 2026", "Realisatie 2026",
                       "Verschil", "V/N"], rows, aria_label="Overzicht van baten en lasten 2026")


def deelnemers_table():
    rows = []
    for name, pct, b, w in D.GR_DEELNEMERS:
        rows.append(([name, pct + "%", fmt_int(b), fmt_int(w), fmt_int(w - b)], None))
    tb = sum(r[2] for r in D.GR_DEELNEMERS)
    tw = sum(r[3] for r in D.GR_DEELNEMERS)
    rows.append((["Totaal", "100,00%", fmt_int(tb), fmt_int(tw), fmt_int(tw - tb)], "total"))
    return grid_table("tbl-deelnemers", "g-dn",
                      ["Deelnemer", "Aandeel", "Bijdrage begroot 2026", "Bijdrage werkelijk 2026", "Verschil"],
                      rows, aria_label="Bijdragen per deelnemende gemeente 2026")


def balans_table():
    b = D.gr_balans()
    rows = [(["ACTIVA", "", ""], "sub"), (["Vaste activa", "", ""], "sub")]
    rows += [([l, fmt_int(a), fmt_int(c)], None) for l, a, c in b["va"]]
    rows.append((["Totaal vaste activa", fmt_int(b["va_tot"][0]), fmt_int(b["va_tot"][1])], "total"))
    rows.append((["Vlottende activa", "", ""], "sub"))
    rows += [([l, fmt_int(a), fmt_int(c)], None) for l, a, c in b["vl_a"]]
    rows.append((["Totaal vlottende activa", fmt_int(b["vl_a_tot"][0]), fmt_int(b["vl_a_tot"][1])], "total"))
    rows.append((["Totaal activa", fmt_int(b["tot_a"][0]), fmt_int(b["tot_a"][1])], "total"))
    rows.append((["PASSIVA", "", ""], "sub"))
    rows.append((["Vaste passiva", "", ""], "sub"))
    rows.append((["Eigen vermogen", fmt_int(b["ev_tot"][0]), fmt_int(b["ev_tot"][1])], None))
    rows += [(["- " + l, fmt_int(a), fmt_int(c)], None) for l, a, c in b["ev"]]
    rows += [([l, fmt_int(a), fmt_int(c)], None) for l, a, c in b["vast_p"]]
    rows.append((["Totaal vaste passiva", fmt_int(b["vast_p_tot"][0]), fmt_int(b["vast_p_tot"][1])], "total"))
    rows.append((["Vlottende passiva", "", ""], "sub"))
    rows += [([l, fmt_int(a), fmt_int(c)], None) for l, a, c in b["vl_p"]]
    rows.append((["Totaal vlottende passiva", fmt_int(b["vl_p_tot"][0]), fmt_int(b["vl_p_tot"][1])], "total"))
    rows.append((["Totaal passiva", fmt_int(b["tot_p"][0]), fmt_int(b["tot_p"][1])], "total"))
    return flex_table("tbl-balans", ["Balans (x € 1.000)", "31-12-2026", "31-12-2025"], rows)


def reserves_table():
    rows, tot = D.gr_reserves()
    r = [([n, fmt_int(b), fmt_int(t), fmt_int(o), fmt_int(e)], None) for n, b, t, o, e in rows]
    r.append((["Totaal reserves"] + [fmt_int(v) for v in tot], "total"))
    return grid_table("tbl-reserves", "g-res", ["Reserve", "Stand 1-1-2026", "Toevoegingen", "Onttrekkingen",
                                                 "Stand 31-12-2026"], r)


def wnt_table():
    w = D.GR_WNT
    sub = [w["beloning"][i] + w["onkosten"][i] + w["termijn"][i] for i in range(2)]
    rows = [
        (["Functiegegevens", w["functie"], w["functie"]], None),
        (["Aanvang en einde functievervulling in het jaar", w["aanvang_einde_2026"], w["aanvang_einde_2025"]], None),
        (["Omvang dienstverband (in fte)", w["fte"][0], w["fte"][1]], None),
        (["Dienstbetrekking?", w["dienstbetrekking"][0], w["dienstbetrekking"][1]], None),
        (["Bezoldiging", "", ""], "sub"),
        (["Beloning", fmt_int(w["beloning"][0]), fmt_int(w["beloning"][1])], None),
        (["Belastbare onkostenvergoedingen", fmt_int(w["onkosten"][0]), fmt_int(w["onkosten"][1])], None),
        (["Beloningen betaalbaar op termijn", fmt_int(w["termijn"][0]), fmt_int(w["termijn"][1])], None),
        (["Subtotaal", fmt_int(sub[0]), fmt_int(sub[1])], "total"),
        (["Individueel toepasselijk bezoldigingsmaximum", fmt_int(w["max"][0]), fmt_int(w["max"][1])], None),
        (["-/- Onverschuldigd betaald en nog niet terugontvangen bedrag", "N.v.t.", "N.v.t."], None),
        (["Bezoldiging", fmt_int(sub[0]), fmt_int(sub[1])], "total"),
        (["Reden waarom de overschrijding al dan niet is toegestaan", "N.v.t.", "N.v.t."], None),
    ]
    return grid_table("tbl-wnt", "g-wnt", [f"Bedragen x € 1 - {w['naam']}", "2026", "2025"], rows,
                      aria_label="Bezoldiging topfunctionaris WNT")


def kengetallen_table():
    rows = [([l, a if a == "n.v.t." else a + "%", b if b == "n.v.t." else b + "%",
              c if c == "n.v.t." else c + "%"], None) for l, a, b, c in D.gr_kengetallen()]
    return flex_table("tbl-kengetallen", ["Kengetal", "Begroting 2026", "Realisatie 2026", "Realisatie 2025"], rows)


def resultaat_table():
    t = D.gr_totals()
    rows = [
        (["Totaal baten", fmt_int(t["baten"][1]), fmt_int(t["baten"][2])], None),
        (["Totaal lasten", fmt_int(t["lasten"][1]), fmt_int(t["lasten"][2])], None),
        (["Resultaat voor bestemming", fmt_int(t["saldo"][1]), fmt_int(t["saldo"][2])], "total"),
        (["Toevoegingen aan reserves", fmt_int(D.GR_TOEVOEGINGEN[1]), fmt_int(D.GR_TOEVOEGINGEN[2])], None),
        (["Onttrekkingen aan reserves", fmt_int(D.GR_ONTTREKKINGEN[1]), fmt_int(D.GR_ONTTREKKINGEN[2])], None),
        (["Resultaat na bestemming", fmt_int(t["resultaat"][1]), fmt_int(t["resultaat"][2])], "total"),
    ]
    return grid_table("tbl-resultaat", "g-rb", ["Omschrijving", "Begroting na wijziging 2026", "Realisatie 2026"],
                      rows, aria_label="Resultaat voor en na bestemming 2026")


def build():
    t = D.gr_totals()
    P = D.PROSE_GR
    res = t["resultaat"][2]
    terug = res - 100000
    jh = dict(D.GR_BATEN)["Opbrengsten jachthaven en camping"]
    jh_diff = jh[2] - jh[1]
    rows, rtot = D.gr_reserves()
    dn = ", ".join(n.replace("Gemeente ", "") for n, *_ in D.GR_DEELNEMERS[:-1]) + " en " + \
        D.GR_DEELNEMERS[-1][0].replace("Gemeente ", "")
    parts = []
    a = parts.append
    a("<!DOCTYPE html>")
    a("<!-- saved from url=(0057)https://jaarstukken.marrevelden.nl/2026/jaarstukken-2026 -->")
    a('<html lang="nl"><head><meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a("<title>Jaarstukken 2026 | Recreatieschap Marrevelden</title>")
    a('<meta name="description" content="Jaarverslag en jaarrekening 2026 van het Recreatieschap Marrevelden">')
    a(f"<style>{CSS}</style></head><body>")
    a('<div class="cookie-banner" hidden>Deze site gebruikt alleen functionele cookies. <button>Akkoord</button></div>')
    a('<header class="topbar"><div class="logo">Recreatieschap Marrevelden</div>'
      '<nav aria-label="Hoofdmenu"><a href="#home">Home</a><a href="#jaarverslag">Jaarverslag</a>'
      '<a href="#jaarrekening">Jaarrekening</a><a href="#bijlagen">Bijlagen</a><a href="#zoeken">Zoeken</a>'
      '<a href="#download">Download PDF</a></nav></header>')
    a('<div class="crumbs"><a href="#home">Home</a> &rsaquo; <a href="#">Planning &amp; control</a> &rsaquo; '
      'Jaarstukken 2026</div>')
    a('<div class="layout"><aside class="toc" aria-label="Inhoudsopgave"><strong>Inhoudsopgave</strong><ol>'
      '<li><a href="#voorwoord">Voorwoord</a></li>'
      '<li><a href="#jaarverslag">Jaarverslag</a><ol><li><a href="#taken">Programmaverantwoording</a></li>'
      '<li><a href="#paragrafen">Paragrafen</a></li></ol></li>'
      '<li><a href="#jaarrekening">Jaarrekening</a><ol><li><a href="#baten-lasten">Overzicht van baten en lasten</a></li>'
      '<li><a href="#deelnemers">Bijdragen deelnemers</a></li><li><a href="#balans">Balans</a></li>'
      '<li><a href="#reserves">Staat van reserves</a></li><li><a href="#wnt">WNT-verantwoording</a></li>'
      '<li><a href="#resultaat">Resultaat en resultaatbestemming</a></li></ol></li>'
      '<li><a href="#bijlagen">Bijlagen</a></li></ol></aside>')
    a("<main>")
    a("<h1>Jaarstukken 2026</h1>")
    a('<p class="note">Vastgesteld door het dagelijks bestuur op 9 april 2027; ter vaststelling aan het algemeen '
      'bestuur op 2 juli 2027.</p>')
    a('<section id="voorwoord"><h2>Voorwoord</h2>')
    a("<p>Het Recreatieschap Marrevelden is een gemeenschappelijke regeling van de gemeenten "
      f"{escape(dn)}. Het schap beheert de recreatiegebieden rond de Marreplas, de jachthaven en camping "
      "De Marrehoek en ruim 38 kilometer fiets- en wandelpaden.</p>")
    a(f"<p>2026 was een goed recreatiejaar. Naar schatting bezochten {P['bezoekers']} mensen onze gebieden, "
      f"tegen {P['bezoekers_2025']} in 2025. De camping had een gemiddelde bezettingsgraad van "
      f"{P['bezettingsgraad']} en van de {P['ligplaatsen']} ligplaatsen in de jachthaven was {P['verhuurd_pct']} "
      "verhuurd. Het jaar sluit met een positief resultaat na bestemming van "
      f"€ {fmt_int(res)}.</p></section>")
    a('<section id="jaarverslag"><h2>Jaarverslag</h2>')
    a('<section id="taken"><h3>Programmaverantwoording</h3>')
    a('<details open><summary>Beheer en onderhoud recreatieterreinen</summary>'
      "<p><strong>Wat wilden we bereiken?</strong> Schone, veilige en goed onderhouden recreatiegebieden die "
      "het hele jaar toegankelijk zijn.</p><p><strong>Wat hebben we gedaan?</strong> Het maaibeheer is "
      "omgezet naar ecologisch beheer, de strandjes zijn opgespoten en twee toiletgebouwen zijn vervangen. Het "
      "groot onderhoud is gefinancierd uit de reserve groot onderhoud.</p></details>")
    a('<details><summary>Jachthaven en camping De Marrehoek</summary>'
      "<p>De opbrengsten van jachthaven en camping kwamen € "
      f"{fmt_int(jh_diff)} hoger uit dan begroot, vooral door de hoge bezetting in het voor- en naseizoen. "
      "Daartegenover stonden hogere kosten voor schoonmaak en tijdelijk personeel.</p></details>")
    a('<details><summary>Natuur, educatie en toezicht</summary>'
      "<p>Samen met de provincie is langs de oostoever 1,2 kilometer natuurvriendelijke oever aangelegd. De "
      "boswachters gaven 146 excursies en lessen aan basisscholen. De cofinanciering is onttrokken aan de "
      "reserve natuurontwikkeling.</p></details>")
    a("</section>")
    a('<section id="paragrafen"><h3>Paragrafen</h3>')
    a('<details open><summary>Weerstandsvermogen en risicobeheersing</summary>'
      "<p>De algemene reserve vormt de weerstandscapaciteit van het schap. Het algemeen bestuur heeft bepaald "
      "dat de algemene reserve maximaal 25% van de jaarlijkse deelnemersbijdragen mag bedragen.</p>")
    a("<h4>Financiële kengetallen</h4>")
    a(kengetallen_table())
    a('<p class="note">Grondexploitatie en belastingcapaciteit zijn voor het recreatieschap niet van toepassing: '
      "het schap voert geen grondexploitaties en heft geen belastingen.</p></details>")
    a('<details><summary>Onderhoud kapitaalgoederen</summary><p>Het onderhoud van terreinen, steigers en '
      "gebouwen is gebaseerd op het beheerplan 2024-2033. De Reserve groot onderhoud is bedoeld om de lasten van "
      "periodiek groot onderhoud gelijkmatig over de jaren te spreiden: jaarlijks wordt een vast bedrag "
      "toegevoegd en de werkelijke uitgaven voor groot onderhoud worden eruit onttrokken.</p></details>")
    a('<details><summary>Financiering</summary><p>Het schap heeft in 2026 geen nieuwe langlopende leningen '
      "afgesloten; op de bestaande leningen is regulier afgelost. De kasgeldlimiet en de renterisiconorm zijn "
      "niet overschreden.</p></details>")
    a(f'<details><summary>Bedrijfsvoering</summary><p>Eind 2026 had het schap {P["fte"]} fte in dienst, '
      "exclusief seizoenskrachten. Het ziekteverzuim daalde naar 4,8%.</p></details>")
    a("</section></section>")
    a('<section id="jaarrekening"><h2>Jaarrekening</h2>')
    a('<section id="baten-lasten"><h3>Overzicht van baten en lasten</h3>')
    a('<p class="scale">Bedragen in €. V = voordelig, N = nadelig ten opzichte van de begroting na wijziging.</p>')
    a(baten_lasten_table())
    a("<p>De begroting 2026 is in het jaar eenmaal gewijzigd (1e begrotingswijziging, juni 2026): de bijdrage "
      "van de deelnemers is verhoogd voor extra maaiwerk na de natte zomer, de verwachte overige baten (verhuur "
      "van het evenemententerrein) zijn naar beneden bijgesteld en de onttrekking aan de reserve "
      "natuurontwikkeling is verhoogd voor de oeverwerkzaamheden.</p></section>")
    a('<section id="deelnemers"><h3>Bijdragen per deelnemende gemeente</h3>')
    a("<p>De bijdragen worden verdeeld naar rato van het aandeel van elke deelnemer volgens de "
      "gemeenschappelijke regeling.</p>")
    a('<p class="scale">Bedragen in €</p>')
    a(deelnemers_table())
    a("</section>")
    a('<section id="balans"><h3>Balans per 31 december 2026</h3>')
    a(balans_table())
    a('<p class="note">Bedragen x € 1.000; door afronding kunnen totalen afwijken van de som der delen.</p>')
    a("</section>")
    a('<section id="reserves"><h3>Staat van reserves</h3>')
    a('<p class="scale">Bedragen in €</p>')
    a(reserves_table())
    a('<details><summary>Toelichting op de reserves</summary>'
      "<p><strong>Algemene reserve</strong>: buffer voor het opvangen van risico's en onvoorziene tegenvallers.</p>"
      "<p><strong>Reserve groot onderhoud</strong>: egaliseert de lasten van periodiek groot onderhoud volgens "
      "het beheerplan; jaarlijks wordt € 120.000 toegevoegd.</p>"
      "<p><strong>Reserve natuurontwikkeling</strong>: bestemd voor de cofinanciering van natuurprojecten die "
      "samen met de provincie worden uitgevoerd, zoals de aanleg van natuurvriendelijke oevers.</p>"
      "<p><strong>Egalisatiereserve kapitaallasten jachthaven</strong>: dekt een deel van de kapitaallasten "
      "(rente en afschrijving) van de uitbreiding van de jachthaven in 2019, zodat de liggelden niet in één "
      "keer sterk hoeven te stijgen.</p>"
      f"<p>Het resultaat over 2025 (€ {fmt_int(D.GR_RESULTAAT_2025)}) is conform besluit van het algemeen "
      "bestuur naar rato terugbetaald aan de deelnemers en is daarom niet aan de reserves toegevoegd.</p>"
      "</details></section>")
    a('<section id="wnt"><h3>Wet normering topfunctionarissen (WNT)</h3>')
    a("<p>Op grond van de WNT maakt het schap de bezoldiging van zijn topfunctionarissen openbaar. Het "
      "bezoldigingsmaximum is naar rato van de omvang van het dienstverband toegepast.</p>")
    a(wnt_table())
    a("</section>")
    a('<section id="resultaat"><h3>Resultaat en resultaatbestemming</h3>')
    a('<p class="scale">Bedragen in €</p>')
    a(resultaat_table())
    a(f"<p>Het dagelijks bestuur stelt het algemeen bestuur voor het resultaat na bestemming van € {fmt_int(res)} "
      f"als volgt te bestemmen: {P['toevoeging_voorstel']} toevoegen aan de Reserve groot onderhoud, met het oog "
      f"op de vervanging van de steigers in de jachthaven, en het restant van € {fmt_int(terug)} naar rato van "
      "het aandeel terugbetalen aan de deelnemende gemeenten.</p>")
    a("</section></section>")
    a('<section id="bijlagen"><h2>Bijlagen</h2><details><summary>Controleverklaring</summary><p>De '
      "controleverklaring van de accountant is als afzonderlijk document beschikbaar.</p></details>"
      "<details><summary>Taakvelden</summary><p>Alle lasten en baten zijn toegerekend aan taakveld 5.7 Openbaar "
      "groen en (openlucht) recreatie en taakveld 0.4 Overhead.</p></details></section>")
    a("</main></div>")
    a('<footer><div>Recreatieschap Marrevelden &middot; Plasweg 4 &middot; Postbus 112</div>'
      '<div><a href="#privacy">Privacy</a> &middot; <a href="#toegankelijkheid">Toegankelijkheid</a> &middot; '
      'Gepubliceerd met Jaarstukken Online</div></footer>')
    a("<script>document.querySelectorAll('.toc a').forEach(function(a){a.addEventListener('click',function(){});});"
      "</script>")
    a("</body></html>")
    return "\n".join(parts)


def main():
    html = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(html)
    print(f"wrote {OUT} ({len(html)} chars)")


if __name__ == "__main__":
    main()
