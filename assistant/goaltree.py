"""The goal tree (doelenboom) of a document, built from its parsed sections (pure functions).

Programma > Doelenboom > beoogd maatschappelijk effect, doelen, subdoelen, metingen and
financieel overzicht; or Ambitie > Actielijn > doel, "wat willen we bereiken" items and
inspanningen. A subdoel belongs to its doelenboom: budgets list the doelen and then the
subdoelen without saying which subdoel serves which doel, and the tree does not invent that.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field

from .parsing import Section, sentences

NodeKind = str  # programma, doelenboom, effect, doel, subdoel, metingen, financieel, ...

KIND_BY_TITLE: tuple[tuple[re.Pattern[str], NodeKind], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (r"^subdoel\s*:", "subdoel"),
        (r"^doel\s*:", "doel"),
        (r"^beoogd(e)? maatschappelijk(e)? effect", "effect"),
        (r"^metingen|^(verplichte )?(beleids)?indicatoren$", "metingen"),
        (
            r"^financieel overzicht|^financi[eë]le kaders|^financi[eë]n$"
            r"|^wat (mag|gaat) het kosten",
            "financieel",
        ),
        (r"^wat willen we bereiken", "bereiken"),
        (r"^wat (gaan|doen) we", "inspanningen"),
        (r"^inhoudelijk perspectief", "perspectief"),
    )
)
TOP_KINDS = {1: "programma", 2: "doelenboom"}
TAAKVELD = re.compile(r"^(\d{1,2}\.\d{1,2})\s+(\S.*)$")


@dataclass
class GoalNode:
    """One node of the tree, with its own text as the document gives it (maybe none)."""

    id: str
    kind: NodeKind
    title: str
    text: str
    document_id: str
    municipality: str
    path: tuple[str, ...]
    line: int
    end_line: int
    parent: str | None = None
    children: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The title without its heading word: 'Subdoel: X' -> 'X', 'Doelenboom Y' -> 'Y'."""
        return re.sub(
            r"^(sub)?doel\s*:\s*|^doelenboom\s+|^actielijn\s*:?\s*|^ambitie\s*:?\s*|^programma\s+",
            "",
            self.title,
            flags=re.IGNORECASE,
        ).strip()

    @property
    def items(self) -> list[str]:
        """List items and taakvelden of the node's text, one per line."""
        return [ln.strip().lstrip("•").strip() for ln in self.text.split("\n") if ln.strip()]


def _node_id(document_id: str, path: tuple[str, ...]) -> str:
    return hashlib.sha256(f"{document_id}|{' > '.join(path)}".encode()).hexdigest()[:16]


def _kind(section: Section) -> NodeKind:
    for pattern, kind in KIND_BY_TITLE:
        if pattern.match(section.title):
            return kind
    if section.level in TOP_KINDS:
        title = section.title.lower()
        if section.level == 1 and title.startswith("ambitie"):
            return "ambitie"
        if section.level == 2 and not title.startswith("doelenboom"):
            return "actielijn" if not re.search(r"inleiding|financieel|kosten", title) else "deel"
        return TOP_KINDS[section.level]
    return "blok"


def build_tree(
    sections: list[Section], *, document_id: str, municipality: str
) -> dict[str, GoalNode]:
    """The goal tree of one document: nodes by id, each knowing parent and children."""
    nodes: dict[str, GoalNode] = {}
    by_path: dict[tuple[str, ...], str] = {}
    for section in sections:
        if not section.path:
            continue
        kind = _kind(section)
        text = "\n".join(b.text for b in section.blocks)
        end = max((b.end for b in section.blocks), default=section.heading_line)
        node = GoalNode(
            id=_node_id(document_id, section.path),
            kind=kind,
            title=section.title,
            text=text,
            document_id=document_id,
            municipality=municipality,
            path=section.path,
            line=section.heading_line,
            end_line=end,
        )
        # "Zo gaan we dat doen" below a subdoel is part of that subdoel's text.
        parent_path = section.path[:-1]
        while parent_path and parent_path not in by_path:
            parent_path = parent_path[:-1]
        if (
            kind == "inspanningen"
            and parent_path
            and nodes[by_path[parent_path]].kind in ("subdoel", "doel")
        ):
            parent = nodes[by_path[parent_path]]
            if text:
                parent.text = (parent.text + "\n" + text).strip()
            continue
        if parent_path:
            node.parent = by_path[parent_path]
            nodes[node.parent].children.append(node.id)
        nodes[node.id] = node
        by_path[section.path] = node.id
    _confirm_actielijnen(nodes, sections)
    return nodes


