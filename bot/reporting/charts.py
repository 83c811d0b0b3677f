"""Small, dependency-free SVG charts for the monthly return (inline in the HTML and the PDF).

Each chart is an ``<svg role="img">`` with a title and a description that says the numbers in
words, so a screen reader gets the same facts as the picture; the page also shows every number in
a table beside it.
"""

from __future__ import annotations

from html import escape

BAR = "#1d5c96"
SECOND = "#e07b00"
TEXT = "#1b1b1b"
GRID = "#c8c8c8"


def _describe(pairs: list[tuple[str, int]]) -> str:
    return "; ".join(f"{label}: {value}" for label, value in pairs) or "No data"


def bar_chart(title: str, pairs: list[tuple[str, int]], width: int = 520) -> str:
    """A horizontal bar chart, one labelled bar per (label, value), largest first as given."""
    label_width, row, top = 200, 22, 8
    plot = width - label_width - 50
    height = top * 2 + row * max(len(pairs), 1)
    biggest = max((value for _, value in pairs), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{_id(title)}-t {_id(title)}-d">',
        f'<title id="{_id(title)}-t">{escape(title)}</title>',
        f'<desc id="{_id(title)}-d">{escape(_describe(pairs))}</desc>',
    ]
    for i, (label, value) in enumerate(pairs):
        y = top + i * row
        length = round(plot * value / biggest)
        parts.append(f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end" font-size="12" fill="{TEXT}">{escape(_short(label))}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{row - 7}" fill="{BAR}"/>')
        parts.append(f'<text x="{label_width + length + 5}" y="{y + 15}" font-size="12" fill="{TEXT}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def trend_chart(title: str, months: list[str], first: list[int], second: list[int], names: tuple[str, str],
                width: int = 520, height: int = 200) -> str:
    """Paired vertical bars per month (e.g. reports and True Vision referrals), oldest month first."""
    left, bottom, top = 34, 34, 26
    plot_h = height - bottom - top
    slot = (width - left - 8) / max(len(months), 1)
    biggest = max([*first, *second, 1])
    words = "; ".join(f"{m}: {names[0].lower()} {a}, {names[1].lower()} {b}" for m, a, b in zip(months, first, second))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{_id(title)}-t {_id(title)}-d">',
        f'<title id="{_id(title)}-t">{escape(title)}</title>',
        f'<desc id="{_id(title)}-d">{escape(words)}</desc>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 4}" y2="{top + plot_h}" stroke="{GRID}"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" font-size="11" fill="{TEXT}">{biggest}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="11" fill="{TEXT}">0</text>',
        f'<rect x="{left}" y="4" width="10" height="10" fill="{BAR}"/>'
        f'<text x="{left + 14}" y="13" font-size="11" fill="{TEXT}">{escape(names[0])}</text>',
        f'<rect x="{left + 130}" y="4" width="10" height="10" fill="{SECOND}"/>'
        f'<text x="{left + 144}" y="13" font-size="11" fill="{TEXT}">{escape(names[1])}</text>',
    ]
    bar_w = max(slot / 2 - 3, 2)
    for i, (month, a, b) in enumerate(zip(months, first, second)):
        x = left + i * slot + 2
        for j, (value, colour) in enumerate(((a, BAR), (b, SECOND))):
            h = round(plot_h * value / biggest)
            parts.append(f'<rect x="{x + j * bar_w:.1f}" y="{top + plot_h - h}" width="{bar_w:.1f}" height="{h}" fill="{colour}"/>')
        parts.append(f'<text x="{x + bar_w:.1f}" y="{height - bottom + 16}" text-anchor="middle" font-size="10" fill="{TEXT}">{escape(month[2:])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(label: str, most: int = 26) -> str:
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _id(title: str) -> str:
    return "c-" + "".join(ch if ch.isalnum() else "-" for ch in title.lower())
