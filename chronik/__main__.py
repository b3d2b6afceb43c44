"""`python -m chronik` runs the CLI."""

from chronik.cli import app

app()
