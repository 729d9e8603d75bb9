"""Answering: routing a question, extractive text answers with citations, and refusals.

Without any language model, a text answer is made of the most relevant sentences of the
retrieved passages, quoted verbatim, each with a numbered marker [n] that resolves to a
citation. When nothing relevant enough is found the answer is a refusal that says what the
documents do cover.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Collection, Container, Sequence
from dataclasses import dataclass, replace
from difflib import get_close_matches
from typing import TYPE_CHECKING, NamedTuple

from . import store
from .dutch_numbers import fmt
from .errors import AssistantError
from .fact_search import fact_index, measure_descriptions
from .figure_answers import (
    COMPUTED_LABEL_HEADS,
    DOCUMENT_YEAR,
    DOWN_WORDS,
    MONTHS,
    PARTICIPLE,
    STUB,
    UP_WORDS,
    VOCABULARY,
    FigureAnswerer,
    label_terms,
    variance_stems,
)
from .figures import DOCUMENT_WORDS
from .gemeenten import (
    among,
    base_name,
    called_municipalities,
    is_municipality,
    name_words,
    named_municipalities,
    one_named,
    respelled,
)
from .goal_answers import GoalAnswerer
from .index import VectorIndex
from .lexicon import abbreviations, compound_splits, names_no_thing, without_spelled_out
from .models import Answer, Citation, Figure
from .parsing import Chunk, sentences
from .retrieval import (
    LexicalIndex,
    Passage,
    reciprocal_rank_fusion,
    stems,
    top_with_leaders,
    without_subjectless,
)
from .settings import Settings

if TYPE_CHECKING:
    from llama_index.core.llms import LLM

    from .llm import Writer

MAX_QUESTION_CHARS = 1000
# Questions that ask what is done, where something comes from or what it is for, in words
# ('Waar komt dat geld vandaan?', 'Wat doet X met het overschot?'), even when they name money
TEXT_ASKED = re.compile(
    r"^\s*(waar|waaraan|waaruit|waarvoor|waarmee|waardoor|"
    r"wat (doet|doen|deed|gebeurt|gebeurde|wil|wilt|willen|betekent|houdt|verandert|"
    r"veranderen|veranderde|veranderden)|"
    # 'Hoe staat X er financieel voor?', 'Hoe heeft X het gedaan?'
    r"hoe (staat|stond|staan|stonden|gaat|ging|heeft|hebben)|"
    # a question of yes or no, its verb first: 'Betaalt Noordwijk mee aan het schap?'
    r"(is|zijn|was|waren|heeft|hebben|had|hadden|betaalt|betalen|betaalde|betaalden|krijgt|"
    r"krijgen|kreeg|kregen|draagt|dragen|doet|doen|gaat|gaan|wordt|worden|werd|kan|kunnen|"
    r"moet|moeten|mag|mogen|blijft|blijven))\b",
    re.I,
)
CANDIDATES = 30  # per retriever, before fusion
MIN_COVERAGE = 0.5  # share of the question's weighted content words a passage must contain
# Share of a question's weight its printed words must carry: words no document prints
# ('duurder', 'overschot') cannot be quoted, but a question mostly of them is about
# something the documents do not discuss ('Wat doet de gemeente aan drones?')
MIN_PRINTED = 0.45
MAX_SENTENCES = 3
# The parts of a programme (BBV's three questions) a question asks for: what is done, what
# is aimed at; a sentence of that part gains PART_BONUS over an equal one elsewhere
PROGRAMME_PARTS = (
    (
        # ('Wat gaat X doen om ...', 'Wat doet X tegen ...'; not 'wat wil X met het geld doen')
        re.compile(
            r"\b(doen|doet|deed)\s+(om|tegen|aan)\b|\bwat\s+(doet|doen|deed)\b[^?]*\b(tegen|aan)\b|"
            r"\b(aanpak\w*|maatregel\w*)\b",
            re.I,
        ),
        re.compile(r"\bwat gaan we (daarvoor |ervoor )?doen\b|\bwat hebben we gedaan\b", re.I),
    ),
    (
        re.compile(r"\b(bereiken|doel(en|stelling\w*)?|ambitie\w*)\b", re.I),
        re.compile(r"\bwat willen we bereiken\b|\bwat (hebben we bereikt|wilden we)\b", re.I),
    ),
)
PART_BONUS = 0.1
PART_EXTRA = 2  # passages of the part of a programme asked that join the top ones


def _programme_part(question: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words that ask for a part of a programme and its heading (PROGRAMME_PARTS)."""
    return next((pair for pair in PROGRAMME_PARTS if pair[0].search(question)), None)


def _asked_part(question: str) -> re.Pattern[str] | None:
    """The heading of the part of a programme a question asks for, if any."""
    pair = _programme_part(question)
    return pair[1] if pair else None


def _part_words(question: str) -> set[str]:
    """The stems of the words that ask for a part of a programme ('doel', 'bereiken'): a
    sentence under that part's heading says what they ask, whether it prints them or not."""
    pair = _programme_part(question)
    return {t for m in pair[0].finditer(question) for t in stems(m.group(0))} if pair else set()


LIGHT_VERBS = frozenset(
    "komt komen kwam kwamen gaat gaan ging gingen doet doen deed deden zorgt zorgen zorgde "
    "zorgden maakt maken maakte maakten wordt worden werd werden blijft blijven bleef "
    "bleven krijgt krijgen kreeg kregen "
    # 'Hoe staat X ervoor?', 'Hoe heeft X er financieel voor gestaan?'
    "staat staan stond stonden gestaan".split()
)
# Who acts for the municipality, as 'de gemeente' does: no subject of a question of policy
# ('Wat wil het college doen met het overschot?' is about the overschot), though a figure may
# be the college's own ('Wat kost het college?')
ACTORS = frozenset({"college"})
FRAMING_WEIGHT = 0.25  # of a verb that frames a question, against the things it asks about
# ... and of the participle of a question of the manner of something done ('Hoe wordt ...
# berekend?', 'Hoe zijn ... verdeeld?'), which may name the subject too ('gedekt': dekking)
MANNER_WEIGHT = 0.5
MANNER_ASKED = re.compile(r"^\s*hoe\s+(wordt|worden|werd|werden|is|zijn)\b", re.I)

YEAR_TERM = re.compile(r"(19|20)\d\d")
# A table's number and scale note ('Tabel 7.1', '(x € 1.000)'), and a figure of its rows
TABLE_MARKS = re.compile(r"^\s*tabel\s+[\d.]+|\(?\s*x\s*€\s*[\d.]+\s*\)?", re.I)
TABLE_FIGURE = re.compile(r"(?<![\w.])-?\(?\d[\d.,]*\)?\s*%?(?!\w)")
TABLE_ROWS_QUOTED = 6
# The span of time a question looks at, without a year: 'de komende jaren', 'op lange termijn'
TIME_SPAN = re.compile(
    r"\b(?:de\s+)?(?:komende|volgende|afgelopen|laatste)\s+(?:jaren|periode)\b|"
    r"\bop\s+(?:korte|middellange|lange)\s+termijn\b|\bin\s+de\s+toekomst\b",
    re.I,
)
MAX_ANSWER_WORDS = 90  # a quoted thought, not a page
# A question of why, and the words of a sentence that gives a reason; a reason is sought in
# the few sentences after the one that names the subject
WHY_ASKED = re.compile(
    r"^\s*(waarom|hoe komt het|waardoor|wat is de (oorzaak|reden))\b|\bhoe kan het\b", re.I
)
REASON = re.compile(
    r"\b(komt|kwam|komen|kwamen)\s+(\w+\s+){0,2}?door\b|\b(doordat|omdat|vanwege|dankzij|"
    r"daardoor|oorzaak|veroorzaakt|als gevolg van|is ontstaan door|wordt verklaard)\b",
    re.I,
)
REASON_REACH = 3


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    municipality: str
    title: str
    year: int | None
    type: str


# "in alle gemeenten", "per gemeente": a comparison, not one municipality picked silently
EVERY_MUNICIPALITY = re.compile(
    r"\b(in |van |voor |bij )?(alle|elke|iedere) gemeenten?\b|\bper gemeente\b", re.IGNORECASE
)


# A member's payment to a body ('betaalt ... aan het Werkplein', 'de bijdrage van X aan',
# 'krijgt X terug van'): the body's documents print it
PAYS_TO = re.compile(
    # ('Wat kost de GGD de gemeente Twenterand?': what the body costs its member)
    r"\b(betaalt|betaalde|betaald|betalen|bijdrage|bijdragen|draagt|droeg|terug|kost|kostte|"
    r"kosten)\b",
    re.I,
)


