"""ecoassess core: Eco Factory readiness assessment, free of any GUI toolkit."""

__version__ = "0.1.0"
