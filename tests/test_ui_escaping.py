"""Text from documents, questions, uploads and models is shown as text: no Markdown the app
renders turns it into a link, an image or HTML."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from streamlit.testing.v1 import AppTest

from assistant.figures import TableCell
from assistant.models import Answer, Citation
from assistant.settings import PROJECT_ROOT
from assistant.ui import escape_markdown

APP = str(PROJECT_ROOT / "app.py")
PAYLOAD = "[Klik hier](https://evil.example) ![x](https://tracker.example/q.png)"
# element types whose value is rendered as Markdown; every label is Markdown as well
MARKDOWN_TYPES = set("title subheader markdown caption info success warning error".split())


def live_markup(source: str) -> list[str]:
    """Links, images, HTML and bare web or mail addresses that Markdown makes live in `source`.
    Addresses are looked for in the text left after escapes, where GFM's autolinker looks."""
    literal_removed = re.sub(r"\\.", "", source)
    text = re.sub(r"\\(.)", r"\1", source)
    return re.findall(r"!?\[[^\]]*\]\(|<[a-z/!?]", literal_removed, re.IGNORECASE) + re.findall(
        r"https?://|www\.|[-.\w+]@[-\w]+\.", text, re.IGNORECASE
    )


def rendered_markdown(at: AppTest) -> list[str]:
    """Every Markdown source on the page: bodies of Markdown elements and all labels."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if getattr(node, "type", None) in MARKDOWN_TYPES:
            found.append(node.value)
        if isinstance(getattr(node, "label", None), str):
            found.append(node.label)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.main)
    walk(at.sidebar)
    return found


def assert_shown_as_text(at: AppTest) -> list[str]:
    """No live markup anywhere on the page, and the payload is there (as text)."""
    assert not at.exception, at.exception
    sources = rendered_markdown(at)
    assert not [(s, live_markup(s)) for s in sources if live_markup(s)]
    assert any("Klik hier" in s for s in sources)
    return sources


def test_escaped_text_has_no_live_markup_and_reads_the_same() -> None:
    for text in (PAYLOAD, "<img src=x> zie www.evil.example of mail@evil.example *x*"):
        assert live_markup(text)  # the check finds what it looks for
        escaped = escape_markdown(text)
        assert live_markup(escaped) == []
        # what the reader sees: the escapes resolved, the invisible word joiners left out
        assert re.sub(r"\\(.)", r"\1", escaped).replace("\u2060", "") == text


def _cell(column: str, value: int) -> TableCell:
    texts = ("municipality", "table", "section", "row", "annotation", "quote")
    return TableCell(
        document_id="doc",
        group="",
        column=column,
        period=column,
        status="",
        raw=str(value),
        value=Decimal(value),
        unit="EUR",
        scale=1,
        source="",
        line=3,
        **dict.fromkeys(texts, PAYLOAD),
    )


# AppTest runs the body of these functions as a script of its own: imports inside, and no
# annotations naming this module's imports
def _render_answer(answer):
    from assistant.ui import render_answer

    render_answer(answer)


def test_answer_understood_as_row_and_sources_show_document_text_as_text() -> None:
    citation = Citation("doc", PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD)
    answer = Answer(
        kind="figure",
        text=PAYLOAD,
        citations=(citation,),
        understood_as=f"lasten van {PAYLOAD}",
        extra={"row": [_cell("2020", 1), _cell("2021", 2)], "llm_notes": [PAYLOAD]},
    )
    at = AppTest.from_function(_render_answer, kwargs={"answer": answer})
    at.run()
    assert_shown_as_text(at)
    assert any("Ik lees dit als" in c.value and "Klik hier" in c.value for c in at.caption)
    assert any("De hele rij" in c.value and "Klik hier" in c.value for c in at.caption)


def _render_eval_report(report):
    from assistant.ui import render_eval_report

    render_eval_report(report)


def test_eval_report_shows_the_set_and_answer_text_as_text() -> None:
    cite = {"municipality": PAYLOAD, "section": PAYLOAD, "locator": PAYLOAD}
    case = {
        "id": PAYLOAD,
        "question": PAYLOAD,
        "passed": False,
        "reason": PAYLOAD,
        "expect": {"include": [PAYLOAD]},
        "answer": {"kind": "text", "text": PAYLOAD, "citations": [cite]},
    }
    report = {
        "passed": 0,
        "total": 1,
        "by_kind": {"text": {"passed": 0, "total": 1}},
        "wrong_figures": {},
        "retrieval": {PAYLOAD: {"n": 1, "hit@1": 0.0, "hit@5": 0.0, "mrr": 0.0}},
        "cases": [case],
    }
    at = AppTest.from_function(_render_eval_report, kwargs={"report": report})
    at.run()
    assert_shown_as_text(at)
    assert "Klik hier" in at.expander[0].label
    assert any("Klik hier" in c.value for c in at.expander[0].caption)


def _render_overview(detected):
    from assistant.ui import document_overview, render_overview

    render_overview(document_overview([], [], []), detected)


def test_overview_shows_what_was_read_from_the_content_as_text() -> None:
    at = AppTest.from_function(_render_overview, kwargs={"detected": (f"gemeente {PAYLOAD}",)})
    at.run()
    assert_shown_as_text(at)
    assert "Klik hier" in at.info[0].value


DOELENBOOM = (
    f"Programma Zorg\n\nDoelenboom Welzijn {PAYLOAD}\n\nInhoudelijk perspectief\n\n"
    "De bibliotheek in Testdorp krijgt een nieuw leescafé voor ouderen.\n\n"
    "Doel: Inwoners lezen meer\n\nWe organiseren voorleesuurtjes in elke wijk.\n"
)


def _app(tmp_path, monkeypatch) -> AppTest:
    """The app over a one-document corpus whose doelenboom title carries the payload."""
    from .conftest import small_corpus

    corpus = small_corpus(tmp_path / "corpus", DOELENBOOM)
    monkeypatch.setenv("ASSISTANT_CORPUS", str(corpus))
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_ADMIN_PASSWORD", "geheim-123")
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()  # builds the small index on first start
    assert not at.exception, at.exception
    return at


def test_goal_tree_chat_and_upload_show_document_text_as_text(tmp_path, monkeypatch) -> None:
    at = _app(tmp_path, monkeypatch)
    at.sidebar.radio[0].set_value("Doelenboom").run()
    sources = assert_shown_as_text(at)
    assert any(e.label.startswith("Doelenboom Welzijn") for e in at.expander)
    assert any(s.startswith("Plaats:") and "Klik hier" in s for s in sources)

    at.sidebar.radio[0].set_value("Chat").run()
    at.chat_input[0].set_value("Wat doet Testdorp aan welzijn en de bibliotheek?").run()
    assert_shown_as_text(at)

    at.sidebar.radio[0].set_value("Beheer").run()
    at.text_input(key="admin-password").input("geheim-123").run()
    at.button(key="admin-login").click().run()
    other = DOELENBOOM.replace("Testdorp", "Proefdorp").encode()  # not the same document
    at.file_uploader[0].set_value(("welzijn.txt", other, "text/plain"))
    at.text_input(key="admin-gemeente").input(f"Proefdorp {PAYLOAD}").run()
    at.button(key="admin-add").click().run()
    assert_shown_as_text(at)
    assert any("Toegevoegd" in s.value and "Klik hier" in s.value for s in at.success)

    fresh = AppTest.from_file(APP, default_timeout=180)
    fresh.run()  # a new session's welcome lists the documents
    assert_shown_as_text(fresh)
    welcome = [c.value for c in fresh.caption if c.value.startswith("De documenten")]
    assert "Klik hier" in welcome[0]


def test_evaluation_page_shows_uploaded_set_text_as_text(tmp_path, monkeypatch) -> None:
    at = _app(tmp_path, monkeypatch)
    at.sidebar.radio[0].set_value("Evaluatie").run()
    at.selectbox(key="eval-set").select("Eigen set uploaden…").run()
    case = f"- id: '{PAYLOAD}'\n  question: '{PAYLOAD}'\n  kind: text\n"
    case += "  expect: {include: [zzz]}\n"  # fails, so the report opens it up
    twice = f"version: 1\ncases:\n{case}{case}".encode()
    at.file_uploader[0].set_value(("set.yaml", twice, "text/yaml"))
    at.run()
    assert_shown_as_text(at)
    assert any("komt twee keer voor" in e.value for e in at.error)

    once = f"version: 1\ncases:\n{case}".encode()
    at.file_uploader[0].set_value((f"{PAYLOAD[:12]}.yaml", once, "text/yaml"))  # "[Klik hier]("
    at.run()
    at.button(key="eval-run").click().run()
    assert_shown_as_text(at)
    assert any("Klik hier" in e.label for e in at.expander)