# A capitalised word right before a name: the name is part of a longer one ('Noaberkracht
# Dinkelland Tubbergen'), unless the word calls it a municipality ('Gemeente Tubbergen') or
# is the word a computed figure's label starts with ('Aandeel Tubbergen')
IN_A_LONGER_NAME = re.compile(
    rf"\b(?!(?:Gemeente|De|Het|{'|'.join(COMPUTED_LABEL_HEADS)})\b)[A-Z][\w'-]*\s+$"
)


def _inside_names(answer: Answer, municipalities: list[str]) -> bool:
    """Whether a figure's row names a municipality only inside another body's name: the row
    of 'Noaberkracht Dinkelland Tubbergen' is what a member paid that body, not Tubbergen's
    figure."""
    for figure in answer.figures:
        for m in municipalities:
            hits = list(re.finditer(rf"\b{re.escape(base_name(m))}\b", figure.label))
            if hits and all(IN_A_LONGER_NAME.search(figure.label[: h.start()]) for h in hits):
                return True
    return False


def _about(answer: Answer) -> str:
    """What a figure answer is about: what it understood the question as, and its quotes."""
    return " ".join([answer.understood_as, *(c.quote for c in answer.citations)])


def _says(text: str, name: str) -> bool:
    """Whether a text names something as a word of its own, in any case ('GGD Haaglanden')."""
    return re.search(rf"\b{re.escape(name)}\b", text, re.I) is not None


def _names_body_paid(answer: Answer, body: str, question: str) -> bool:
    """Whether the payer's figure is about the body paid: its row, table or sentence prints
    every word of the body's name that the question says ('Omgevingsdienst Haaglanden' is no
    payment to the Omgevingsdienst Twente, however alike their names begin)."""
    about = _about(answer)
    # (the words of the name the question says: 'de Veiligheidsregio Waardenland' named a
    # corpus's other veiligheidsregio by its first word only)
    return all(
        _says(about, word)
        for word in base_name(body).lower().split()
        if len(word) >= 3 and _says(question, word)
    )


# '(volgens) zijn eigen jaarstukken': the member's own documents say what it paid the body
OWN_DOCUMENTS = re.compile(rf"\b(?:zijn|haar|hun)\s+eigen\s+{DOCUMENT_WORDS}", re.I)


def _own_budget_of(question: str, municipalities: list[str]) -> bool:
    """Whether the question asks for a municipality's own budget document ('de totale
    begroting van de gemeente Zwolle', 'Zwolles jaarrekening')."""
    names = "|".join(re.escape(base_name(m)) for m in municipalities)
    return bool(
        re.search(rf"\b{DOCUMENT_WORDS}\s+(?:van\s+)?(?:de\s+gemeente\s+)?(?:{names})\b",
                  question, re.I)
        or re.search(rf"\b(?:{names})s?\s+{DOCUMENT_WORDS}\b", question, re.I)
    )  # fmt: skip


# A public body named by its kind and its own name, capitalised ('Veiligheidsregio
# Noord-Randland', 'GGD Kroonmeren')
OTHER_BODY = (
    r"((?i:veiligheidsregio|ggd|omgevingsdienst|waterschap|regio|belastingsamenwerking|"
    r"werkbedrijf|afvalsamenwerking|gemeenschappelijke regeling)\s+"
    r"[A-Z][\w'-]*(?:[- ][A-Z][\w'-]*)*)"
)
BUDGET_OF_BODY = re.compile(
    rf"\b(?i:{DOCUMENT_WORDS}\s+(?:van\s+)?(?:de\s+|het\s+)?){OTHER_BODY}"
)


# A document named as where to read ('volgens de kadernota 2025', 'in de begroting 2024')
NAMED_DOCUMENT = re.compile(
    rf"(?:\b(?:volgens|in|uit|van)\s+(?:de|het)\s+)?{DOCUMENT_YEAR.pattern}", re.I
)


def _budget_of_body(question: str) -> str | None:
    """The body whose own budget document the question asks for ('de totale begroting van
    de Veiligheidsregio Noord-Randland'), if it names one."""
    m = BUDGET_OF_BODY.search(question)
    return m.group(1) if m else None


# Words of capitals in a row, with 'en' between ('Noaberkracht Dinkelland Tubbergen',
# 'Samenwerking Dinkelland en Tubbergen'), and the words that lead a municipality's own name
PROPER_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\wÀ-ÿ-]*(?:\s+(?:en\s+)?[A-Z][\wÀ-ÿ-]*)+")
NAME_LEADS = {"gemeente", "de", "het", "een", "in", "voor", "van"}


def outside_printed_names(question: str, printed: Callable[[str], bool]) -> str:
    """The question without the names the documents print (`printed`) that hold a
    municipality's name and more ('Noaberkracht Dinkelland Tubbergen'): such a name is a
    body's or a row's, and names neither municipality in it (not 'de gemeente Dinkelland')."""

    def kept(m: re.Match[str]) -> str:
        name = m.group(0)
        words = [w for w in name.split() if w != "en"]
        if (
            len(words) < 2
            or not named_municipalities(f". {name}")
            or all(is_municipality(w) or w.lower() in NAME_LEADS for w in words)
            or not printed(name)
        ):
            return name
        return " "

    return PROPER_NAME.sub(kept, question)


def _bodies_abbreviated(chunks: Sequence[Chunk]) -> dict[str, str]:
    """The abbreviation each body's own documents give its name in brackets ('De
    Belastingsamenwerking Gouwe-Rijnland (BSGR) heft ...'): abbreviation -> body, for those
    that name one body only."""
    by_body: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        if len(chunk.municipality.split()) >= 2:
            by_body.setdefault(chunk.municipality, []).append(chunk)
    found: dict[str, set[str]] = {}
    for name, own in by_body.items():
        # (the name may break over a line: any white space between its words)
        words = r"\s+".join(map(re.escape, name.split()))
        pattern = re.compile(rf"{words}\s*\(([A-Z][A-Z0-9&]{{1,7}})\)")
        for chunk in own:
            for m in pattern.finditer(chunk.text):
                found.setdefault(m.group(1), set()).add(name)
    return {short: bodies.pop() for short, bodies in found.items() if len(bodies) == 1}


def _names_spelled_out(
    documents: Sequence[DocumentInfo], chunks: Sequence[Chunk]
) -> dict[str, str]:
    """The words the abbreviation in a body's name stands for, as its own documents print
    them before the rest of the name ('ISD Aamstreek': 'Intergemeentelijke Sociale Dienst'
    in 'Jaarstukken 2024 Intergemeentelijke Sociale Dienst Aamstreek'): body -> those words."""
    shortened: dict[str, str] = {}  # body -> the one abbreviation its name holds
    for body in {d.municipality for d in documents}:
        short = [w for w in body.split() if re.fullmatch(r"[A-Z]{2,6}", w)]
        if len(short) == 1 and len(body.split()) >= 2:
            shortened[body] = short[0]
    texts: dict[str, list[str]] = {body: [] for body in shortened}
    for d in documents:
        if d.municipality in texts:
            texts[d.municipality].append(d.title)
    for chunk in chunks:
        if chunk.municipality in texts:
            texts[chunk.municipality].append(chunk.text)
    out: dict[str, str] = {}
    for body, short in shortened.items():
        rest = r"\s+".join(re.escape(w) for w in body.split() if w != short)
        before = re.compile(rf"((?:[A-Za-zÀ-ÿ-]+\s+){{1,5}}){rest}\b")
        for text in texts[body]:
            if (m := before.search(text)) is None:
                continue
            said = m.group(1).split()
            # the fewest words before the name that the abbreviation stands for
            phrases = (" ".join(said[k:]) for k in range(len(said) - 1, -1, -1))
            if (phrase := next((p for p in phrases if short in abbreviations(p)), None)):
                out[body] = phrase
                break
    return out


