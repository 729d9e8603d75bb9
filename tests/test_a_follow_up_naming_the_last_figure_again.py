"""A follow-up whose words the last figure's table prints names that figure again: 'En wat was
het tarief in 2025?' after the OZB tariff of 2026 in a table of tarieven is that row's 2025,
not another row that holds 'tarief' in a compound (issue 13). Made-up municipality Proefdorp.
"""

from __future__ import annotations

from decimal import Decimal

from .conftest import text_answerer

BEGROTING = """# Programmabegroting 2026 Proefdorp

## Paragraaf lokale heffingen

Tabel 8.1 Tarieven 2025 en 2026

Heffing                                          2025        2026
OZB woningen, eigenaren % van de WOZ-waarde   0,1024%     0,1061%
Rioolheffing per aansluiting                   € 261       € 272

## Paragraaf weerstandsvermogen

Tabel 9.1 Risico's

Risico                                            Kans     Financieel effect
Wmo huishoudelijke hulp (abonnementstarief)        50%             400.000
"""


def test_the_word_of_the_last_figures_table_asks_that_figure_again() -> None:
    answerer = text_answerer(BEGROTING, weighed=True)
    history: list[dict[str, str]] = []
    first = "Wat is in 2026 het OZB-tarief voor eigenaren van een woning?"
    answer = answerer.answer(first, "Proefdorp", history)
    assert [f.value for f in answer.figures] == [Decimal("0.1061")], answer.text
    history += [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    answer = answerer.answer("En wat was het tarief in 2025?", "Proefdorp", history)
    assert [f.value for f in answer.figures] == [Decimal("0.1024")], answer.text
