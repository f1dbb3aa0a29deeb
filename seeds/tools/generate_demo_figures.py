#!/usr/bin/env python3
"""Generates seeds/demo/figures.csv: invented DEMO figures for the demo database of ME-aktiv Zielnachhaltung.

These are NOT figures of Jobcenter ME-aktiv. Only the magnitudes follow the Lokales Planungsdokument 2015
(about 26.000 eLb, 26.697 expected at the end of 2014, about 17.700 LZB, an Integrationsquote near 21 %, ...).

Python 3 standard library only; a fixed random seed makes the output byte-identical on every run.

    python3 seeds/tools/generate_demo_figures.py            # writes seeds/demo/figures.csv
    python3 seeds/tools/generate_demo_figures.py --summary  # also prints Jobcenter totals and key ratios
    python3 seeds/tools/generate_demo_figures.py --out FILE # writes somewhere else

Format (the import format of docs/api.md): UTF-8, separator ';', header Monat;Einheit;Kennzahl;Komponente;Wert,
month JJJJ-MM, decimal comma, no thousands separator.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SEED = 20150115

# ---------------------------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------------------------

STOCK_START = (2013, 12)  # stocks (ELB, LZB, KUN) start one month early: denominator month 0 of the JFW 2014
FLOW_START = (2014, 1)
END = (2015, 6)


def months(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    y, m = start
    out = []
    while (y, m) <= end:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


ALL_MONTHS = months(STOCK_START, END)


def minus_months(ym: tuple[int, int], n: int) -> tuple[int, int]:
    y, m = ym
    idx = y * 12 + (m - 1) - n
    return idx // 12, idx % 12 + 1


# ---------------------------------------------------------------------------------------------------------------
# Organisation (see seeds/org-units.csv). Shares of the Jobcenter's eLb by site, roughly by city population:
# Ratingen and Velbert(+Heiligenhaus) large, Mettmann+Wülfrath, Hilden+Haan, Langenfeld+Monheim medium, Erkrath small.
# ---------------------------------------------------------------------------------------------------------------

SITE_SHARE = {"MET": 0.14, "ERK": 0.08, "VEL": 0.22, "HIL": 0.17, "LAN": 0.20, "RAT": 0.19}
JO_SHARE = 0.04  # Joboffensive Mettmann: about 1.000 market-near customers (1:100), part of Mettmann's share
U25_SHARE = 0.18  # "18 % der eLb sind unter 25 Jahre alt"
NORTH = ("MET", "ERK", "VEL")  # Bereich Nord -> U25 team 1 in Velbert; Bereich Süd -> U25 team 2 in Hilden
MERGER = (2015, 4)  # from April 2015 Mettmann's teams serve Erkrath's customers
U25_FROM = (2015, 1)
PROJECTS_FROM = (2015, 1)
ESF_FROM = (2015, 4)


def customer_team_shares(ym: tuple[int, int]) -> dict[str, float]:
    """Share of the Jobcenter's eLb served by each customer-facing team in month ym."""
    site = dict(SITE_SHARE)
    if ym >= MERGER:
        site["MET"] += site.pop("ERK")
    shares: dict[str, float] = {}
    u25_north = u25_south = 0.0
    for s, share in site.items():
        mi = share - (JO_SHARE if s == "MET" else 0.0)
        if ym >= U25_FROM:
            u25 = mi * U25_SHARE
            mi -= u25
            if s in NORTH:
                u25_north += u25
            else:
                u25_south += u25
        shares[f"{s}-MI"] = mi
    shares["MET-JO"] = JO_SHARE
    if ym >= U25_FROM:
        shares["VEL-U25-1"] = u25_north
        shares["HIL-U25-2"] = u25_south
    return shares


def leistung_team_shares(ym: tuple[int, int]) -> dict[str, float]:
    site = dict(SITE_SHARE)
    if ym >= MERGER:
        site["MET"] += site.pop("ERK")
    return {f"{s}-LG": share for s, share in site.items()}


def kind(team: str) -> str:
    if team.endswith("-JO"):
        return "JO"
    if "-U25-" in team:
        return "U25"
    return "MI"


# ---------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------

rng = random.Random(SEED)


def jitter(sd: float) -> float:
    return 1.0 + rng.gauss(0.0, sd)


