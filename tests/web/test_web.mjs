// Browser tests of `newsfacts serve`: builds a store from articles.jsonl
// (invented articles), serves it, checks the API's answers to bad
// parameters and drives Chromium (playwright-core) through every page the
// way a reader would, saving screenshots under BUILD_DIR/web-screenshots.
// Usage: node test_web.mjs BINARY SOURCE_DIR BUILD_DIR
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const [bin, src, build] = process.argv.slice(2);
const require = createRequire(path.join(process.env.NF_WEB_NODE || path.join(src, 'tests/web'), 'package.json'));
const { chromium } = require('playwright-core');

let failures = 0, checks = 0;
function check(ok, what, detail) {
  checks++;
  if (ok) return;
  failures++;
  console.error('FAIL: ' + what + (detail !== undefined ? ' — ' + JSON.stringify(detail) : ''));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-web-'));
const db = path.join(tmp, 'store.sqlite');
const shots = path.join(build, 'web-screenshots');
fs.mkdirSync(shots, { recursive: true });

const ing = spawnSync(bin, ['ingest', '--text', '--db', db, path.join(src, 'tests/web/articles.jsonl')], { encoding: 'utf8' });
if (ing.status !== 0) {
  console.error('ingest failed: ' + ing.stderr);
  process.exit(1);
}

// Starts the server on a free port; resolves with its URL.
const server = spawn(bin, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
let out = '', errText = '';
server.stderr.on('data', (d) => { errText += d; });
const exited = new Promise((res) => server.on('exit', (code, sig) => res({ code, sig })));
const base = await new Promise((res, rej) => {
  const t = setTimeout(() => rej(new Error('serve printed no URL in 20 s: ' + out + errText)), 20000);
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/http:\/\/[^\s]+\//);
    if (m) { clearTimeout(t); res(m[0]); }
  });
  server.on('exit', () => rej(new Error('serve exited: ' + out + errText)));
});

// A raw GET (no URL normalisation), resolving to { status, body, type }.
function raw(p, method = 'GET') {
  const u = new URL(base);
  return new Promise((res, rej) => {
    const req = http.request({ host: u.hostname, port: u.port, path: p, method }, (r) => {
      let b = '';
      r.setEncoding('utf8');
      r.on('data', (d) => { b += d; });
      r.on('end', () => res({ status: r.statusCode, body: b, type: r.headers['content-type'] || '' }));
    });
    req.on('error', rej);
    req.end();
  });
}
async function json(p) {
  const r = await raw(p);
  let body = null;
  try { body = JSON.parse(r.body); } catch (e) { /* checked below */ }
  return { status: r.status, body, type: r.type };
}

