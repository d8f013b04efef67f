// Builds the dictionary of trade words the categorising TradeWordLayer reads, from the iD editor's presets
// (npm @openstreetmap/id-tagging-schema, ISC): what OpenStreetMap's mappers call each kind of place in their
// languages, "Bäckerei", "piekarnia", "пекарня", "boulangerie" for shop=bakery.
//
//   node trade-words.mjs <schema-version> <tarball-cache-dir> <work-dir> <output-dir>
//
// Fetched and cached like the brand index (brand-index.mjs): npm pack once into the cache directory, npm's own
// cache preferred, offline afterwards. The output is one line per preset whose tag has a category:
//   CATEGORY <tab> key=value <tab> name <tab> name ... [<tab> ~ <tab> term <tab> term ...] [<tab> ^ <tab> word ...]
// CATEGORY comes from osm-categories.mjs, the rule the brand index follows too; the names are the preset's name and
// aliases in our users' languages, the terms after "~" its search terms (looser: "bread" for a bakery); all lower-cased but not normalised: the Java side (TradeWords)
// normalises them exactly as it normalises descriptors, and drops there the words that are too short, too generic
// or that name places of several categories. The words after "^" repeat the names (not the search terms: "kinder",
// "vatten", "tänder" start too many other words) that come from a language that writes trades as compounds
// ("Stadtbäckerei", "Tandlægehuset"): the Java side may find these at the head or tail of a longer word too. The schema's ISC licence goes next to the dictionary.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryOfTag, SOURCE as CATEGORIES_SOURCE } from './osm-categories.mjs';

const [version, cacheDir, workDir, outDir] = process.argv.slice(2);
if (!outDir) {
    console.error('usage: node trade-words.mjs <id-tagging-schema-version> <cache-dir> <work-dir> <output-dir>');
    process.exit(2);
}

// The languages of our users and of the banks they import from; regional variants add local words
// ("Trafik" in Austria, "chemist" in Britain).
const LOCALES = ['en', 'en-GB', 'en-US', 'en-AU', 'en-CA', 'de', 'de-AT', 'de-CH', 'fr', 'it', 'es', 'nl', 'nl-BE',
    'pl', 'ru', 'sv', 'pt', 'pt-BR', 'da', 'cs', 'nb', 'no', 'fi'];
// The languages that write a trade as part of one longer word: "Zahnarztpraxis", "bloemenwinkel", "Tandlægehuset".
const COMPOUNDING = new Set(['de', 'de-AT', 'de-CH', 'nl', 'nl-BE', 'sv', 'da', 'nb', 'no', 'fi']);

const tarball = join(cacheDir, `openstreetmap-id-tagging-schema-${version}.tgz`);
const dictionary = join(outDir, 'trade-words.tsv');
const licence = join(outDir, 'ID-TAGGING-SCHEMA-LICENSE.md');
const script = fileURLToPath(import.meta.url);

if (!existsSync(tarball)) {
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('npm', ['pack', `@openstreetmap/id-tagging-schema@${version}`, '--prefer-offline', '--silent',
        '--pack-destination', cacheDir], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const newer = (a, b) => statSync(a).mtimeMs > statSync(b).mtimeMs;
if (existsSync(dictionary) && existsSync(licence) && !newer(tarball, dictionary) && !newer(script, dictionary)
    && !newer(CATEGORIES_SOURCE, dictionary)) {
    console.log(`trade words up to date: ${dictionary}`);
    process.exit(0);
}

mkdirSync(workDir, { recursive: true });
const translationFiles = LOCALES.map(locale => `package/dist/translations/${locale}.json`);
execFileSync('tar', ['-xzf', tarball, '-C', workDir, 'package/dist/presets.json', 'package/LICENSE.md',
    ...translationFiles]);
const presets = JSON.parse(readFileSync(join(workDir, 'package/dist/presets.json'), 'utf8'));
const translations = LOCALES.map(locale =>
    JSON.parse(readFileSync(join(workDir, `package/dist/translations/${locale}.json`), 'utf8'))[locale]
        ?.presets?.presets ?? {});

// Catch-alls, not kinds of place: "Shop", "Vacant Shop".
const NOT_A_KIND = new Set(['*', 'yes', 'vacant', 'no']);
// Words a bank descriptor could carry, as in the brand index: Latin, Cyrillic or Greek letters.
const WRITABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}\p{S}\p{Zs}\p{M}]+$/u;

// The tag that decides a preset's category: the first of its tags that osm-categories.mjs maps (amenity=restaurant
// for a pizzeria tagged amenity=restaurant + cuisine=pizza).
function tagOf(preset) {
    for (const [key, value] of Object.entries(preset.tags ?? {})) {
        if (NOT_A_KIND.has(value)) continue;
        const category = categoryOfTag(key, value);
        if (category) return { tag: `${key}=${value}`, category };
    }
    return null;
}

const clean = text => String(text).replace(/[\t\r\n]+/g, ' ').trim().toLowerCase();

const lines = [];
let words = 0;
for (const [id, preset] of Object.entries(presets)) {
    if (id.startsWith('@')) continue; // templates
    const found = tagOf(preset);
    if (!found) continue;
    const names = new Set(), terms = new Set(), compounding = new Set();
    const add = (into, text, compounds) => {
        const word = text ? clean(text) : '';
        if (word && WRITABLE.test(word) && !word.includes('{')) {
            into.add(word);
            if (compounds) compounding.add(word);
        }
    };
    LOCALES.forEach((locale, i) => {
        const t = translations[i][id];
        if (!t) return;
        const compounds = COMPOUNDING.has(locale);
        const aliases = Array.isArray(t.aliases) ? t.aliases : String(t.aliases ?? '').split('\n');
        [t.name, ...aliases].forEach(text => add(names, text, compounds));
        (Array.isArray(t.terms) ? t.terms : String(t.terms ?? '').split(','))
            .forEach(text => add(terms, text, false));
    });
    names.forEach(name => terms.delete(name));
    if (names.size + terms.size === 0) continue;
    words += names.size + terms.size;
    lines.push([found.category, found.tag, ...[...names].sort(), ...(terms.size ? ['~', ...[...terms].sort()] : []),
        ...(compounding.size ? ['^', ...[...compounding].sort()] : [])].join('\t'));
}
lines.sort();

mkdirSync(outDir, { recursive: true });
writeFileSync(dictionary, lines.join('\n') + '\n');
copyFileSync(join(workDir, 'package/LICENSE.md'), licence);
console.log(`trade words: ${words} words of ${lines.length} presets, ${statSync(dictionary).size} bytes -> ${dictionary}`);
