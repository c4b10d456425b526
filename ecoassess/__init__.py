"""ecoassess core: Eco Factory readiness assessment, free of any GUI toolkit."""

import logging

__version__ = "0.1.0"

# A library's loggers stay silent unless the app configures logging (ecoassess never prints
# tracebacks to a user's terminal).
logging.getLogger(__name__).addHandler(logging.NullHandler())
