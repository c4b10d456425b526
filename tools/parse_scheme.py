"""Write the shipped scheme's data parsed ahead of time (eco-factory.yaml.parsed.json) after editing the YAML."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ecoassess.scheme.loader import PARSED_SUFFIX, SHIPPED, parsed_document  # noqa: E402

if __name__ == "__main__":
    target = SHIPPED.with_name(SHIPPED.name + PARSED_SUFFIX)
    target.write_text(parsed_document(SHIPPED), encoding="utf-8")
    print(f"wrote {target}")
