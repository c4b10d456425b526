"""Run from a source checkout: `python main.py …` is the `ecoassess` command (ecoassess_app.main)."""

import sys

from ecoassess_app.main import main

if __name__ == "__main__":
    sys.exit(main())
