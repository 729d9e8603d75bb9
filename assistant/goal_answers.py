"""Goal questions answered from the goal tree, with citations.

"Wat betekent het subdoel X?", "Bij welke doelenboom hoort X?", "Welke (sub)doelen horen bij
Y?", "Wat is het beoogd maatschappelijk effect van Y?", "Met welke indicatoren wordt X
gemeten?", "Welke taakvelden vallen onder Y?". Names may be quoted, partial or misspelt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dutch_numbers import fmt
from .figures import TableCell
from .goaltree import (
    GoalNode,
    descendants,
    describe_sentences,
    doelenboom_of,
    normalize,
    similarity,
    taakvelden,
)
from .models import Answer, Citation

INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("effect", r"beoogd(e)?\s+(maatschappelijk(e)?\s+)?effect"),
        # which taakvelden a part of the tree holds; not a figure of taakvelden named by code
        # ('de lasten van de taakvelden 6.72 en 6.82')
        ("taakvelden", r"\btaakvelden\b(?!\s+\d)"),
        ("indicators", r"\b(welke|met welke)\s+(indicatoren|metingen)\b|hoe wordt .* gemeten"),
        ("where", r"\bbij welke\s+(doelenboom|actielijn|ambitie|programma)\b|waar (hoort|valt)"),
        ("list_actielijnen", r"\bwelke\s+actielijnen\b"),
        ("list_subdoelen", r"\bwelke\s+subdoelen\b"),
        ("list_doelen", r"\bwelke\s+(\(sub\))?doelen\b"),
        (
            "explain",
            r"\bwat\s+(betekent|houdt|is\s+de\s+betekenis|wordt\s+bedoeld)|\bleg\b.*\buit\b",
        ),
    )
)
CONTAINER_KINDS = ("doelenboom", "actielijn", "ambitie", "programma")
GOAL_KINDS = ("subdoel", "doel", "doelenboom", "actielijn", "ambitie")
MIN_SIMILARITY = 0.75


class GoalAnswerer:
    def __init__(
        self, nodes: dict[str, GoalNode], cells: list[TableCell], titles: dict[str, str]
    ) -> None:
        self.nodes = nodes
        self.cells = cells
        self.titles = titles

    # -- resolution -----------------------------------------------------------------------------

    def find(self, text: str, kinds: Sequence[str], municipality: str | None) -> GoalNode | None:
        """The node whose name the text names best (quotes first, then the whole text)."""
        quoted = re.findall(r"['\"‘“]([^'\"’”]{4,})['\"’”]", text)
        probe = quoted[0] if quoted else text
        best: tuple[float, int, GoalNode] | None = None
        for node in self.nodes.values():
            if node.kind not in kinds or (municipality and node.municipality != municipality):
                continue
            name = node.name
            if len(normalize(name)) < 3:
                continue
            score = similarity(probe, name)
            key = (score, len(name), node)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best and best[0] >= MIN_SIMILARITY else None

    def _last_mentioned(
        self, history: Sequence[dict[str, str]], kind: str, municipality: str | None
    ) -> GoalNode | None:
        """'dat subdoel': the node of this kind named last in the conversation."""
        for message in reversed(history):
            text = normalize(str(message.get("content", "")))
            found = [
                (text.rfind(normalize(n.name)), n)
                for n in self.nodes.values()
                if n.kind == kind
                and (not municipality or n.municipality == municipality)
                and len(n.name) > 3
                and normalize(n.name) in text
            ]
            if found:
                return max(found, key=lambda f: f[0])[1]
        return None

    # -- answering ------------------------------------------------------------------------------

    def answer(
        self, question: str, municipality: str | None, history: Sequence[dict[str, str]] = ()
    ) -> Answer | None:
        intent = next((name for name, p in INTENTS if p.search(question)), None)
        if intent is None:
            return None
        refers_back = re.search(r"\b(dat|dit|die|deze)\s+(sub)?doel(enboom)?\b", question, re.I)
        if intent in ("effect", "taakvelden", "list_doelen", "list_subdoelen", "list_actielijnen"):
            kinds: Sequence[str] = CONTAINER_KINDS
        else:
            kinds = GOAL_KINDS
        node = None if refers_back else self.find(question, kinds, municipality)
        if node is None and (refers_back or intent == "explain"):
            wanted = "subdoel" if re.search(r"subdoel", question, re.I) else "doel"
            node = self._last_mentioned(history, wanted, municipality) or (
                self._last_mentioned(history, "subdoel", municipality)
            )
        if node is None:
            if intent == "explain" and not re.search(r"\b(sub)?doel|doelenboom", question, re.I):
                return None  # "Wat betekent X?" about something else: a text question
            return self._not_found(question, intent)
        handler = getattr(self, f"_{intent}")
        return handler(node)

    def _cite(self, node: GoalNode, quote: str | None = None) -> Citation:
        text = quote if quote is not None else (describe_sentences(node.text, 1) or [node.title])[0]
        locator = (
            f"regel {node.line}"
            if node.end_line <= node.line
            else f"regels {node.line}-{node.end_line}"
        )
        return Citation(
            document=node.document_id,
            municipality=node.municipality,
            section=" > ".join(node.path),
            locator=locator,
            quote=text,
            title=self.titles.get(node.document_id, ""),
            highlight=text,
            passage=f"{node.title}\n{node.text}".strip(),
        )

    def _place(self, node: GoalNode) -> str:
        return " > ".join(node.path)

    def _container(self, node: GoalNode) -> GoalNode:
        if node.kind in CONTAINER_KINDS:
            return node
        return doelenboom_of(self.nodes, node) or node

    def _effect(self, node: GoalNode) -> Answer:
        boom = self._container(node)
        effects = descendants(self.nodes, boom, "effect")
        if not effects or not effects[0].text.strip():
            return Answer(
                kind="refusal",
                text=f"Bij {boom.title} ({boom.municipality}) noemt "
                "het document geen beoogd maatschappelijk effect.",
            )
        effect = effects[0]
        sentence = " ".join(describe_sentences(effect.text, 3))
        return Answer(
            kind="text",
            text=f"Het beoogd maatschappelijk effect van {boom.title} ({boom.municipality}): "
            f"\u201c{sentence}\u201d [1]",
            citations=(self._cite(effect, sentence),),
            understood_as=f"beoogd maatschappelijk effect, {boom.title}, {boom.municipality}",
        )

    def _list(self, boom: GoalNode, kind: str, label: str) -> Answer:
        items = descendants(self.nodes, boom, kind)
        if not items:
            return Answer(
                kind="refusal", text=f"{boom.title} ({boom.municipality}) noemt geen {label}."
            )
        citations = [self._cite(n, n.title) for n in items]
        lines = [f"- {n.name} [{i}]" for i, n in enumerate(items, start=1)]
        text = f"{boom.title} ({boom.municipality}) heeft deze {label}:\n" + "\n".join(lines)
        if kind == "doel":
            subs = descendants(self.nodes, boom, "subdoel")
            if subs:
                text += (
                    f"\n\nDaarnaast noemt {boom.title} {len(subs)} subdoelen; het document "
                    "zegt niet welk subdoel bij welk doel hoort."
                )
        if kind == "subdoel":
            text += "\n\nHet document zegt niet welk subdoel bij welk doel hoort."
        return Answer(
            kind="text",
            text=text,
            citations=tuple(citations),
            understood_as=f"{label} van {boom.title}, {boom.municipality}",
        )

    def _list_doelen(self, node: GoalNode) -> Answer:
        return self._list(self._container(node), "doel", "doelen")

    def _list_subdoelen(self, node: GoalNode) -> Answer:
        return self._list(self._container(node), "subdoel", "subdoelen")

    def _list_actielijnen(self, node: GoalNode) -> Answer:
        top = node
        while top.parent and top.kind != "ambitie":
            top = self.nodes[top.parent]
        return self._list(top, "actielijn", "actielijnen")

    def _where(self, node: GoalNode) -> Answer:
        boom = self._container(node)
        text = (
            f"{node.title} hoort bij {boom.title} ({boom.municipality}); plaats in het "
            f"document: {self._place(node)} [1]."
        )
        if node.kind == "subdoel":
            text += " Het document zegt niet onder welk doel van de doelenboom dit subdoel valt."
        return Answer(
            kind="text",
            text=text,
            citations=(self._cite(node, node.title),),
            understood_as=f"plaats van {node.title}",
        )

    def indicator_rows(self, node: GoalNode) -> list[list[TableCell]]:
        """Rows of the doelenboom's measurement table that concern the node (all of them for
        a doelenboom; for a doel or subdoel, the rows under a group that names it)."""
        boom = self._container(node)
        paths = {" > ".join(m.path) for m in descendants(self.nodes, boom, "metingen")}
        rows: dict[tuple[str, str], list[TableCell]] = {}
        for cell in self.cells:
            if cell.section in paths and cell.document_id == node.document_id:
                rows.setdefault((cell.group, cell.row), []).append(cell)
        if node is boom:
            return list(rows.values())
        return [
            cells
            for (group, _), cells in rows.items()
            if group and similarity(group, node.name) >= 0.6
        ]

    def money(self, node: GoalNode) -> list[TableCell]:
        """The doelenboom's lasten per year, from the figures store."""
        boom = self._container(node)
        return [
            c
            for c in self.cells
            if c.document_id == boom.document_id
            and c.group.lower().startswith("lasten")
            and normalize(c.row) == normalize(boom.name)
            and c.value is not None
        ]

    def _indicators(self, node: GoalNode) -> Answer:
        rows = self.indicator_rows(node)
        boom = self._container(node)
        if not rows:
            return Answer(
                kind="text",
                text=f"In de metingen van {boom.title} staat geen "
                f"indicator die {node.title} noemt.",
                citations=(self._cite(node, node.title),),
            )
        lines, citations = [], []
        for cells in rows:
            citations.append(self._cell_citation(cells[0]))
            values = ", ".join(f"{c.column}: {c.raw}" for c in cells)
            lines.append(f"- {cells[0].row} ({values}) [{len(citations)}]")
        return Answer(
            kind="text",
            text=f"{node.title} wordt gemeten met deze indicatoren:\n" + "\n".join(lines),
            citations=tuple(citations),
            understood_as=f"indicatoren van {node.title}",
        )

    def _cell_citation(self, cell: TableCell) -> Citation:
        return Citation(
            document=cell.document_id,
            municipality=cell.municipality,
            section=cell.section,
            locator=f"tabel '{cell.table}', rij '{cell.row}'",
            quote=cell.quote,
            title=self.titles.get(cell.document_id, ""),
            highlight=cell.quote,
            passage=cell.quote,
        )

    def _taakvelden(self, node: GoalNode) -> Answer:
        boom = self._container(node)
        found = taakvelden(self.nodes, boom)
        if not found:
            return Answer(
                kind="refusal", text=f"Bij {boom.title} noemt het document geen taakvelden."
            )
        fin = found[0][2]
        lines = [f"- {code} {name}" for code, name, _ in found]
        return Answer(
            kind="text",
            text=f"Onder {boom.title} ({boom.municipality}) vallen deze taakvelden "
            "[1]:\n" + "\n".join(lines),
            citations=(self._cite(fin, fin.text),),
            understood_as=f"taakvelden van {boom.title}",
        )

    def _explain(self, node: GoalNode) -> Answer:
        boom = self._container(node)
        citations = [self._cite(node, node.title)]
        parts = [
            f"{node.title} ({node.municipality}) staat in het document op deze plaats: "
            f"{self._place(node)} [1]."
        ]
        own = describe_sentences(node.text, 4)
        if own:
            citations[0] = self._cite(node, " ".join(own))
            parts.append("Beschrijving in het document: \u201c" + " ".join(own) + "\u201d [1]")
        else:
            parts.append(
                "Het document geeft bij dit "
                + ("subdoel" if node.kind == "subdoel" else "onderdeel")
                + " geen eigen beschrijving."
            )
            effects = [e for e in descendants(self.nodes, boom, "effect") if e.text.strip()]
            doelen = descendants(self.nodes, boom, "doel")
            if boom is not node and (effects or doelen):
                ctx = [f"Ter context, uit {boom.title} (niet over dit subdoel zelf):"]
                if effects:
                    citations.append(self._cite(effects[0]))
                    ctx.append(
                        f"beoogd maatschappelijk effect \u201c"
                        f"{describe_sentences(effects[0].text, 1)[0]}\u201d "
                        f"[{len(citations)}]"
                    )
                for d in doelen:
                    citations.append(self._cite(d, d.title))
                    ctx.append(f"doel \u201c{d.name}\u201d [{len(citations)}]")
                parts.append(" ".join(ctx[:1]) + " " + "; ".join(ctx[1:]) + ".")
        if node.kind == "subdoel" and boom is not node:
            parts.append("Het document zegt niet onder welk doel dit subdoel valt.")
        rows = self.indicator_rows(node)
        if rows:
            lines = []
            for cells in rows:
                citations.append(self._cell_citation(cells[0]))
                values = ", ".join(f"{c.column}: {c.raw}" for c in cells)
                lines.append(f"{cells[0].row} ({values}) [{len(citations)}]")
            parts.append("Indicatoren in de metingen die hierover gaan: " + "; ".join(lines) + ".")
        money = self.money(node)
        if money:
            citations.append(self._cell_citation(money[0]))
            amounts = ", ".join(
                f"{c.column}: {fmt(c.value, c.unit)}" for c in money if c.value is not None
            )
            parts.append(f"Lasten van {boom.title}: {amounts} [{len(citations)}].")
        return Answer(
            kind="text",
            text="\n\n".join(parts),
            citations=tuple(citations),
            understood_as=f"betekenis van {node.title}, {node.municipality}",
        )

    def _not_found(self, question: str, intent: str) -> Answer:
        names = sorted({n.title for n in self.nodes.values() if n.kind in CONTAINER_KINDS[:2]})
        return Answer(
            kind="clarification",
            text="Ik vind geen doelenboom, doel of subdoel met die naam. Bedoelt u een van "
            "deze? " + "; ".join(names[:12]) + ".",
        )
