"""One smoke test of the served app in headless Chromium (Debian's chromium + chromium-driver)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time

import pytest

from assistant.settings import PROJECT_ROOT

from .conftest import env_for_subprocess

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Debian chromium and chromium-driver are not installed (make test installs them "
    "where it may run apt-get).",
)
def test_served_app_loads_in_headless_chromium(use_built_index, tmp_path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=PROJECT_ROOT,
        env=env_for_subprocess(use_built_index),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium'}",
    ):
        options.add_argument(flag)
    driver = None
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.get(f"http://127.0.0.1:{port}")
        wait = WebDriverWait(driver, 90)
        title = (By.XPATH, "//h1[contains(., 'Begrotingsassistent')]")
        wait.until(ec.presence_of_element_located(title))
        box = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "textarea")))
        box.send_keys("Wat is het Twents model?\n")
        wait.until(ec.presence_of_element_located((By.XPATH, "//*[contains(text(), 'Bronnen')]")))
        driver.save_screenshot(str(tmp_path / "chat.png"))
        assert "Twents model" in driver.find_element(By.TAG_NAME, "body").text
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(10)
