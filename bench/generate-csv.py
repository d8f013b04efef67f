#!/usr/bin/env python3
"""Writes a household's bank export as a real one looks: seeded, so the same arguments give the same bytes.

usage: bench/generate-csv.py ROWS OUT.csv [SEED] [TAIL] [--ledger] [--from YYYY-MM-DD] [--days N]

The model (issue 14): about 150 recurring merchants drawn with Zipf-like weights (a few supermarkets and cafés
take most rows, a long row of shops few), fixed monthly payments on their days (salary, rent, utilities,
insurance, subscriptions, one of which raises its price once), TAIL (default 0.12) of the rows at one-off
shops with made-up names (over 10,000 distinct merchants at 100,000 rows), refunds (about 1.5 %), transfers
between the household's own accounts with both legs (about 2 %), a few huge one-offs (a car, a tax refund,
a holiday), seasonality (December and Saturdays busy, Sundays quiet) and the descriptor shapes banks export
("REWE SAGT DANKE 4471//BERLIN/DE", "SEPA-LASTSCHRIFT NETFLIX.COM ...", "PAYPAL *SPOTIFY 3531...", card
purchases with a terminal number and a city). Dates run from --from (default 2024-10-01) for --days days
(default 457: October 2024 to December 2025, so every month of 2025 has a previous one).

The default output is the bank file (Date;Account;Description;Amount;Currency, German number format), for
the import. --ledger writes what the import makes of it instead, for loading straight into the ledger:
date,account,amount,currency,description,merchant,category,type (transfers typed TRANSFER, both legs).
"""
import argparse
import bisect
import itertools
import random
from datetime import date, timedelta

ACCOUNTS = ["DE12 Giro", "DE34 Card", "DE56 Savings"]
CITIES = ["BERLIN", "HAMBURG", "MUENCHEN", "KOELN", "FRANKFURT", "LEIPZIG", "DRESDEN", "BREMEN", "POTSDAM", "BONN"]

