"""Writes ../cases.yaml (FORMAT.md version 1) and build/case_sources.json from the facts of the two
fictional documents (build/facts_*.json) and a few figures of the four real documents.
Every expected value is taken from the facts (never typed twice); the comments above each case name the
source (file, page, table, row, column, printed text) and the near-miss values that are NOT accepted."""
import json
import os
import subprocess
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
FILE_A = "wassenaar-jaarstukken-2024.pdf"
FILE_B = "recreatieschap-duin-en-geest-begroting-2026.pdf"
FILE_W = "wassenaar-begroting-2024.pdf"
FILE_CO = "collectie-overijssel-jaarstukken-2023.pdf"
FILE_TW = "twenterand-programmabegroting-2020-sociaal-domein.txt"
FILE_DK = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
RDG = "Recreatieschap Duin en Geest"

FA = json.load(open(os.path.join(HERE, "build", "facts_a.json"), encoding="utf-8"))
FB = json.load(open(os.path.join(HERE, "build", "facts_b.json"), encoding="utf-8"))
DOCFILE = {"wassenaar-jaarstukken-2024": FILE_A, "recreatieschap-duin-en-geest-begroting-2026": FILE_B}

_pages = {}


def pages(fname):
    if fname not in _pages:
        path = os.path.join(CORPUS, fname)
        if fname.endswith(".pdf"):
            out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
            _pages[fname] = [" ".join(p.split()) for p in out.split("\f")]
        else:
            _pages[fname] = [" ".join(l.split()) for l in open(path, encoding="utf-8")]
    return _pages[fname]


def locate(fname, printed, context=()):
    """1-based page (PDF) or line (txt) where printed and all context words occur."""
    hits = []
    for i, t in enumerate(pages(fname)):
        if printed in t and all(c in t for c in context):
            hits.append(i + 1)
    return hits


def fact(key):
    f = FA.get(key) or FB.get(key)
    assert f is not None, key
    return f


def src(key, role="value"):
    """source record of a fact of a fictional document; role 'component' = a part of a derivation."""
    f = fact(key)
    fname = DOCFILE[f["doc"]]
    pg = locate(fname, f["printed"], f["context"])
    assert pg, (key, f)
    return dict(file=fname, page=pg[0], where=f["where"], printed=f["printed"], context=f["context"], key=key, role=role)


def real(fname, printed, where, context=()):
    pg = locate(fname, printed, context)
    assert pg, (fname, printed)
    return dict(file=fname, page=pg[0], where=where, printed=printed, context=list(context), key=None)


def V(key):
    v = fact(key)["value"]
    return int(v) if float(v).is_integer() else v


# ---------------------------------------------------------------- cases
# each case: dict(id, municipality?, turns=[turn]) ; turn: question, kind, expect, src=[...], near=[...], note
C = []


def case(cid, turns, municipality=None, note=None):
    C.append(dict(id=cid, municipality=municipality, turns=turns, note=note))


def T(question, kind, expect=None, sources=(), near=(), note=None):
    return dict(question=question, kind=kind, expect=expect, sources=list(sources), near=list(near), note=note)


def N(desc, key=None, value=None, printed=None, file=None):
    """a near-miss value that is NOT accepted."""
    if key:
        s = src(key)
        return f"{desc}: {s['printed']} ({s['file']} p.{s['page']}, {s['where']})"
    return f"{desc}: {printed} ({file})"


W = "Wassenaar"

# ===== conversations
case("bk-conv-p2-lasten", [
    T("Hoeveel heeft Wassenaar in 2024 echt uitgegeven aan programma 2 Mens en Maatschappij?", "figure",
      dict(value=V("a_p2_lasten_real"), accept=[V("a_tvsub_P2_rl")], tolerance=1000, unit="EUR", municipality=W),
      [src("a_p2_lasten_real"), src("a_tvsub_P2_rl")],
      [N("begroting 2024 na wijziging", "a_p2_lasten_begr"), N("realisatie 2023", "a_p2_lasten_2023"),
       N("real begroting 2024, Tabel 2.3 Lasten 2024", printed="-38.934 (x € 1.000)", file=FILE_W)]),
    T("En hoeveel was daarvoor begroot na de begrotingswijzigingen?", "figure",
      dict(value=V("a_p2_lasten_begr"), accept=[V("a_tvsub_P2_bl")], tolerance=1000, unit="EUR", municipality=W),
      [src("a_p2_lasten_begr"), src("a_tvsub_P2_bl")],
      [N("realisatie 2024", "a_p2_lasten_real"),
       N("real begroting 2024 (primitief, not 'na wijziging')", printed="-38.934 (x € 1.000)", file=FILE_W)]),
    T("Hoeveel is dat meer dan begroot?", "figure",
      dict(value=abs(V("a_p2_lasten_verschil")), tolerance=1000, unit="EUR", municipality=W),
      [src("a_p2_lasten_verschil")],
      [N("saldo verschil P2", "a_p2_saldo_verschil"), N("resultaat verschil P2 (prose)", "a_p2_res_verschil")],
      note="printed in column Verschil of row Lasten; also 43.258 - 41.656 = 1.602 (x € 1.000); "
           "from the taakveld subtotals 43.257.562 - 41.656.192 = 1.601.370 (within tolerance)"),
], municipality=W)