class Assistant:
    """Answers questions over the built index: `ask(question, municipality, history)`."""

    def __init__(self, settings: Settings, llm: LLM | None = None) -> None:
        """`llm` words text answers and rewrites follow-ups when given; without it (the
        default) every answer is extractive or structured and no LLM package is imported."""
        self.settings = settings
        self.vectors = VectorIndex(settings)
        db = store.connect(self.vectors.dir / store.DB_NAME, read_only=True)
        try:
            self.chunks = store.read_chunks(db)
            self.documents = [
                DocumentInfo(r["id"], r["municipality"], r["title"], r["year"], r["type"])
                for r in store.read_documents(db)
            ]
            self.cells = store.read_figures(db)
            self.goal_nodes = store.read_goal_nodes(db)
            fact_vectors = store.read_fact_vectors(db)
        finally:
            db.close()
        self.by_id = {c.id: c for c in self.chunks}
        self._naming: dict[str, frozenset[str]] = {}  # a municipality -> the bodies naming it
        self._printed_names: dict[str, bool] = {}  # a name -> whether a passage prints it
        # the passage each printed line stands in, so a figure's row finds its table at once
        self._line_chunk: dict[tuple[str, str], Chunk] = {}
        for chunk in self.chunks:
            for line in chunk.text.split("\n"):
                self._line_chunk.setdefault((chunk.document_id, line), chunk)
        self.titles = {d.id: d.title for d in self.documents}
        self.lexical = LexicalIndex(self.chunks)
        self.municipalities = sorted({d.municipality for d in self.documents})
        self._body_abbreviations = _bodies_abbreviated(self.chunks)
        self._spelled_out = _names_spelled_out(self.documents, self.chunks)
        self._name_stems = frozenset(stems(" ".join(self.municipalities)))
        self._name_words = name_words(self.municipalities)
        stemmed = [set(stems(chunk.search_text())) for chunk in self.chunks]  # once, for both
        self._idf = _idf_table(self.chunks, stemmed)
        self._printed_by = _stems_by_municipality(self.chunks, stemmed)
        facts = fact_index(
            measure_descriptions(self.cells),
            fact_vectors,
            self.vectors.model_name,
            self.vectors.embed_query,
        )
        self.figures = FigureAnswerer(
            self.cells,
            self._idf,
            self.coverage_text(),
            facts,
            {d.id: str(d.year) for d in self.documents if d.year},
            {d.id: d.type for d in self.documents},
            # a conversation replayed reads each question's scope as the router does
            scope_reader=self.municipality_in,
            spelled_out=self._spelled_out,
        )
        self.goals = GoalAnswerer(self.goal_nodes, self.cells, self.titles)
        self.writer: Writer | None = None
        self.backend_label = "geen taalmodel (extractief)"
        if llm is not None:
            from .llm import Writer, known_numbers, parse_backend

            backend = parse_backend(settings.llm)
            label = backend.label if backend.kind != "none" else type(llm).__name__
            self.writer = Writer(llm, label)
            self.backend_label = label
            self._known_numbers = known_numbers(self.cells)

    @classmethod
    def open(cls, settings: Settings | None = None) -> Assistant:
        """The assistant with the LLM backend of the settings (ASSISTANT_LLM), if any."""
        settings = settings or Settings.load()
        llm = None
        if settings.llm != "none":
            from .llm import make_llm, parse_backend

            llm = make_llm(parse_backend(settings.llm), settings.llm_timeout)
        return cls(settings, llm)

    # -- public API -------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        municipality: str | None = None,
        history: Sequence[dict[str, str]] = (),
    ) -> Answer:
        started = time.perf_counter()
        # what is no {role, content} message (a string, None) is left out, once, here: the
        # answerers that replay the conversation read every item as such a message
        if isinstance(history, str) or not isinstance(history, Sequence):
            history = ()
        history = [
            m
            for m in history
            if isinstance(m, dict)
            and isinstance(m.get("role"), str)
            and isinstance(m.get("content"), str)
        ]
        try:
            answer = self._answer(question, municipality, history)
        except AssistantError as exc:
            answer = Answer(kind="clarification", text=str(exc))
        elapsed = (time.perf_counter() - started) * 1000
        return Answer(
            kind=answer.kind,
            text=answer.text,
            figures=answer.figures,
            citations=answer.citations,
            timing_ms=elapsed,
            understood_as=answer.understood_as,
            extra=answer.extra,
        )

    def retrieve(
        self,
        question: str,
        municipality: str | None = None,
        k: int | None = None,
        mode: str | None = None,
        documents: Collection[str] = (),
    ) -> list[Passage]:
        """The top passages for a question, fused from dense and BM25 retrieval (of the
        `documents` only, when given)."""
        k = k or self.settings.top_k
        mode = mode or self.settings.retrieval
        rankings: dict[str, list[str]] = {}
        if mode in ("hybrid", "bm25"):
            hits = self.lexical.search(question, CANDIDATES, municipality)
            rankings["bm25"] = [self.chunks[i].id for i, _ in hits]
        if mode in ("hybrid", "dense"):
            vector = self.vectors.embed_query(question)
            hits_d = self.vectors.search(vector, CANDIDATES, municipality)
            rankings["dense"] = [cid for cid, _ in hits_d if cid in self.by_id]
        fused = reciprocal_rank_fusion(rankings)
        if documents:
            fused = [f for f in fused if self.by_id[f[0]].document_id in documents]
        top = top_with_leaders(fused, rankings, k)
        return [Passage(self.by_id[cid], score, ranks) for cid, score, ranks in top]

    # -- routing ----------------------------------------------------------------------------

    def _answer(
        self, question: str, municipality: str | None, history: Sequence[dict[str, str]]
    ) -> Answer:
        question = (question or "").strip()
        if not question:
            return Answer(
                kind="clarification",
                text="Stel een vraag over de begrotingen, bijvoorbeeld: "
                "'Wat zijn de lasten van Jeugd in 2021?'",
            )
        if len(question) > MAX_QUESTION_CHARS:
            return Answer(
                kind="clarification",
                text=f"Uw vraag is te lang ({len(question)} tekens). Stel een korte, concrete "
                f"vraag van hoogstens {MAX_QUESTION_CHARS} tekens.",
            )
        # 'dinkeland' asks about Dinkelland: each question read with the names spelt right
        question = respelled(question, self._name_words, self._prints_word)
        history = [
            {**m, "content": respelled(m["content"], self._name_words, self._prints_word)}
            if m["role"] == "user" else m
            for m in history
        ]  # fmt: skip
        answer = self._route(question, municipality, history)
        if self.writer is None:
            return answer
        repeated = bool(history) and answer.text == history[-1].get("content")
        if history and (answer.kind in ("clarification", "refusal") or repeated):
            # a follow-up the rules cannot place (or only repeat): the LLM rewrites it, and
            # the rules answer the rewrite
            rewritten = self.writer.rewrite(question, history)
            if rewritten:
                again = self._route(rewritten, municipality, ())
                if again.kind not in ("clarification", "refusal"):
                    answer = replace(
                        again, understood_as=f"{rewritten} (herschreven door het taalmodel)"
                    )
        if answer.kind == "text" and answer.extra.get("chunks"):
            answer = self.writer.phrase(
                question, answer.extra["chunks"], answer, self._known_numbers
            )
        return answer

    def _route(
        self, question: str, municipality: str | None, history: Sequence[dict[str, str]]
    ) -> Answer:
        """The goal tree, then the figures, then the text: never a language model."""
        named = None if municipality else self.municipality_in(question)
        scope = municipality or named
        # (a follow-up that names a municipality: 'En voor Dinkelland?')
        named_on = named if history and STUB.match(question) else None
        if named_on:
            # ... after a figure of a table that lists Dinkelland: its row
            scope = self.figures.body_listing(history, named_on) or scope
        if scope and scope not in self.municipalities:
            return self.refusal(f"Ik heb geen documenten van de gemeente {scope}.")
        elsewhere = self.uncovered_municipalities(question)
        if scope is None and elsewhere and not (history and STUB.match(question)):
            # 'de archieven van Zwolle en Deventer': the places only one body's documents
            # name (its members) are asked about in that body's documents (a follow-up, 'En
            # Zwolle?', goes on in the conversation's table)
            scope = self._naming_body(elsewhere)
        mentioned = self._mentioned(elsewhere, scope)
        if elsewhere and (len(mentioned) < len(elsewhere) or _own_budget_of(question, elsewhere)):
            # 'de begroting van de gemeente Zwolle' is Zwolle's own document, which is not
            # here, even when a document here names Zwolle as a partner
            return self._refuse_elsewhere(elsewhere)
        unknown = self._unnamed_places(question)
        if unknown:
            return self.refusal(
                f"Over {' en '.join(unknown)} staat niets in de documenten die ik heb, en ik "
                "geef geen cijfer van een andere plaats in plaats daarvan."
            )
        body = _budget_of_body(question)
        if body and not any(base_name(m).lower() in body.lower() for m in self.municipalities):
            # a partner's own budget ('de begroting van de Veiligheidsregio X') is its own
            # document, which is not here; what the municipality pays it is no answer
            return self.refusal(
                f"De begroting van {body} heb ik niet; ik geef geen cijfer uit een ander "
                "document in plaats daarvan."
            )
        goal = self.goals.answer(question, scope, history)
        if goal is not None:
            return goal
        if scope is None and EVERY_MUNICIPALITY.search(question):
            compared = self.compare_municipalities(EVERY_MUNICIPALITY.sub(" ", question))
            if compared is not None:
                return compared
        figure = self.figures.answer(question, scope, history, chosen=municipality is not None)
        if (
            figure is not None
            and figure.kind == "refusal"
            and municipality is None
            and (payer := self._payer_of(question, scope)) is not None
        ):
            # 'Hoeveel betaalde Dinkelland in 2022 aan GGD Tukkerland?' where the body's
            # documents hold other years: the payer's own accounts print what it paid
            paid = self.figures.answer(question, payer, history, chosen=False)
            if paid is not None and paid.figures and _names_body_paid(paid, scope, question):
                figure = paid
        if (
            figure is not None
            and figure.figures
            and named_on
            and all(c.municipality != named_on for c in figure.citations)
            and not _says(_about(figure), base_name(named_on))
        ):
            # 'En Zandhove?' after what Rekendam paid the GGD: a figure of another body that
            # does not name Zandhove is not Zandhove's (a full question may name a body to
            # read a payment to it in the payer's documents)
            return self.refusal(
                f"Voor {named_on} vind ik dat cijfer niet in de documenten, en ik geef geen cijfer "
                "van een andere gemeente of organisatie in plaats daarvan."
            )
        unheld = self._unheld_bodies(question)
        if figure is not None and figure.figures and unheld:
            # 'Hoeveel uitrukken had Veiligheidsregio Haaglanden?' where the corpus holds another
            # veiligheidsregio: only a figure about the body named (a member's row of it)
            about = _about(figure)
            if not all(_says(about, b) for b in unheld):
                return self.refusal(
                    f"Over {' en '.join(unheld)} heb ik geen documenten of cijfers, en ik geef "
                    "geen cijfer van een andere organisatie in plaats daarvan."
                )
        asked = _named_before(question, history)
        if figure is not None and figure.kind == "refusal" and TEXT_ASKED.match(question):
            # 'Waar komt dat geld vandaan?' names money but asks no number, and 'Betaalt
            # Noordwijk mee?' yes or no: what the text says answers it, when it says something
            text = self.text_answer(asked, scope)
            if text.kind == "text":
                return text
        if figure is not None and elsewhere and figure.kind == "refusal":
            return self._refuse_named_elsewhere(elsewhere, figure)
        if figure is not None and elsewhere and figure.figures:
            # 'Wat betaalt Zwolle?' in a document that names Zwolle: only a figure about Zwolle
            about = _about(figure)
            if not all(base_name(m) in about for m in elsewhere) or _inside_names(
                figure, elsewhere
            ):
                return self._refuse_elsewhere(elsewhere)
        if figure is not None:
            return self._with_tables(figure)
        return self.text_answer(asked, scope)

    def _with_tables(self, answer: Answer) -> Answer:
        """Give each figure citation its whole table as passage, for the Bronnen panel."""
        citations = []
        for c in answer.citations:
            line = c.quote
            table = self._line_chunk.get((c.document, line)) or next(
                (ch for ch in self.chunks if ch.document_id == c.document and line in ch.text),
                None,
            )  # a sentence unwrapped from several lines is found by the slower search
            citations.append(
                replace(
                    c,
                    title=self.titles.get(c.document, c.document),
                    passage=table.text if table else c.passage,
                    highlight=line,
                )
            )
        return replace(answer, citations=tuple(citations))

    def compare_municipalities(self, question: str) -> Answer | None:
        """'... in alle gemeenten?': the figure of each municipality that has it, one line
        each, never one municipality chosen silently. None when it is no figure question."""
        lines: list[str] = []
        figures: list[Figure] = []
        citations: list[Citation] = []
        missing: list[str] = []
        asked = False
        for municipality in sorted(self.municipalities):
            answer = self.figures.answer(question, municipality)
            if answer is None:
                continue
            asked = True
            if answer.kind != "figure" or not answer.figures or answer.figures[0].derivation:
                missing.append(municipality)
                continue
            figure, citation = answer.figures[0], answer.citations[answer.figures[0].citation]
            n = len(citations) + 1
            lines.append(
                f"- {municipality}: {fmt(figure.value, figure.unit)} ({figure.label}, "
                f"{figure.period}) [{n}]"
            )
            figures.append(replace(figure, citation=n - 1))
            citations.append(citation)
        if not asked:
            return None
        if not figures:
            return self.refusal("Dat cijfer staat voor geen van de gemeenten in de documenten.")
        text = "Per gemeente, zoals het in haar eigen documenten staat:\n" + "\n".join(lines)
        if missing:
            text += f"\n\nNiet gevonden voor: {', '.join(missing)}."
        text += "\n\nDe rijen verschillen per document; vergelijk ze met de bron erbij."
        return Answer(
            kind="figure",
            text=text,
            figures=tuple(figures),
            citations=tuple(citations),
            understood_as="vergelijking van de gemeenten",
        )

    def uncovered_municipalities(self, question: str) -> list[str]:
        """Municipalities the question names that no document is about, when it names none
        that is: asking about them must not get another municipality's figure."""
        named = named_municipalities(outside_printed_names(question, self._printed))
        # a name called a municipality that no document's body bears ('de gemeente
        # Tolbergen', not on the list either)
        named += [
            n for n in called_municipalities(question)
            if n not in named and not among(n, self.municipalities)
        ]  # fmt: skip
        if not named or any(m in self.municipalities for m in named):
            return []
        return named

    def _unnamed_places(self, question: str) -> list[str]:
        """The places a question asks about ('in Grevelzijl') that no document names: not
        any body here, nor a village or district of one."""
        return [
            p for p in dict.fromkeys(PLACE_ASKED.findall(question))
            if not among(p, self.municipalities)
            and p.lower() not in MONTHS  # 'in December 2031' names a moment
            and not all(t in self._idf for t in stems(p))
            # ... nor one misspelt ('Wassenar'): the name it is close to is printed
            and not any(get_close_matches(t, self._idf, n=1, cutoff=0.8) for t in stems(p))
        ]  # fmt: skip

    def _prints_word(self, word: str) -> bool:
        """Whether the documents print a word, as a word of its own rather than of a name."""
        found = stems(word)
        printed = all(t in self._idf for t in found)
        return bool(found) and printed and not self._name_stems & set(found)

    def _printed(self, name: str) -> bool:
        """Whether a passage prints the name as it stands; looked up once per name."""
        if name not in self._printed_names:
            self._printed_names[name] = any(name in chunk.text for chunk in self.chunks)
        return self._printed_names[name]

    def _bodies_naming(self, municipality: str) -> frozenset[str]:
        """The bodies whose documents name a municipality (as a partner in a gemeenschappelijke
        regeling, a neighbour in a comparison); read once per name."""
        if municipality not in self._naming:
            name = base_name(municipality)
            self._naming[municipality] = frozenset(
                c.municipality for c in self.chunks if name in c.text
            )
        return self._naming[municipality]

    def _mentioned(self, municipalities: list[str], scope: str | None) -> list[str]:
        """Those of the municipalities that the documents in scope name."""
        return [
            m for m in municipalities
            if (bodies := self._bodies_naming(m)) and (scope is None or scope in bodies)
        ]  # fmt: skip

    def _naming_body(self, municipalities: list[str]) -> str | None:
        """The one body whose documents name all the municipalities, if one does."""
        common = frozenset.intersection(*map(self._bodies_naming, municipalities))
        return next(iter(common)) if len(common) == 1 else None

    def _refuse_elsewhere(self, municipalities: list[str]) -> Answer:
        names = " en ".join(municipalities)
        return self.refusal(
            f"Over de gemeente {names} heb ik geen documenten of cijfers, en ik geef geen "
            "cijfer van een andere gemeente in plaats daarvan."
        )

    def _refuse_named_elsewhere(self, municipalities: list[str], figure: Answer) -> Answer:
        """No figure about municipalities whose own documents are not here but which the
        documents of a body name (its members): that they are named, and why no figure."""
        names = " en ".join(municipalities)
        bodies = sorted(set().union(*map(self._bodies_naming, municipalities)))
        return replace(
            figure,
            text=f"Over de gemeente {names} heb ik geen eigen documenten; de documenten van "
            f"{' en '.join(bodies)} noemen {names} wel. {figure.text}",
        )

    def municipality_in(self, question: str) -> str | None:
        """A municipality named in the question, if exactly one known one is; or a body named
        by one word of its name that no other body's name has ('de veiligheidsregio' for the
        Veiligheidsregio Luttervenen, 'Luttervenen' alone, 'de GGD' for GGD Tukkerland)."""
        named = one_named(outside_printed_names(question, self._printed), self.municipalities)
        words = {w.lower() for w in re.findall(r"[\wÀ-ÿ-]+", question)}
        # (a word of six letters or more, or an abbreviation in capitals: 'de GGD')
        parts = {
            m: {p.lower() for p in m.split() if len(p) >= 6 or (len(p) >= 3 and p.isupper())}
            for m in self.municipalities
        }
        # (by a word no other name has: 'Noaberkracht' names Noaberkracht Dinkelland
        # Tubbergen, though 'Dinkelland' names Dinkelland too)
        found = [
            m for m, own in parts.items()
            if len(m.split()) > 1
            and own & words - {w for o, other in parts.items() if o != m for w in other}
        ]  # fmt: skip
        body = found[0] if len(found) == 1 else None
        if body is None and not named:
            # ... or by the abbreviation its documents give its name ('de BSGR')
            by_abbreviation = {
                b for short, b in self._body_abbreviations.items()
                if re.search(rf"\b{re.escape(short)}\b", question)
            }  # fmt: skip
            body = by_abbreviation.pop() if len(by_abbreviation) == 1 else None
        own_named = OWN_DOCUMENTS.search(question)
        cited = own_named or re.search(DOCUMENT_WORDS, question, re.I)  # a document named
        if (
            cited
            and (payer := self._payer_of(question, body))
            and (own_named or self._bodies_cited(question) == {payer})
        ):
            # 'volgens zijn eigen jaarstukken', or 'volgens de najaarsnota' when only the
            # member's documents are of that kind: the member's, not the body's
            return payer
        if named and body and body != named and PAYS_TO.search(question):
            # 'Hoeveel betaalt Dinkelland aan het Werkplein?': what a member pays is printed by
            # the body it pays, in a row of the member
            return body
        return named or body

    def _unheld_bodies(self, question: str) -> list[str]:
        """The public bodies a question names by their kind and own name ('Veiligheidsregio
        Haaglanden') that no body of the corpus is."""
        return [
            name
            for name in dict.fromkeys(m.group(1) for m in re.finditer(rf"\b{OTHER_BODY}", question))
            if not among(name.split(maxsplit=1)[1], self.municipalities)
        ]  # fmt: skip

    def _bodies_cited(self, question: str) -> set[str]:
        """The bodies whose documents the question names as its source ('volgens de
        najaarsnota', 'in de begroting 2026'): none when it names none."""
        cited = self.figures.kinds_cited(question).union(
            *self.figures.editions_named(question).values()
        )
        return {d.municipality for d in self.documents if d.id in cited}

    def _payer_of(self, question: str, body: str | None) -> str | None:
        """The municipality with documents of its own that the question says pays the body
        it was scoped to ('Wat betaalt Dinkelland aan GGD Tukkerland?'), else None."""
        if body is None or not PAYS_TO.search(question):
            return None
        named = [
            m for m in self.municipalities
            if m != body and re.search(rf"\b{re.escape(base_name(m))}\b", question, re.I)
        ]  # fmt: skip
        return named[0] if len(named) == 1 else None

    # -- text answers -----------------------------------------------------------------------

    def text_answer(self, question: str, municipality: str | None) -> Answer:
        # 'volgens de kadernota 2025' says where to read, not what about: the passages of
        # that document, found by the question's other words
        editions = self.figures.editions_named(question, municipality)
        named = next(iter(editions.values())) if len(editions) == 1 else set()
        documents = {
            d.id for d in self.documents
            if d.id in named and (not municipality or d.municipality == municipality)
        }  # fmt: skip
        if documents:
            question = NAMED_DOCUMENT.sub(" ", question)
        elif (
            municipality
            and _asked_part(question) is not None
            and (dated := self._document_of_year(question, municipality))
        ):
            # 'Wat wil X in 2025 bereiken?' of a municipality with the begroting 2025 and older
            # ones: what a programme aims at or does that year is in that year's document
            # first, in the others when it says nothing of it
            answer = self._text_from(question, municipality, dated)
            if answer.kind == "text":
                return answer
        return self._text_from(question, municipality, documents)

    def _document_of_year(self, question: str, municipality: str) -> set[str]:
        """The one document of the municipality of the one year the question names, among
        documents of other years; none otherwise."""
        years = {m.group(0) for m in YEAR_TERM.finditer(question)}
        own = [d for d in self.documents if d.municipality == municipality]
        dated = [d for d in own if str(d.year) in years]
        if len(years) != 1 or len(dated) != 1 or len({d.year for d in own}) < 2:
            return set()
        return {dated[0].id}

    def _text_from(self, question: str, municipality: str | None, documents: set[str]) -> Answer:
        """The sentences that answer the question, of the given documents (all when none)."""
        # 'programma 2' is printed 'P2': both forms find the passage
        query = " ".join([question, *(t for t in label_terms(question) if t.startswith("p"))])
        # a resident's word no document prints ('jeugdzorg') is sought in the printed words
        # it stands for ('jeugdhulp'), by the word search too
        unprinted = [t for t in stems(question) if t not in self._idf]
        query = " ".join([query, *(m for t in unprinted for m in _MEANT.get(t, ()))])
        # ... and a question of a kind that answers in words of its own, in those words
        query = " ".join([query, *(frame.words for frame in _frames_of(question))])
        # ... and a noun made of an adjective ('droogte') in the adjective's forms ('droge')
        own = self._printed_in(municipality)
        derived = [a for t in stems(question) if t not in own for a in _adjective_of(t, own)]
        query = " ".join([query, *derived])
        passages = self.retrieve(query, municipality, documents=documents)
        if (part := _asked_part(question)) is not None:
            # 'Wat doet X tegen ondermijning?': what a programme says it does, found by the
            # question's own words, when its goals share more of them and rank above it
            seen = {p.chunk.id for p in passages}
            hits = self.lexical.search(question, CANDIDATES, municipality)
            found = [(rank, self.chunks[i]) for rank, (i, _) in enumerate(hits)]
            passages += [
                Passage(chunk, 0.0, {"bm25": rank}) for rank, chunk in found
                if chunk.id not in seen and part.search(chunk.section_path)
                and (not documents or chunk.document_id in documents)
            ][:PART_EXTRA]  # fmt: skip
        # ('de sociale dienst' names the ISD Aamstreek, no subject of its sentences)
        named = without_spelled_out(question, self._spelled_out.get(municipality or ""))
        query_terms = self._content_terms(named, municipality)
        printed = {
            t: w
            for t, w in query_terms.items()
            if all(p in self._idf for p in t.split(ALTERNATIVES))
        }
        # ... or printed joined to another word of the question ('thuis' of 'thuis zitten' in
        # 'thuiszitter')
        unprinted = tuple(t for t in query_terms if t not in printed and ALTERNATIVES not in t)
        if unprinted:
            begun = {s for s in self._idf if s.startswith(unprinted)}
            joined = _with_joined(begun, unprinted, stems(question)) - begun
            printed |= {t: query_terms[t] for t in joined if t in query_terms}
        if not query_terms and municipality and _names_body(question, municipality):
            # 'Wat doet Bedrijfsvoeringsorganisatie Drieveste allemaal?', 'Vertel eens iets over
            # het afvalschap': the body itself is asked about (by its name or a word of it), no
            # other word names a subject, and the sentences that name it answer
            apart = _name_apart(question, municipality)  # 'verzuimmeldpunt': verzuim meldpunt
            printed = {
                t: w for t, w in self._content_terms(apart, None).items() if t in self._idf
            }
            query_terms = printed
        if not passages or sum(printed.values()) <= MIN_PRINTED * sum(query_terms.values()):
            return self.refusal(scope=municipality)
        picked = self._pick_sentences(passages, printed, question)
        if not picked:
            return self.refusal(scope=municipality)
        # One citation per passage; its quote holds the cited sentences in document order.
        by_chunk: dict[str, list[str]] = {}
        for chunk, sentence in picked:
            by_chunk.setdefault(chunk.id, []).append(sentence)
        citations: list[Citation] = []
        number: dict[str, int] = {}
        for chunk_id, cited in by_chunk.items():
            chunk = self.by_id[chunk_id]
            order = sentences(chunk.text)
            cited = sorted(cited, key=lambda s: order.index(s) if s in order else 0)
            number[chunk_id] = len(citations) + 1
            citations.append(
                Citation(
                    document=chunk.document_id,
                    municipality=chunk.municipality,
                    section=chunk.section_path,
                    locator=_line_locator(chunk, cited),
                    quote=" … ".join(cited),
                    title=chunk.title,
                    highlight="\n".join(cited),
                    passage=chunk.text,
                )
            )
        parts = [f"\u201c{sentence}\u201d [{number[chunk.id]}]" for chunk, sentence in picked]
        first = picked[0][0]
        intro = f"Volgens {first.title} van {first.municipality} ({first.section_path}):"
        return Answer(
            kind="text",
            text=intro + "\n\n" + "\n\n".join(parts),
            citations=tuple(citations),
            # what an LLM may word an answer from: the passages quoted here first
            extra={
                "chunks": [self.by_id[c] for c in by_chunk]
                + [p.chunk for p in passages if p.chunk.id not in by_chunk]
            },
        )

    def _printed_in(self, municipality: str | None) -> Container[str]:
        """The stems the documents of a body print (of all bodies when none is asked)."""
        return self._printed_by.get(municipality or "", self._idf)

    def _content_terms(self, question: str, municipality: str | None) -> dict[str, float]:
        # the span of time a question looks at ('de komende jaren') names no subject
        question = TIME_SPAN.sub(" ", question)
        # a verb or adjective no document prints ('duurder', 'gepland') frames the question;
        # a noun no document prints ('mantelzorgers') is its subject, and stays
        words = [
            w for w in without_subjectless(question).split()
            if w not in ACTORS
            # printed words first: most questions never need the word-class tables
            and not (all(t not in self._idf for t in stems(w)) and names_no_thing(w))
        ]  # fmt: skip
        # a printed verb frames the question ('Wat gaat X doen om te zorgen dat er minder
        # restafval komt?'): it counts, for less than the things asked about
        framing = {t for w in _verbs_of(question) for t in stems(w)}
        # ... as does a verb or adjective the body's own documents never print, though
        # another's may ('betaald', where the accounts say what the bijdrage 'was')
        own = self._printed_in(municipality)
        framing |= {
            t for w in words if names_no_thing(w) for t in stems(w) if t not in own
        } if municipality else set()
        # ... and so, for less, does the way a thing is done: 'Hoe wordt de bijdrage
        # berekend?' is about the bijdrage (an answer says what it 'bestaat uit'), while 'Hoe
        # wordt het tekort gedekt?' is answered where the tekort 'wordt gedekt'
        manner = set(stems(_manner_of(question)))
        # a comparison with the plan ('duurder dan gepland', 'lager dan begroot') asks about
        # a deviation: one thing, found in any word a sentence explains one with ('Het nadeel
        # van € 312.000 op ... komt doordat', 'waren € 905.000 lager', 'geplande bomen')
        compared = variance_stems(question)
        compared &= DEVIATION_STEMS | PLAN_STEMS
        deviation = ALTERNATIVES.join(
            sorted(t for t in DEVIATION_STEMS | PLAN_STEMS if t in self._idf)
        ) if compared else ""
        terms = stems(" ".join(words))
        # a question of a kind that answers in words of its own (what is to become of money,
        # how a sum is shared): found in any of them, as much as the thing itself is
        frames = _frames_of(question)
        framed = ALTERNATIVES.join(
            sorted(t for t in frames[0].stems if t in self._idf)
        ) if frames else ""
        if municipality:
            # The municipality chose the scope; it is not a subject word, nor is the name it
            # is shortened to ('de BVO')
            named = {*stems(municipality), *(a.lower() for a in abbreviations(municipality))}
            terms = [t for t in terms if t not in named]
            # ... nor, when nothing else is asked, its name's words joined in one ('Vertel
            # iets over het leerplichtbureau')
            joined = {t for w in words if _name_parts(w, municipality) for t in stems(w)}
            if set(terms) <= joined:
                terms = []
        default = max(self._idf.values(), default=1.0)
        weights: dict[str, float] = {}
        for t in dict.fromkeys(terms):
            # a resident's word the body's documents do not print ('jeugdzorg'; 'overschot',
            # printed by another body only) is asked in the printed words it stands for too:
            # one thing, found in any of them ('jeugd|jeugdhulp', 'overschot|resultaat')
            # (... and, in such a question, in any of them even where the body prints the
            # word itself: where 'het overschot' goes is said of 'het resultaat')
            widened = _MEANT.get(t, ()) if t not in own or framed else ()
            meant = [m for m in (t, *widened) if m in self._idf]
            if t not in own:
                # 'droogte', which the body's documents do not print: their 'droge'
                meant += [a for a in _adjective_of(t, own) if a not in meant]
            # a change is asked in any word of its direction ('duurder': 'stijgt')
            direction = next((d for d in (RISE_STEMS, FALL_STEMS) if t in d), frozenset())
            meant += sorted(d for d in direction if d in self._idf and d not in meant)
            weight = max((self._idf.get(m, 0.0) for m in meant), default=0.0) or self._idf.get(
                t, default
            )
            # ... a word of change frames the question as a verb does: the thing that
            # changes is what is asked about
            weight *= FRAMING_WEIGHT if t in framing or direction else 1.0
            weight *= MANNER_WEIGHT if t in manner else 1.0
            if t in compared and deviation:
                weights[deviation] = max(weights.get(deviation, 0.0), self._idf.get(t, default))
            elif meant:
                weights.setdefault(ALTERNATIVES.join(dict.fromkeys(meant)), weight)
            else:
                weights[t] = weight
        if framed:
            # (alone, when the thing is the body asked about: 'Hoe wordt bepaald hoeveel elke
            # gemeente betaalt?', in the documents of the body paid)
            weights[framed] = max(weights.values(), default=1.0)
        return weights

    def _pick_sentences(
        self, passages: list[Passage], query_terms: dict[str, float], question: str = ""
    ) -> list[tuple[Chunk, str]]:
        """The best sentences of the top passages, with a sentence of context where needed.
        A question of what is done ('Wat gaat X doen om ...') is answered first from what a
        programme says it will do ('Wat gaan we daarvoor doen?'), one of what is aimed at
        from its goals ('Wat willen we bereiken?')."""
        total = sum(query_terms.values())
        asked = stems(question)
        asked_part = _asked_part(question)
        part_words = _part_words(question)

        def in_asked_part(chunk: Chunk) -> bool:
            return asked_part is not None and bool(asked_part.search(chunk.section_path))

        scored: list[tuple[float, int, int, Chunk, list[str]]] = []
        for rank, passage in enumerate(passages):
            chunk = passage.chunk
            context = set(stems(chunk.section_path))
            parts = sentences(chunk.text)
            # (under the part of a programme asked for, the year of the passage's document
            # is said by it: 'in 2025' of the begroting 2025's goals)
            under_part = in_asked_part(chunk)
            year = str(chunk.year) if under_part else None
            for pos, sentence in enumerate(parts):
                own = _with_joined(set(stems(sentence)), query_terms, asked)
                if not any(
                    _match(t, own) or _in(t, context)
                    for t in query_terms
                    if not YEAR_TERM.fullmatch(t)
                ):
                    continue  # a year narrows a question down, it never answers it
                covered = sum(w * _match(t, own) for t, w in query_terms.items())
                if under_part and covered:
                    # ('Wat is het doel voor restafval?' under 'Wat wilden we bereiken?')
                    covered += sum(
                        w * (1.0 - _match(t, own))
                        for t, w in query_terms.items()
                        if t in part_words
                    )  # fmt: skip
                from_path = sum(
                    w for t, w in query_terms.items()
                    if (_in(t, context) or t == year) and not _in(t, own)
                )
                coverage = (covered + 0.5 * from_path) / total
                if covered == 0 and not (from_path and pos == 0):
                    continue
                # A fragment without a verb ("Implementatie Twents Model") explains little.
                fullness = min(1.0, len(sentence.split()) / 8)
                score = coverage * (0.6 + 0.4 * fullness) - 0.03 * rank - 0.002 * pos
                if under_part:
                    score += PART_BONUS
                scored.append((score, rank, pos, chunk, parts))
        if not scored:
            return []
        scored.sort(key=lambda s: -s[0])
        best = scored[0][0]
        if best + 0.03 * scored[0][1] < MIN_COVERAGE:
            return []
        # (when the part of a programme asked for is the best, no table outside it answers
        # beside it: its goals, not the rows of the programme's costs)
        in_part = in_asked_part(scored[0][3])
        picked: list[tuple[Chunk, str]] = []
        for score, _rank, pos, chunk, parts in scored:
            if len(picked) >= MAX_SENTENCES or score < best * 0.75:
                break
            if in_part and chunk.kind == "table" and not in_asked_part(chunk):
                continue
            sentence = parts[pos]
            if any(sentence == s for _, s in picked):
                continue
            picked.append((chunk, sentence))
        picked = _rows_under_titles(picked)
        return self._whole_thoughts(picked, why=bool(WHY_ASKED.search(question)))

    @staticmethod
    def _whole_thoughts(
        picked: list[tuple[Chunk, str]], why: bool = False
    ) -> list[tuple[Chunk, str]]:
        """Each quoted sentence with the one that follows it in its paragraph, while the
        answer stays short: the sentence that names the subject is often not the one that
        gives the reason ('... is met € 72.650 overschreden. De overschrijding is ontstaan
        door ...') or says how it is paid. Asked why, the sentences that follow it up to the
        one that gives a reason ('Het verschil ... komt vooral door ...'), if one is near."""
        out = list(picked)
        words = _words([s for _, s in out])
        for chunk, sentence in picked:
            if chunk.kind != "paragraph":
                continue
            parts = sentences(chunk.text)
            pos = parts.index(sentence) if sentence in parts else -1
            if pos < 0 or pos + 1 >= len(parts) or any(parts[pos + 1] == s for _, s in out):
                continue
            following = parts[pos + 1 : pos + 1 + REASON_REACH]
            added = following[:1]
            if why and not REASON.search(sentence):
                reason = next((k for k, s in enumerate(following) if REASON.search(s)), None)
                if reason is not None and words + _words(following[: reason + 1]) <= (
                    MAX_ANSWER_WORDS
                ):
                    added = following[: reason + 1]
            if (
                len(added) == 1
                and words + _words(added) > MAX_ANSWER_WORDS
                and len(sentence.split()) >= 12
            ):
                continue  # a short lead sentence ('X krijgt extra aandacht.') always gets it
            at = out.index((chunk, sentence)) + 1
            out[at:at] = [(chunk, s) for s in added if all(s != o for _, o in out)]
            words += _words(added)
        return out

    # -- refusals ---------------------------------------------------------------------------

    def coverage_text(self, scope: str | None = None) -> str:
        """What the documents cover, in one Dutch sentence; of the municipality or body asked
        about only, when it is one the documents cover."""
        of_scope = [d for d in self.documents if d.municipality == scope]
        if of_scope:
            titles = "; ".join(_title_with_year(d) for d in of_scope)
            return f"De documenten die ik van {scope} heb: {titles}."
        items = [f"{d.municipality} ({_title_with_year(d)})" for d in self.documents]
        return "De documenten die ik ken: " + "; ".join(items) + "."

    def refusal(self, reason: str = "", scope: str | None = None) -> Answer:
        """A refusal that says why and what the documents (of `scope`, when given) cover."""
        lead = reason or "Daarover staat niets in de documenten die ik heb."
        return Answer(kind="refusal", text=f"{lead} {self.coverage_text(scope)}")


