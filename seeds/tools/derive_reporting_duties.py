#!/usr/bin/env python3
"""Derives seeds/reporting-duties.csv (Meldepflichten) from what the demo data actually contains.

A unit owes an indicator from the first month it has demo figures of it; a component that starts earlier than the
others (the stocks ELB, LZB, KUN start in 2013-12, the month 0 of the Jahresfortschrittswert 2014) owes that component
alone in the months before. A duty has no end while the unit exists and its figures reach the last demo month
(2015-06): the unit keeps reporting. A unit that closes (Erkrath, 2015-03-31) owes nothing after the month it closes.
Stadtscharf indicators (category Stadtbericht) are owed as a whole: which cities a Geschäftsstelle enters follows
org-unit-cities.csv. A unit without demo figures (the Arbeitgeberservice MET-AGS) owes nothing.

Python 3 standard library only; the output is sorted, so it is identical on every run.

    python3 seeds/tools/derive_reporting_duties.py            # writes seeds/reporting-duties.csv
    python3 seeds/tools/derive_reporting_duties.py --check    # fails if the file differs from the derivation
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent
HEADER = "Unit;Indicator;Component;From;To"


def read(name: str) -> list[dict[str, str]]:
    with open(SEEDS / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def previous(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return f"{y:04d}-{m:02d}"


def derive() -> list[str]:
    figures = read("demo/figures.csv")
    units = {u["Code"]: u for u in read("org-units.csv")}
    indicators = {i["Code"]: i for i in read("indicators.csv")}
    unit_order = list(units)
    indicator_order = list(indicators)
    last_demo = max(f["Monat"] for f in figures)

    spans: dict[tuple[str, str], dict[str, list[str]]] = {}
    for f in figures:
        comps = spans.setdefault((f["Einheit"], f["Kennzahl"]), {})
        span = comps.setdefault(f["Komponente"], [f["Monat"], f["Monat"]])
        span[0] = min(span[0], f["Monat"])
        span[1] = max(span[1], f["Monat"])

    lines = []
    for (unit, indicator) in sorted(spans, key=lambda k: (unit_order.index(k[0]), indicator_order.index(k[1]))):
        comps = spans[(unit, indicator)]
        last = max(s[1] for s in comps.values())
        valid_to = units[unit]["ValidTo"]
        if valid_to:
            to = valid_to[:7]
        elif last == last_demo:
            to = ""
        else:
            to = last
        if indicators[indicator]["Category"] == "Stadtbericht":
            lines.append(f"{unit};{indicator};;{min(s[0] for s in comps.values())};{to}")
            continue
        start = max(s[0] for s in comps.values())
        lines.append(f"{unit};{indicator};;{start};{to}")
        for code, (first, _) in sorted(comps.items()):
            if first < start:
                lines.append(f"{unit};{indicator};{code};{first};{previous(start)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = parser.parse_args()
    text = "\n".join([HEADER, *derive()]) + "\n"
    target = SEEDS / "reporting-duties.csv"
    if args.check:
        if target.read_text(encoding="utf-8") != text:
            print(f"{target} differs from the derivation", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"{target}: {text.count(chr(10)) - 1} duties")
    return 0


if __name__ == "__main__":
    sys.exit(main())