case("bk-conv-p1-real-vs-begroting", [
    T("Wat waren volgens de jaarrekening 2024 de werkelijke lasten van programma 1 Veiligheid en Handhaving in Wassenaar?", "figure",
      dict(value=V("a_p1_lasten_real"), accept=[V("a_tvsub_P1_rl")], tolerance=1000, unit="EUR", municipality=W),
      [src("a_p1_lasten_real"), src("a_tvsub_P1_rl")],
      [N("begroting na wijziging", "a_p1_lasten_begr"), N("realisatie 2023", "a_p1_lasten_2023"),
       N("real begroting 2024 P1 lasten", printed="-4.204 (x € 1.000) / -4.204.425", file=FILE_W)]),
    T("En wat stond daarvoor in de oorspronkelijke begroting 2024 die in 2023 is vastgesteld?", "figure",
      dict(value=4204425, accept=[4204000], tolerance=0, unit="EUR", municipality=W),
      [real(FILE_W, "Lasten -5.234 -6.802 -4.204 -4.129", "Tabel 1.2 Baten en lasten P1 (x € 1.000), row 'Lasten', column 'Begroting 2024'"),
       real(FILE_W, "Saldo van baten en lasten programma 101.693 -4.204.425", "Tabel 12.5, programma P1, row 'Saldo van baten en lasten programma', column 'Lasten'")],
      [N("jaarstukken: begroting 2024 NA wijziging (not the original begroting)", "a_p1_lasten_begr"),
       N("real begroting: begroting 2025 column", printed="-4.129", file=FILE_W)],
      note="the real document wassenaar-begroting-2024.pdf; the fictional jaarstukken only have the begroting na wijziging"),
], municipality=W)

case("bk-conv-huishoudelijke-hulp", [
    T("Wat kostte de huishoudelijke hulp (Wmo) in Wassenaar in 2024 volgens de jaarrekening?", "figure",
      dict(value=V("a_tv_6.71a_rl"), unit="EUR", municipality=W),
      [src("a_tv_6.71a_rl")],
      [N("begroting 2024 na wijziging", "a_tv_6.71a_bl"), N("lower than budgeted (prose)", "a_dev_hh"),
       N("real begroting 2024, taakveld 6.71a", printed="1.891.122", file=FILE_W)]),
    T("En hoeveel baten stonden daar tegenover?", "figure",
      dict(value=V("a_tv_6.71a_rb"), unit="EUR", municipality=W),
      [src("a_tv_6.71a_rb")],
      [N("begroting na wijziging baten", "a_tv_6.71a_bb")]),
])

case("bk-conv-sociaal-team", [
    T("Hoeveel nieuwe hulpvragen kreeg het Sociaal Team Wassenaar in 2024?", "figure",
      dict(value=V("a_st_hulpvragen_2024"), unit="count", municipality=W),
      [src("a_st_hulpvragen_2024")], [N("2023", "a_st_hulpvragen_2023")]),
    T("En het jaar daarvoor?", "figure",
      dict(value=V("a_st_hulpvragen_2023"), unit="count", municipality=W),
      [src("a_st_hulpvragen_2023")], [N("2024", "a_st_hulpvragen_2024")]),
], municipality=W)

case("bk-conv-weerstand", [
    T("Hoe hoog was de ratio weerstandsvermogen van Wassenaar eind 2024 volgens de jaarstukken?", "figure",
      dict(value=V("a_weerstand_ratio"), municipality=W),
      [src("a_weerstand_ratio")],
      [N("real begroting 2024 ratio", printed="17,4", file=FILE_W), N("norm of the raad", printed="2,0", file=FILE_A)]),
    T("Is dat voldoende?", "text",
      dict(include=[["uitstekend", "klasse A", "categorie A", "2,0"]], municipality=W),
      [src("a_weerstand_ratio")], note="text: 'Dat valt in klasse A: uitstekend. De raad hanteert een ondergrens van 2,0.'"),
], municipality=W)

