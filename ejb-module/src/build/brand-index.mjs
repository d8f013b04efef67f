// Builds the brand index the categorising BrandLayer reads, from OpenStreetMap's name-suggestion-index (NSI).
//
//   node brand-index.mjs <nsi-version> <tarball-cache-dir> <work-dir> <output-dir>
//
// The npm tarball is fetched once into the cache directory (outside target/, so `clean` keeps it) with npm's own
// cache preferred, so later builds run offline. The output is one line per brand:
//   CATEGORY <tab> weight <tab> display name <tab> name <tab> name ... [<tab> ~ <tab> match name ...]
// CATEGORY is a Taxonomy constant; weight is how widely the brand is found, less for sidelines such as a retailer's
// filling stations (the Java side gives a shared name to the heaviest category); the names are lower-cased but not normalised: the Java side normalises them exactly as
// it normalises descriptors, so the two cannot drift apart. NSI's match names (old names, names mappers used by
// mistake: "coles" for Shell) come after a "~" and lose to any brand's own name. NSI's licence goes next to the index.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryOfTag, TRANSPORT, UTILITIES, SOURCE as CATEGORIES_SOURCE } from './osm-categories.mjs';

const [version, cacheDir, workDir, outDir] = process.argv.slice(2);
if (!outDir) {
    console.error('usage: node brand-index.mjs <nsi-version> <cache-dir> <work-dir> <output-dir>');
    process.exit(2);
}

const tarball = join(cacheDir, `name-suggestion-index-${version}.tgz`);
const index = join(outDir, 'brands.tsv');
const licence = join(outDir, 'NSI-LICENSE.md');
const script = fileURLToPath(import.meta.url);

if (!existsSync(tarball)) {
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('npm', ['pack', `name-suggestion-index@${version}`, '--prefer-offline', '--silent',
        '--pack-destination', cacheDir], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const newer = (a, b) => statSync(a).mtimeMs > statSync(b).mtimeMs;
if (existsSync(index) && existsSync(licence) && !newer(tarball, index) && !newer(script, index)
    && !newer(CATEGORIES_SOURCE, index)) {
    console.log(`brand index up to date: ${index}`);
    process.exit(0);
}

mkdirSync(workDir, { recursive: true });
execFileSync('tar', ['-xzf', tarball, '-C', workDir, 'package/dist/json/nsi.json', 'package/LICENSE.md']);
const nsi = JSON.parse(readFileSync(join(workDir, 'package/dist/json/nsi.json'), 'utf8')).nsi;

// Operators are mostly infrastructure (power lines, cameras); only these are what people pay. Not the operators of
// charging stations: they are energy suppliers, towns, motoring clubs and charities (Wien Energie, Gemeente
// Utrecht, ÖAMTC, Caritas) whose payments are anything but charging; a charging network's brand is in brands/.
const OPERATORS = {
    'office/energy_supplier': UTILITIES, 'office/water_utility': UTILITIES,
    'amenity/ticket_validator': TRANSPORT, 'amenity/car_sharing': TRANSPORT,
};
// Transit networks people buy tickets from; bus networks are left out, many are named after their town.
const TRANSIT = new Set(['route/train', 'route/subway', 'route/light_rail', 'route/tram', 'route/ferry']);
const VENDING = { public_transport_tickets: TRANSPORT, parking_tickets: TRANSPORT, fuel: TRANSPORT };

function categoryOf(tree, key, value, tags) {
    if (tree === 'brands') {
        if (key === 'amenity' && value === 'vending_machine') return VENDING[tags.vending] ?? null;
        return categoryOfTag(key, value);
    }
    if (tree === 'operators') return OPERATORS[`${key}/${value}`] ?? null;
    if (tree === 'transit') return TRANSIT.has(`${key}/${value}`) ? TRANSPORT : null;
    return null;
}

// Names a bank descriptor could carry: Latin, Cyrillic or Greek letters. Chinese, Arabic or Thai names would be
// romanised into short syllables that match unrelated words.
const WRITABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}\p{S}\p{Zs}\p{M}]+$/u;
const NAME_TAG = /^(brand|name|network|operator|short_name|official_name)(:[a-z]{2,3}(-Latn)?)?$/;

// Kinds of place a brand often runs beside its main business: Sainsbury's filling stations, IKEA's car parks,
// Lukoil's shops at its filling stations. They weigh less, so a name shared by several kinds goes to the main one.
const SIDELINES = { 'amenity/fuel': 0.5, 'shop/convenience': 0.5, 'amenity/parking': 0.2, 'amenity/charging_station': 0.2,
    'man_made/charge_point': 0.2, 'amenity/car_wash': 0.2, 'amenity/vending_machine': 0.2,
    'amenity/bicycle_rental': 0.2, 'amenity/car_sharing': 0.2, 'amenity/ticket_validator': 0.2 };

