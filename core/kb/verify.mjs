#!/usr/bin/env node
// Checks the generated entity resources: node verify.mjs  (exit code 1 on any problem)
// - knowledge-base.tsv: first line, 10 TAB-separated columns per row, slug-shaped unique ids, rows
//   sorted by id, known types, every `country` and role target refers to an existing id, role and
//   population syntax, no duplicate surface forms within an entry;
// - given-names.txt / common-words.txt: lower case, sorted, no duplicates (no possessives in the latter).
// Prints counts per type and file sizes.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'resources', 'dev', 'newsdesk', 'internal', 'entity');
const errors = [];
const err = (m) => { if (errors.length < 200) errors.push(m); };

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = '\\d{4}(?:-\\d{2}(?:-\\d{2})?)?';
const ROLE_RE = new RegExp(`^([^@|\\t]+)@([a-z0-9-]+):(${DATE})/(${DATE})?$`);
const TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);

const kbText = readFileSync(join(DIR, 'knowledge-base.tsv'), 'utf8');
const lines = kbText.split('\n');
if (lines[0] !== '# newsdesk knowledge base v1') err('first line must be "# newsdesk knowledge base v1"');
if (lines[lines.length - 1] !== '') err('file must end with a newline');
const rows = [];
lines.forEach((line, i) => {
  if (line === '' && i === lines.length - 1) return;
  if (line.startsWith('#')) return;
  const cols = line.split('\t');
  if (cols.length !== 10) { err(`line ${i + 1}: ${cols.length} columns`); return; }
  rows.push({ line: i + 1, cols });
});
const ids = new Set();
let prev = '';
for (const { line, cols } of rows) {
  const [id, type, name, aliases, demonyms] = cols;
  if (!SLUG_RE.test(id)) err(`line ${line}: id not slug-shaped: ${id}`);
  if (ids.has(id)) err(`line ${line}: duplicate id ${id}`);
  if (prev && id <= prev) err(`line ${line}: not sorted (${prev} before ${id})`);
  prev = id;
  ids.add(id);
  if (!TYPES.has(type)) err(`line ${line}: bad type ${type}`);
  if (!name) err(`line ${line}: empty name`);
  for (const [col, v] of [['aliases', aliases], ['demonyms', demonyms]]) {
    const list = v ? v.split('|') : [];
    if (list.some((x) => !x.trim())) err(`line ${line}: empty ${col} item`);
    if (new Set(list).size !== list.length) err(`line ${line}: duplicate ${col} in ${id}`);
  }
  if (aliases && aliases.split('|').includes(name)) err(`line ${line}: alias repeats the name in ${id}`);
}
const perType = {};
for (const { line, cols } of rows) {
  const [id, type, , , , country, , wikidata, roles, population] = cols;
  perType[type] = (perType[type] || 0) + 1;
  if (country && !ids.has(country)) err(`line ${line}: ${id}: unknown country ${country}`);
  if (wikidata && !/^Q\d+$/.test(wikidata)) err(`line ${line}: ${id}: bad wikidata ${wikidata}`);
  if (population && !/^\d+$/.test(population)) err(`line ${line}: ${id}: bad population ${population}`);
  for (const role of roles ? roles.split('|') : []) {
    const m = ROLE_RE.exec(role);
    if (!m) err(`line ${line}: ${id}: bad role ${role}`);
    else if (!ids.has(m[2])) err(`line ${line}: ${id}: role refers to unknown id ${m[2]}`);
  }
}

function checkWordList(file, extra) {
  const words = readFileSync(join(DIR, file), 'utf8').split('\n');
  if (words.pop() !== '') err(`${file}: must end with a newline`);
  let last = '';
  words.forEach((w, i) => {
    if (w !== w.toLowerCase() || !w.trim() || /\s/.test(w)) err(`${file}:${i + 1}: bad entry ${JSON.stringify(w)}`);
    if (last && w <= last) err(`${file}:${i + 1}: not sorted/unique (${last}, ${w})`);
    if (extra) extra(w, i);
    last = w;
  });
  return words.length;
}
const nGiven = checkWordList('given-names.txt');
const nCommon = checkWordList('common-words.txt', (w, i) => { if (w.includes("'")) err(`common-words.txt:${i + 1}: possessive/apostrophe ${w}`); });

const size = (f) => { const b = readFileSync(join(DIR, f)); return `${statSync(join(DIR, f)).size} bytes (${gzipSync(b, { level: 9 }).length} gzipped)`; };
console.log(`knowledge-base.tsv: ${rows.length} entries: ` + Object.entries(perType).sort().map(([t, n]) => `${t} ${n}`).join(', ') + `; ${size('knowledge-base.tsv')}`);
console.log(`given-names.txt: ${nGiven} names; ${size('given-names.txt')}`);
console.log(`common-words.txt: ${nCommon} words; ${size('common-words.txt')}`);
if (errors.length) {
  console.error(`${errors.length} problem(s):\n  ` + errors.join('\n  '));
  process.exit(1);
}
console.log('OK');