case("bk-conv-bijdrage-deelnemers", [
    T("Hoeveel moet Wassenaar in 2026 bijdragen aan Recreatieschap Duin en Geest?", "figure",
      dict(value=V("b_contrib_wassenaar_B2026"), unit="EUR", municipality=RDG),
      [src("b_contrib_wassenaar_B2026")],
      [N("2025", "b_contrib_wassenaar_B2025"), N("2027", "b_contrib_wassenaar_M2027"),
       N("rekening 2024", "b_contrib_wassenaar_R2024")]),
    T("En Katwijk?", "figure",
      dict(value=V("b_contrib_katwijk_B2026"), unit="EUR", municipality=RDG),
      [src("b_contrib_katwijk_B2026")], [N("Katwijk 2025", "b_contrib_katwijk_B2025")]),
    T("En in 2028?", "figure",
      dict(value=V("b_contrib_katwijk_M2028"), unit="EUR", municipality=RDG),
      [src("b_contrib_katwijk_M2028")],
      [N("Wassenaar 2028", "b_contrib_wassenaar_M2028"), N("Katwijk 2027", "b_contrib_katwijk_M2027")]),
])

case("bk-conv-parkeertarief", [
    T("Wat kost een dagkaart parkeren voor de auto bij het recreatieschap Duin en Geest in 2026?", "figure",
      dict(value=V("b_tarief_dagkaart_2026"), unit="EUR", municipality=RDG),
      [src("b_tarief_dagkaart_2026")],
      [N("2025", "b_tarief_dagkaart_2025"), N("camper/bus dagkaart 2026", "b_tarief_camper_2026")]),
    T("En een jaarkaart voor iemand die in Wassenaar woont?", "figure",
      dict(value=V("b_tarief_jaarkaart_inw_2026"), unit="EUR", municipality=RDG),
      [src("b_tarief_jaarkaart_inw_2026")],
      [N("jaarkaart overige bezoekers 2026", "b_tarief_jaarkaart_ov_2026"), N("2025", "b_tarief_jaarkaart_inw_2025")],
      note="Wassenaar is a deelnemende gemeente, so the inwoner tariff applies"),
], municipality=RDG)

case("bk-conv-bezoekers", [
    T("Hoeveel bezoekers verwacht het recreatieschap in 2026?", "figure",
      dict(value=V("b_kern_bezoekers_B2026"), unit="count", municipality=RDG),
      [src("b_kern_bezoekers_B2026")], [N("2025", "b_kern_bezoekers_B2025")]),
    T("Hoeveel waren het er in 2024?", "figure",
      dict(value=V("b_kern_bezoekers_R2024"), unit="count", municipality=RDG),
      [src("b_kern_bezoekers_R2024")], [N("2026", "b_kern_bezoekers_B2026")]),
    T("En hoeveel bezoekers worden er in 2030 verwacht?", "refusal", None, [],
      note="Tabel 1.1 Kerngetallen covers rekening 2024, begroting 2025 and 2026 only; no visitor figure for 2030"),
], municipality=RDG)

# ===== single figure turns, fictional Wassenaar jaarstukken 2024
case("bk-a-resultaat", [T("Met welk resultaat heeft Wassenaar het jaar 2024 afgesloten?", "figure",
    dict(value=V("a_resultaat"), accept=[V("a_jr_res"), V("a_kern_res")], unit="EUR", municipality=W),
    [src("a_resultaat"), src("a_jr_res"), src("a_kern_res")],
    [N("begroot nadeel na wijziging", "a_resultaat_begr"), N("saldo van baten en lasten before reserves", "a_jr_saldo"),
     N("real begroting 2024 geraamd resultaat 2024", printed="32 (x € 1.000)", file=FILE_W)],
    note="same figure three times: prose exact, Tabel 10.1 x € 1.000, Tabel 0.1 € mln (2,2)")], municipality=W)

case("bk-a-jeugd-verblijf", [T("Hoeveel meer dan begroot kostte de jeugdhulp met verblijf in Wassenaar in 2024?", "figure",
    dict(value=V("a_dev_jeugd_verblijf"), unit="EUR", municipality=W),
    [src("a_dev_jeugd_verblijf"), src("a_tv_6.73c_rl", "component"), src("a_tv_6.73c_bl", "component")],
    [N("realisatie 6.73c", "a_tv_6.73c_rl"), N("jeugdhulp zonder verblijf", "a_dev_jeugd_zonder")],
    note="prose; also 1.415.154 - 802.770 in Tabel 12.1 (taakveld 6.73c)")])

