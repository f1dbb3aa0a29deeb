"""Writes the budget seed files (issue 21). Deterministic; run from the repository root:
    python3 seeds/tools/generate_budget_seeds.py
budget-lines.csv and the line split of budget-plan-amounts.csv are ASSUMPTIONS (the Planungsdokument gives only the
two budgets, the total and the planned shift); demo/budget-execution.csv, demo/staff.csv and demo/finance-months.csv
are invented DEMO data."""
from decimal import Decimal as D

VB, EB, SHIFT = D(22635551), D(19413504), D(4484519)  # Planungsdokument 3.2; shift = 23,1 % of EB rounded to whole euros
assert (EB * D("0.231")).quantize(D(1)) == SHIFT

# code; name; budget; group; sort; inform Kreis; planned amount 2015 (assumed split)
LINES = [
    ("VW-PERS", "Personalkosten", "Verwaltung", "Personalkosten", 10, 0, D(21420000)),
    ("VW-SACH", "Sachkosten (Miete, Bewirtschaftung, Geschäftsbedarf)", "Verwaltung", "Sachkosten", 20, 0, D(3950000)),
    ("VW-IT", "IT-Kosten und Verfahren", "Verwaltung", "Sachkosten", 30, 0, D(1750070)),
    ("EGL-AKT", "Aktivierung und berufliche Eingliederung (§ 45 SGB III)", "Eingliederung", "Eingliederungsleistungen", 10, 0, D(4300000)),
    ("EGL-FBW", "Förderung der beruflichen Weiterbildung", "Eingliederung", "Eingliederungsleistungen", 20, 0, D(3600000)),
    ("EGL-EGZ", "Eingliederungszuschüsse", "Eingliederung", "Eingliederungsleistungen", 30, 0, D(2400000)),
    ("EGL-AGH", "Arbeitsgelegenheiten (§ 16d SGB II)", "Eingliederung", "Beschäftigung schaffende Maßnahmen", 40, 0, D(1900000)),
    ("EGL-FAV", "Förderung von Arbeitsverhältnissen (§ 16e SGB II)", "Eingliederung", "Beschäftigung schaffende Maßnahmen", 50, 0, D(900000)),
    ("EGL-FRF", "Freie Förderung und sonstige Leistungen (§ 16f SGB II)", "Eingliederung", "Sonstige", 60, 0, D(1828985)),
    ("K16A-KIB", "Kinderbetreuung (§ 16a Nr. 1 SGB II)", "Kommunal", "Kommunale Eingliederungsleistungen", 10, 1, D(140000)),
    ("K16A-SCH", "Schuldnerberatung (§ 16a Nr. 2 SGB II)", "Kommunal", "Kommunale Eingliederungsleistungen", 20, 1, D(380000)),
    ("K16A-PSB", "Psychosoziale Betreuung (§ 16a Nr. 3 SGB II)", "Kommunal", "Kommunale Eingliederungsleistungen", 30, 1, D(420000)),
    ("K16A-SUC", "Suchtberatung (§ 16a Nr. 4 SGB II)", "Kommunal", "Kommunale Eingliederungsleistungen", 40, 1, D(260000)),
]
assert sum(l[6] for l in LINES if l[2] == "Verwaltung") == VB + SHIFT
assert sum(l[6] for l in LINES if l[2] == "Eingliederung") == EB - SHIFT
assert sum(l[6] for l in LINES if l[2] != "Kommunal") == D(42049055)

def money(x):
    return f"{x.quantize(D('0.01'))}".replace(".", ",")

with open("seeds/budget-lines.csv", "w", encoding="utf-8") as f:
    f.write("Code;Name;Budget;Group;SortOrder;InformKreis;FromYear;ToYear\n")
    for c, n, b, g, s, k, _ in LINES:
        f.write(f"{c};{n};{b};{g};{s};{k};2014;\n")

