"""Rendering helpers for the Streamlit app. Document and user text is never rendered as HTML:
it is shown as escaped Markdown or as plain text."""

from __future__ import annotations

import hmac
import logging
import math
import re
import threading
import time
from collections.abc import Callable
from typing import Any

import streamlit as st

from .models import Answer, Citation
from .table_checks import failed_tables

ALL_MUNICIPALITIES = "Alle gemeenten"

EXAMPLE_QUESTIONS = (
    "Wat is het Twents model?",
    "Wat zijn de lasten van Jeugd in 2021?",
    "Wat gaat Dinkelland doen aan preventie van alcohol en drugs?",
    "Wat doet Twenterand tegen mensenhandel?",
)

WELCOME = (
    "Stel een vraag over de begrotingen van de gemeenten hieronder, in gewone taal. "
    "Ik antwoord alleen met wat er in de documenten staat, met de bron erbij. "
    "U kunt vragen naar bedragen (lasten, baten, budgetten), naar indicatoren en naar beleid: "
    "wat een doel betekent of wat de gemeente ergens aan doet."
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$&])")
# GFM turns bare web and mail addresses into links in the text left after escapes, so no
# backslash stops it; an invisible word joiner inside "://" and "www." and after "@" breaks
# the patterns the autolinker looks for, and the text reads the same.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape_markdown(text: str) -> str:
    """Text as literal Markdown: no links, images, addresses, emphasis, HTML or LaTeX can come
    from a document, a question, an upload or a model. Streamlit renders labels (expanders,
    status, buttons) and alerts as Markdown too: escape what they show as well."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, text))


def mark_sentence(passage: str, highlight: str) -> str:
    """The passage as escaped Markdown with the cited sentences in bold."""
    cited = [s.strip() for s in highlight.split("\n") if s.strip()]
    if any(s not in passage for s in cited):
        # sentences unwrapped from several PDF lines stand in the passage joined up
        joined = re.sub(r"\s*\n\s*", " ", passage)
        if all(s in joined for s in cited):
            passage = joined
    out = escape_markdown(passage)
    for sentence in cited:
        if sentence in passage:
            escaped = escape_markdown(sentence)
            out = out.replace(escaped, f"**{escaped}**", 1)
    return out.replace("\n", "  \n")  # keep the document's line breaks (table rows)


def render_answer(answer: Answer) -> None:
    """The answer text, how it was understood, the figure's row, and its sources."""
    if answer.understood_as:
        st.caption(escape_markdown(f"Ik lees dit als: {answer.understood_as}"))
    st.markdown(escape_markdown(answer.text).replace("\n", "  \n"))
    for note in answer.extra.get("llm_notes", []):
        st.caption(escape_markdown(note))
    row = answer.extra.get("row") if answer.kind == "figure" else None
    if row:
        render_row(row)
    if answer.citations:
        render_sources(answer.citations)


def render_row(cells: list[Any]) -> None:
    """The whole row of the cited cell (all years), and a chart when it has several."""
    import pandas as pd

    first = cells[0]
    st.caption(escape_markdown(f"De hele rij '{first.row}' uit {first.table or 'de tekst'}:"))
    frame = pd.DataFrame(
        {
            "Kolom": [c.column or "-" for c in cells],
            "Zoals afgedrukt": [c.raw for c in cells],
            "Waarde": [None if c.value is None else float(c.value) for c in cells],
            "Opmerking": [c.annotation for c in cells],
        }
    )
    st.dataframe(frame, hide_index=True)
    numeric = frame.dropna(subset=["Waarde"])
    if len(numeric) >= 2 and all(c.period for c in cells):
        chart = numeric.set_index("Kolom")[["Waarde"]]
        st.bar_chart(chart)


def render_sources(citations: tuple[Citation, ...]) -> None:
    with st.expander(f"Bronnen ({len(citations)})"):
        for i, c in enumerate(citations, start=1):
            st.markdown(
                f"**[{i}] {escape_markdown(c.title or c.document)}**, "
                f"{escape_markdown(c.municipality)}  \n"
                f"{escape_markdown(c.section)} · {escape_markdown(c.locator)}"
            )
            st.markdown(mark_sentence(c.passage or c.quote, c.highlight))


def figures_frame(cells: list[Any]) -> Any:
    """The parsed figures as a table for the Cijfers page."""
    import pandas as pd

    return pd.DataFrame(
        {
            "Gemeente": [c.municipality for c in cells],
            "Tabel": [c.table or "(tekst)" for c in cells],
            "Groep": [c.group for c in cells],
            "Rij": [c.row for c in cells],
            "Kolom": [c.column for c in cells],
            "Afgedrukt": [c.raw for c in cells],
            "Waarde": [None if c.value is None else float(c.value) for c in cells],
            "Eenheid": [c.unit for c in cells],
            "Schaal": [c.scale for c in cells],
            "Opmerking": [c.annotation for c in cells],
            "Bron": [c.source for c in cells],
            "Regel": [c.line for c in cells],
        }
    )