case("bk-a-oekraine", [T("Hoeveel meer vergoeding dan begroot kreeg Wassenaar in 2024 voor de opvang van ontheemden uit Oekraïne?", "figure",
    dict(value=V("a_dev_oekraine_baten"), unit="EUR", municipality=W),
    [src("a_dev_oekraine_baten")],
    [N("hogere lasten opvang", "a_dev_oekraine_lasten"),
     N("real begroting 2024: opvang ontheemden hogere baten", printed="€2.500.000", file=FILE_W)])])

case("bk-a-meedoen", [T("Hoeveel huishoudens in Wassenaar maakten in 2024 gebruik van de Meedoenregeling?", "figure",
    dict(value=V("a_meedoen_hh"), unit="count", municipality=W),
    [src("a_meedoen_hh")],
    [N("2023", printed="351", file=FILE_A), N("Twenterand Meedoenregeling (other municipality)", printed="400", file=FILE_TW)])])

case("bk-a-ggd", [T("Hoeveel heeft Wassenaar in 2024 werkelijk betaald aan de GGD Haaglanden, volgens de jaarrekening?", "figure",
    dict(value=V("a_vp_ggd_2024"), unit="EUR", municipality=W),
    [src("a_vp_ggd_2024")],
    [N("2023", "a_vp_ggd_2023"), N("GGD result 2024", "a_vp_ggd_res"),
     N("real begroting 2024 bijdrage GGD Haaglanden", printed="€ 543.000", file=FILE_W)])])

case("bk-a-ozb", [T("Hoeveel bracht de OZB op woningen in Wassenaar in 2024 werkelijk op?", "figure",
    dict(value=V("a_tv_0.61_rb"), accept=[V("a_heff_ozb_real")], unit="EUR", municipality=W),
    [src("a_tv_0.61_rb"), src("a_ozb_won_prose"), src("a_heff_ozb_real")],
    [N("begroting na wijziging", "a_tv_0.61_bb"), N("OZB niet-woningen", "a_heff_ozb_nw_real"),
     N("real begroting 2024 raming OZB woningen", printed="8.764 (x € 1.000)", file=FILE_W)])], municipality=W)

case("bk-a-algemene-reserve", [T("Hoe groot was de vrij besteedbare algemene reserve van Wassenaar op 31 december 2024 volgens de jaarrekening?", "figure",
    dict(value=V("a_res_ar_eind"), tolerance=1000, unit="EUR", municipality=W),
    [src("a_res_ar_eind")],
    [N("stand 1 januari 2024", "a_res_ar_begin"), N("all algemene reserves incl. weerstandsvermogen (€ mln)", "a_kern_alg"),
     N("real begroting: algemene reserve eind 2024 (begroot)", printed="42.060 (x € 1.000)", file=FILE_W)])])

case("bk-a-sporthal", [T("Hoeveel geld is er in 2024 uitgegeven aan de bouw van de combisporthal aan de Dr. Mansveltkade?", "figure",
    dict(value=V("a_inv_sporthal_2024"), unit="EUR", municipality=W),
    [src("a_inv_sporthal_2024")],
    [N("krediet", "a_inv_sporthal_krediet"), N("restant krediet", "a_inv_sporthal_restant"),
     N("uitgaven t/m 2023", printed="1.236.480", file=FILE_A),
     N("real begroting 2024 krediet combisporthal", printed="7.411.000", file=FILE_W)])], municipality=W)

case("bk-a-kostendekkendheid", [T("Wat was in 2024 de werkelijke kostendekkendheid van de afvalstoffenheffing in Wassenaar?", "figure",
    dict(value=V("a_kd_afval"), unit="percent", municipality=W),
    [src("a_kd_afval")],
    [N("riool- en waterzorgheffing", "a_kd_riool"),
     N("real begroting 2024 (forecast)", printed="95,6%", file=FILE_W)])])

case("bk-a-balanstotaal", [T("Wat was het balanstotaal van de gemeente Wassenaar op 31 december 2024?", "figure",
    dict(value=V("a_bal_total_2024"), tolerance=1000, unit="EUR", municipality=W),
    [src("a_bal_total_2024")],
    [N("31 december 2023 (second column: years in descending order)", "a_bal_total_2023"),
     N("eigen vermogen 2024", "a_bal_ev_2024")])], municipality=W)