def _is_title(line: str) -> bool:
    """A table's caption or header line: no figure but its number or scale note."""
    return not TABLE_FIGURE.search(TABLE_MARKS.sub(" ", line))


def _rows_under_titles(picked: list[tuple[Chunk, str]]) -> list[tuple[Chunk, str]]:
    """A table found by its caption or header only ('Tabel 7.1 Risico's'): what it says are
    its rows, quoted under its first title line found (up to TABLE_ROWS_QUOTED), not the
    words over them. A table found by a row keeps that row."""
    rows_of: dict[int, list[str]] = {}  # the rows of each table found by its titles only
    for chunk in {id(c): c for c, _ in picked if c.kind == "table"}.values():
        lines = sentences(chunk.text)
        # (the lines over its first row only: a row's label wrapped over a line without
        # figures is no title)
        first_row = next((k for k, s in enumerate(lines) if not _is_title(s)), len(lines))
        if all(s in lines[:first_row] for c, s in picked if c is chunk):
            rows = [s for s in lines[first_row:] if re.search(r"[^\W\d_]{3}", s)]
            rows_of[id(chunk)] = rows[:TABLE_ROWS_QUOTED]
    out: list[tuple[Chunk, str]] = []
    quoted: set[int] = set()  # the tables whose rows stand under their first title found
    for chunk, sentence in picked:
        rows = rows_of.get(id(chunk))
        if not rows:
            out.append((chunk, sentence))
        elif id(chunk) not in quoted:
            out += [(chunk, sentence), *((chunk, row) for row in rows)]
            quoted.add(id(chunk))
    return out


