"""Compose formal Persian announcements from a structured form.

The core (model, draft files, Persian rules, dates, composer and renderers) imports
no Qt, so it can be used and tested without a display.
"""


def version() -> str:
    """The program's version: pyproject.toml's, from the installed package's metadata (a
    bundle carries a copy of it, see packaging/announcer.spec)."""
    from importlib.metadata import version as installed_version

    return installed_version("announcer")