case("bk-a-inkomensregelingen-baten", [T("Hoeveel ontving Wassenaar in 2024 aan baten op taakveld 6.3 Inkomensregelingen?", "figure",
    dict(value=V("a_tv_6.3_rb"), unit="EUR", municipality=W),
    [src("a_tv_6.3_rb")],
    [N("begroting na wijziging", "a_tv_6.3_bb"), N("realisatie lasten", "a_tv_6.3_rl"),
     N("BUIG deviation (prose)", "a_dev_buig")],
    note="Tabel 12.1 runs over two pages (continued under 'Tabel 12.1 ... (vervolg)')")], municipality=W)

case("bk-a-totale-lasten", [T("Wat waren de totale lasten van de gemeente Wassenaar in 2024 volgens de jaarrekening?", "figure",
    dict(value=V("a_tv_total_rl"), accept=[V("a_jr_lasten_total"), V("a_kern_lasten")], unit="EUR", municipality=W),
    [src("a_tv_total_rl"), src("a_jr_lasten_total"), src("a_kern_lasten")],
    [N("totaal programma's only", "a_jr_prog_lasten"), N("totale baten", "a_jr_baten_total"),
     N("2023 (€ mln)", "a_kern_lasten_2023"),
     N("real begroting 2024 saldo van baten en lasten, lasten", printed="-88.320 (x € 1.000)", file=FILE_W)],
    note="printed as 91.292.100 (Tabel 12.1, euros), (91.292) (Tabel 10.1, x € 1.000, in parentheses) and 91,3 (Tabel 0.1, € mln)")])

case("bk-a-avalex-stijging", [T("Hoeveel meer betaalde Wassenaar in 2024 aan Avalex dan in 2023?", "figure",
    dict(value=V("a_vp_avalex_2024") - V("a_vp_avalex_2023"), unit="EUR", municipality=W),
    [src("a_vp_avalex_2024", "component"), src("a_vp_avalex_2023", "component")],
    [N("bijdrage 2024 itself", "a_vp_avalex_2024"), N("nacalculatie Avalex (prose)", "a_dev_avalex"),
     N("real begroting 2024 Avalex", printed="€ 3.968.000", file=FILE_W)],
    note=f"derivation: {fact('a_vp_avalex_2024')['printed']} - {fact('a_vp_avalex_2023')['printed']} = "
         f"{V('a_vp_avalex_2024') - V('a_vp_avalex_2023')} (Tabel 9.1, bijdrage Wassenaar 2024 minus 2023)")])

# ===== single figure turns, fictional recreatieschap
case("bk-b-provincie-aandeel", [T("Welk percentage van de bijdragen aan het recreatieschap Duin en Geest betaalt de provincie Zuid-Holland?", "figure",
    dict(value=V("b_key_zuid-holland"), unit="percent", municipality=RDG),
    [src("b_key_zuid-holland")], [N("Wassenaar", "b_key_wassenaar")])])

case("bk-b-bijdragen-2027", [T("Hoeveel betalen de deelnemers samen in 2027 aan het recreatieschap?", "figure",
    dict(value=V("b_contrib_total_M2027"), accept=[V("b_mj_contrib_2027")], unit="EUR", municipality=RDG),
    [src("b_contrib_total_M2027"), src("b_mj_contrib_2027")],
    [N("2026", "b_contrib_total_B2026"), N("2028", "b_contrib_total_M2028")],
    note="Tabel 4.1 is on a landscape page; 1.719 in Tabel 3.1 (x € 1.000) is the same figure")], municipality=RDG)

case("bk-b-algemene-reserve", [T("Hoe groot is de algemene reserve van Recreatieschap Duin en Geest eind 2026 naar verwachting?", "figure",
    dict(value=V("b_res_alg_eind"), unit="EUR", municipality=RDG),
    [src("b_res_alg_eind")], [N("stand 1 januari 2026", "b_res_alg_begin"), N("onttrekking 2026", "b_res_alg_onttr")])])

case("bk-b-tekort-2029", [T("Hoe groot is het tekort van het recreatieschap in 2029 volgens de meerjarenraming?", "figure",
    dict(value=V("b_tekort_2029"), accept=[abs(V("b_mj_res_2029"))], unit="EUR", municipality=RDG),
    [src("b_tekort_2029"), src("b_mj_res_2029")],
    [N("2028", "b_tekort_2028"), N("2027", "b_tekort_2027")],
    note="prose exact; (59) in Tabel 3.1 (x € 1.000, negative in parentheses)")], municipality=RDG)

