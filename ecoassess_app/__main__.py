"""`python -m ecoassess_app`: the same program as the `ecoassess` command."""

import sys

from ecoassess_app.main import main

sys.exit(main())
