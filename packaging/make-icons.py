#!/usr/bin/env python3
"""Renders Tandem's icon (assets/icons/tandem.svg) to every file the packages need.

Writes, beside the SVG: tandem-N.png for the Linux icon theme and the window,
tandem.ico (Windows: the exe's icon and the installer's) and tandem.icns (the macOS app).
The outputs are committed, so a build never needs this script's tools; run it again after
editing the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and Python 3, nothing else:
ICO and ICNS are both a small index over PNG images, written here by hand.
"""

import struct
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SVG = ICONS / "tandem.svg"
# The hicolor theme's usual sizes; 256 is also the window's icon at run time.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16 to 48 in lists and the taskbar, 256 in large views.
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# ICNS element types holding PNG data, by pixel size (1024 is 512 at 2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(size: int) -> bytes:
    """The SVG as a PNG of size x size pixels."""
    return subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)],
        check=True,
        capture_output=True,
    ).stdout


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNGs (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size == 256 else size  # 0 stands for 256 in the index
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: big-endian type and length before each PNG."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"tandem-{size}.png").write_bytes(pngs[size])
    (ICONS / "tandem.ico").write_bytes(ico(pngs))
    (ICONS / "tandem.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, tandem.ico and tandem.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
