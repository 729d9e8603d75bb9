"""Streamlit entry point: wiring only; the work is done in assistant/."""

from __future__ import annotations

import streamlit as st

from assistant.answering import Assistant
from assistant.corpus import SUPPORTED_SUFFIXES
from assistant.errors import AssistantError
from assistant.evaluation import (
    MAX_SET_BYTES,
    assistant_retrieval,
    load_eval_set,
    run_sets,
    summary,
)
from assistant.index import active_dir, build_index, parse_document, staleness
from assistant.settings import Settings
from assistant.ui import (
    ALL_MUNICIPALITIES,
    EXAMPLE_QUESTIONS,
    WELCOME,
    add_uploaded,
    admin_password,
    available_eval_sets,
    document_overview,
    document_picker,
    escape_markdown,
    figures_frame,
    load_uploaded_set,
    municipality_options,
    render_answer,
    render_eval_report,
    render_goal_tree,
    render_login,
    render_overview,
)

st.set_page_config(page_title="Begrotingsassistent", page_icon="📊")


@st.cache_resource(show_spinner=False, max_entries=1)
def load_assistant(settings: Settings, build: str | None) -> Assistant:
    """One assistant for all sessions, per build: after a rebuild (here or by `build` in
    another process) the next rerun serves the new build."""
    return Assistant.open(settings)


def ensure_index(settings: Settings) -> None:
    """Build the index on first start (or when the corpus changed), with visible progress."""
    reason = staleness(settings)
    if reason is None:
        return
    with st.status(f"Index bouwen: {reason}…", expanded=True) as status:
        bar = st.progress(0.0)

        def progress(stage: str, done: int, total: int) -> None:
            bar.progress(done / total if total else 1.0, text=f"{stage}: {done} van {total}")

        report = build_index(settings, progress)
        for problem in report.problems:
            st.warning(escape_markdown(str(problem)))
        status.update(label=f"Index klaar: {report.chunks} passages.", state="complete")
    load_assistant.clear()


def chat_page(assistant: Assistant) -> None:
    st.title("Begrotingsassistent")
    options = municipality_options(assistant.documents)
    choice = st.sidebar.selectbox("Gemeente", options, key="municipality")
    municipality = None if choice == ALL_MUNICIPALITIES else choice

    history: list[dict] = st.session_state.setdefault("messages", [])
    if not history:
        st.info(WELCOME)
        st.caption(escape_markdown(assistant.coverage_text()))
        cols = st.columns(2)
        for i, example in enumerate(EXAMPLE_QUESTIONS):
            if cols[i % 2].button(example, key=f"example-{i}"):
                st.session_state["pending"] = example

    for message in history:
        with st.chat_message(message["role"]):
            if message["role"] == "assistant":
                render_answer(message["answer"])
            else:
                st.text(message["content"])

    question = st.chat_input("Stel uw vraag over de begroting…")
    question = question or st.session_state.pop("pending", None)
    if not question:
        return
    with st.chat_message("user"):
        st.text(question)
    previous = [{"role": m["role"], "content": m["content"]} for m in history]
    with st.chat_message("assistant"):
        answer = assistant.ask(question, municipality=municipality, history=previous)
        render_answer(answer)
    history.append({"role": "user", "content": question})
    history.append({"role": "assistant", "content": answer.text, "answer": answer})


def figures_page(assistant: Assistant) -> None:
    st.title("Cijfers")
    st.write(
        "Alle cijfers die uit de tabellen en teksten van de documenten zijn gelezen. "
        "Antwoorden op cijfervragen komen alleen hieruit."
    )
    document_id = document_picker(assistant.documents, "figures-doc", everything=True)
    search = st.text_input("Zoek in rij, tabel of groep", key="figures-search")
    cells = [
        c
        for c in assistant.cells
        if (document_id is None or c.document_id == document_id)
        and (not search or search.lower() in f"{c.row} {c.table} {c.group}".lower())
    ]
    st.caption(f"{len(cells)} cijfers")
    st.dataframe(figures_frame(cells), hide_index=True)


def doelenboom_page(assistant: Assistant) -> None:
    st.title("Doelenboom")
    st.write(
        "Blader door de doelenbomen: het beoogde effect, de doelen en subdoelen met hun "
        "tekst, de indicatoren en het geld, met de plaats in het brondocument."
    )
    render_goal_tree(assistant, document_picker(assistant.documents, "tree-doc"))


def evaluation_page(assistant: Assistant) -> None:
    st.title("Evaluatie")
    st.write(
        "Voer een evaluatieset uit (formaat: shared/evals/FORMAT.md) en bekijk welke vragen "
        "goed en fout gaan, met het antwoord en de bronnen."
    )
    sets = available_eval_sets()
    upload_label = "Eigen set uploaden…"
    choice = st.selectbox("Evaluatieset", [*sets, upload_label], key="eval-set")
    if choice == upload_label:
        uploaded = st.file_uploader(
            "YAML-bestand",
            type=["yaml", "yml"],
            key="eval-upload",
            max_upload_size=MAX_SET_BYTES // 2**20,  # refused in the browser, before sending
        )
        if uploaded is None:
            return
        try:
            eval_set = load_uploaded_set(uploaded.name, uploaded.getvalue())
        except AssistantError as exc:
            st.error(escape_markdown(str(exc)))
            return
    else:
        eval_set = load_eval_set(sets[choice])
    st.caption(escape_markdown(f"{len(eval_set.cases)} vragen of gesprekken in '{eval_set.name}'."))
    if st.button("Evaluatie starten", key="eval-run"):
        bar = st.progress(0.0, text="Bezig…")

        def ask(question: str, municipality: str | None, history: list) -> dict:
            return assistant.ask(question, municipality, history).to_json()

        results = run_sets(ask, [eval_set], lambda d, t: bar.progress(d / t, text=f"{d}/{t}"))
        report = summary(results)
        report["retrieval"] = assistant_retrieval(assistant, [eval_set])
        st.session_state["eval-report"] = report
    report = st.session_state.get("eval-report")
    if report:
        render_eval_report(report)


