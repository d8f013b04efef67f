import { fileURLToPath } from 'node:url';

// OpenStreetMap tags -> Taxonomy constants: the one rule shared by the brand index (brand-index.mjs) and the
// dictionary of trade words (trade-words.mjs), so that a brand and the word for its kind of place say the same.
//
// OSM key=value -> Taxonomy constant. A key alone ("healthcare") covers all its values; a value mapped to null is
// left out although its key has a "*". Anything not here is left out: a bank's name in a descriptor is as often a transfer or a fee as a purchase (and most ATMs carry a
// bank's name), a parcel locker or a post office says nothing about what was bought.
export const GROCERIES = 'GROCERIES', EATING_OUT = 'EATING_OUT', TRANSPORT = 'TRANSPORT', TRAVEL = 'TRAVEL';
export const SHOPPING = 'SHOPPING', UTILITIES = 'UTILITIES', HOUSING = 'RENT_AND_HOUSING', HEALTH = 'HEALTH';
export const CARE = 'PERSONAL_CARE', FUN = 'ENTERTAINMENT', EDUCATION = 'EDUCATION', INSURANCE = 'INSURANCE';
export const CHARITY = 'GIFTS_AND_CHARITY', TAXES = 'TAXES';
export const TAGS = {
    shop: {
        ...of(GROCERIES, 'supermarket convenience greengrocer bakery butcher deli alcohol beverages wine pastry ' +
            'confectionery chocolate dairy cheese seafood frozen_food health_food tea coffee spices nuts general ' +
            'country_store farm food wholesale kiosk'),
        ...of(TRANSPORT, 'car car_parts car_repair tyres motorcycle motorcycle_repair truck truck_repair'),
        ...of(TRAVEL, 'travel_agency'),
        ...of(HEALTH, 'optician medical_supply hearing_aids herbalist'),
        ...of(CARE, 'hairdresser beauty cosmetics chemist perfumery massage hairdresser_supply tattoo laundry ' +
            'dry_cleaning'),
        ...of(UTILITIES, 'mobile_phone telecommunication gas'),
        ...of(FUN, 'lottery bookmaker ticket'),
        ...of(HOUSING, 'storage_rental'),
        ...of(CHARITY, 'florist charity'),
        ...of(null, 'money_lender pawnbroker gold_buyer funeral_directors mall'),
        '*': SHOPPING,
    },
    amenity: {
        ...of(EATING_OUT, 'fast_food cafe restaurant bar pub ice_cream food_court biergarten'),
        ...of(TRANSPORT, 'fuel charging_station car_rental car_sharing bicycle_rental motorcycle_rental parking ' +
            'car_wash vehicle_inspection'),
        ...of(HEALTH, 'pharmacy clinic dentist doctors hospital veterinary'),
        ...of(FUN, 'cinema theatre casino karaoke_box nightclub gambling arts_centre'),
        ...of(EDUCATION, 'school university college kindergarten prep_school language_school music_school ' +
            'driving_school training childcare'),
        ...of(CHARITY, 'social_facility'),
    },
    // Giving blood is not bought: a payment to a blood service (the Red Cross) is a donation.
    healthcare: { '*': HEALTH, blood_donation: CHARITY },
    leisure: {
        ...of(FUN, 'fitness_centre sports_centre bowling_alley amusement_arcade adult_gaming_centre trampoline_park ' +
            'indoor_play escape_game miniature_golf high_ropes_course dance water_park'),
        ...of(CARE, 'sauna'),
    },
    tourism: { ...of(TRAVEL, 'hotel hostel motel caravan_site camp_site guest_house apartment'),
        ...of(FUN, 'theme_park zoo museum') },
    office: {
        ...of(UTILITIES, 'telecommunication energy_supplier water_utility'),
        ...of(INSURANCE, 'insurance'),
        ...of(TRAVEL, 'travel_agent'),
        ...of(HOUSING, 'estate_agent moving_company'),
        ...of(EDUCATION, 'educational_institution'),
        ...of(TAXES, 'government'),
        ...of(CHARITY, 'charity ngo'),
    },
    highway: { services: TRANSPORT },
    man_made: { charge_point: TRANSPORT },
    waterway: { fuel: TRANSPORT },
};
export function of(category, values) {
    return Object.fromEntries(values.split(' ').map(v => [v, category]));
}

/** The category of places tagged key=value, or null. */
export function categoryOfTag(key, value) {
    const byKey = TAGS[key];
    return byKey === undefined ? null : byKey[value] !== undefined ? byKey[value] : byKey['*'] ?? null;
}

/** This file, whose changes make the generated indexes stale. */
export const SOURCE = fileURLToPath(import.meta.url);
