"""PyInstaller runtime hook: pythainlp never downloads and creates no ~/pythainlp-data folder."""

import os

# The bundle carries the only word lists the app reads; anything else must fail, not download.
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