function weightOf(key, value, locationSet) {
    return Math.max(1, Math.round(10 * spreadOf(locationSet) * (SIDELINES[`${key}/${value}`] ?? 1)));
}

function spreadOf(locationSet) {
    let spread = 0;
    for (const place of locationSet?.include ?? []) {
        if (place === '001') spread += 200;
        else if (typeof place === 'string' && /^\d{3}$|^eu$/i.test(place)) spread += 20;
        else spread += 1;
    }
    return Math.max(1, spread);
}

// Without NSI's disambiguation: "Target", not "Target (Australia)".
function displayNameOf(item) {
    return clean(item.displayName).replace(/\s*\([^)]*\)$/, '') || clean(item.displayName);
}

function clean(text) {
    return String(text).replace(/[\t\r\n]+/g, ' ').trim();
}

// What else a brand (by its Wikidata item) runs. A filling-station brand's shops are the shops at its stations
// (Lukoil, TotalEnergies, Shell, Ampol's Foodary): Transport, fuel first. A supermarket's filling stations are its
// sideline (E.Leclerc, Tesco, Carrefour), whatever their spread.
const kindsOf = new Map();
for (const [path, { items }] of Object.entries(nsi)) {
    if (!path.startsWith('brands/')) continue;
    const kind = path.slice('brands/'.length);
    for (const item of items) {
        const qid = item.tags?.['brand:wikidata'];
        if (!qid) continue;
        if (!kindsOf.has(qid)) kindsOf.set(qid, new Set());
        kindsOf.get(qid).add(kind);
    }
}
const SUPERMARKETS = ['shop/supermarket', 'shop/wholesale', 'shop/department_store'];
const SHOPS_AT_STATIONS = ['shop/convenience', 'shop/kiosk'];
const isSupermarket = kinds => SUPERMARKETS.some(k => kinds.has(k));
const isFuelBrand = kinds => kinds.has('amenity/fuel') && !isSupermarket(kinds);
const CHARGING = ['amenity/charging_station', 'man_made/charge_point'];

const lines = [];
for (const [path, { items }] of Object.entries(nsi)) {
    const [tree, key, value] = path.split('/');
    const kind = `${key}/${value}`;
    for (const item of items) {
        const tags = item.tags ?? {};
        let category = categoryOf(tree, key, value, tags);
        if (!category) continue;
        const kinds = tree === 'brands' ? kindsOf.get(tags['brand:wikidata']) ?? new Set() : new Set();
        if (SHOPS_AT_STATIONS.includes(kind) && isFuelBrand(kinds)) category = TRANSPORT;
        const weight = weightOf(key, value, item.locationSet) *
            (kind === 'amenity/fuel' && isSupermarket(kinds) ? 0.1 : 1);
        const names = new Set();
        const add = into => name => {
            const lower = clean(name).toLowerCase();
            if (lower && WRITABLE.test(lower) && !names.has(lower)) into.add(lower);
        };
        add(names)(item.displayName);
        for (const [tag, text] of Object.entries(tags)) {
            if (NAME_TAG.test(tag) && !(tree === 'transit' && tag.includes('short'))) add(names)(text);
        }
        // A transit network named after its town ("Wrocław", run by "MPK Wrocław"): the town's name is in every
        // descriptor of a shop there, so only the operator's name is kept.
        if (tree === 'transit' && tags.operator) {
            const operatorWords = new Set(clean(tags.operator).toLowerCase().split(/[^\p{L}\p{N}]+/u));
            for (const name of [...names]) {
                if (!/[^\p{L}\p{N}]/u.test(name) && operatorWords.size > 1 && operatorWords.has(name)) names.delete(name);
            }
        }
        // A charging network's match names are often its energy company's ("vattenfall" for Vattenfall InCharge),
        // whose bills are no charging.
        const formerNames = new Set();
        if (!CHARGING.includes(kind)) (item.matchNames ?? []).forEach(add(formerNames));
        if (names.size === 0) continue;
        lines.push([category, Math.max(1, Math.round(weight)), displayNameOf(item), ...names,
            ...(formerNames.size ? ['~', ...formerNames] : [])].join('\t'));
    }
}
lines.sort();

mkdirSync(outDir, { recursive: true });
writeFileSync(index, lines.join('\n') + '\n');
copyFileSync(join(workDir, 'package/LICENSE.md'), licence);
console.log(`brand index: ${lines.length} brands, ${statSync(index).size} bytes -> ${index}`);
