// faker-genders.mjs - writes tools/gazetteer/faker-genders.tsv (given names
// with the gender faker files them under) from the German and English
// locales of @faker-js/faker (MIT):
//
//     npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//     node tools/gazetteer/faker-genders.mjs package/dist > tools/gazetteer/faker-genders.tsv
//
// A name in both lists of a locale is left out; where the locales
// disagree, the German one wins (German news names Germans most).  The
// locale chunks have hashed file names; they are found by their exports
// (as in tools/ner/faker-names.mjs).
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] || 'package/dist';
const pick = async (prefix) => {
  const f = fs.readdirSync(dist).find((n) => n.startsWith(prefix + '-') && n.endsWith('.js'));
  return (await import(path.resolve(dist, f))).t;
};
const seen = new Map(); // name -> {de: Set, en: Set} of 'm' / 'f'
for (const prefix of ['de', 'en']) {
  const loc = await pick(prefix);
  for (const [key, sex] of [['female', 'f'], ['male', 'm']]) {
    for (const n of loc.person.first_name[key]) {
      if (!seen.has(n)) seen.set(n, { de: new Set(), en: new Set() });
      seen.get(n)[prefix].add(sex);
    }
  }
}
console.log('# Given names and the gender @faker-js/faker 10.6.0 (MIT) files them under,');
console.log('# locales de and en (de wins where they disagree; a name under both in one');
console.log('# locale is left out).  Regenerate: see tools/gazetteer/faker-genders.mjs.');
console.log('# Columns: name, m or f.');
for (const n of [...seen.keys()].sort()) {
  const { de, en } = seen.get(n);
  const s = de.size ? de : en;
  if (s.size === 1) console.log(n + '\t' + [...s][0]);
}