case("bk-b-vaste-schulden", [T("Hoeveel langlopende leningen heeft het recreatieschap naar verwachting eind 2026?", "figure",
    dict(value=V("b_bal_vaste_schulden_2026"), tolerance=1000, unit="EUR", municipality=RDG),
    [src("b_bal_vaste_schulden_2026")],
    [N("31-12-2024", "b_bal_vaste_schulden_2024"), N("31-12-2025", "b_bal_vaste_schulden_2025"),
     N("new loan 2026 (prose)", printed="€ 1.000.000", file=FILE_B)])])

case("bk-b-parkeeropbrengsten", [T("Hoeveel parkeergeld verwacht het recreatieschap in 2026 binnen te halen?", "figure",
    dict(value=V("b_p2_parkeeropbrengsten_B2026"), unit="EUR", municipality=RDG),
    [src("b_p2_parkeeropbrengsten_B2026")],
    [N("begroting 2025", "b_p2_parkeeropbrengsten_B2025"), N("rekening 2024", "b_p2_parkeeropbrengsten_R2024"),
     N("increase 2026 vs 2025", "b_diff_parkeren")])], municipality=RDG)

case("bk-ab-wassenaar-recreatieschap-2024", [T("Hoeveel betaalde Wassenaar in 2024 aan het recreatieschap Duin en Geest?", "figure",
    dict(value=V("a_vp_rdg_2024"), unit="EUR"),
    [src("a_vp_rdg_2024"), src("b_contrib_wassenaar_R2024")],
    [N("2023", "a_vp_rdg_2023"), N("begroting 2025", "b_contrib_wassenaar_B2025"), N("2026", "b_contrib_wassenaar_B2026")],
    note="the same figure is in both new documents (Wassenaar jaarstukken Tabel 9.1 and recreatieschap Tabel 4.1 'Rekening 2024'); "
         "either citation is right, so expect has no municipality")])

# ===== real corpus documents
case("bk-real-twenterand-onderwijs", [T("Hoeveel had Twenterand in de programmabegroting 2020 aan lasten voor Onderwijs geraamd voor het jaar 2022?", "figure",
    dict(value=5363397, unit="EUR", municipality="Twenterand"),
    [real(FILE_TW, "Onderwijs 4.019.849 4.048.147 5.363.397 4.069.019", "Overzicht 3.1 Baten en lasten Sociaal domein, row 'Onderwijs' (lasten), column '2022'")],
    [N("2021", printed="4.048.147", file=FILE_TW), N("2023", printed="4.069.019", file=FILE_TW),
     N("baten Onderwijs 2022", printed="-336.057", file=FILE_TW)])])

case("bk-real-dinkelland-cultuur", [T("Hoeveel geld was er in Dinkelland beschikbaar voor het actualiseren van de cultuurvisie?", "figure",
    dict(value=45500, unit="EUR", municipality="Dinkelland"),
    [real(FILE_DK, "Cultuur (€ 45.500)", "Financiële kaders uit begroting 2019, bullet 'Cultuur'")],
    [N("Sport als middel", printed="€ 52.000", file=FILE_DK), N("Noaberhoes", printed="€ 60.000", file=FILE_DK)])],
    municipality="Dinkelland")

case("bk-real-co-medewerkers", [T("Hoeveel medewerkers had Collectie Overijssel eind 2023?", "figure",
    dict(value=57, unit="count", municipality="Collectie Overijssel"),
    [real(FILE_CO, "Aantal medewerkers, jaareinde 57 46", "Kerncijfers, row 'Aantal medewerkers, jaareinde', column '2023'")],
    [N("2022", printed="46", file=FILE_CO), N("FTE jaareinde 2023", printed="49", file=FILE_CO)])])

# ===== refusals
case("bk-ref-den-haag", [T("Wat betaalt de gemeente Den Haag in 2026 aan het recreatieschap Duin en Geest?", "refusal", None, [],
    note="Den Haag is no participant; Tabel 4.1 lists Provincie Zuid-Holland, Wassenaar, Katwijk, Leiden, Voorschoten")])
case("bk-ref-2031", [T("Hoeveel moet Wassenaar in 2031 bijdragen aan het recreatieschap?", "refusal", None, [],
    note="the meerjarenraming ends in 2029")], municipality=RDG)
case("bk-ref-leiden-jeugd", [T("Hoeveel heeft de gemeente Leiden in 2024 uitgegeven aan jeugdhulp?", "refusal", None, [],
    note="Leiden is only a participant of the recreatieschap; no Leiden budget document in the corpus")])