def _title_with_year(document: DocumentInfo) -> str:
    """A document's title, with its year when the title does not say it."""
    title, year = document.title, document.year
    return title if not year or str(year) in title else f"{title}, {year}"


# the stem of each resident's word -> the stems of the printed words it stands for
_MEANT = {
    t: tuple(u for meaning in meanings for u in stems(meaning))
    for word, meanings in VOCABULARY.items()
    for t in stems(word)
}


def _adjective_of(term: str, printed: Container[str]) -> list[str]:
    """The adjective a noun in '-te' is made of ('droogte' of 'droog', 'warmte' of 'warm'),
    in the forms the documents print it ('droog', 'droge'); none when they print neither."""
    if len(term) < 5 or not term.endswith("t"):
        return []
    adjective = term[:-1]
    inflected = re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", adjective) + "e"  # droog: droge
    return [f for f in dict.fromkeys([adjective, inflected, adjective + "e"]) if f in printed]


# The words that open a question, after which a Dutch question sets its finite verb ('Hoe
# probeert ...')
WH_WORDS = frozenset("hoe wat waarom wanneer waar welk welke wie hoeveel".split())


def _verbs_of(question: str) -> list[str]:
    """The question's words that frame it: an infinitive after 'te' ('om te zorgen'), the
    finite verb that such an infinitive completes ('Hoe probeert X schulden op te sporen?'),
    the light verbs ('komt', 'gaat', 'wordt') and a degree after 'zo' ('zo sterk', 'zo
    hoog'), not the verbs that say what happened ('opgeleverd', 'stijgen')."""
    words = re.findall(r"[\wëéïöü'-]+", question.lower())
    completed = "te" in words[2:-1] and words[0] in WH_WORDS
    return [
        w for k, w in enumerate(words)
        if (k > 0 and words[k - 1] in ("te", "zo")) or w in LIGHT_VERBS or (completed and k == 1)
    ]  # fmt: skip


