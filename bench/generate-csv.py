#!/usr/bin/env python3
"""Writes a realistic bank CSV: N rows over a year, many merchants, several accounts, mixed signs.

usage: bench/generate-csv.py ROWS OUT.csv [SEED] [TAIL]

TAIL (0..1, default 0): the share of rows paid to one-off merchants with made-up names (a long tail of
thousands of distinct merchants, as in a real ledger) instead of the recurring ones.
"""
import random
import sys
from datetime import date, timedelta

MERCHANTS = [
    ("REWE", -1, 5, 120), ("EDEKA", -1, 3, 90), ("ALDI SUED", -1, 4, 70), ("LIDL", -1, 3, 60),
    ("AMAZON MKTPLACE", -1, 8, 250), ("UBER *TRIP", -1, 6, 45), ("SHELL", -1, 30, 90),
    ("NETFLIX.COM", -1, 13, 18), ("SPOTIFY", -1, 10, 15), ("STARBUCKS", -1, 3, 12),
    ("DEUTSCHE BAHN", -1, 20, 160), ("IKEA", -1, 15, 400), ("APOTHEKE AM MARKT", -1, 5, 60),
    ("VODAFONE", -1, 30, 60), ("STADTWERKE", -1, 40, 150), ("RESTAURANT DA MARIO", -1, 25, 120),
]
TAIL_WORDS = ["GOLDEN", "BLUE", "OLD", "NEW", "CITY", "CORNER", "GREEN", "ROYAL", "LITTLE", "HAPPY", "NORTH",
              "SUNNY", "SILVER", "RED", "GRAND", "URBAN", "LUCKY", "SWEET", "WILD", "BRIGHT"]
TAIL_NAMES = ["FOX", "OAK", "RIVER", "LANTERN", "HARBOUR", "MAPLE", "PEPPER", "ANCHOR", "MEADOW", "CROWN",
              "BRIDGE", "ORCHARD", "FALCON", "CEDAR", "COMET", "WILLOW", "THISTLE", "BADGER", "SPARROW", "ACORN"]
TAIL_TRADES = ["BAKERY", "CAFE", "BOOKS", "FLOWERS", "BARBER", "PHARMACY", "DINER", "HARDWARE", "BOUTIQUE",
               "GARAGE", "TAVERN", "DELI", "OPTICIANS", "PET SUPPLIES", "TOYS", "GALLERY", "YOGA", "BISTRO",
               "TAILOR", "CYCLES", "STUDIO", "MARKET", "KITCHEN", "TRADING", "WORKSHOP"]
INCOME = [("SALARY ACME GMBH", 2500, 4200), ("REFUND", 5, 80), ("INTEREST", 0.1, 5)]


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    tail = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    start = date(2025, 1, 1)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("Date;Account;Description;Amount;Currency\n")
        for i in range(rows):
            day = start + timedelta(days=rng.randrange(365))
            account = rng.choice(["DE12 Giro", "DE34 Card", "DE56 Savings"])
            if rng.random() < 0.06:
                name, low, high = rng.choice(INCOME)
                amount = rng.uniform(low, high)
            elif rng.random() < tail:
                name = f"{rng.choice(TAIL_WORDS)} {rng.choice(TAIL_NAMES)} {rng.choice(TAIL_TRADES)} {rng.randrange(100)}"
                amount = -rng.uniform(3, 150)
            else:
                name, sign, low, high = rng.choice(MERCHANTS)
                amount = -rng.uniform(low, high)
            reference = rng.randrange(10**8)
            text = f"{name} {reference} {day.strftime('%d.%m')}"
            money = f"{amount:.2f}".replace(".", ",")
            f.write(f"{day.strftime('%d.%m.%Y')};{account};{text};{money};EUR\n")


if __name__ == "__main__":
    main()
