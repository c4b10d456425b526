"""Draws the app icon once (a leaf on a factory roof, green); writes ecoassess/resources/icons/*.png/.ico."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ecoassess" / "resources" / "icons"
GREEN = (46, 125, 50, 255)
LIGHT = (200, 230, 201, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = 512) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 512
    d.rounded_rectangle((16 * s, 16 * s, 496 * s, 496 * s), radius=96 * s, fill=GREEN)
    # Factory: saw-tooth roof, a chimney, a base.
    d.rectangle((96 * s, 300 * s, 416 * s, 420 * s), fill=WHITE)
    d.polygon([(96 * s, 300 * s), (96 * s, 240 * s), (176 * s, 300 * s)], fill=WHITE)
    d.polygon([(176 * s, 300 * s), (176 * s, 240 * s), (256 * s, 300 * s)], fill=WHITE)
    d.rectangle((330 * s, 170 * s, 370 * s, 300 * s), fill=WHITE)
    for i, x in enumerate((130, 210, 290)):
        d.rectangle((x * s, 340 * s, (x + 40) * s, 380 * s), fill=GREEN if i != 1 else LIGHT)
    # Leaf above the chimney.
    d.ellipse((250 * s, 70 * s, 420 * s, 160 * s), fill=LIGHT)
    d.line((262 * s, 150 * s, 400 * s, 86 * s), fill=GREEN, width=max(1, int(8 * s)))
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.save(OUT / "ecoassess.png")
    img.save(OUT / "ecoassess.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                            (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