def _manner_of(question: str) -> str:
    """The participle of a question of manner ('Hoe wordt de bijdrage berekend?': the last
    one), or ''."""
    if not MANNER_ASKED.match(question):
        return ""
    words = re.findall(r"[\wëéïöü'-]+", question.lower())
    return next((w for w in reversed(words) if PARTICIPLE.fullmatch(w)), "")


def _names_body(question: str, body: str) -> bool:
    """Whether a question names a body: by its name, by a word of it ('het afvalschap'
    for Afvalschap Heiderand), or by words of it joined in one ('het verzuimmeldpunt' for
    Meldpunt Verzuim Proefland)."""
    words = [body, *(w for w in body.split() if len(w) >= 5)]
    return any(re.search(rf"\b{re.escape(w)}\b", question, re.I) for w in words) or any(
        _name_parts(w, body) for w in re.findall(r"\w+", question)
    )


def _name_parts(word: str, body: str) -> tuple[str, ...]:
    """The words of a body's name a word joins ('leerplichtbureau': leerplicht, bureau);
    none when it joins none."""
    name = {w.lower() for w in re.findall(r"\w+", body)}
    return next(
        (split for split in compound_splits(word) if len(split) > 1 and set(split) <= name), ()
    )


def _name_apart(question: str, body: str) -> str:
    """The question with each word that joins words of the body's name written apart."""
    return re.sub(r"\w+", lambda m: " ".join(_name_parts(m.group(0), body)) or m.group(0), question)


