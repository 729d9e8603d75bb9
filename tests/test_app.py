"""The Streamlit chat, driven through streamlit.testing.v1.AppTest."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from assistant.settings import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def test_welcome_offers_example_questions(use_built_index) -> None:
    at = _app()
    assert any("Stel een vraag" in i.value for i in at.info)
    labels = [b.label for b in at.button]
    assert "Wat is het Twents model?" in labels
    assert at.sidebar.selectbox[0].options[0] == "Alle gemeenten"
    assert {"Twenterand", "Dinkelland"} <= set(at.sidebar.selectbox[0].options)


def test_ask_in_the_chat_and_get_an_answer_with_a_source(use_built_index) -> None:
    at = _app()
    at.sidebar.selectbox[0].select("Twenterand").run()
    at.chat_input[0].set_value("Wat is het Twents model?").run()
    assert not at.exception, at.exception
    assert len(at.chat_message) == 2
    answer = at.chat_message[1]
    text = " ".join(m.value for m in answer.markdown)
    assert "Twents model" in text and "\\[1\\]" in text
    sources = answer.expander[0]
    assert sources.label.startswith("Bronnen")
    assert any("Twenterand" in m.value for m in sources.markdown)


def test_example_button_asks_the_question(use_built_index) -> None:
    at = _app()
    next(b for b in at.button if b.label == "Wat is het Twents model?").click().run()
    assert not at.exception, at.exception
    assert at.chat_message[0].text[0].value == "Wat is het Twents model?"


def test_document_text_is_escaped_not_rendered() -> None:
    from assistant.ui import escape_markdown, mark_sentence

    assert escape_markdown("[klik](javascript:x) <b>") == "\\[klik\\]\\(javascript:x\\) \\<b\\>"
    marked = mark_sentence("Eerste zin. Tweede *zin*.", "Tweede *zin*.")
    assert marked.endswith("**Tweede \\*zin\\*\\.**")


def test_figure_answer_shows_the_row_and_the_marked_table(use_built_index) -> None:
    at = _app()
    at.sidebar.selectbox[0].select("Twenterand").run()
    at.chat_input[0].set_value("Wat zijn de lasten van Jeugd in 2021?").run()
    assert not at.exception, at.exception
    answer = at.chat_message[1]
    assert "€ 16\\.060\\.788" in " ".join(m.value for m in answer.markdown)
    assert any("Ik lees dit als" in c.value for c in answer.caption)
    row = answer.dataframe[0].value
    assert list(row["Kolom"]) == ["2020", "2021", "2022", "2023"]
    assert list(row["Zoals afgedrukt"])[1] == "16.060.788"
    sources = " ".join(m.value for m in answer.expander[0].markdown)
    assert "**Jeugd 16\\.695\\.012 16\\.060\\.788" in sources  # the cited row, marked
    assert "Sociale zaken 19\\.736\\.176" in sources  # inside its whole table


def test_figures_page_lists_and_filters_parsed_figures(use_built_index) -> None:
    at = _app()
    at.sidebar.radio[0].set_value("Cijfers").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Cijfers"
    at.text_input[0].set_value("Noaberhoes").run()
    frame = at.dataframe[0].value
    assert list(frame["Rij"]) == ["Noaberhoes"] and list(frame["Waarde"]) == [60000.0]


def test_doelenboom_page_browses_the_tree(use_built_index) -> None:
    at = _app()
    at.sidebar.radio[0].set_value("Doelenboom").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Doelenboom"
    picker = at.selectbox(key="tree-doc")
    picker.select(next(o for o in picker.options if o.startswith("Dinkelland"))).run()
    assert "Langer gezond" in [e.label for e in at.expander]
    picker.select(next(o for o in picker.options if o.startswith("Twenterand"))).run()
    labels = [e.label for e in at.expander]
    assert "Doelenboom Gezondheidszorg" in labels and "Doelenboom Jeugd" in labels
    boom = at.expander[labels.index("Doelenboom Gezondheidszorg")]
    text = " ".join(m.value for m in boom.markdown)
    assert "lichamelijk, geestelijk en sociaal gezond" in text
    assert "Inwoners zijn zich bewust van de invloed van leefstijl" in text
    assert "7\\.1 Volksgezondheid" in text
    frames = [d.value for d in boom.dataframe]
    assert any(
        "Aantal basisscholen met voorlichting over middelengebruik" in list(f["Rij"])
        for f in frames
    )
    assert any(2010843.0 in list(f["Waarde"]) for f in frames)  # the doelenboom's lasten
    boom.toggle[0].set_value(True).run()
    boom = at.expander[labels.index("Doelenboom Gezondheidszorg")]
    assert "Volgens het concept voor positieve gezondheid" in boom.text[0].value


def test_evaluatie_page_runs_a_set_and_shows_the_results(use_built_index) -> None:
    at = _app()
    at.sidebar.radio[0].set_value("Evaluatie").run()
    assert not at.exception, at.exception
    picker = at.selectbox(key="eval-set")
    assert "dev.yaml" in picker.options and "project.yaml" in picker.options
    picker.select("dev.yaml").run()
    at.button(key="eval-run").click().run()
    assert not at.exception, at.exception
    assert at.metric[0].value == "50 van 50"
    assert at.metric[1].label == "Foute cijfers" and at.metric[1].value == "0 van 41"
    kinds = at.dataframe[0].value
    assert set(kinds["Soort"]) == {"figure", "text", "refusal"}
    assert list(kinds["Niet geslaagd"]) == [0, 0, 0]
    retrieval = at.dataframe[1].value  # the same metrics as `eval` prints
    assert list(retrieval["Set"]) == ["dev"] and retrieval["Vragen"][0] == 35
    assert 0 < retrieval["hit@1"][0] <= retrieval["hit@5"][0] <= 1


def test_uploaded_sets_are_validated_with_a_clear_message() -> None:
    import pytest

    from assistant.evaluation import EvalSetError
    from assistant.ui import load_uploaded_set

    good = load_uploaded_set("mijn.yaml", b"version: 1\ncases:\n- id: a\n  question: q\n")
    assert good.name == "mijn" and len(good.cases) == 1
    with pytest.raises(EvalSetError, match="mijn.yaml: verwacht 'version: 1'"):
        load_uploaded_set("mijn.yaml", b"cases: []\n")
    with pytest.raises(EvalSetError, match="geen geldige YAML"):
        load_uploaded_set("kapot.yaml", b"version: 1\ncases: [\n")


def test_beheer_is_off_without_a_password_and_needs_the_right_one(
    built_settings, monkeypatch, tmp_path
) -> None:
    import shutil

    # its rebuild replaces the index it is given: a copy, so that the session's index, which
    # other tests hold open, stays where it is
    shutil.copytree(built_settings.index_dir, tmp_path / "index", symlinks=True)
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "index"))
    monkeypatch.delenv("ASSISTANT_ADMIN_PASSWORD", raising=False)
    at = _app()
    at.sidebar.radio[0].set_value("Beheer").run()
    assert not at.exception, at.exception
    assert any("Beheer staat uit" in i.value for i in at.info)
    assert not at.get("file_uploader")

    monkeypatch.setenv("ASSISTANT_ADMIN_PASSWORD", "geheim-123")
    at.run()
    at.text_input(key="admin-password").input("fout").run()
    at.button(key="admin-login").click().run()
    assert any("klopt niet" in e.value for e in at.error)
    at.text_input(key="admin-password").input("geheim-123").run()
    at.button(key="admin-login").click().run()
    assert not at.exception, at.exception
    assert at.get("file_uploader")  # logged in: the upload form is there
    at.button(key="admin-rebuild").click().run()
    assert not at.exception, at.exception


def test_uploaded_documents_are_checked_before_anything_changes(tmp_path) -> None:
    import pytest

    from assistant.errors import DocumentError
    from assistant.settings import Settings
    from assistant.ui import add_uploaded

    from .conftest import small_corpus
    from .pdfmaker import BUDGET_PAGES, make_pdf

    corpus = small_corpus(tmp_path / "corpus")
    settings = Settings.load(index_dir=tmp_path / "index", corpus_dirs=str(corpus))
    with pytest.raises(DocumentError, match="geen jaartal"):
        add_uploaded("b.pdf", make_pdf(BUDGET_PAGES), settings, {"year": "vorig jaar"})
    with pytest.raises(DocumentError, match="bestandstype"):
        add_uploaded("b.docx", b"PK\x03\x04", settings, {})
    with pytest.raises(DocumentError, match="geen PDF"):
        add_uploaded("b.pdf", b"nee", settings, {})
    assert sorted(p.name for p in corpus.iterdir()) == ["testdorp-begroting-2024.txt"]
    staged, report = add_uploaded(
        "b.pdf", make_pdf(BUDGET_PAGES), settings, {"municipality": "Proefdorp"}
    )
    assert staged.document.municipality == "Proefdorp" and staged.document.path.parent == corpus
    assert staged.document.path.exists() and report.documents == 2


def test_beheer_uploads_a_pdf_and_the_chat_answers_from_it(tmp_path, monkeypatch) -> None:
    from .conftest import small_corpus
    from .pdfmaker import BUDGET_PAGES, make_pdf

    corpus = small_corpus(tmp_path / "corpus")  # never the project's own corpus
    monkeypatch.setenv("ASSISTANT_CORPUS", str(corpus))
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_ADMIN_PASSWORD", "geheim-123")
    at = _app()  # builds the small index on first start
    at.sidebar.radio[0].set_value("Beheer").run()
    at.text_input(key="admin-password").input("geheim-123").run()
    at.button(key="admin-login").click().run()
    at.file_uploader[0].set_value(("proefdorp.pdf", make_pdf(BUDGET_PAGES), "application/pdf"))
    at.run()
    at.button(key="admin-add").click().run()
    assert not at.exception, at.exception
    assert any("Toegevoegd als" in s.value and "Proefdorp" in s.value for s in at.success)
    assert any(p.name.endswith(".pdf") for p in corpus.iterdir())
    # what was read from it, before anyone relies on it: sections, tables, figures
    first = {}  # the upload's overview comes first on the page
    for m in at.metric:
        first.setdefault(m.label, m.value)
    assert int(first["Tabellen"]) >= 1 and int(first["Cijfers"]) >= 3
    tables = at.dataframe[0].value
    assert tables["Cellen"].sum() >= 3 and any("2031" in c for c in tables["Kolommen"])
    # and for any indexed document, after the rebuild
    at.run()
    at.selectbox(key="admin-document").select(
        next(o for o in at.selectbox(key="admin-document").options if "Proefdorp" in o)
    ).run()
    assert not at.exception, at.exception
    assert [int(m.value) for m in at.metric if m.label == "Tabellen"][-1] >= 1

    at.sidebar.radio[0].set_value("Chat").run()
    at.chat_input[0].set_value("Wat zijn de lasten van P2 Zorg en Welzijn in 2031?").run()
    answer = " ".join(m.value for m in at.chat_message[1].markdown)
    assert "€ 9\\.020\\.000" in answer or "€ \\-9\\.020\\.000" in answer
