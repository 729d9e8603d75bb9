"""The comment written above each case of ../cases.yaml, rendered from its provenance (used by gen_cases.py
to write it and by check.py to compare it)."""
from __future__ import annotations

from fmt import dec, grp

DOCNAME = {"wassenaar-jaarstukken-2024.pdf": "Wassenaar Jaarstukken 2024 (FICTIEF)",
           "omgevingsdienst-twente-begroting-2026.pdf": "Omgevingsdienst Twente Begroting 2026 (FICTIEF)",
           "wassenaar-begroting-2024.pdf": "Wassenaar Begroting 2024 (real)",
           "dinkelland-begroting-2020-inclusieve-samenleving.txt": "Dinkelland Begroting 2020 (real text export)",
           "twenterand-programmabegroting-2020-sociaal-domein.txt":
               "Twenterand Programmabegroting 2020 (real text export)",
           "collectie-overijssel-jaarstukken-2023.pdf": "Collectie Overijssel Jaarstukken 2023 (real)"}


def describe(s):
    if s["kind"] == "cell":
        where = f"{DOCNAME[s['document']]}, p. {s['page']}, '{s['table']}'"
        if s["continued"]:
            where += " (continued on this page under '(vervolg)' with the header repeated)"
        col = " / ".join(s["column"])
        if s.get("span"):
            col = f"{s['span']} > {col}"
        lab = f"row '{s['row']}'" if s["row"] else \
            f"unlabelled bold total row{' no. ' + str(s['nth']) if s.get('nth') else ''} (rule above, no 'Totaal')"
        if len(s["label_lines"]) > 1:
            lab += f" (label printed over {len(s['label_lines'])} lines, figures on line {s['figures_line']})"
        if s.get("group"):
            lab += f" in group '{s['group']}'"
        sc = {1: "in euros", 1000: "x € 1.000"}[s["scale"]]
        if s.get("unit_note"):
            sc = s["unit_note"]
        colour = ", printed in red = nadeel, no sign" if s["color"] == "red" else ""
        return f"{where}, {lab}, column '{col}': printed '{s['printed']}'{colour} ({sc}) -> {fmtv(s['value'])}"
    if s["kind"] == "card":
        return (f"{DOCNAME[s['document']]}, p. {s['page']}, programme card '{s['card']}', row '{s['row']}', "
                f"column '{s['column']}': printed '{s['printed']}' -> {fmtv(s['value'])}")
    if s["kind"] == "prose":
        return (f"{DOCNAME[s['document']]}, p. {s['page']}, prose \"{s['fragment']}\": printed '{s['printed']}'"
                f" -> {fmtv(s['value'])}")
    if s["kind"] == "real_pdf":
        sc = s.get("unit_note") or {1: "in euros", 1000: "x € 1.000"}[s["scale"]]
        return (f"{DOCNAME[s['document']]}, p. {s['page']}, '{s['table']}', row '{s['row']}', column "
                f"'{s['column']}': printed '{s['printed']}' ({sc}) -> {fmtv(s['value'])}")
    if s["kind"] == "real_text":
        return (f"{DOCNAME[s['document']]}, line {s['line_no']} '{s['row']} ...', {s['column']}: printed "
                f"'{s['printed']}' -> {fmtv(s['value'])}")
    raise ValueError(s)


def fmtv(v):
    if float(v).is_integer():
        return grp(int(v))
    return dec(v, 2)


def comment_for(cid, provs, conv):
    lines = [cid]
    for n, pv in enumerate(provs, start=1):
        pre = f"turn {n}: " if conv else ""
        lines.extend(comment_turn(pv, pre))
    return lines


def comment_turn(pv, pre):
    out = []
    if pv["kind"] == "figure":
        if pv["op"]:
            out.append(f"{pre}computed ({pv['op']}): {pv['derivation']}, from")
            out.extend("    " + describe(u) for u in pv["uses"])
        else:
            out.append(f"{pre}value from {describe(pv['main'])}")
        for a in pv["accept"]:
            if a.get("op"):
                out.append(f"  also accepted: {a['derivation']}, from")
                out.extend("    " + describe(u) for u in a["uses"])
            else:
                out.append(f"  also accepted: {describe(a)}")
        for o in pv["other"]:
            out.append(f"  NOT accepted: {describe(o['src'])} [{o['why']}]")
        if pv.get("note"):
            out.append(f"  note: {pv['note']}")
    elif pv["kind"] == "refusal":
        out.append(f"{pre}refusal: {pv['why']}")
        for r in pv["rules"]:
            docs = ", ".join(DOCNAME[x] for x in r["documents"])
            tb = f" in '{r['table']}'" if r.get("table") else ""
            out.append(f"  checked: '{r['text']}' ({r['rule']}) absent{tb} in {docs}")
    elif pv["kind"] == "text":
        out.append(f"{pre}text: include items from")
        for w in pv["where"]:
            out.append(f"    {DOCNAME[w['document']]}, p. {w['page']}: \"{w['passage']}\"")
    elif pv["kind"] == "any":
        out.append(f"{pre}any: {pv['why']}; the excluded strings are printed in {DOCNAME[pv['exclude_present_in']]}"
                   f" and not in {DOCNAME[pv['exclude_absent_in']]}")
    return out


