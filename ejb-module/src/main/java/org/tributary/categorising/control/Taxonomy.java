package org.tributary.categorising.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in categories: the key stored in the ledger, the rules and ClickHouse ({@code groceries}; decision
 * 26), its kind, its names in English and Russian (shown through {@link CategoryNames}) and a description of
 * what belongs in it, which the embedding model compares descriptors with when nothing else knows them
 * (zero-shot).
 */
public enum Taxonomy {
    SALARY(
            "Salary",
            Kind.INCOME,
            "Зарплата",
            "salary, wages, payroll, pay from employer, Gehalt, Lohn, salaire, stipendio, nómina, salario, salaris, lön, wynagrodzenie, зарплата, заработная плата, аванс"),
    OTHER_INCOME(
            "Other income",
            Kind.INCOME,
            "Прочие доходы",
            "refund, reimbursement, interest earned, dividend, pension, child benefit, tax refund, cashback, Rückerstattung, Erstattung, Zinsen, Kindergeld, Rente, remboursement, allocations familiales, rimborso, pensione, reembolso, devolución, pensión, teruggave, kinderbijslag, återbetalning, barnbidrag, pension, zwrot, emerytura, возврат, пособие, пенсия, проценты по вкладу, кэшбэк"),
    GROCERIES(
            "Groceries",
            Kind.EXPENSE,
            "Продукты",
            "supermarket, grocery store, food market, bakery, butcher, greengrocer, discount food shop, Supermarkt, Lebensmittel, Bäckerei, Metzgerei, supermarché, épicerie, boulangerie, supermercato, alimentari, panetteria, supermercado, alimentación, panadería, bakkerij, slager, livsmedel, matbutik, bageri, sklep spożywczy, piekarnia, продукты, супермаркет, супермаркеты, гипермаркет"),
    EATING_OUT(
            "Eating out",
            Kind.EXPENSE,
            "Кафе и рестораны",
            "restaurant, cafe, coffee shop, fast food, bar, pub, takeaway, food delivery, canteen, Gaststätte, Wirtshaus, Imbiss, Lieferdienst, brasserie, boulangerie café, ristorante, pizzeria, trattoria, restaurante, cafetería, eetcafé, restaurang, kafé, restauracja, kawiarnia, кафе, ресторан, рестораны и кафе, столовая, кофейня, доставка еды"),
    TRANSPORT(
            "Transport",
            Kind.EXPENSE,
            "Транспорт",
            "public transport, train ticket, bus, metro, taxi, ride hailing, fuel, petrol station, parking, car repair, Tankstelle, Parkhaus, Bahn, Verkehrsbetriebe, carburant, station service, péage, stationnement, carburante, benzina, parcheggio, gasolinera, carburante gasolina, aparcamiento, tankstation, parkeren, openbaar vervoer, bensinstation, parkering, kollektivtrafik, stacja paliw, paliwo, komunikacja miejska, такси, метро, азс, бензин, парковка, транспорт"),
    TRAVEL(
            "Travel",
            Kind.EXPENSE,
            "Путешествия",
            "airline, flight, hotel, hostel, travel agency, holiday booking, Flug, Reisebüro, Urlaub, vol, voyage, hôtel, volo, albergo, viaggio, vuelo, viaje, vlucht, reisbureau, flyg, resa, lot, podróż, авиабилеты, отель, отели, гостиница, путешествие"),
    SUBSCRIPTIONS(
            "Subscriptions",
            Kind.EXPENSE,
            "Подписки",
            "streaming, music streaming, video streaming, subscription, software, cloud storage, app store, membership, Abo, Abonnement, abbonamento, suscripción, prenumeration, subskrypcja, подписка"),
    SHOPPING(
            "Shopping",
            Kind.EXPENSE,
            "Покупки",
            "clothes, shoes, electronics, department store, online shop, furniture, hardware store, diy, books, toys, Kleidung, Schuhe, Elektronik, Möbel, Baumarkt, vêtements, chaussures, meubles, bricolage, abbigliamento, scarpe, mobili, ropa, zapatos, muebles, kleding, schoenen, meubels, kläder, skor, möbler, odzież, buty, meble, одежда и обувь, интернет-магазин, интернет-магазины, электроника, мебель"),
    UTILITIES(
            "Utilities",
            Kind.EXPENSE,
            "Коммунальные услуги и связь",
            "electricity, gas, water, heating, mobile phone, internet, broadband, telecom operator, Strom, Wasser, Heizung, Mobilfunk, électricité, eau, téléphone mobile, elettricità, bolletta luce, acqua, electricidad, agua, telefonía móvil, elektriciteit, energie, telefoon, elräkning, bredband, prąd, telefon komórkowy, электроэнергия, мобильная связь, интернет, связь, коммунальные услуги"),
    RENT_AND_HOUSING(
            "Rent and housing",
            Kind.EXPENSE,
            "Жильё",
            "rent, landlord, mortgage, housing, service charge, Miete, Wohnung, Hausverwaltung, loyer, charges de copropriété, affitto, condominio, alquiler, comunidad de propietarios, huur, hyra, czynsz, аренда, квартплата, жкх, жку"),
    HEALTH(
            "Health",
            Kind.EXPENSE,
            "Здоровье",
            "pharmacy, chemist, doctor, dentist, hospital, clinic, optician, medicine, Apotheke, Arzt, Zahnarzt, pharmacie, médecin, farmacia, medico, dentista, apotheek, huisarts, tandarts, apotek, läkare, tandläkare, apteka, lekarz, аптека, клиника, врач, стоматология"),
    PERSONAL_CARE(
            "Personal care",
            Kind.EXPENSE,
            "Красота и уход",
            "hairdresser, barber, beauty salon, cosmetics, perfume, drugstore, spa, Friseur, Drogerie, Kosmetik, coiffeur, parfumerie, parrucchiere, profumeria, peluquería, perfumería, kapper, drogisterij, frisör, fryzjer, drogeria, kosmetyki, парикмахерская, салон красоты, косметика, здоровье и красота"),
    ENTERTAINMENT(
            "Entertainment",
            Kind.EXPENSE,
            "Развлечения",
            "cinema, theatre, concert tickets, museum, games, sports club, gym, fitness, leisure, Kino, Theater, Fitnessstudio, cinéma, salle de sport, palestra, cine, gimnasio, bioscoop, sportschool, bio, kino, siłownia, кино, театр, фитнес, развлечения"),
    EDUCATION(
            "Education",
            Kind.EXPENSE,
            "Образование",
            "school, university, course, tuition, training, books for study, Schule, Universität, Studiengebühr, Kurs, école, université, formation, scuola, università, corso, escuela, universidad, curso, universiteit, cursus, skola, universitet, szkoła, uczelnia, образование, школа, университет, курсы"),
    INSURANCE(
            "Insurance",
            Kind.EXPENSE,
            "Страхование",
            "insurance, insurance premium, health insurance, car insurance, home insurance, life insurance, Versicherung, assurance, mutuelle, assicurazione, seguro, verzekering, försäkring, ubezpieczenie, страхование, страховка, полис"),
    GIFTS_AND_CHARITY(
            "Gifts and charity",
            Kind.EXPENSE,
            "Подарки и благотворительность",
            "donation, charity, gift, flowers, florist, Spende, Blumen, don, fleurs, fleuriste, donazione, fiori, donación, flores, donatie, bloemen, gåva, blommor, darowizna, kwiaty, пожертвование, благотворительность, цветы, подарки"),
    TAXES(
            "Taxes and government",
            Kind.EXPENSE,
            "Налоги и госуслуги",
            "tax authority, government, fine, state fee, Finanzamt, Steuer, Gebühr, impôts, amende, tasse, imposte, multa, impuestos, hacienda, belasting, gemeente, skatt, podatek, urząd skarbowy, налог, штраф, госпошлина, госуслуги"),
    CASH(
            "Cash",
            Kind.EXPENSE,
            "Наличные",
            "atm, cash withdrawal, Geldautomat, Bargeld, retrait, distributeur, prelievo, bancomat, retirada de efectivo, cajero, geldopname, pinautomaat, uttag, wypłata, снятие наличных, банкомат"),
    FEES_AND_INTEREST(
            "Fees and interest",
            Kind.EXPENSE,
            "Комиссии и проценты",
            "bank fee, account charge, overdraft interest, commission, Kontoführung, Gebühren, frais bancaires, cotisation carte, commissione, canone, comisión, bankkosten, avgift, opłata, prowizja, комиссия, обслуживание счета"),
    TRANSFERS(
            "Transfers",
            Kind.TRANSFER,
            "Переводы",
            "transfer between own accounts, savings, top up, Umbuchung, virement interne, giroconto, traspaso, overboeking, överföring, przelew własny, перевод между своими счетами"),
    UNCATEGORISED("Uncategorised", Kind.NONE, "Без категории", "");