def _confirm_actielijnen(nodes: dict[str, GoalNode], sections: list[Section]) -> None:
    """Where a document names its actielijnen ("Actielijn: Langer gezond"), only those are."""
    named = {
        normalize(m.group(1))
        for s in sections
        for b in s.blocks
        for m in re.finditer(r"Actielijn:\s*([^\n]+?)\s*$", b.text, re.MULTILINE)
    }
    if not named:
        return
    for node in nodes.values():
        words = set(normalize(node.title).split())
        # the same words in another order count ("Zorg meer nabij" / "Meer zorg nabij")
        if node.kind == "actielijn" and not any(words == set(n.split()) for n in named):
            node.kind = "deel"


def doelenboom_of(nodes: dict[str, GoalNode], node: GoalNode) -> GoalNode | None:
    """The doelenboom or actielijn a node stands in."""
    current: GoalNode | None = node
    while current is not None:
        if current.kind in ("doelenboom", "actielijn"):
            return current
        current = nodes.get(current.parent) if current.parent else None
    return None


def children(nodes: dict[str, GoalNode], node: GoalNode, kind: str | None = None) -> list[GoalNode]:
    out = [nodes[c] for c in node.children]
    return [n for n in out if kind is None or n.kind == kind]


def descendants(nodes: dict[str, GoalNode], node: GoalNode, kind: str) -> list[GoalNode]:
    found: list[GoalNode] = []
    for child in children(nodes, node):
        if child.kind == kind:
            found.append(child)
        found.extend(descendants(nodes, child, kind))
    return found


def taakvelden(nodes: dict[str, GoalNode], boom: GoalNode) -> list[tuple[str, str, GoalNode]]:
    """(code, name, node) of the taakvelden listed in a doelenboom's financial overview."""
    out = []
    for fin in descendants(nodes, boom, "financieel"):
        for item in fin.items:
            m = TAAKVELD.match(item)
            if m:
                out.append((m.group(1), m.group(2).strip(), fin))
    return out


def normalize(text: str) -> str:
    text = re.sub(r"[\"'‘’“”„?!.,:;()]", " ", text.lower())
    return " ".join(text.split())


def similarity(query: str, name: str) -> float:
    """How well a (partial, misspelt) name in a question matches a node's name: 0..1."""
    q, n = normalize(query), normalize(name)
    if not q or not n:
        return 0.0
    if n in q:
        return 1.0
    ratio = difflib.SequenceMatcher(None, q, n).ratio()
    q_words, n_words = set(q.split()), set(n.split())
    overlap = len(q_words & n_words) / len(n_words)
    # typos: a name word that nearly equals a question word counts as present
    near = sum(
        1
        for w in n_words
        if w in q_words or difflib.get_close_matches(w, list(q_words), n=1, cutoff=0.85)
    ) / len(n_words)
    # a partial name: a run of the name's words, in order, standing in the question
    qs, ns = q.split(), n.split()
    match = difflib.SequenceMatcher(None, qs, ns, autojunk=False).find_longest_match(
        0, len(qs), 0, len(ns)
    )
    run = ns[match.b : match.b + match.size]
    partial = 0.0
    if match.size >= 2 and len(" ".join(run)) >= 10 and any(len(w) >= 4 for w in run):
        partial = 0.75 + 0.25 * match.size / len(ns)
    return max(ratio, overlap, near, partial)


def describe_sentences(text: str, limit: int = 4) -> list[str]:
    return sentences(text)[:limit]