def distribute(total: int, weights: dict[str, float], sd: float = 0.0) -> dict[str, int]:
    """Whole numbers per key that add up exactly to total (largest remainder), weights jittered by sd."""
    w = {k: max(v * (jitter(sd) if sd else 1.0), 0.0) for k, v in weights.items()}
    s = sum(w.values())
    raw = {k: total * v / s for k, v in w.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[:rest]:
        out[k] += 1
    return out


def scatter(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Distributes a small count at random (multinomial), e.g. ten exits over ten teams."""
    keys = list(weights)
    out = {k: 0 for k in keys}
    for k in rng.choices(keys, weights=[weights[k] for k in keys], k=total):
        out[k] += 1
    return out


def thin(counts: dict[str, int], total: int) -> dict[str, int]:
    """Picks `total` of the items counted in `counts` at random (e.g. which exits were in svB after 6 months)."""
    pool = [k for k, n in counts.items() for _ in range(n)]
    out = {k: 0 for k in counts}
    for k in rng.sample(pool, min(total, len(pool))):
        out[k] += 1
    return out


def dec(value: float, places: int) -> str:
    return f"{value:.{places}f}".replace(".", ",")


# ---------------------------------------------------------------------------------------------------------------
# Jobcenter totals
# ---------------------------------------------------------------------------------------------------------------

SEASON_INT = {1: 0.80, 2: 0.95, 3: 1.10, 4: 1.12, 5: 1.05, 6: 1.00, 7: 1.00, 8: 1.05, 9: 1.15, 10: 1.10, 11: 0.98,
              12: 0.70}
SEASON_WORK = {1: 0.97, 2: 1.00, 3: 1.02, 4: 0.98, 5: 0.96, 6: 0.97, 7: 0.86, 8: 0.85, 9: 0.99, 10: 0.96, 11: 1.00,
               12: 0.84}  # holidays: fewer working hours and contacts in summer and at Christmas
ALQ_U25_2014 = {1: 5.6, 2: 5.7, 3: 5.5, 4: 5.3, 5: 5.1, 6: 5.0, 7: 5.6, 8: 5.9, 9: 5.4, 10: 5.1, 11: 4.9, 12: 5.0}


def elb_total(ym: tuple[int, int]) -> int:
    y, m = ym
    if y == 2013:
        return 25650
    if y == 2014:
        # 25.650 in December 2013 to 26.697 in December 2014 ("Zum Jahresende 2014 werden 26.697 eLb erwartet")
        return 26697 if m == 12 else round((25650 + 1047 * m / 12) * jitter(0.0015))
    return round(26697 * (1 + 0.020 * m / 12) * jitter(0.0015))  # "Anstieg der eLb ... um 2,0 %"


def lzb_total(ym: tuple[int, int]) -> int:
    y, m = ym
    if y == 2013:
        return 17420
    if y == 2014:
        return round((17420 + 540 * m / 12) * jitter(0.001))  # 2014 average about 17.710 (JDW 17.729 forecast)
    return round((17960 + 12 * m) * jitter(0.001))  # 2015 slightly above the target 17.970


def int_total(ym: tuple[int, int]) -> int:
    y, m = ym
    base = 468 if y == 2014 else 474
    return round(base * SEASON_INT[m] * jitter(0.02))


# ---------------------------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------------------------


def generate() -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    elb: dict[tuple[tuple[int, int], str], int] = {}
    ints: dict[tuple[int, int], int] = {}
    int_jc: dict[tuple[int, int], int] = {}
    vza: dict[tuple[tuple[int, int], str], float] = {}
    team_base_bz = {t: rng.uniform(0.555, 0.615) for t in customer_team_shares((2015, 6)) | {"ERK-MI": 0}}
    team_base_kd = {t: rng.uniform(1.95, 2.25) for t in team_base_bz}
    team_base_kds = {t: rng.uniform(5.4, 6.3) for t in team_base_bz}
    int_factor = {"MI": 1.0, "U25": 1.15, "JO": 1.6}
    lzb_factor = {"MI": 1.0, "U25": 0.65, "JO": 0.6}
    lza_factor = {"MI": 1.0, "U25": 0.25, "JO": 0.9}

    def add(ym: tuple[int, int], unit: str, indicator: str, component: str, value: str) -> None:
        rows.append((f"{ym[0]:04d}-{ym[1]:02d}", unit, indicator, component, value))

    for ym in ALL_MONTHS:
        y, m = ym
        flows = ym >= FLOW_START
        shares = customer_team_shares(ym)
        # MI teams lose their young customers to the U25 teams in 2015: their LZB share is a little higher then.
        lzb_w = {t: s * lzb_factor[kind(t)] * (1.08 if kind(t) == "MI" and ym >= U25_FROM else 1.0)
                 for t, s in shares.items()}
        team_elb = distribute(elb_total(ym), shares, sd=0.004)
        team_lzb = distribute(lzb_total(ym), lzb_w, sd=0.004)
        for t, v in team_elb.items():
            elb[(ym, t)] = v
        kun_kd = {t: round(v * rng.uniform(0.955, 0.975)) for t, v in team_elb.items()}
        kun_kds = {t: round(v * rng.uniform(0.36, 0.40)) for t, v in team_elb.items()}

        team_int: dict[str, int] = {}
        if flows:
            int_jc[ym] = int_total(ym)
            team_int = distribute(int_jc[ym], {t: s * int_factor[kind(t)] for t, s in shares.items()}, sd=0.05)
            for t, v in team_int.items():
                ints[(ym, t)] = v

            # EQ: about ten exits a month, 2014 about 40 % in svB after six months, 2015 about 44 %
            aus_jc = rng.randint(7, 13)
            aus = scatter(aus_jc, shares)
            svb = thin(aus, round(aus_jc * rng.uniform(0.37, 0.43) if y == 2014 else aus_jc * rng.uniform(0.41, 0.47)))
            # AQ: entries into qualifications ending with a vocational degree (115 planned for 2015)
            aq_jc = round((9 if y == 2014 else 10) * {1: 1.4, 2: 1.1, 3: 1.2, 8: 1.3, 9: 1.2, 12: 0.5}.get(m, 0.9)
                          * jitter(0.12))
            aq = scatter(aq_jc, {t: s for t, s in shares.items()})
            # LZA integrations: 2014 about 105 a month, 2015 about 6,5 % more
            lza_jc = round((105 if y == 2014 else 112) * SEASON_INT[m] * jitter(0.03))
            lza = distribute(lza_jc, {t: s * lza_factor[kind(t)] for t, s in shares.items()}, sd=0.08)
            # Nachhaltigkeit: integrations twelve months before, and how many of them are still employed
            prev = minus_months(ym, 12)
            nh_den_jc = int_jc.get(prev) or round(int_jc[ym] * 0.97)
            nh_den = distribute(nh_den_jc, {t: s * int_factor[kind(t)] for t, s in shares.items()}, sd=0.05)
            nh_num = thin(nh_den, round(nh_den_jc * rng.uniform(0.575, 0.615)))

        for t in shares:
            k = kind(t)
            add(ym, t, "K2", "ELB", str(team_elb[t]))
            add(ym, t, "K3", "LZB", str(team_lzb[t]))
            add(ym, t, "KD", "KUN", str(kun_kd[t]))
            add(ym, t, "KDS", "KUN", str(kun_kds[t]))
            if not flows:
                continue
            growth = 1.0 if y == 2014 else 1.03
            add(ym, t, "K2", "INT", str(team_int[t]))
            kd = team_base_kd[t] * growth * SEASON_WORK[m] * jitter(0.03)
            add(ym, t, "KD", "KON", str(round(kun_kd[t] * kd / 12)))
            kds = team_base_kds[t] * growth * SEASON_WORK[m] * jitter(0.03)
            add(ym, t, "KDS", "KON", str(round(kun_kds[t] * kds / 12)))
            # Betreuungsschlüssel U25: about 1:90 in January 2015, improving by new staff towards 1:80
            if k == "U25":
                fte = round(team_elb[t] / (91 - 2.2 * (m - 1)) * 2) / 2
                vza[(ym, t)] = fte
                add(ym, t, "BSU25", "KUN", str(round(team_elb[t] * rng.uniform(0.985, 1.0))))
                add(ym, t, "BSU25", "VZA", dec(fte, 1))
            else:
                fte = team_elb[t] / (100 if k == "JO" else 165)
            hours = fte * 128 * SEASON_WORK[m] * jitter(0.02)
            add(ym, t, "BZ", "BST", dec(hours * team_base_bz[t] * jitter(0.025), 1))
            add(ym, t, "BZ", "AST", dec(hours, 1))
            add(ym, t, "EQ", "AUS", str(aus[t]))
            add(ym, t, "EQ", "SVB", str(svb[t]))
            add(ym, t, "AQ", "EIN", str(aq[t]))
            add(ym, t, "LZAI", "INT", str(lza[t]))
            add(ym, t, "NH", "BES", str(nh_num[t]))
            add(ym, t, "NH", "INT", str(nh_den[t]))

        if not flows:
            continue

        # Leistung teams: K1 LLU about 7,4 Mio EUR a month (2015 about 2,8 % more), KdU about 6 Mio (2015 about +1 %)
        llu_jc = (7.36e6 if y == 2014 else 7.36e6 * 1.028) * (1.012 if m == 12 else 1.0) * jitter(0.006)
        kdu_jc = (5.96e6 if y == 2014 else 5.96e6 * 1.011) * (1.03 if m in (4, 5, 6) else 1.0) * jitter(0.006)
        for t, share in leistung_team_shares(ym).items():
            add(ym, t, "K1", "LLU", dec(llu_jc * share * jitter(0.01), 2))
            add(ym, t, "KDU", "KDU", dec(kdu_jc * share * jitter(0.01), 2))

        # Projects aktiv (Ratingen) and I-Kunden (Langenfeld) from 2015: 244 additional integrations planned
        if ym >= PROJECTS_FROM:
            ramp = min(1.0, 0.6 + 0.1 * m)
            add(ym, "RAT-AKT", "PINT", "INT", str(round(11.5 * ramp * jitter(0.15))))
            add(ym, "LAN-IK", "PINT", "INT", str(round(10.5 * ramp * jitter(0.15))))

        # Jobcenter-level figures
        alq = ALQ_U25_2014[m] * (1.0 if y == 2014 else 0.98) + rng.gauss(0.0, 0.05)
        add(ym, "JC", "U25", "ALQ", dec(alq, 1))
        add(ym, "JC", "BAMF", "BEL", str(rng.randint(91, 99) if y == 2014 else rng.randint(93, 100)))
        add(ym, "JC", "BAMF", "VERF", "100")
        add(ym, "JC", "PI", "PI", dec(min(100.0, rng.uniform(97.5, 100.4) if y == 2014 else rng.uniform(98.0, 100.6)), 1))
        if ym >= ESF_FROM:
            add(ym, "JC", "ESF", "EIN", str(round((6 + 4 * (m - 3)) * jitter(0.15))))
        elif y == ESF_FROM[0]:
            # The programme starts in Q2: the months before are entered as 0 starts, so the year-to-date sum exists.
            add(ym, "JC", "ESF", "EIN", "0")

    add_city_reports(add)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Stadtscharf report figures (§ 16a Nrn. 1-4, BuT), entered by the Geschäftsstelle per city it serves (component
# code = city code, see seeds/org-unit-cities.csv and docs/adr/0007). A random generator of their own keeps every
# figure above byte-identical to the earlier runs.
# ---------------------------------------------------------------------------------------------------------------

CITY_WEIGHT = {"RAT": 87, "VEL": 82, "LAN": 59, "HIL": 56, "ERK": 44, "MON": 41, "MET": 39, "HAA": 30, "HEI": 26,
               "WUE": 21}  # thousand inhabitants, rounded
A16_PER_MONTH = {"16A-1": 6, "16A-2": 42, "16A-3": 26, "16A-4": 19}  # Jobcenter customers starting a service


def cities_served(site: str, ym: tuple[int, int]) -> list[str]:
    served = {"MET": ["MET", "WUE"], "ERK": ["ERK"], "VEL": ["VEL", "HEI"], "HIL": ["HIL", "HAA"],
              "LAN": ["LAN", "MON"], "RAT": ["RAT"]}
    if ym >= MERGER:
        del served["ERK"]
        served["MET"] = ["MET", "WUE", "ERK"]
    return served.get(site, [])


def add_city_reports(add) -> None:
    crng = random.Random(SEED + 16)
    total_weight = sum(CITY_WEIGHT.values())
    open_stock = {c: round(60 * w / total_weight * 10) for c, w in CITY_WEIGHT.items()}
    for ym in months(FLOW_START, END):
        y, m = ym
        for site in SITE_SHARE:
            for city in cities_served(site, ym):
                share = CITY_WEIGHT[city] / total_weight
                for code, rate in A16_PER_MONTH.items():
                    expected = rate * share * (1.15 if code == "16A-3" and y == 2015 else 1.0)
                    add(ym, f"GS-{site}", code, city, str(max(0, round(expected * (1 + crng.gauss(0.0, 0.35))))))
                processed = round(1500 * share * {1: 1.4, 8: 1.5, 9: 1.3}.get(m, 0.95) * (1 + crng.gauss(0.0, 0.08)))
                arrived = round(processed * crng.uniform(0.94, 1.08))
                open_stock[city] = max(0, open_stock[city] + arrived - processed)
                backlog = round(open_stock[city] * crng.uniform(0.12, 0.25))
                add(ym, f"GS-{site}", "BUT-BEA", city, str(processed))
                add(ym, f"GS-{site}", "BUT-OFF", city, str(open_stock[city]))
                add(ym, f"GS-{site}", "BUT-AUF", city, dec(processed * crng.uniform(215.0, 255.0), 2))
                add(ym, f"GS-{site}", "BUT-RUE", city, str(backlog))


def write(rows: list[tuple[str, str, str, str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("Monat;Einheit;Kennzahl;Komponente;Wert\n")
        for r in rows:
            f.write(";".join(r) + "\n")


def summary(rows: list[tuple[str, str, str, str, str]]) -> None:
    tot: dict[tuple[str, str, str], float] = {}
    for month, _unit, ind, comp, value in rows:
        key = (month, ind, comp)
        tot[key] = tot.get(key, 0.0) + float(value.replace(",", "."))

    def get(month: str, ind: str, comp: str) -> float:
        return tot.get((month, ind, comp), 0.0)

    mlist = [f"{y:04d}-{m:02d}" for y, m in ALL_MONTHS]
    print(f"{len(rows)} rows")
    print("Monat    ELB    LZB   INT  LLU(Mio) KDU(Mio)  AUS SVB  BZ%   KD/J")
    for mo in mlist:
        bz = 100 * get(mo, "BZ", "BST") / get(mo, "BZ", "AST") if get(mo, "BZ", "AST") else 0
        kd = 12 * get(mo, "KD", "KON") / get(mo, "KD", "KUN") if get(mo, "KD", "KUN") else 0
        print(f"{mo} {get(mo, 'K2', 'ELB'):6.0f} {get(mo, 'K3', 'LZB'):6.0f} {get(mo, 'K2', 'INT'):5.0f}"
              f" {get(mo, 'K1', 'LLU') / 1e6:8.3f} {get(mo, 'KDU', 'KDU') / 1e6:8.3f}"
              f" {get(mo, 'EQ', 'AUS'):4.0f} {get(mo, 'EQ', 'SVB'):3.0f} {bz:4.1f} {kd:5.2f}")
    for year, upto in ((2014, 12), (2015, 6)):
        ints = sum(get(f"{year}-{m:02d}", "K2", "INT") for m in range(1, upto + 1))
        den = [get(f"{year - 1}-12", "K2", "ELB")] + [get(f"{year}-{m:02d}", "K2", "ELB") for m in range(1, upto)]
        lzb = [get(f"{year}-{m:02d}", "K3", "LZB") for m in range(1, upto + 1)]
        print(f"JFW {year} (Monat {upto}): {100 * ints / (sum(den) / len(den)):.2f} %  "
              f"LZB-Durchschnitt: {sum(lzb) / len(lzb):.0f}")


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=here.parent / "demo" / "figures.csv")
    parser.add_argument("--summary", action="store_true", help="print Jobcenter totals and key ratios")
    args = parser.parse_args()
    rows = generate()
    write(rows, args.out)
    print(f"{args.out}: {len(rows)} Zeilen")
    if args.summary:
        summary(rows)


if __name__ == "__main__":
    main()
