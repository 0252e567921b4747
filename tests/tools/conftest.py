"""Real translator tools, found where Debian installs them; a missing one fails loudly.

`make test-tools` installs them first (tools/install-tools.sh); these tests never skip.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from tools_support import CHROMIUM_FLAGS, OmegaT, need

import vnus
from vnus.glossary import Glossary


@pytest.fixture(scope="session")
def bundled() -> Glossary:
    return vnus.glossary()


@pytest.fixture(scope="session")
def omegat(tmp_path_factory: pytest.TempPathFactory) -> OmegaT:
    return OmegaT(tmp_path_factory.mktemp("omegat-classes"), tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="session")
def soffice() -> str:
    return need(
        shutil.which("soffice") or shutil.which("libreoffice"),
        "LibreOffice (Debian package libreoffice-calc-nogui)",
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = need(shutil.which("chromium"), "Chromium (Debian package chromium)")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    driver_path = need(
        shutil.which("chromedriver"), "chromedriver (Debian package chromium-driver)"
    )
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_script_timeout(120)
    yield driver
    driver.quit()
