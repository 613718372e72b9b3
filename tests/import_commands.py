"""Running ``import_seeds`` in tests: its printed lines, its failures, seed files to read."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importers import format_seed

ROOT = Path(__file__).resolve().parent.parent
REAL_SEED = ROOT / "seeds" / "000_ef148b2b24f95f6d.txt"
DAY = datetime.date(2022, 11, 12)


def run(*args) -> str:
    out = StringIO()
    call_command("import_seeds", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def run_failing(*args) -> tuple[str, str]:
    """Run an import expected to fail; return its per-file lines and its summary."""
    out = StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_seeds", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue(), str(caught.value)


def write_seed(folder: Path, name: str, body: str, published_on=DAY) -> Path:
    path = folder / name
    path.write_bytes(format_seed(published_on, body))
    return path