def admin_page(assistant: Assistant) -> None:
    st.title("Beheer")
    expected = admin_password()
    if not expected:
        st.info(
            "Beheer staat uit. Stel de omgevingsvariabele ASSISTANT_ADMIN_PASSWORD in (of "
            "'admin_password' in .streamlit/secrets.toml) om documenten toe te voegen."
        )
        return
    if not st.session_state.get("admin"):
        render_login(expected)
        return
    if st.button("Uitloggen", key="admin-logout"):
        st.session_state["admin"] = False
        st.rerun()
    settings = assistant.settings
    st.write(f"Documenten worden toegevoegd aan {settings.corpus_dirs[0]}.")
    upload = st.file_uploader(
        "Document (PDF, HTML of tekst)",
        type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
        key="admin-upload",
    )
    cols = st.columns(3)
    municipality = cols[0].text_input("Gemeente (leeg: uit de inhoud)", key="admin-gemeente")
    year = cols[1].text_input("Jaar (leeg: uit de inhoud)", key="admin-jaar")
    title = cols[2].text_input("Titel (leeg: uit de inhoud)", key="admin-titel")
    if upload is not None and st.button("Toevoegen en index bijwerken", key="admin-add"):
        add_and_show(
            settings,
            upload.name,
            upload.getvalue(),
            {"municipality": municipality, "year": year, "title": title},
        )
    if st.button("Index opnieuw opbouwen", key="admin-rebuild"):
        rebuild(settings)
    st.subheader("Wat is er gelezen?")
    labels = {f"{d.municipality}: {d.title}": d.id for d in assistant.documents}
    chosen = st.selectbox("Document", list(labels), key="admin-document")
    if chosen:
        doc_id = labels[chosen]
        render_overview(
            document_overview(
                [c for c in assistant.chunks if c.document_id == doc_id],
                [c for c in assistant.cells if c.document_id == doc_id],
                [n for n in assistant.goal_nodes.values() if n.document_id == doc_id],
            )
        )


def add_and_show(settings: Settings, name: str, data: bytes, fields: dict[str, str]) -> None:
    """Add an upload to corpus and index (nothing changes if that fails), then show what was
    read from it."""
    with st.status("Document toevoegen en index bijwerken…", expanded=True) as status:
        bar = st.progress(0.0)
        try:
            staged, report = add_uploaded(
                name,
                data,
                settings,
                fields,
                lambda stage, d, t: bar.progress(d / t if t else 1.0, text=stage),
            )
        except AssistantError as exc:
            status.update(label="Niet toegevoegd; er is niets veranderd.", state="error")
            st.error(escape_markdown(str(exc)))
            return
        status.update(
            label=f"Index bijgewerkt: {report.documents} documenten, {report.figures} cijfers.",
            state="complete",
        )
    doc = staged.document
    st.success(
        escape_markdown(
            f"Toegevoegd als {doc.path.name}: {doc.municipality}, {doc.title}, {doc.year}."
        )
    )
    if staged.siblings:
        st.warning(
            escape_markdown(
                f"Voor {doc.municipality} {doc.year or ''} stond al in het corpus: "
                f"{', '.join(staged.siblings)}. Dit document staat ernaast, niet in de plaats "
                "ervan; antwoorden noemen bij elk cijfer uit welk document het komt."
            )
        )
    chunks, cells, nodes = parse_document(doc, settings.chunk_words)
    render_overview(document_overview(chunks, cells, nodes), doc.detected)
    load_assistant.clear()


def rebuild(settings: Settings) -> None:
    with st.status("Index bijwerken…", expanded=True) as status:
        bar = st.progress(0.0)
        try:
            report = build_index(
                settings, lambda stage, d, t: bar.progress(d / t if t else 1.0, text=stage)
            )
        except AssistantError as exc:
            status.update(label=escape_markdown(str(exc)), state="error")
            return
        for problem in report.problems:
            st.warning(escape_markdown(str(problem)))
        status.update(
            label=f"Index bijgewerkt: {report.documents} documenten, {report.chunks} "
            f"passages, {report.figures} cijfers.",
            state="complete",
        )
    load_assistant.clear()


PAGES = {
    "Chat": chat_page,
    "Doelenboom": doelenboom_page,
    "Cijfers": figures_page,
    "Evaluatie": evaluation_page,
    "Beheer": admin_page,
}


def main() -> None:
    try:
        settings = Settings.load()
        # hashing the corpus is done once per session, not on every rerun (every click)
        if not st.session_state.get("index-checked"):
            ensure_index(settings)
            st.session_state["index-checked"] = True
        build = active_dir(settings.index_dir)
        assistant = load_assistant(settings, build.name if build else None)
    except AssistantError as exc:
        st.error(escape_markdown(str(exc)))
        st.stop()
    page = st.sidebar.radio("Pagina", list(PAGES), key="page")
    st.sidebar.caption(
        f"Documenten: {len(assistant.documents)} · Taalmodel: {assistant.backend_label}"
    )
    PAGES[page](assistant)


main()