with open("seeds/budget-plans.csv", "w", encoding="utf-8") as f:
    f.write("Year;Number;DecidedOn;VerwaltungAllocation;EingliederungAllocation;PlannedShift;Assumed;Note\n")
    f.write(f"2015;0;2014-12-02;{VB};{EB};{SHIFT};1;Lokales Planungsdokument 2015, 3.2: Umschichtung 23,1 % (4,48 Mio. €) des Eingliederungsbudgets. "
            "Vorjahr: geplant bis 18,45 %, Stand 3. Revision 17,9 % (Beträge 2014 nicht im Dokument). Aufteilung auf Positionen: Annahme\n")

with open("seeds/budget-plan-amounts.csv", "w", encoding="utf-8") as f:
    f.write("Year;Number;Line;Amount\n")
    for c, *_, amount in LINES:
        f.write(f"2015;0;{c};{amount}\n")

# DEMO execution: 2014 Jan-Dec (for the last year's pattern) and 2015 Jan-May.
SEASON = [D(x) for x in ("0.70", "0.85", "0.95", "1.00", "1.00", "1.00", "0.95", "0.85", "1.05", "1.10", "1.15", "1.40")]
assert sum(SEASON) == 12
FLAT = {"VW-PERS", "VW-SACH", "VW-IT"}
# the demo's 2015 pace against the plan (1 = on plan): personnel a little over, § 16a psychosocial care clearly over
PACE = {"VW-PERS": D("1.03"), "EGL-FBW": D("0.88"), "K16A-PSB": D("1.25"), "EGL-EGZ": D("1.02")}
rows = []
for c, *_, plan in LINES:
    for year, months, base in ((2014, 12, plan * D("0.94")), (2015, 5, plan * PACE.get(c, D(1)))):
        for m in range(1, months + 1):
            share = D(1) if c in FLAT else SEASON[m - 1]
            paid = (base / 12 * share).quantize(D(1))
            remaining = base - base / 12 * m
            committed = D(0) if c in FLAT else (remaining * D("0.35")).quantize(D(1))
            rows.append((year, m, c, committed, paid))
with open("seeds/demo/budget-execution.csv", "w", encoding="utf-8") as f:
    f.write("Jahr;Monat;Position;Mittelbindung;Ausgaben\n")
    for y, m, c, committed, paid in rows:
        f.write(f"{y};{m};{c};{money(committed)};{money(paid)}\n")

with open("seeds/demo/finance-months.csv", "w", encoding="utf-8") as f:
    f.write("Year;Month;State\n")
    for m in range(1, 13):
        f.write(f"2014;{m};Abgeschlossen\n")
    for m in range(1, 6):
        f.write(f"2015;{m};{'Abgeschlossen' if m < 5 else 'Eingereicht'}\n")

# DEMO staff: 405,93 VZÄ + 10 project staff + 6 temporary Leistungsbereich = 421,93 planned (Planungsdokument 3.1);
# the split over units is an assumption: each team its FTE, the rest (Zentrale, Widerspruch, Leistungsbereich) at JC.
TEAMS = {"MI": D("21.50"), "LG": D("19.00"), "U25": D("14.00"), "JO": D("9.00"), "AGS": D("8.00"), "IK": D("5.00"), "AKT": D("5.00")}
teams = [l.split(";") for l in open("seeds/org-units.csv", encoding="utf-8").read().splitlines()[1:]]
teams = [(t[0], t[6]) for t in teams if t[2] == "Team"]
with open("seeds/demo/staff.csv", "w", encoding="utf-8") as f:
    f.write("Jahr;Monat;Einheit;VZÄ Soll;VZÄ Ist\n")
    for m in range(1, 6):
        total = D(0)
        for code, valid_to in teams:
            if valid_to and valid_to < f"2015-{m:02d}-01":
                continue
            kind = code.split("-")[1]
            planned = TEAMS[kind]
            total += planned
            actual = planned - (D("0.75") if m % 2 else D("0.25"))
            f.write(f"2015;{m};{code};{money(planned)};{money(actual)}\n")
        rest = D("421.93") - total
        f.write(f"2015;{m};JC;{money(rest)};{money(rest - D('4.00'))}\n")
print(len(rows), "execution rows")