    public enum Kind {
        INCOME,
        EXPENSE,
        TRANSFER,
        NONE
    }

    private final String key;
    private final String english;
    private final Kind kind;
    private final String russian;
    private final String description;

    Taxonomy(String english, Kind kind, String russian, String description) {
        // The ids GET /categories gave before decision 26, so clients that kept one still name the same category.
        this.key = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        this.english = english;
        this.kind = kind;
        this.russian = russian;
        this.description = description;
    }

    /** The key in the ledger, the rules and ClickHouse, the same in every language (e.g. {@code eating-out}). */
    public String storedName() {
        return key;
    }

    /** The English name, which the keyword list, the labelled examples and the language model use. */
    public String englishName() {
        return english;
    }

    public Kind kind() {
        return kind;
    }

    /** What belongs in it, in words the embedding model compares descriptors with. */
    public String description() {
        return description;
    }

    public String displayName(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? russian : english;
    }

    /** The category with this key, or this name in any language the portal speaks (case ignored). */
    public static Optional<Taxonomy> byStoredName(String keyOrName) {
        if (keyOrName == null) {
            return Optional.empty();
        }
        String wanted = keyOrName.strip();
        return Arrays.stream(values())
                .filter(c -> c.key.equalsIgnoreCase(wanted)
                        || c.english.equalsIgnoreCase(wanted)
                        || c.russian.equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The categories a layer may suggest: all but "Uncategorised". */
    public static List<Taxonomy> suggestible() {
        return Arrays.stream(values()).filter(c -> c != UNCATEGORISED).toList();
    }
}