# name, category, typical amount (EUR), spread (0..1), descriptor shape
EVERYDAY = [
    ("REWE", "groceries", 38, 0.7, "card"), ("EDEKA", "groceries", 31, 0.7, "card"),
    ("ALDI SUED", "groceries", 27, 0.6, "card"), ("LIDL", "groceries", 25, 0.6, "card"),
    ("NETTO MARKEN-DISCOUNT", "groceries", 19, 0.6, "card"), ("KAUFLAND", "groceries", 44, 0.6, "card"),
    ("PENNY", "groceries", 16, 0.6, "card"), ("DENNS BIOMARKT", "groceries", 29, 0.6, "card"),
    ("ROSSMANN", "shopping", 14, 0.6, "card"), ("DM DROGERIE MARKT", "shopping", 17, 0.6, "card"),
    ("BAECKEREI KAMPS", "eating-out", 4.2, 0.4, "card"), ("STARBUCKS", "eating-out", 5.9, 0.3, "card"),
    ("BACKWERK", "eating-out", 4.8, 0.4, "card"), ("CAFE EINSTEIN", "eating-out", 7.5, 0.4, "sumup"),
    ("MCDONALDS", "eating-out", 9.8, 0.4, "card"), ("BURGER KING", "eating-out", 10.5, 0.4, "card"),
    ("VAPIANO", "eating-out", 21, 0.4, "card"), ("LIEFERANDO.DE", "eating-out", 26, 0.4, "online"),
    ("WOLT", "eating-out", 24, 0.4, "online"), ("RESTAURANT DA MARIO", "eating-out", 48, 0.5, "sumup"),
    ("SUSHI CIRCLE", "eating-out", 32, 0.4, "card"), ("DEAN&DAVID", "eating-out", 12, 0.3, "card"),
    ("SHELL", "transport", 62, 0.4, "card"), ("ARAL", "transport", 58, 0.4, "card"),
    ("ESSO", "transport", 55, 0.4, "card"), ("TOTAL", "transport", 51, 0.4, "card"),
    ("DB VERTRIEB GMBH", "transport", 39, 0.8, "online"), ("BVG", "transport", 3.5, 0.3, "card"),
    ("UBER *TRIP", "transport", 17, 0.5, "paypal"), ("FREENOW", "transport", 19, 0.5, "online"),
    ("SIXT SHARE", "transport", 14, 0.5, "online"), ("TIER MOBILITY", "transport", 4.1, 0.4, "online"),
    ("AMAZON MKTPLACE", "shopping", 34, 1.0, "amazon"), ("AMAZON.DE", "shopping", 29, 1.0, "amazon"),
    ("ZALANDO", "shopping", 64, 0.7, "paypal"), ("OTTO", "shopping", 55, 0.7, "paypal"),
    ("MEDIA MARKT", "shopping", 89, 1.0, "card"), ("SATURN", "shopping", 79, 1.0, "card"),
    ("IKEA", "shopping", 96, 1.0, "card"), ("H&M", "shopping", 36, 0.6, "card"), ("TK MAXX", "shopping", 31, 0.6, "card"),
    ("DECATHLON", "shopping", 44, 0.7, "card"), ("THALIA", "shopping", 18, 0.5, "card"),
    ("OBI BAUMARKT", "shopping", 41, 0.8, "card"), ("HORNBACH", "shopping", 52, 0.8, "card"),
    ("TEDI", "shopping", 9, 0.5, "card"), ("ACTION", "shopping", 12, 0.5, "card"),
    ("APOTHEKE AM MARKT", "health", 16, 0.7, "card"), ("SONNEN APOTHEKE", "health", 14, 0.7, "card"),
    ("FIELMANN", "health", 120, 0.6, "card"), ("ZAHNARZTPRAXIS DR WEBER", "health", 90, 0.8, "sepa"),
    ("CINEMAXX", "entertainment", 24, 0.4, "card"), ("EVENTIM", "entertainment", 78, 0.6, "online"),
    ("STEAM PURCHASE", "entertainment", 19, 0.6, "paypal"), ("PLAYSTATION NETWORK", "entertainment", 22, 0.5, "paypal"),
    ("FITX", "entertainment", 25, 0.1, "sepa"), ("URBAN SPORTS CLUB", "entertainment", 49, 0.1, "sepa"),
    ("FLIXBUS", "travel", 29, 0.5, "online"), ("LUFTHANSA", "travel", 189, 0.6, "online"),
    ("BOOKING.COM", "travel", 142, 0.7, "online"), ("AIRBNB", "travel", 210, 0.7, "online"),
    ("HOTEL IBIS", "travel", 96, 0.4, "card"), ("EUROWINGS", "travel", 119, 0.6, "online"),
    ("FRISEUR SCHNITTIG", "personal-care", 32, 0.3, "sumup"), ("BLUMEN KOENIG", "shopping", 21, 0.4, "sumup"),
    ("TCHIBO", "shopping", 18, 0.6, "card"), ("KIOSK AM BAHNHOF", "eating-out", 3.9, 0.4, "card"),
    ("DOENER PALAST", "eating-out", 7.5, 0.2, "card"), ("PIZZERIA NAPOLI", "eating-out", 24, 0.4, "sumup"),
    ("BIO COMPANY", "groceries", 27, 0.6, "card"), ("GETRAENKE HOFFMANN", "groceries", 22, 0.5, "card"),
    ("REAL", "groceries", 48, 0.6, "card"), ("GLOBUS", "groceries", 57, 0.6, "card"),
    ("NORMA", "groceries", 18, 0.6, "card"), ("METRO", "groceries", 66, 0.7, "card"),
    ("ALNATURA", "groceries", 23, 0.6, "card"), ("HIT MARKT", "groceries", 34, 0.6, "card"),
    ("WOCHENMARKT STAND", "groceries", 12, 0.5, "sumup"), ("FLEISCHEREI BAUER", "groceries", 17, 0.5, "card"),
    ("PARKHAUS CITY", "transport", 6.5, 0.3, "card"), ("PARK NOW", "transport", 3.2, 0.3, "online"),
    ("ADAC", "transport", 9.9, 0.1, "sepa"), ("CARGLASS", "transport", 240, 0.5, "sepa"),
    ("ATU AUTO TEILE", "transport", 160, 0.7, "card"), ("WASCHSTRASSE SPLASH", "transport", 12, 0.3, "card"),
    ("APPLE.COM/BILL", "subscriptions", 2.99, 0.0, "online"), ("GOOGLE *YOUTUBE", "subscriptions", 12.99, 0.0, "online"),
    ("AUDIBLE", "subscriptions", 9.95, 0.0, "online"), ("KINDLE UNLTD", "subscriptions", 9.99, 0.0, "amazon"),
    ("ETSY", "shopping", 27, 0.7, "paypal"), ("EBAY", "shopping", 33, 0.8, "paypal"),
    ("VINTED", "shopping", 14, 0.6, "paypal"), ("TEMU", "shopping", 19, 0.7, "paypal"),
    ("SHEIN", "shopping", 24, 0.6, "paypal"), ("ABOUT YOU", "shopping", 58, 0.6, "paypal"),
    ("MUELLER DROGERIE", "shopping", 21, 0.6, "card"), ("DEPOT", "shopping", 26, 0.6, "card"),
    ("XXXLUTZ", "shopping", 180, 0.9, "card"), ("POCO", "shopping", 70, 0.9, "card"),
    ("TIERARZT DR KLEIN", "health", 75, 0.7, "sumup"), ("FRESSNAPF", "shopping", 28, 0.5, "card"),
    ("ZOO ZAJAC", "shopping", 31, 0.5, "card"), ("BUECHEREI STADT", "entertainment", 2, 0.2, "card"),
    ("SPAETI 24", "eating-out", 6.2, 0.5, "card"), ("SUBWAY", "eating-out", 8.9, 0.3, "card"),
    ("NORDSEE", "eating-out", 13, 0.3, "card"), ("BLOCK HOUSE", "eating-out", 56, 0.4, "card"),
    ("HANS IM GLUECK", "eating-out", 34, 0.4, "card"), ("L'OSTERIA", "eating-out", 41, 0.4, "card"),
    ("KAUFHOF", "shopping", 47, 0.8, "card"), ("PRIMARK", "shopping", 29, 0.6, "card"),
    ("SPORTSCHECK", "shopping", 72, 0.7, "card"), ("SNIPES", "shopping", 95, 0.5, "card"),
    ("APCOA PARKING", "transport", 8, 0.4, "card"), ("NEXTBIKE", "transport", 2.5, 0.4, "online"),
    ("FLINK", "groceries", 21, 0.5, "online"), ("GORILLAS", "groceries", 19, 0.5, "online"),
    ("HELLOFRESH", "groceries", 62, 0.1, "sepa"), ("PICNIC", "groceries", 71, 0.4, "sepa"),
    ("LOTTO BERLIN", "entertainment", 6, 0.3, "card"), ("KINO INTIMES", "entertainment", 11, 0.2, "sumup"),
    ("THEATER DES WESTENS", "entertainment", 64, 0.4, "online"), ("ZOOLOGISCHER GARTEN", "entertainment", 22, 0.3, "card"),
    ("STADTBAD MITTE", "entertainment", 5.5, 0.2, "card"), ("BOULDERHALLE", "entertainment", 13, 0.2, "card"),
    ("SCHUHREPARATUR MEYER", "shopping", 18, 0.5, "card"), ("SCHLUESSELDIENST", "shopping", 89, 0.5, "sumup"),
    ("REINIGUNG BLITZ", "shopping", 14, 0.4, "card"), ("COPY SHOP", "shopping", 4, 0.5, "card"),
    ("DEUTSCHE POST", "shopping", 5.6, 0.5, "card"), ("DHL PAKET", "shopping", 7.5, 0.3, "online"),
    ("HERMES", "shopping", 5.4, 0.3, "online"), ("CONRAD", "shopping", 39, 0.8, "online"),
    ("CYBERPORT", "shopping", 140, 0.9, "online"), ("NOTEBOOKSBILLIGER", "shopping", 160, 0.9, "online"),
]
# name, category, amount, day of month, descriptor shape; amounts fixed (the price of one changes once)
MONTHLY = [
    ("MIETE HAUSVERWALTUNG SCHMIDT", "rent-and-housing", 1180.00, 1, "dauerauftrag"),
    ("VATTENFALL EUROPE SALES", "utilities", 96.00, 3, "sepa"), ("BERLINER WASSERBETRIEBE", "utilities", 38.00, 5, "sepa"),
    ("TELEKOM DEUTSCHLAND", "utilities", 44.95, 7, "sepa"), ("VODAFONE GMBH", "utilities", 29.99, 9, "sepa"),
    ("ALLIANZ VERSICHERUNG", "insurance", 54.30, 1, "sepa"), ("HUK-COBURG", "insurance", 41.17, 1, "sepa"),
    ("TECHNIKER KRANKENKASSE", "insurance", 21.90, 15, "sepa"), ("RUNDFUNK ARD ZDF", "utilities", 18.36, 15, "sepa"),
    ("NETFLIX.COM", "subscriptions", 13.99, 12, "sepa"), ("SPOTIFY", "subscriptions", 10.99, 18, "paypal"),
    ("DISNEY PLUS", "subscriptions", 8.99, 21, "paypal"), ("AMAZON PRIME", "subscriptions", 8.99, 4, "amazon"),
    ("ICLOUD STORAGE", "subscriptions", 2.99, 6, "online"), ("ZEIT ONLINE ABO", "subscriptions", 19.90, 2, "sepa"),
    ("BVG ABO DEUTSCHLANDTICKET", "transport", 49.00, 1, "sepa"), ("SPARPLAN ETF DEPOT", "transfers", 250.00, 2, "sepa"),
]
INCOME = [("GEHALT ACME GMBH", "salary", 3870.00, 27), ("KINDERGELD FAMILIENKASSE", "other-income", 250.00, 10)]
HUGE = [("AUTOHAUS MUELLER", "transport", -18900.00), ("FINANZAMT ERSTATTUNG", "taxes-and-government", 2310.55),
        ("TUI REISEN", "travel", -3420.00), ("KUECHENSTUDIO PLUS", "shopping", -7850.00),
        ("NOTAR DR BRAUN", "fees-and-interest", -1260.40), ("ERBSCHAFT TANTE ERNA", "gifts-and-charity", 12000.00)]