let browser;
try {
  // ---- the API: answers, and clear 4xx for bad parameters.
  const bad = [
    ['/api/dyad?a=DEU', 400, /'b' is required/],
    ['/api/dyad?a=DEU&b=FRA&by=week', 400, /day, month or year/],
    ['/api/search?colour=red', 400, /unknown parameter 'colour'/],
    ['/api/search?from=2025-5', 400, /dates/],
    ['/api/search?to=tomorrow', 400, /dates/],
    ['/api/who-said?speaker=Merz&from=May', 400, /dates/],
    ['/api/claims?to=2025-13-', 400, /dates/],
    ['/api/dyad?a=DEU&b=FRA&from=25', 400, /dates/],
    ['/api/who-said', 400, /'speaker' is required/],
    ['/api/doc', 400, /'id' is required/],
    ['/api/doc?id=' + 'x'.repeat(300), 400, /longer than/],
    ['/api/who-said?speaker=%FF%FE', 400, /UTF-8/],
    ['/api/claims?' + Array.from({ length: 9 }, (_, i) => 'subject=S' + i).join('&'), 400, /at most 8/],
    ['/api/doc?id=no-such-document', 404, /no document/],
    ['/api/nothing', 404, /no such API/],
  ];
  for (const [p, status, msg] of bad) {
    const r = await json(p);
    check(r.status === status, 'status of ' + p.slice(0, 60), r.status);
    check(r.body && msg.test(r.body.error || ''), 'error message of ' + p.slice(0, 60), r.body);
    check(r.type.startsWith('application/json'), 'JSON error of ' + p.slice(0, 60), r.type);
  }
  check((await raw('/../../etc/passwd')).status === 404, 'no path out of web/');
  check((await raw('/%2e%2e/%2e%2e/etc/passwd')).status === 404, 'no encoded path out of web/');
  check((await raw('/app.js')).type.startsWith('text/javascript'), 'static files with their type');
  check((await raw('/api/search', 'POST')).status === 405, 'POST is refused');
  const inj = await json("/api/who-said?speaker=" + encodeURIComponent("x' OR 1=1 --"));
  check(inj.status === 200 && inj.body.quotes.length === 0, 'a quote in a parameter is only a value', inj.body);
  // Search by speaker: the documents quoting them, not those that only name them.
  const ids = async (q) => ((await json('/api/search?' + q)).body.documents || []).map((d) => d.id).sort().join();
  check(await ids('speaker=Merz') === 'test-berlin-2025-05-20,test-paris-2025-03-12', 'search by speaker', await ids('speaker=Merz'));
  check(await ids('speaker=' + encodeURIComponent('Peter Hanke')) === 'test-wien-2025-05-28', 'search by a speaker of one document');
  check(await ids('entity=Merz&speaker=' + encodeURIComponent('Peter Hanke')) === '', 'entity and speaker together');
  check(await ids('entity=Macron') === 'test-berlin-2025-05-20,test-paris-2025-03-12', 'search by entity (API)');
  // who-said, claims and dyad narrowed by what a quote names and by dates.
  const said = async (q) => ((await json('/api/who-said?' + q)).body.quotes || []).map((x) => x.document).join();
  check(await said('speaker=Merz&about=Frankreich') === 'test-paris-2025-03-12', 'who-said about a country', await said('speaker=Merz&about=Frankreich'));
  check(await said('speaker=Merz&from=2025-05') === 'test-berlin-2025-05-20', 'who-said from a month');
  check(await said('speaker=Merz&to=2025-03') === 'test-paris-2025-03-12', 'who-said up to a month');
  const spk = async (q) => ((await json('/api/speakers?' + q)).body.speakers || []).map((x) => x.speaker).join();
  check(await spk('about=FRA') === 'Emmanuel Macron,Federal Statistical Office,Friedrich Merz', 'speakers about a country', await spk('about=FRA'));
  check(await spk('from=2025-05-25') === 'Peter Hanke', 'speakers of a date range');
  const mayClaims = (await json('/api/claims?from=2025-05&to=2025-05')).body.claims;
  check(mayClaims.length > 0 && mayClaims.every((c) => c.date.startsWith('2025-05')), 'claims of one month', mayClaims);
  const march = (await json('/api/dyad?a=DEU&b=FRA&to=2025-03')).body;
  check(march.periods.every((x) => x.period === '2025-03') && march.events.every((e) => e.date.startsWith('2025-03')), 'a dyad up to a month', march);
  const doc = (await json('/api/doc?id=test-paris-2025-03-12')).body;
  check(doc && doc.quotes.length === 3 && doc.amounts.length >= 1, 'the document API', doc && doc.quotes);
  const dyad = (await json('/api/dyad?a=DEU&b=FRA')).body;
  const months = [...new Set(dyad.periods.map((x) => x.period))];
  check(months.join() === '2025-03,2025-05', 'dyad months', months);

  // ---- the pages, in Chromium.
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

  // Search: by text, and by entity.
  await page.goto(base + 'index.html?q=wasserstoff');
  await page.waitForSelector('#results li, #status.error');
  const found = await page.$$eval('#results li a', (as) => as.map((a) => a.getAttribute('href')));
  check(found.length === 1 && found[0] === 'doc.html?id=test-paris-2025-03-12', 'search by text finds the document', found);
  await page.goto(base + 'index.html?entity=Macron');
  await page.waitForSelector('#results li');
  check((await page.$$('#results li')).length === 2, 'search by entity finds both documents');
  check(await page.inputValue('input[name=entity]') === 'Macron', 'the search form keeps the entity');
  await page.screenshot({ path: path.join(shots, 'search.png'), fullPage: true });

  // The document view: the speaker beside each quote, highlighted amounts.
  await page.goto(base + 'doc.html?id=test-paris-2025-03-12');
  await page.waitForSelector('.text');
  // A quote may be cut into pieces by the marks inside it: join them.
  const quotes = await page.$$eval('.text mark.quote', (ms) => {
    const seen = new Map();
    for (const m of ms) {
      const q = seen.get(m.dataset.qid);
      if (q) { q.text += m.textContent; continue; }
      const badge = document.querySelector('.text .speaker[data-qid="' + m.dataset.qid + '"]');
      seen.set(m.dataset.qid, { speaker: badge && badge.textContent, next: !!badge && badge.nextElementSibling === m, text: m.textContent });
    }
    return [...seen.values()];
  });
  check(quotes.length === doc.quotes.length, 'every quote is marked', quotes);
  check(quotes.every((q) => q.next), 'each speaker badge stands right before its quote', quotes);
  check(quotes.some((q) => q.speaker === 'Friedrich Merz' && q.text.includes('wichtigster Partner')), 'Merz beside his quote', quotes);
  check(quotes.some((q) => q.speaker === 'Emmanuel Macron' && q.text.includes('Grundstein')), 'Macron beside his quote', quotes);
  const amount = page.locator('.amount[data-value="185000000000"]').first();
  check(await amount.count() === 1, 'the trade figure is highlighted');
  check(/185 billion EUR/.test(await amount.getAttribute('data-norm')) && (await amount.getAttribute('data-period')) === '2024',
    'the amount exposes its value, unit and period', await amount.getAttribute('data-norm'));
  check((await amount.textContent()).includes('185 Milliarden Euro'), 'the amount covers its text');
  await amount.focus();
  check(await amount.evaluate((e) => e === document.activeElement), 'the amount takes keyboard focus');
  const note = await amount.evaluate((e) => getComputedStyle(e, '::after').content);
  check(note.includes('185 billion EUR'), 'focusing the amount shows its value', note);
  check(await page.locator('.time[data-value="2025-06-30"]').count() === 1, 'a time shows its resolved date');
  check(await page.locator('a.ent.ent-person[title*="Merz"]').count() >= 1, 'person mentions are marked and linked');
  check(await page.locator('.trigger').count() >= 1, 'event triggers are marked');
  const panels = await page.$$eval('aside h2', (hs) => hs.map((h) => h.textContent));
  check(['Quotes by speaker', 'Amounts', 'Events', 'Sources'].every((h) => panels.includes(h)), 'the side panels', panels);
  check((await page.textContent('aside')).includes('Deutsche Presse-Agentur'), 'the source panel credits dpa');
  await page.screenshot({ path: path.join(shots, 'document.png'), fullPage: true });

  // Who said.
  await page.goto(base + 'who-said.html?speaker=Merz');
  await page.waitForSelector('.quote-row');
  const rows = await page.$$eval('.quote-row', (rs) => rs.map((r) => r.querySelector('.speaker').textContent));
  check(rows.length === 2 && rows.every((s) => s === 'Friedrich Merz'), 'who said: both of Merz\'s quotes', rows);
  check((await page.$$eval('#quotes h2', (hs) => hs.map((h) => h.textContent))).join() === '2025-03-12,2025-05-20', 'who said: by date');
  await page.screenshot({ path: path.join(shots, 'who-said.png'), fullPage: true });
  await page.goto(base + 'who-said.html?speaker=Merz&about=Frankreich&from=2025');
  await page.waitForSelector('.quote-row');
  check(await page.locator('.quote-row').count() === 1, 'who said: the form narrows by topic and date');
  check(await page.inputValue('input[name=about]') === 'Frankreich' && await page.inputValue('input[name=from]') === '2025', 'the who-said form keeps its fields');
  await page.goto(base + 'who-said.html?about=FRA');
  await page.waitForSelector('#speakers li');
  check(await page.textContent('#speakers-title') === 'Speakers quoted about FRA', 'the speaker list says what it is about');
  const aboutLinks = await page.$$eval('#speakers li a', (as) => as.map((a) => a.getAttribute('href')));
  check(aboutLinks.length === 3 && aboutLinks.every((h) => h.includes('about=FRA')), 'speakers about a topic link to their quotes about it', aboutLinks);

  // Claims: the two trade figures for 2024 disagree.
  await page.goto(base + 'claims.html?measure=trade&subjects=DEU,+FRA');
  await page.waitForSelector('#claims-table');
  const claimRows = await page.$$eval('#claims-table tbody tr', (rs) => rs.map((r) => ({ conflict: r.classList.contains('conflict'), value: r.querySelector('[data-value]').dataset.value })));
  check(claimRows.length === 2 && claimRows.every((r) => r.conflict), 'conflicting figures stand out', claimRows);
  check(await page.locator('#chart circle.point.conflict').count() === 2, 'the claims chart shows both figures');
  await page.screenshot({ path: path.join(shots, 'claims.png'), fullPage: true });

  // Dyad: one bar per month, events linked to their documents.
  await page.goto(base + 'dyad.html?a=DEU&b=FRA');
  await page.waitForSelector('#chart svg');
  const bars = await page.$$eval('#chart g.bar', (gs) => gs.map((g) => g.dataset.period + ':' + g.dataset.events));
  check(bars.join() === '2025-03:4,2025-05:5', 'the dyad chart has one bar per month', bars);
  const evLinks = await page.$$eval('#events li a', (as) => as.map((a) => a.getAttribute('href')));
  check(evLinks.length === dyad.events.length && evLinks.every((h) => h.startsWith('doc.html?id=test-')), 'dyad events link to documents', evLinks);
  await page.screenshot({ path: path.join(shots, 'dyad.png'), fullPage: true });

  // A bad parameter reaches the reader as a message.
  await page.goto(base + 'dyad.html?a=DEU&b=FRA&by=week');
  await page.waitForSelector('#status.error');
  check(/day, month or year/.test(await page.textContent('#status')), 'the page shows the API error');
  // The last page's 400 is expected; nothing else may fail.
  const unexpected = pageErrors.filter((e) => !/status of 400/.test(e));
  check(unexpected.length === 0, 'no script errors or missing files', unexpected);
} catch (e) {
  failures++;
  console.error('FAIL: ' + (e && e.stack || e));
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
  const { code, sig } = await exited;
  check(code === 0 && /stopped/.test(out), 'serve stops cleanly on SIGTERM', { code, sig, err: errText.slice(-2000) });
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`web: ${checks - failures}/${checks} checks passed; screenshots in ${shots}`);
process.exit(failures ? 1 : 0);