# a place a question asks about: 'in Grevelzijl', 'te Oud-Beekvelde'
PLACE_ASKED = re.compile(r"\b(?:in|te|uit)\s+([A-Z][a-zëéïöü]{3,}(?:-[A-Z][a-zëéïöü]+)*)\b")
# a thing a follow-up points back to: 'die heffing', 'deze reserve'
POINTED_BACK = re.compile(r"\b(die|deze|dat|dit)\s+([a-zëéïöü]{4,})\b", re.I)
# ... and a word that points back to the last thing said: 'dat', 'dit', 'daarvan'
POINTER = re.compile(r"\b(dat|dit|daarvan|hiervan|daardoor|hierdoor)\b", re.I)


def _named_before(question: str, history: Sequence[dict[str, str]]) -> str:
    """A follow-up with the thing it points back to ('Waarom stijgt die heffing?') named as
    the conversation asked it before: the compound of an earlier question that the word heads
    ('de afvalstoffenheffing')."""
    earlier = [m.get("content", "") for m in history if m.get("role") == "user"][::-1]
    if not earlier:
        return question

    def named(m: re.Match[str]) -> str:
        noun = m.group(2).lower()
        for asked in earlier:
            for word in re.findall(r"[\wëéïöü]+", asked.lower()):
                if word.endswith(noun) and len(word) >= len(noun) + 3 and stems(noun):
                    return f"{m.group(1)} {word}"
        return m.group(0)

    question = POINTED_BACK.sub(named, question)
    if POINTER.search(question) and len(stems(question)) <= 1:
        # 'Is dat voldoende?', 'Hoe komt dat?': about what the last question asked, in its
        # words (the ratio weerstandsvermogen), with the few of its own
        return f"{question} {earlier[0]}"
    return question