TAIL_TRADES = [("BAECKEREI", "eating-out", 6), ("CAFE", "eating-out", 9), ("BUCHHANDLUNG", "shopping", 19),
               ("BLUMEN", "shopping", 17), ("FRISEUR", "personal-care", 28), ("APOTHEKE", "health", 14),
               ("IMBISS", "eating-out", 11), ("EISENWAREN", "shopping", 23), ("BOUTIQUE", "shopping", 48),
               ("WERKSTATT", "transport", 140), ("GASTHAUS", "eating-out", 38), ("FEINKOST", "groceries", 26),
               ("OPTIK", "health", 95), ("ZOOHANDLUNG", "shopping", 22), ("SPIELWAREN", "shopping", 27),
               ("GALERIE", "shopping", 65), ("YOGASTUDIO", "entertainment", 18), ("BISTRO", "eating-out", 24),
               ("SCHNEIDEREI", "shopping", 21), ("FAHRRADLADEN", "shopping", 56), ("WEINHANDEL", "groceries", 31),
               ("HOFLADEN", "groceries", 16), ("TRATTORIA", "eating-out", 42), ("KIOSK", "eating-out", 5),
               ("HOTEL", "travel", 118)]
SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dor", "fen", "gal", "han", "jor",
             "kas", "lin", "mor", "nel", "pet", "ros", "sol", "tam", "ul", "wen", "ber", "cha", "dri", "el", "fa"]
