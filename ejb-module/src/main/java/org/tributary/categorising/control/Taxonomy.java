package org.tributary.categorising.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in categories: the name stored in the ledger (English, unchanged since the first release, as
 * reports and exports use it), its kind, its Russian name and a description of what belongs in it, which the
 * embedding model compares descriptors with when nothing else knows them (zero-shot).
 */
public enum Taxonomy {
    SALARY("Salary", Kind.INCOME, "Зарплата", "salary wages payroll pay from employer"),
    OTHER_INCOME(
            "Other income",
            Kind.INCOME,
            "Прочие доходы",
            "refund reimbursement interest earned dividend pension benefit child allowance tax refund cashback"),
    GROCERIES(
            "Groceries",
            Kind.EXPENSE,
            "Продукты",
            "supermarket grocery store food market bakery butcher greengrocer discount food shop"),
    EATING_OUT(
            "Eating out",
            Kind.EXPENSE,
            "Кафе и рестораны",
            "restaurant cafe coffee shop fast food bar pub takeaway food delivery canteen"),
    TRANSPORT(
            "Transport",
            Kind.EXPENSE,
            "Транспорт",
            "public transport train bus metro taxi ride hailing fuel petrol station parking car"),
    TRAVEL("Travel", Kind.EXPENSE, "Путешествия", "airline flight hotel hostel travel agency holiday booking"),
    SUBSCRIPTIONS(
            "Subscriptions",
            Kind.EXPENSE,
            "Подписки",
            "streaming music video subscription software cloud storage app store membership"),
    SHOPPING(
            "Shopping",
            Kind.EXPENSE,
            "Покупки",
            "clothes shoes electronics department store online shop furniture hardware diy books toys"),
    UTILITIES(
            "Utilities",
            Kind.EXPENSE,
            "Коммунальные услуги и связь",
            "electricity gas water heating mobile phone internet broadband telecom operator"),
    RENT_AND_HOUSING("Rent and housing", Kind.EXPENSE, "Жильё", "rent landlord mortgage housing service charge"),
    HEALTH("Health", Kind.EXPENSE, "Здоровье", "pharmacy chemist doctor dentist hospital clinic optician medicine"),
    PERSONAL_CARE(
            "Personal care",
            Kind.EXPENSE,
            "Красота и уход",
            "hairdresser barber beauty salon cosmetics perfume drugstore spa"),
    ENTERTAINMENT(
            "Entertainment",
            Kind.EXPENSE,
            "Развлечения",
            "cinema theatre concert tickets museum games sports club gym fitness leisure"),
    EDUCATION("Education", Kind.EXPENSE, "Образование", "school university course tuition training books for study"),
    INSURANCE("Insurance", Kind.EXPENSE, "Страхование", "insurance premium health car home life insurance policy"),
    GIFTS_AND_CHARITY(
            "Gifts and charity",
            Kind.EXPENSE,
            "Подарки и благотворительность",
            "donation charity gift flowers florist"),
    TAXES("Taxes and government", Kind.EXPENSE, "Налоги и госуслуги", "tax authority government fine state fee"),
    CASH("Cash", Kind.EXPENSE, "Наличные", "atm cash withdrawal"),
    FEES_AND_INTEREST(
            "Fees and interest",
            Kind.EXPENSE,
            "Комиссии и проценты",
            "bank fee account charge overdraft interest commission"),
    TRANSFERS("Transfers", Kind.TRANSFER, "Переводы", "transfer between own accounts savings top up"),
    UNCATEGORISED(BuiltInCategories.UNCATEGORISED, Kind.NONE, "Без категории", "");

    public enum Kind {
        INCOME,
        EXPENSE,
        TRANSFER,
        NONE
    }

    private final String storedName;
    private final Kind kind;
    private final String russian;
    private final String description;

    Taxonomy(String storedName, Kind kind, String russian, String description) {
        this.storedName = storedName;
        this.kind = kind;
        this.russian = russian;
        this.description = description;
    }

    /** The name in the ledger, the reports and the exports. */
    public String storedName() {
        return storedName;
    }

    public Kind kind() {
        return kind;
    }

    /** What belongs in it, in words the embedding model compares descriptors with. */
    public String description() {
        return description;
    }

    public String displayName(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? russian : storedName;
    }

    public static Optional<Taxonomy> byStoredName(String name) {
        return Arrays.stream(values()).filter(c -> c.storedName.equals(name)).findFirst();
    }

    /** The categories a layer may suggest: all but "Uncategorised". */
    public static List<Taxonomy> suggestible() {
        return Arrays.stream(values()).filter(c -> c != UNCATEGORISED).toList();
    }
}
