"""The desktop program: the entry point (`ecoassess_app.main`) and the Qt app (`ecoassess_app.ui`).

The core (`ecoassess`) imports nothing from here; this package holds what needs Qt, and the
dispatcher that picks the app or the command line.
"""