MONTH_SEASON = [0.85, 0.9, 1.0, 1.0, 1.05, 1.1, 1.1, 1.05, 1.0, 1.0, 1.1, 1.35]
WEEKDAY_SEASON = [0.9, 0.95, 1.0, 1.0, 1.15, 1.3, 0.6]


def descriptor(name, shape, day, rng):
    """The description as a bank's export writes such a payment."""
    ref = rng.randrange(10**10)
    city = rng.choice(CITIES)
    if shape == "card":
        return f"{name} {rng.randrange(1000, 9999)}//{city}/DE {day:%d.%m} {rng.randrange(10, 23)}:{rng.randrange(60):02d}"
    if shape == "sumup":
        return f"SUMUP *{name} {city}"
    if shape == "paypal":
        return f"PAYPAL *{name} {ref} 35314369001"
    if shape == "amazon":
        return f"{name} {rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randrange(10**8):08d} AMZN.COM/BILL"
    if shape == "online":
        return f"{name} {ref}"
    if shape == "dauerauftrag":
        return f"DAUERAUFTRAG {name} MIETE {day:%m/%Y}"
    return f"SEPA-LASTSCHRIFT {name} MANDAT M{ref} GLAEUBIGER-ID DE98ZZZ0{rng.randrange(10**9)}"


