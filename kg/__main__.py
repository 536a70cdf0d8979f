"""Run the command line with ``python -m kg``."""

from .cli import main

main()
