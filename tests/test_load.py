"""Several chat sessions at once against one Assistant, as Streamlit serves them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

QUESTIONS = [
    ("Wat zijn de lasten van Jeugd in 2021?", "Twenterand"),
    ("Wat is het Twents model?", None),
    ("Hoeveel budget is er voor Sport als middel?", "Dinkelland"),
    ("Wat doet Twenterand tegen mensenhandel?", None),
    ("Welke doelen heeft de doelenboom Jeugd?", "Twenterand"),
    ("Hoeveel kost de nieuwe sporthal in Vroomshoop?", None),
    ("Wat gaat Dinkelland doen aan preventie van alcohol en drugs?", None),
    ("Hoeveel dalen de lasten van Jeugd van 2020 naar 2023?", "Twenterand"),
]


def _key(answer) -> tuple:
    return (answer.kind, answer.text, tuple(f.value for f in answer.figures))


def test_eight_users_at_once_get_the_answers_they_would_get_alone(assistant) -> None:
    alone = {q: _key(assistant.ask(q, m)) for q, m in QUESTIONS}
    work = [QUESTIONS[(user + i) % len(QUESTIONS)] for user in range(8) for i in range(3)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda qm: (qm[0], assistant.ask(*qm)), work))
    assert len(results) == 24
    for question, answer in results:
        assert _key(answer) == alone[question]
