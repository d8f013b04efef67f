package org.tributary.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

/**
 * A year and a half of made-up but realistic spending (EUR), the same on every run: groceries, fuel, cafés,
 * a monthly salary and subscription, plus the cases the highlights must find in May 2024 — an unusually
 * large bakery bill, a parking charge taken twice, a subscription that changed price, a dentist after a
 * year's gap — and rows on the leap day and at month ends.
 */
final class ReportData {

    static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST = LocalDate.of(2024, 6, 30);

    private ReportData() {}

    /** The current account's export. */
    static String currentAccount() {
        Random random = new Random(20240229L);
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (random.nextInt(3) == 0) {
                add(csv, day, "LIDL 4711 BERLIN", -amount(random, 10, 80));
            }
            if (random.nextInt(4) == 0) {
                add(csv, day, "REWE MARKT 0815", -amount(random, 5, 60));
            }
            if (random.nextInt(9) == 0) {
                add(csv, day, "SHELL STATION 12", -amount(random, 30, 90));
            }
            if (random.nextInt(5) == 0) {
                add(csv, day, "Cafe Luna", -amount(random, 2, 6));
            }
            if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
                add(csv, day, "Bakery Sonne", -amount(random, 3.8, 4.2));
            }
            if (day.getDayOfMonth() == 25) {
                add(csv, day, "SALARY ACME GMBH", 2500.00);
            }
            if (day.getDayOfMonth() == 5) {
                add(csv, day, "NETFLIX.COM", day.isBefore(LocalDate.of(2024, 5, 1)) ? -9.99 : -12.99);
            }
            if (day.equals(day.withDayOfMonth(day.lengthOfMonth()))) {
                add(csv, day, "Zorblax Hobby Supplies", -amount(random, 20, 40)); // every month end
            }
        }
        add(csv, LocalDate.of(2024, 2, 29), "Leap Day Flowers", -29.02);
        add(csv, LocalDate.of(2024, 5, 15), "Bakery Sonne", -95.00);
        add(csv, LocalDate.of(2024, 5, 20), "PARKING GARAGE CITY", -6.50);
        add(csv, LocalDate.of(2024, 5, 20), "PARKING GARAGE CITY", -6.50);
        add(csv, LocalDate.of(2023, 2, 10), "DENTIST SMILE", -120.00);
        add(csv, LocalDate.of(2024, 5, 8), "DENTIST SMILE", -140.00);
        add(csv, LocalDate.of(2024, 5, 3), "Transfer to card", -500.00);
        return csv.toString();
    }

    /** The credit card's export: other merchants, and the other side of the transfer. */
    static String creditCard() {
        Random random = new Random(31L);
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (random.nextInt(6) == 0) {
                add(csv, day, "AMAZON MKTPLACE", -amount(random, 8, 120));
            }
            if (random.nextInt(20) == 0) {
                add(csv, day, "Deliveroo", -amount(random, 15, 45));
            }
        }
        add(csv, LocalDate.of(2024, 5, 4), "Payment from current account", 500.00);
        add(csv, LocalDate.of(2024, 5, 12), "Brand New Bookshop", -33.30);
        return csv.toString();
    }

    private static double amount(Random random, double min, double max) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min))
                .setScale(2, RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    private static void add(StringBuilder csv, LocalDate day, String description, double amount) {
        csv.append(day)
                .append(',')
                .append(description)
                .append(',')
                .append(BigDecimal.valueOf(amount)
                        .setScale(2, RoundingMode.HALF_EVEN)
                        .toPlainString())
                .append('\n');
    }
}
