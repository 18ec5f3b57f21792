"""Where the shipped templates are: part of every rebuild's settings key, known without importing Jinja2."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_CHECKOUT_TEMPLATES = Path(__file__).resolve().parents[3] / "templates"


def shipped_templates() -> Path:
    """Return the folder of the templates that come with the package."""
    return _PACKAGE_TEMPLATES if _PACKAGE_TEMPLATES.is_dir() else _CHECKOUT_TEMPLATES