case("bk-ref-parkeervergunning", [T("Wat kost een parkeervergunning voor bewoners van het centrum van Wassenaar in 2025?", "refusal", None, [],
    note="no municipal parking permit tariff in any document (the recreatieschap jaarkaart is a different product)")])
case("bk-ref-twenterand-2024", [T("Wat waren de lasten van Sociale zaken in 2024?", "refusal", None, [],
    note="the Twenterand begroting covers 2020-2023 only")], municipality="Twenterand")
case("bk-ref-directeur", [T("Wat verdiende de directeur van het recreatieschap Duin en Geest in 2024?", "refusal", None, [],
    note="no WNT statement in the recreatieschap begroting (Collectie Overijssel has one: do not mix up)")])
case("bk-ref-hondenbelasting-2019", [T("Hoeveel hondenbelasting betaalde je in Wassenaar in 2019 voor de eerste hond?", "refusal", None, [],
    note="real begroting 2024 Tabel 7.2 covers 2021-2024; the jaarstukken have no tariffs")], municipality=W)
case("bk-ref-dinkelland-inwoners", [T("Hoeveel inwoners had Dinkelland in 2024?", "refusal", None, [],
    note="no population figure for Dinkelland in the corpus")])

# ===== text
case("bk-txt-sociaal-team", [T("Wat is er in 2024 veranderd aan de bereikbaarheid van het Sociaal Team Wassenaar?", "text",
    dict(include=[["telefoonnummer"], ["inloopspreekuur", "spreekuur"]], municipality=W),
    [src("a_st_hulpvragen_2024")], note="prose programma 2: one telephone number since March 2024 and a walk-in hour on Tuesday and Thursday")])
case("bk-txt-jeugd-verblijf", [T("Waarom waren de kosten van jeugdhulp met verblijf in Wassenaar in 2024 hoger dan begroot?", "text",
    dict(include=[["21 naar 29", "van 21", "residentiële", "gezinshuis", "tarieven"]], municipality=W),
    [src("a_dev_jeugd_verblijf")], note="toelichting programma 2: more young people in residential care (21 -> 29) and tariffs +7%")])
case("bk-txt-duinroos", [T("Wat is De Duinroos in Wassenaar?", "text",
    dict(include=[["logeerhuis", "logeren"], ["mantelzorg", "dementie"]], municipality=W),
    [src("a_duinroos")])], municipality=W)
case("bk-txt-ggd-tekort", [T("Moeten de gemeenten bijbetalen voor het tekort van de GGD Haaglanden over 2024?", "text",
    dict(include=[["eigen reserves", "reserves van de GGD", "geen aanvullende bijdrage"]], municipality=W),
    [src("a_vp_ggd_res")], note="paragraaf verbonden partijen: deficit covered from the GGD's own reserves, no extra contribution")])
case("bk-txt-recreatieschap-doel", [T("Wat doet Recreatieschap Duin en Geest eigenlijk?", "text",
    dict(include=[["binnenduinrand", "natuurgebied", "duinnatuur", "natuur- en recreatiegebieden", "natuurgebieden"],
                  ["parkeer", "toilet", "strandopgang", "wandelaars", "fietsers"]], municipality=RDG),
    [real(FILE_B, "Recreatieschap Duin en Geest beheert de natuur- en recreatiegebieden", "1. Het recreatieschap in het kort, 'Doel en taken'")])])
case("bk-txt-bijdrage-stijging", [T("Waarom stijgt de bijdrage van de deelnemers aan het recreatieschap in 2026?", "text",
    dict(include=[["loon", "prijs", "cao"], ["toiletgebouw", "kapitaallasten", "duinpaden", "storm"]], municipality=RDG),
    [src("b_contrib_inc")])], municipality=RDG)
case("bk-txt-tekort-reden", [T("Waarom laat de meerjarenraming van het recreatieschap vanaf 2027 een tekort zien?", "text",
    dict(include=[["parkeeropbrengsten", "parkeer"]], municipality=RDG),
    [src("b_tekort_2027")])])
case("bk-txt-noordwijk", [T("Betaalt de gemeente Noordwijk mee aan het recreatieschap Duin en Geest?", "text",
    dict(include=[["geen bijdrage", "betaalt geen", "betalen geen", "geen deelnemer", "niet mee"]], municipality=RDG),
    [real(FILE_B, "zoals Noordwijk en Teylingen, betalen", "chapter 4 prose below Tabel 4.1")],
    note="the document says Noordwijk and Teylingen pay no contribution; a bare refusal fails this turn")])