def render_goal_tree(assistant: Any, document_id: str) -> None:
    """Each doelenboom (or actielijn) of a document, expandable, with text, figures, source."""
    from .goaltree import children, taakvelden

    nodes = assistant.goal_nodes
    bomen = [
        n
        for n in nodes.values()
        if n.document_id == document_id and n.kind in ("doelenboom", "actielijn")
    ]
    if not bomen:
        st.info("In dit document is geen doelenboom of actielijn herkend.")
        return
    for boom in bomen:
        with st.expander(escape_markdown(boom.title)):
            st.caption(escape_markdown(f"Plaats: {' > '.join(boom.path)} · regel {boom.line}"))
            for child in children(nodes, boom):
                label = GOAL_LABELS.get(child.kind)
                if label is None:
                    continue
                st.markdown(
                    f"**{label}: {escape_markdown(child.name)}**"
                    if child.kind in ("doel", "subdoel")
                    else f"**{label}**"
                )
                if child.kind == "financieel":
                    velden = [f"{c} {n}" for c, n, _ in taakvelden(nodes, boom) if _ is child]
                    st.markdown(escape_markdown("; ".join(velden) or child.text))
                elif child.text.strip():
                    st.markdown(escape_markdown(child.text).replace("\n", "  \n"))
                elif child.kind == "subdoel":
                    st.caption("Het document geeft bij dit subdoel geen eigen beschrijving.")
            rows = assistant.goals.indicator_rows(boom)
            if rows:
                st.markdown("**Indicatoren**")
                st.dataframe(figures_frame([c for row in rows for c in row]), hide_index=True)
            money = assistant.goals.money(boom)
            if money:
                st.markdown("**Lasten**")
                st.dataframe(figures_frame(money), hide_index=True)
            if st.toggle("Toon brontekst", key=f"src-{boom.id}"):
                end = max([boom.end_line] + [nodes[c].end_line for c in boom.children])
                passages = [
                    c.text
                    for c in assistant.chunks
                    if c.document_id == document_id and boom.line <= c.start_line <= end
                ]
                st.caption(f"Regels {boom.line}-{end} van het brondocument")
                st.text("\n\n".join(passages))


GOAL_LABELS = {
    "effect": "Beoogd maatschappelijk effect",
    "doel": "Doel",
    "subdoel": "Subdoel",
    "bereiken": "Wat willen we bereiken",
    "inspanningen": "Wat gaan we daarvoor doen",
    "financieel": "Financieel overzicht (taakvelden)",
}


def available_eval_sets() -> dict[str, Any]:
    """The shared development sets and the project's own, by file name."""
    from .bench import SHARED_EVALS
    from .settings import PROJECT_ROOT

    paths = sorted(SHARED_EVALS.glob("*.yaml")) + sorted((PROJECT_ROOT / "evals").glob("*.yaml"))
    return {p.name: p for p in paths}


def load_uploaded_set(name: str, data: bytes) -> Any:
    """An uploaded evaluation set, validated within the loader's limits (size, aliases, cases,
    turns); EvalSetError with a clear message otherwise."""
    from pathlib import Path

    from .evaluation import read_eval_set

    return read_eval_set(data, Path(Path(name).name))


