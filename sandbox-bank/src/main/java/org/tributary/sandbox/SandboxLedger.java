package org.tributary.sandbox;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The sandbox bank's accounts: a US checking account in dollars and a travel card in euros, a year of a household's
 * transactions each. Every day's transactions come from that day alone (a random generator seeded with the date),
 * so their ids are the same in every answer and the history does not change under a sync; the last two days' are
 * pending, and are posted once the days have passed. A volume ledger (for a benchmark) gives the checking account a
 * set number of transactions instead, spread over the year the same way: each day's from that day alone.
 */
final class SandboxLedger {

    record Transaction(String id, LocalDate date, String amount, String description, boolean pending) {}

    record Account(String id, String name, String currency, List<Transaction> transactions) {}

    static final int DAYS = 365;
    private static final int PENDING_DAYS = 2;

    /** The days of the year whose transactions are booked: all but the pending last two. */
    private static final int BOOKED_DAYS = DAYS - PENDING_DAYS;

    private static final String[] GROCERIES = {
        "KROGER #0412", "TRADER JOE'S #552", "WHOLE FOODS MKT 10233", "SAFEWAY #1877", "ALDI 74021",
                "COSTCO WHSE #0481",
        "H-E-B #622", "PUBLIX #1419", "WEGMANS #88", "FOOD LION #2201", "SPROUTS FARMERS MKT 311", "MEIJER #154"
    };
    private static final String[] EATING_OUT = {
        "STARBUCKS STORE 10482", "CHIPOTLE 2231", "SQ *BLUE BOTTLE COFFEE", "MCDONALD'S F31442",
                "TST* PANERA BREAD 441",
        "DUNKIN #34421", "SWEETGREEN UNION SQ", "TST* JOE'S PIZZA", "SHAKE SHACK 112", "TACO BELL 031298",
        "SQ *CORNER BAKERY", "DOORDASH*THAI PALACE", "UBER *EATS", "TST* THE LOCAL DINER", "PANDA EXPRESS #1620"
    };
    private static final String[] SHOPPING = {
        "AMAZON MKTPL*2K4LL0", "TARGET 00021428", "WALMART SUPERCENTER 2291", "BEST BUY 00011", "HOME DEPOT #6512",
        "IKEA BROOKLYN", "CVS/PHARMACY #08721", "WALGREENS #3391", "ETSY.COM SELLER 77", "REI 112 SEATTLE",
        "BARNES & NOBLE 2711", "OLD NAVY US 5129", "ACE HARDWARE 14412", "PETCO 1623", "SEPHORA 0381"
    };
    private static final String[] TRANSPORT = {
        "SHELL OIL 57442",
        "CHEVRON 0203311",
        "EXXONMOBIL 4471",
        "UBER *TRIP",
        "LYFT *RIDE WED 8PM",
        "MTA*NYCT PAYGO",
        "BP#9912331",
        "PARKWHIZ PARKING"
    };
    private static final String[] TRAVEL = {
        "CARREFOUR CITY PARIS", "RATP PARIS", "MONOPRIX 211", "CAFE DE FLORE", "SNCF INTERNET", "LIDL DANKT 4412",
        "DB VERTRIEB GMBH", "REWE MARKT 0815", "BOULANGERIE PAUL", "FNAC.COM", "HOTEL DU LOUVRE", "UBER BV *TRIP"
    };

    private static final LocalDate NETFLIX_PRICE_RISE = LocalDate.of(2026, 9, 1);

    private static final String[] VOLUME_CREDITS = {
        "AMAZON.COM REFUND", "ZELLE FROM J SMITH", "ONLINE TRANSFER FROM SAVINGS", "VENMO CASHOUT", "INTEREST PAYMENT"
    };

    private final String accountKey;
    private final int volume;

    SandboxLedger(String accountKey) {
        this(accountKey, 0);
    }

    /**
     * A ledger whose checking account has {@code volume} booked transactions over the year (every year that ends
     * today), besides the last two days' pending ones; 0 for the household's usual year.
     */
    SandboxLedger(String accountKey, int volume) {
        if (volume < 0) {
            throw new IllegalArgumentException("A volume is 0 or more: " + volume);
        }
        this.accountKey = accountKey;
        this.volume = volume;
    }

    List<Account> accounts(LocalDate today, LocalDate since) {
        List<Transaction> checking = new ArrayList<>();
        List<Transaction> card = new ArrayList<>();
        LocalDate first = today.minusDays(DAYS - 1L);
        for (LocalDate day = since.isAfter(first) ? since : first; !day.isAfter(today); day = day.plusDays(1)) {
            boolean pending = day.isAfter(today.minusDays(PENDING_DAYS));
            checking.addAll(volume > 0 ? volumeOn(day, pending, volume) : checkingOn(day, pending));
            card.addAll(cardOn(day, pending));
        }
        return List.of(
                new Account(accountKey + "-chk", "Everyday Checking", "USD", checking),
                new Account(accountKey + "-eur", "Travel Card", "EUR", card));
    }