def one_off_name(rng):
    """A shop nobody else in the ledger visits: a trade and a made-up two-part name, no digits."""
    trade, category, typical = rng.choice(TAIL_TRADES)
    first = "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 4))).upper()
    second = "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 4))).upper()
    return f"{trade} {first} {second}", category, typical


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("seed", type=int, nargs="?", default=42)
    parser.add_argument("tail", type=float, nargs="?", default=0.12)
    parser.add_argument("--ledger", action="store_true", help="write the ledger rows instead of the bank file")
    parser.add_argument("--from", dest="start", default="2024-10-01")
    parser.add_argument("--days", type=int, default=457)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = date.fromisoformat(args.start)
    days = [start + timedelta(days=i) for i in range(args.days)]
    day_weights = list(itertools.accumulate(MONTH_SEASON[d.month - 1] * WEEKDAY_SEASON[d.weekday()] for d in days))
    zipf = list(itertools.accumulate(1 / (rank + 1) ** 1.07 for rank in range(len(EVERYDAY))))
    price_change = len(days) // 2  # the day from which NETFLIX charges more

    rows = []  # (day, account, amount, name, category, type, description)

    def add(day, account, amount, name, category, kind, description):
        rows.append((day, account, round(amount, 2), name, category, kind, description))

    # The fixed payments and income on their days: a small part of a big ledger, but every month.
    for day in days:
        for name, category, amount, dom, shape in MONTHLY:
            if day.day == dom:
                price = amount + (2.00 if name == "NETFLIX.COM" and day >= days[price_change] else 0)
                add(day, "DE12 Giro", -price, name, category, "EXPENSE", descriptor(name, shape, day, rng))
        for name, category, amount, dom in INCOME:
            if day.day == dom:
                add(day, "DE12 Giro", amount, name, category, "INCOME", f"GUTSCHRIFT {name} LOHN/GEHALT {day:%m/%Y}")
    for i, (name, category, amount) in enumerate(HUGE):
        day = days[(i * 97 + 41) % len(days)]
        kind = "INCOME" if amount > 0 else "EXPENSE"
        add(day, "DE12 Giro", amount, name, category, kind, f"UEBERWEISUNG {name} RE {rng.randrange(10**6)}")

    while len(rows) < args.rows:
        day = rng.choices(days, cum_weights=day_weights)[0]
        roll = rng.random()
        if roll < 0.02:
            # A transfer between two own accounts: both legs, the receiving one up to a day later.
            amount = rng.choice([50, 100, 200, 250, 500, 1000]) * 1.0
            source, target = rng.sample(ACCOUNTS, 2)
            ref = rng.randrange(10**8)
            add(day, source, -amount, "UMBUCHUNG", "transfers", "TRANSFER", f"UMBUCHUNG AUF {target[:4]} REF {ref}")
            add(min(day + timedelta(days=rng.randrange(2)), days[-1]), target, amount, "UMBUCHUNG", "transfers",
                "TRANSFER", f"UMBUCHUNG VON {source[:4]} REF {ref}")
            continue
        if roll < 0.02 + args.tail:
            name, category, typical = one_off_name(rng)
            amount = -round(rng.lognormvariate(0, 0.6) * typical, 2)
            description = descriptor(name, rng.choice(["card", "sumup"]), day, rng)
        else:
            name, category, typical, spread, shape = EVERYDAY[bisect.bisect_left(zipf, rng.random() * zipf[-1])]
            amount = -max(0.5, round(rng.lognormvariate(0, spread) * typical if spread else typical, 2))
            description = descriptor(name, shape, day, rng)
            if rng.random() < 0.015 and shape in ("amazon", "paypal", "online", "card"):
                # A refund: money back from a shop, days after.
                add(min(day + timedelta(days=rng.randrange(3, 20)), days[-1]), "DE34 Card", -amount, name,
                    category, "INCOME", "GUTSCHRIFT " + description)
                continue
        account = "DE34 Card" if rng.random() < 0.55 else "DE12 Giro"
        add(day, account, amount, name, category, "EXPENSE", description)

    rows = rows[: args.rows]
    rows.sort(key=lambda r: r[0])
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        if args.ledger:
            f.write("date,account,amount,currency,description,merchant,category,type\n")
            for day, account, amount, name, category, kind, description in rows:
                merchant = name.split(" *")[-1].title()
                f.write(f"{day},{account},{amount:.2f},EUR,\"{description}\",\"{merchant}\",{category},{kind}\n")
        else:
            f.write("Date;Account;Description;Amount;Currency\n")
            for day, account, amount, name, category, kind, description in rows:
                money = f"{amount:.2f}".replace(".", ",")
                f.write(f"{day:%d.%m.%Y};{account};{description};{money};EUR\n")
    return 0


if __name__ == "__main__":
    main()
