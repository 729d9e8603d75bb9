"""The Beheer login: failed attempts lock a client (and, many of them, everyone) for a growing
time, for every session of the process; each failure is logged; staff can log out."""

from __future__ import annotations

import logging

import pytest
from streamlit.testing.v1 import AppTest

from assistant import ui
from assistant.settings import PROJECT_ROOT
from assistant.ui import LoginThrottle

from .conftest import small_corpus


class Clock:
    """A clock the test moves by hand: no sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_failures_lock_a_client_for_a_growing_time() -> None:
    clock = Clock()
    logins = LoginThrottle(clock=clock)
    for _ in range(4):
        assert logins.failed("1.2.3.4") == 0
    assert logins.failed("1.2.3.4") == 30
    assert logins.wait("1.2.3.4") == 30 and logins.wait("5.6.7.8") == 0
    clock.now += 29
    assert logins.wait("1.2.3.4") == 1
    clock.now += 1
    assert logins.wait("1.2.3.4") == 0
    locks = []
    for _ in range(8):  # each further failure locks twice as long, up to an hour
        locks.append(logins.failed("1.2.3.4"))
        clock.now += locks[-1]
    assert locks == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    logins.succeeded("1.2.3.4")
    assert logins.wait("1.2.3.4") == 0 and logins.failed("1.2.3.4") == 0


def test_failures_from_many_addresses_lock_everyone() -> None:
    logins = LoginThrottle(clock=Clock())
    for i in range(19):  # each address below its own limit
        assert logins.failed(f"10.0.0.{i}") == 0
    assert logins.failed("10.0.0.99") == 30
    assert logins.wait("192.168.1.1") == 30


def test_the_wait_is_said_in_dutch() -> None:
    from assistant.ui import _duration

    waits = [_duration(s) for s in (1, 29.2, 90, 90.5, 3600)]
    assert waits == ["1 seconde", "30 seconden", "90 seconden", "2 minuten", "60 minuten"]


@pytest.fixture
def beheer(tmp_path, monkeypatch) -> AppTest:
    """The app on its Beheer page over a small corpus, with a fresh failure record."""
    monkeypatch.setattr(ui, "ADMIN_LOGINS", LoginThrottle())
    monkeypatch.setenv("ASSISTANT_CORPUS", str(small_corpus(tmp_path / "corpus")))
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_ADMIN_PASSWORD", "geheim-123")
    return _beheer_page()


def _beheer_page() -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=180)
    at.run()
    at.sidebar.radio[0].set_value("Beheer").run()
    assert not at.exception, at.exception
    return at


def _log_in(at: AppTest, password: str) -> None:
    at.text_input(key="admin-password").input(password).run()
    at.button(key="admin-login").click().run()
    assert not at.exception, at.exception


def test_wrong_passwords_lock_beheer_for_new_sessions_too(beheer, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="assistant.ui")
    for attempt in range(5):
        _log_in(beheer, f"fout-{attempt}")
    assert "Probeer het over 30 seconden opnieuw" in beheer.error[0].value
    failures = [r.getMessage() for r in caplog.records if r.name == "assistant.ui"]
    assert len(failures) == 5 and all("wrong password" in m for m in failures)
    assert not any("fout-" in m for m in failures)  # never the password itself

    fresh = _beheer_page()  # a new session starts no new count: the right password waits too
    _log_in(fresh, "geheim-123")
    assert not fresh.get("file_uploader")
    assert "Probeer het over" in fresh.error[0].value


def test_staff_log_in_and_out(beheer) -> None:
    _log_in(beheer, "geheim-123")
    assert beheer.get("file_uploader")
    beheer.button(key="admin-logout").click().run()
    assert not beheer.exception, beheer.exception
    assert not beheer.get("file_uploader") and beheer.text_input(key="admin-password")