    private static List<Transaction> checkingOn(LocalDate day, boolean pending) {
        Random random = new Random(day.toEpochDay() * 31 + 7);
        List<Transaction> today = new ArrayList<>();
        Ids ids = new Ids("chk", day, pending, today);
        int dom = day.getDayOfMonth();
        if (dom == 1) {
            ids.add("ACH CREDIT ACME CORP PAYROLL PPD ID: 9111036000", 4_215.37);
            ids.add("ZELLE TO PARKSIDE PROPERTIES RENT", -1_650.00);
        }
        if (dom == 15) {
            ids.add("ACH CREDIT ACME CORP PAYROLL PPD ID: 9111036000", 4_215.37);
        }
        if (dom == 3) {
            ids.add("NETFLIX.COM 866-579-7172 CA", day.isBefore(NETFLIX_PRICE_RISE) ? -15.49 : -17.99);
        }
        if (dom == 8) {
            ids.add("SPOTIFY USA P2A9C1", -11.99);
            ids.add("PGANDE DES:WEB ONLINE ID:1234567890", -(80 + random.nextInt(90) + random.nextInt(100) / 100.0));
        }
        if (dom == 12) {
            ids.add("PLANET FITNESS CLUB FEES", -24.99);
            ids.add("VERIZON WIRELESS PAYMENTS", -85.00);
        }
        if (dom == 20) {
            ids.add("GEICO AUTO INSURANCE", -132.40);
        }
        if (day.getDayOfYear() == 200) {
            ids.add("STATE FARM HOMEOWNERS ANNUAL", -1_184.00);
        }
        if (random.nextInt(7) < 3) {
            ids.add(pick(random, GROCERIES), -(15 + random.nextInt(140) + random.nextInt(100) / 100.0));
        }
        if (random.nextInt(3) == 0) {
            ids.add(pick(random, EATING_OUT), -(4 + random.nextInt(38) + random.nextInt(100) / 100.0));
        }
        if (random.nextInt(5) == 0) {
            ids.add(pick(random, SHOPPING), -(9 + random.nextInt(180) + random.nextInt(100) / 100.0));
        }
        if (random.nextInt(6) == 0) {
            ids.add(pick(random, TRANSPORT), -(12 + random.nextInt(55) + random.nextInt(100) / 100.0));
        }
        if (random.nextInt(40) == 0) {
            ids.add("AMAZON.COM REFUND", 10 + random.nextInt(60) + random.nextInt(100) / 100.0);
        }
        if (random.nextInt(25) == 0) {
            ids.add("ATM WITHDRAWAL 0021 MAIN ST", -(20 * (1 + random.nextInt(8))));
        }
        if (random.nextInt(30) == 0) {
            ids.add(
                    "LOCAL SHOP " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + " #"
                            + (100 + random.nextInt(900)),
                    -(5 + random.nextInt(60) + random.nextInt(100) / 100.0));
        }
        return today;
    }

    /**
     * A volume ledger's day: the volume shared out over {@link #BOOKED_DAYS} days by the day's place in a cycle of
     * that length, so any year ending today books exactly the volume and a day's count never changes.
     */
    private static List<Transaction> volumeOn(LocalDate day, boolean pending, int volume) {
        Random random = new Random(day.toEpochDay() * 131 + volume);
        List<Transaction> today = new ArrayList<>();
        Ids ids = new Ids("vol", day, pending, today);
        int count =
                volume / BOOKED_DAYS + (Math.floorMod(day.toEpochDay(), BOOKED_DAYS) < volume % BOOKED_DAYS ? 1 : 0);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(20)) {
                case 0 -> ids.add(pick(random, VOLUME_CREDITS), 5 + random.nextInt(400) + random.nextInt(100) / 100.0);
                case 1, 2, 3, 4, 5 ->
                    ids.add(pick(random, GROCERIES), -(15 + random.nextInt(140) + random.nextInt(100) / 100.0));
                case 6, 7, 8, 9, 10, 11 ->
                    ids.add(pick(random, EATING_OUT), -(4 + random.nextInt(38) + random.nextInt(100) / 100.0));
                case 12, 13, 14, 15 ->
                    ids.add(pick(random, SHOPPING), -(9 + random.nextInt(180) + random.nextInt(100) / 100.0));
                default -> ids.add(pick(random, TRANSPORT), -(12 + random.nextInt(55) + random.nextInt(100) / 100.0));
            }
        }
        return today;
    }

    private static List<Transaction> cardOn(LocalDate day, boolean pending) {
        Random random = new Random(day.toEpochDay() * 17 + 3);
        List<Transaction> today = new ArrayList<>();
        Ids ids = new Ids("eur", day, pending, today);
        if (day.getDayOfMonth() == 5) {
            ids.add("SPOTIFY AB STOCKHOLM", -10.99);
        }
        boolean travelling = day.getMonthValue() == 7 && day.getDayOfMonth() >= 10 && day.getDayOfMonth() < 24;
        if (travelling) {
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                ids.add(pick(random, TRAVEL), -(3 + random.nextInt(120) + random.nextInt(100) / 100.0));
            }
        } else if (random.nextInt(20) == 0) {
            ids.add("ZALANDO SE BERLIN", -(25 + random.nextInt(90) + random.nextInt(100) / 100.0));
        }
        return today;
    }

    private static String pick(Random random, String[] names) {
        return names[random.nextInt(names.length)];
    }

    /** Numbers a day's transactions of an account in the order they are made: the same ids in every answer. */
    private record Ids(String account, LocalDate day, boolean pending, List<Transaction> into) {
        void add(String description, double amount) {
            String id = account + "-" + day + "-" + into.size();
            into.add(new Transaction(id, day, String.format(Locale.ROOT, "%.2f", amount), description, pending));
        }
    }

    static long epoch(LocalDate day) {
        return day.atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
    }
}