ALTERNATIVES = "|"  # between the printed words one asked word stands for: 'jeugd|jeugdhulp'
# the words of a deviation from the plan, any of which a sentence may explain one with
DEVIATION_STEMS = frozenset(
    stems(
        " ".join([*UP_WORDS, *DOWN_WORDS])
        + " nadeel voordeel nadelig voordelig overschrijding onderschrijding overschreden"
        " tegenvaller meevaller"
    )
)
# the words of a change up and of a change down, any of which a sentence may say it with
RISE_STEMS = frozenset(
    stems(
        "hoger hogere duurder groter stijgt stijgen stijging gestegen toename toenemen omhoog"
        " verhoging verhoogd groei groeit oplopen oploopt"
    )
)
FALL_STEMS = frozenset(
    stems(
        "lager lagere goedkoper kleiner minder daalt dalen daling gedaald afname afnemen"
        " omlaag verlaging verlaagd krimp krimpt"
    )
)
# ... and of the plan it deviates from
PLAN_STEMS = frozenset(stems("begroot begroting begrote gepland geplande geraamd raming verwacht"))
# Money whose destination may be asked ('het overschot', 'het geld dat over is', 'het
# potje'; not 'het e-depot', whose plans are)
_MONEY_THING = (
    r"(?:het|de|dat|dit|die|ons|zijn|haar)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:\w*overschot|\w*resultaat|geld|bedrag|saldo|voordeel|\w*reserve|potje|pot|\w*budget|"
    r"meevaller|winst|opbrengst)\b"
)


class _Frame(NamedTuple):
    """A kind of question whose answer says so in words of its own: how it is asked, and
    those words (with their stems, made once)."""

    asked: re.Pattern[str]
    words: str
    stems: frozenset[str]


def _frame(asked: re.Pattern[str], words: str) -> _Frame:
    return _Frame(asked, words, frozenset(stems(words)))


# Questions of a kind whose answer says so in words of its own, any of which a sentence may
# use: what is to become of money ('Wat wil het college doen met het overschot?': 'Wij
# stellen voor het resultaat toe te voegen aan de algemene reserve'), and how a sum is shared
# among those who pay it ('Hoe wordt bepaald hoeveel elke gemeente betaalt?': 'verdeeld naar
# het aantal inwoners', 'naar rato van')
ASKED_FRAMES = (
    _frame(
        re.compile(
            rf"\b(doen|gebeurt|gebeuren|gedaan|gebeurd)\s+(er\s+)?met\s+{_MONEY_THING}|"
            rf"\bmet\s+{_MONEY_THING}[^?.]{{0,60}}?\b(doen|gedaan|gebeuren)\b",
            re.I,
        ),
        "toevoegen toegevoegd voegen storten gestort bestemmen bestemming resultaatbestemming"
        " inzetten ingezet besteden besteed reserveren gereserveerd uitkeren uitgekeerd"
        " terugbetalen terugbetaald",
    ),
    _frame(
        re.compile(
            r"^\s*hoe\s+(wordt|worden|werd|werden|is|zijn|heeft)\b[^?]*\b(bepaald|berekend|"
            r"verdeeld|vastgesteld)\b[^?]*\b(bijdrage\w*|betaal\w*|betalen|bijdragen|kosten|"
            r"tekort\w*|deelnemers?|gemeenten?)\b|"
            r"^\s*hoe\s+(wordt|worden|werd|werden|is|zijn)\b[^?]*\b(bijdrage\w*|kosten|tekort\w*)"
            r"\b[^?]*\b(bepaald|berekend|verdeeld|vastgesteld)\b",
            re.I,
        ),
        "verdeelsleutel verdeeld verdeling verdelen rato evenredig",
    ),
)


def _frames_of(question: str) -> list[_Frame]:
    """The kinds of question (ASKED_FRAMES) a question is of."""
    return [frame for frame in ASKED_FRAMES if frame.asked.search(question)]


def _words(quoted: list[str]) -> int:
    return sum(len(s.split()) for s in quoted)


def _in(term: str, stems: set[str]) -> bool:
    return any(t in stems for t in term.split(ALTERNATIVES))


def _match(term: str, stems_of_sentence: set[str]) -> float:
    """1 for the same stem; 0.8 where one stem begins the other ('opent' / 'open'): the
    Dutch stemmer leaves some verb forms apart; 0.6 where the term heads a compound. A term
    of alternatives matches as the best of them."""
    if ALTERNATIVES in term:
        return max(_match(t, stems_of_sentence) for t in term.split(ALTERNATIVES))
    if term in stems_of_sentence:
        return 1.0
    best = 0.0
    for s in stems_of_sentence:
        short, long = (s, term) if len(s) <= len(term) else (term, s)
        if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2:
            return 0.8
        if len(term) >= 5 and s.startswith(term) and len(s) - len(term) >= 4:
            best = 0.6  # the head of a compound printed: 'schuld' in 'schuldquote'
    return best


def _with_joined(own: set[str], terms: Collection[str], asked: Sequence[str]) -> set[str]:
    """A sentence's stems with the question's terms that one printed compound joins to
    another word of the question (`asked`, its stems: 'thuis komen te zitten', 'thuis' with
    'zit' in 'thuiszitterstafel')."""
    heads = [t for t in terms if ALTERNATIVES not in t and len(t) >= 4]
    after = [t for t in asked if len(t) >= 3]
    joined = {
        t
        for s in own
        for a in heads
        if s.startswith(a) and len(s) > len(a) + 3
        for b in after
        if b != a and s[len(a) :].removeprefix("s").startswith(b)
        for t in (a, b)
    }
    return own | joined


def _line_locator(chunk: Chunk, cited: list[str]) -> str:
    if chunk.pages:
        pages = sorted({chunk.page_of(s) for s in cited})
        return f"p. {pages[0]}" if len(pages) == 1 else f"p. {pages[0]}-{pages[-1]}"
    lines = sorted({chunk.line_of(s) for s in cited})
    if len(lines) == 1:
        return f"regel {lines[0]}"
    return f"regels {lines[0]}-{lines[-1]}"


def _stems_by_municipality(chunks: list[Chunk], stemmed: list[set[str]]) -> dict[str, set[str]]:
    """The stems each body's documents print (`stemmed`: each chunk's stems)."""
    printed: dict[str, set[str]] = {}
    for chunk, own in zip(chunks, stemmed):
        printed.setdefault(chunk.municipality, set()).update(own)
    return printed


def _idf_table(
    chunks: list[Chunk], stemmed: list[set[str]] | None = None
) -> dict[str, float]:
    """Inverse document frequency of each stem over the chunks: rare words weigh more
    (`stemmed`: each chunk's stems, when they are known already)."""
    df: dict[str, int] = {}
    for own in stemmed if stemmed is not None else [set(stems(c.search_text())) for c in chunks]:
        for term in own:
            df[term] = df.get(term, 0) + 1
    n = max(len(chunks), 1)
    return {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