def render_eval_report(report: dict[str, Any]) -> None:
    """Totals, a pass/fail table per kind with a chart, and each failing case opened up."""
    import pandas as pd

    wrong = report.get("wrong_figures") or {}
    wrong_n = sum(w["wrong"] for w in wrong.values())
    turns_n = sum(w["turns"] for w in wrong.values())
    left, right = st.columns(2)
    left.metric("Geslaagd", f"{report['passed']} van {report['total']}")
    right.metric(
        "Foute cijfers",
        f"{wrong_n} van {turns_n}",
        help="Antwoorden die een ander getal noemen dan het juiste (of een getal waar het "
        "antwoord een weigering moest zijn), over alle cijfer- en weigervragen. Een weigering "
        "of een wedervraag telt hier niet.",
    )
    kinds = pd.DataFrame(
        [
            {"Soort": k, "Geslaagd": v["passed"], "Niet geslaagd": v["total"] - v["passed"]}
            for k, v in sorted(report["by_kind"].items())
        ]
    )
    st.dataframe(kinds, hide_index=True)
    st.bar_chart(kinds.set_index("Soort"))
    if report.get("retrieval"):
        st.subheader("Vinden van de bron")
        st.caption(
            "Staat de passage met het verwachte cijfer of de verwachte tekst bovenaan (hit@1), "
            "bij de eerste vijf (hit@5), en hoe hoog gemiddeld (MRR)? Alleen over vragen "
            "waarvan het bewijs letterlijk in een passage staat."
        )
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Set": name,
                        "Vragen": m["n"],
                        "hit@1": round(m["hit@1"], 2),
                        "hit@5": round(m["hit@5"], 2),
                        "MRR": round(m["mrr"], 2),
                    }
                    for name, m in report["retrieval"].items()
                ]
            ),
            hide_index=True,
        )
    failing = [c for c in report["cases"] if not c["passed"]]
    st.subheader(f"Niet geslaagd ({len(failing)})")
    for case in failing:
        with st.expander(escape_markdown(f"{case['id']}: {case['question']}")):
            st.markdown(f"**Reden:** {escape_markdown(case['reason'])}")
            st.markdown(f"**Verwacht:** {escape_markdown(str(case['expect']))}")
            answer = case["answer"]
            st.markdown(f"**Antwoord ({escape_markdown(answer.get('kind', ''))}):**")
            st.text(answer.get("text", ""))
            for i, c in enumerate(answer.get("citations", []), start=1):
                where = f"[{i}] {c['municipality']} · {c['section']} · {c['locator']}"
                st.caption(escape_markdown(where))