case("bk-txt-co-scanservice", [T("Wat is de Snelle Scanservice van Collectie Overijssel?", "text",
    dict(include=[["scannen op verzoek", "scans", "scannen", "aanvragen"]], municipality="Collectie Overijssel"),
    [real(FILE_CO, "Snelle Scanservice", "1.1 Programmaverantwoording, 'Optimaliseren Snelle Scanservice en KCC'")])])

# ===== any
case("bk-any-jeugdhulp-wassenaar", [T("Hoeveel geeft Wassenaar uit aan jeugdhulp?", "any",
    dict(exclude=["Twenterand", "Dinkelland"], municipality=W), [],
    note="ambiguous: begroting 2024 or jaarstukken 2024, and jeugdhulp is split over ten taakvelden; a clarification "
         "or any cited Wassenaar figure passes, as long as no other municipality's figures are mixed in")], municipality=W)
case("bk-any-recreatieschap-financieel", [T("Hoe staat het recreatieschap er financieel voor?", "any",
    dict(exclude=["Collectie Overijssel"], municipality=RDG), [],
    note="open question; must cite the recreatieschap document and not the other gemeenschappelijke regeling")])


# ---------------------------------------------------------------- output
def expect_clean(e):
    if e is None:
        return None
    out = {}
    for k in ("value", "accept", "tolerance", "unit", "signed", "municipality", "include", "exclude"):
        if k in e:
            v = e[k]
            if k == "accept":
                v = [int(x) if float(x).is_integer() else x for x in v]
                if "value" in e:
                    v = [x for x in v if x != e["value"]]
                if not v:
                    continue
            if k == "value" and isinstance(v, float) and v.is_integer():
                v = int(v)
            if k == "tolerance" and v == 0:
                continue
            out[k] = v
    return out


def turn_yaml(t):
    d = {"question": t["question"], "kind": t["kind"]}
    e = expect_clean(t["expect"])
    if e:
        d["expect"] = e
    return d


def comments(c):
    lines = []
    for i, t in enumerate(c["turns"]):
        pre = f"turn {i + 1}: " if len(c["turns"]) > 1 else ""
        for s in t["sources"]:
            lines.append(f"{pre}source: {s['file']} p.{s['page']} | {s['where']} | printed \"{s['printed']}\"")
        for n in t["near"]:
            lines.append(f"{pre}NOT accepted: {n}")
        if t.get("note"):
            lines.append(f"{pre}note: {t['note']}")
        if t["kind"] == "refusal" and not t["sources"]:
            pass
    return lines


def main():
    out = ["# set-bk: blind evaluation set (FORMAT.md version 1).",
           "# Two new FICTIONAL documents (every figure made up) plus the four real corpus documents, see corpus/manifest.yaml:",
           f"#   {FILE_A} (iText 5) and {FILE_B} (cairo).",
           "# Values are euros after the table's scale. Comments: source file, page, table, row, column, printed text,",
           "# and near-miss values that are NOT accepted. Generated by source/make_cases.py; do not edit by hand.",
           "version: 1", "cases:"]
    ids = set()
    srcmap = {}
    for c in C:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        for ln in comments(c):
            out.append("# " + ln)
        if len(c["turns"]) == 1:
            t = c["turns"][0]
            d = {"id": c["id"], "question": t["question"]}
            if c["municipality"]:
                d["municipality"] = c["municipality"]
            d["kind"] = t["kind"]
            e = expect_clean(t["expect"])
            if e:
                d["expect"] = e
        else:
            d = {"id": c["id"]}
            if c["municipality"]:
                d["municipality"] = c["municipality"]
            d["turns"] = [turn_yaml(t) for t in c["turns"]]
        txt = yaml.safe_dump([d], allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
        out.append(txt.rstrip("\n"))
        srcmap[c["id"]] = [dict(kind=t["kind"], expect=t["expect"], sources=t["sources"]) for t in c["turns"]]
    with open(os.path.join(HERE, "..", "cases.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "build", "case_sources.json"), "w", encoding="utf-8") as f:
        json.dump(srcmap, f, ensure_ascii=False, indent=1)
    kinds = {}
    nturns = 0
    for c in C:
        for t in c["turns"]:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
            nturns += 1
    print(f"cases: {len(C)}, turns: {nturns}, per kind: {kinds}, "
          f"multi-turn cases: {sum(1 for c in C if len(c['turns']) > 1)}")


if __name__ == "__main__":
    main()
