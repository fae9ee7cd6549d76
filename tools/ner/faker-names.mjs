// faker-names.mjs - writes tools/ner/names.tsv (first names and surnames)
// from the German and English locales of @faker-js/faker (MIT):
//
//     npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//     node tools/ner/faker-names.mjs package/dist > tools/ner/names.tsv
//
// The locale chunks have hashed file names; they are found by their exports.
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] || 'package/dist';
const pick = async (prefix) => {
  const f = fs.readdirSync(dist).find((n) => n.startsWith(prefix + '-') && n.endsWith('.js'));
  return (await import(path.resolve(dist, f))).t;
};
const rows = new Map();
for (const prefix of ['de', 'en']) {
  const loc = await pick(prefix);
  for (const [key, kind] of [['first_name', 'first_name'], ['last_name', 'surname']]) {
    for (const list of Object.values(loc.person[key])) {
      for (const n of list) if (!rows.has(n + '\t' + kind)) rows.set(n + '\t' + kind, 1);
    }
  }
}
console.log('# First names and surnames: @faker-js/faker 10.6.0, locales de and en (MIT).');
console.log('# Regenerate: see tools/ner/faker-names.mjs.  Columns: name, kind (first_name or surname).');
for (const k of [...rows.keys()].sort()) console.log(k);
