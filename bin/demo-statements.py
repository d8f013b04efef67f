#!/usr/bin/env python3
"""Writes the demo user's bank exports: the twelve months up to today of a household's current account
(a German semicolon CSV) and credit card (a comma CSV, month first), the card paid off from the account
each month (a transfer between the two), and the few things the reports should find: a subscription whose
price went up, a charge taken twice on one day, an unusually large purchase, a merchant new this month.

usage: bin/demo-statements.py OUT_DIR [TODAY as YYYY-MM-DD]
Writes OUT_DIR/current-account.csv and OUT_DIR/credit-card.csv. The same day gives the same files.
"""
import os
import random
import sys
from datetime import date, timedelta

GROCERIES = [("REWE SAGT DANKE", 18, 95), ("EDEKA CENTER", 12, 80), ("ALDI SUED", 9, 60), ("LIDL", 8, 55)]
EATING_OUT = [("STARBUCKS", 3.5, 9), ("RESTAURANT DA MARIO", 28, 85), ("BURGER KING", 8, 22)]
TRANSPORT = [("SHELL", 45, 85), ("DB VERTRIEB GMBH", 19, 120), ("UBER *TRIP HELP.UBER.COM", 9, 35)]
SHOPPING = [("AMAZON MKTPLACE", 12, 140), ("ZALANDO", 30, 120), ("DM DROGERIE", 6, 35)]


def month_starts(today):
    first = date(today.year - 1, today.month, 1)
    while first <= today:
        yield first
        first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)


def days_of(month, today):
    day = month
    while day.month == month.month and day <= today:
        yield day
        day += timedelta(days=1)


def money(rng, low, high):
    return round(rng.uniform(low, high), 2)


def main():
    out = sys.argv[1]
    today = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date.today()
    rng = random.Random(today.toordinal())
    account, card = [], []  # (day, description, amount)
    months = list(month_starts(today))
    for n, month in enumerate(months):
        days = list(days_of(month, today))
        on = lambda day_of_month: day_in(month, day_of_month, today)
        for day_of_month, text, amount in [
            (1, "MIETE WOHNUNG LINDENSTR 12 SEPA-LASTSCHRIFT", -1150.00),
            (3, "STADTWERKE STROM UND GAS ABSCHLAG", -118.00),
            (5, "VODAFONE GMBH MOBILFUNK", -39.99),
            (25, "GEHALT ACME GMBH LOHN/GEHALT", 3250.00),
        ]:
            if on(day_of_month):
                account.append((on(day_of_month), text, amount))
        netflix = -13.99 if n < len(months) - 1 else -17.99  # the price went up this month
        if on(9):
            card.append((on(9), "NETFLIX.COM 866-579-7172", netflix))
        if on(14):
            card.append((on(14), "SPOTIFY P1A2B3C4D5", -10.99))
        for day in days:
            if rng.random() < 0.38:
                account.append((day, *pick(rng, GROCERIES)))
            if rng.random() < 0.22:
                card.append((day, *pick(rng, EATING_OUT)))
            if rng.random() < 0.12:
                card.append((day, *pick(rng, TRANSPORT)))
            if rng.random() < 0.08:
                card.append((day, *pick(rng, SHOPPING)))
            if rng.random() < 0.03:
                account.append((day, "GELDAUTOMAT SPARKASSE", -float(rng.choice([50, 100, 200]))))
        if on(28) and n > 0:
            # last month's card bill, paid from the account: a transfer between the user's own accounts
            bill = round(-sum(a for d, _, a in card if (d.year, d.month) == prev(month)), 2)
            account.append((on(28), "KREDITKARTE ABRECHNUNG VISA", -bill))
            card.append((on(28), "PAYMENT RECEIVED - THANK YOU", bill))
    card.append((today.replace(day=1), "ZALANDO", -689.00))  # far above what is usually spent there
    twice = today.replace(day=max(1, min(today.day - 1, 6))) if today.day > 1 else today
    card += [(twice, "AMAZON MKTPLACE", -64.90), (twice, "AMAZON MKTPLACE", -64.90)]
    card.append((today, "BOULDERHALLE NORD", -14.50))  # a merchant never seen before this month
    os.makedirs(out, exist_ok=True)
    write_current_account(os.path.join(out, "current-account.csv"), sorted(account))
    write_credit_card(os.path.join(out, "credit-card.csv"), sorted(card))


def day_in(month, day_of_month, today):
    """That day of the month, or None when it is still to come."""
    day = month.replace(day=min(day_of_month, 28))
    return day if day <= today else None


def prev(month):
    return (month.year - (month.month == 1), (month.month - 2) % 12 + 1)


def pick(rng, merchants):
    name, low, high = rng.choice(merchants)
    return name, -money(rng, low, high)


def write_current_account(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Buchungstag;Valuta;Buchungstext;Betrag;Waehrung\n")
        for day, text, amount in rows:
            german = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            f.write(f"{day:%d.%m.%Y};{day:%d.%m.%Y};{text};{german};EUR\n")


def write_credit_card(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Transaction Date,Description,Amount\n")
        for day, text, amount in rows:
            f.write(f'{day:%m/%d/%Y},"{text}",{amount:.2f}\n')


if __name__ == "__main__":
    main()
