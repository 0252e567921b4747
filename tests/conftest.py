"""Shared test configuration: Hypothesis profiles sized for a 2-core CI machine."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# tests/tools drive OmegaT, LibreOffice and Chromium: `make test-tools` runs them (and
# installs the tools first); `make test` holds only what needs nothing outside Python.
collect_ignore = [] if os.environ.get("VNUS_TEST_TOOLS") == "1" else ["tools"]

settings.register_profile(
    "default",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("VNUS_HYPOTHESIS_PROFILE", "default"))