class LoginThrottle:
    """Failed logins, kept for the whole process (a new session does not start afresh), per
    client and for all clients together, so that changing address buys a few guesses, not
    unlimited ones. Past the free attempts each failure locks for twice as long as the last."""

    def __init__(
        self,
        per_client: int = 5,
        overall: int = 20,
        first_lock: float = 30.0,
        longest_lock: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_client, self.overall = per_client, overall
        self.first_lock, self.longest_lock, self._clock = first_lock, longest_lock, clock
        self._mutex = threading.Lock()  # Streamlit runs each session in a thread of its own
        self._failures: dict[str | None, int] = {}  # by client; None: all clients together
        self._until: dict[str | None, float] = {}

    def _free(self, client: str) -> tuple[tuple[str | None, int], ...]:
        return (client, self.per_client), (None, self.overall)

    def wait(self, client: str) -> float:
        """Seconds before this client may try again; 0 when it may now."""
        now = self._clock()
        with self._mutex:
            return max(0.0, *(self._until.get(k, now) - now for k, _ in self._free(client)))

    def failed(self, client: str) -> float:
        """Count a wrong password; returns the wait it imposes (0 while attempts are free)."""
        now = self._clock()
        with self._mutex:
            for key, free in self._free(client):
                count = self._failures[key] = self._failures.get(key, 0) + 1
                if count >= free:
                    lock = self.first_lock * 2 ** (count - free)
                    self._until[key] = now + min(lock, self.longest_lock)
        return self.wait(client)

    def succeeded(self, client: str) -> None:
        with self._mutex:
            for key, _ in self._free(client):
                self._failures.pop(key, None)
                self._until.pop(key, None)


ADMIN_LOGINS = LoginThrottle()


def _duration(seconds: float) -> str:
    """A wait in Dutch, rounded up: '30 seconden', '16 minuten'."""
    if seconds <= 90:
        n = math.ceil(seconds)
        return f"{n} seconde" if n == 1 else f"{n} seconden"
    n = math.ceil(seconds / 60)
    return f"{n} minuten"


def render_login(expected: str) -> None:
    """The Beheer password form; sets session_state['admin'] on the right password. Attempts
    are refused while the client is locked out, and each failure is logged (without it)."""
    given = st.text_input("Wachtwoord", type="password", key="admin-password")
    if not st.button("Inloggen", key="admin-login"):
        return
    address = st.context.ip_address  # None for localhost; not even a str under AppTest
    client = address if isinstance(address, str) else ""
    wait = ADMIN_LOGINS.wait(client)
    if wait:
        st.error(f"Te veel foute pogingen. Probeer het over {_duration(wait)} opnieuw.")
        return
    if hmac.compare_digest(given.encode(), expected.encode()):
        ADMIN_LOGINS.succeeded(client)
        st.session_state["admin"] = True
        st.rerun()
    wait = ADMIN_LOGINS.failed(client)
    logging.getLogger(__name__).warning("Beheer: wrong password from %s", client or "localhost")
    locked = f" Te veel foute pogingen. Probeer het over {_duration(wait)} opnieuw." if wait else ""
    st.error("Dat wachtwoord klopt niet." + locked)


def admin_password() -> str:
    """The staff password: ASSISTANT_ADMIN_PASSWORD, or 'admin_password' in Streamlit secrets."""
    import os

    from_env = os.environ.get("ASSISTANT_ADMIN_PASSWORD", "")
    if from_env:
        return from_env
    try:
        return str(st.secrets.get("admin_password", ""))
    except Exception:  # no secrets file: Streamlit raises its own error type
        return ""


def add_uploaded(
    name: str, data: bytes, settings: Any, fields: dict[str, str], progress: Any = None
) -> Any:
    """An uploaded document added to the corpus and the index, all or nothing (index.py
    add_document); its name, size and form are checked before anything is written."""
    import tempfile
    from pathlib import Path

    from .corpus import check_file_name, check_size
    from .errors import DocumentError
    from .index import add_document

    base = check_file_name(name)
    check_size(base, len(data))
    overrides: dict[str, Any] = {k: v.strip() for k, v in fields.items() if v and v.strip()}
    if "year" in overrides:
        if not overrides["year"].isdigit():
            raise DocumentError(
                base,
                f"'{overrides['year']}' is geen jaartal.",
                "Vul een jaar in zoals 2024, of laat het leeg.",
            )
        overrides["year"] = int(overrides["year"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / base
        path.write_bytes(data)
        return add_document(settings, path, overrides, progress)


ALL_DOCUMENTS = "Alle documenten"


def document_picker(documents: list[Any], key: str, everything: bool = False) -> Any:
    """A document chosen by municipality and title; None for 'Alle documenten'."""
    by_label = {f"{d.municipality}: {d.title}": d.id for d in documents}
    options = ([ALL_DOCUMENTS] if everything else []) + list(by_label)
    choice = st.selectbox("Document", options, key=key)
    return by_label.get(choice)


def municipality_options(documents: list[Any]) -> list[str]:
    return [ALL_MUNICIPALITIES] + sorted({d.municipality for d in documents})


def document_overview(chunks: list[Any], cells: list[Any], goal_nodes: list[Any]) -> dict:
    """What was read from one document: sections, tables with their size, figures, goals."""
    sections = list(dict.fromkeys(c.section_path for c in chunks))
    tables: dict[str, dict[str, set]] = {}
    for cell in cells:
        if cell.kind == "table":
            t = tables.setdefault(cell.table, {"rows": set(), "columns": set(), "cells": set()})
            t["rows"].add(cell.row)
            t["columns"].add(cell.column)
            t["cells"].add((cell.row, cell.column, cell.line))
    return {
        "sections": sections,
        "passages": len(chunks),
        "tables": [
            (name, len(t["rows"]), sorted(t["columns"]), len(t["cells"]))
            for name, t in tables.items()
        ],
        "figures": len(cells),
        "amounts in text": sum(1 for c in cells if c.kind == "prose"),
        "goals": len(goal_nodes),
        "failed checks": [
            check.describe() for checks in failed_tables(cells).values() for check in checks
        ],
    }


def render_overview(overview: dict, detected: tuple[str, ...] = ()) -> None:
    """The overview of a document for staff: check what was read before relying on it."""
    if detected:
        st.info(
            "Uit de inhoud gelezen (controleer en verbeter zo nodig in manifest.yaml): "
            + escape_markdown(", ".join(detected))
        )
    cols = st.columns(4)
    cols[0].metric("Secties", len(overview["sections"]))
    cols[1].metric("Tabellen", len(overview["tables"]))
    cols[2].metric("Cijfers", overview["figures"])
    cols[3].metric("Doelen", overview["goals"])
    with st.expander(f"Secties ({len(overview['sections'])})"):
        st.markdown("\n".join(f"- {escape_markdown(s)}" for s in overview["sections"][:200]))
    if overview["tables"]:
        import pandas as pd

        st.dataframe(
            pd.DataFrame(
                {
                    "Tabel": [t[0] for t in overview["tables"]],
                    "Rijen": [t[1] for t in overview["tables"]],
                    "Kolommen": [", ".join(t[2]) for t in overview["tables"]],
                    "Cellen": [t[3] for t in overview["tables"]],
                }
            ),
            hide_index=True,
        )
    else:
        st.warning("Geen tabellen herkend: cijfervragen over dit document krijgen geen antwoord.")
    failed = overview.get("failed checks") or []
    if failed:
        st.warning(
            f"Controle: in {len(failed)} gevallen tellen de rijen van een tabel niet op tot het "
            "gedrukte totaal. Antwoorden uit die tabellen zeggen dat erbij; controleer de tabel."
        )
        st.markdown("\n".join(f"- {escape_markdown(line)}" for line in failed[:50]))
    elif overview["tables"]:
        st.success("Controle: waar een tabel een totaal heeft, tellen de rijen erop.")
