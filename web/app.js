// newsfacts viewer: one script for every page (body[data-page] says which).
// All text from the store goes into the page through textContent, never as HTML.
'use strict';

// Creates an element with attributes and children (strings become text).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat()) {
    if (k === null || k === undefined || k === false) continue;
    e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
// Creates an SVG element with attributes.
function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

// Fetches an API path; throws an Error with the server's message on failure.
async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of params || []) if (v !== null && v !== undefined && v !== '') qs.append(k, v);
  const res = await fetch('/api/' + path + (qs.toString() ? '?' + qs : ''));
  let body;
  try { body = await res.json(); } catch (e) { body = {}; }
  if (!res.ok) throw new Error(body.error || res.status + ' ' + res.statusText);
  return body;
}

function status(msg, isError) {
  const s = document.getElementById('status');
  if (!s) return;
  s.textContent = msg || '';
  s.className = isError ? 'error' : 'muted';
}

// The page's query parameters, and the form filled with them.
function params() { return new URLSearchParams(location.search); }
function fillForm(form, p) {
  for (const f of form.elements) if (f.name && p.has(f.name)) f.value = p.get(f.name);
}
function docLink(id, label) {
  return el('a', { href: 'doc.html?id=' + encodeURIComponent(id) }, label || id);
}

// A number the way a reader writes it: 27.8 billion, 1.5 million.
function human(v) {
  if (v === null || v === undefined) return '';
  const a = Math.abs(v);
  const f = (x) => Number(x.toPrecision(4)).toLocaleString('en');
  if (a >= 1e12) return f(v / 1e12) + ' trillion';
  if (a >= 1e9) return f(v / 1e9) + ' billion';
  if (a >= 1e6) return f(v / 1e6) + ' million';
  return Number(v).toLocaleString('en');
}

// A period as text: 2024, 2025-01-01 – 2025-09-30.
function period(s, e) {
  if (!s && !e) return '';
  if (s && e && s.slice(5) === '01-01' && e.slice(5) === '12-31' && s.slice(0, 4) === e.slice(0, 4))
    return s.slice(0, 4);
  if (s === e) return s;
  // Whole months of one year: Jan–Sep 2025.
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (s && e && s.length === 10 && e.length === 10 && s.slice(0, 4) === e.slice(0, 4) && s.slice(8) === '01') {
    const y = +e.slice(0, 4), m = +e.slice(5, 7);
    if (+e.slice(8) === new Date(Date.UTC(y, m, 0)).getUTCDate()) {
      const a = M[+s.slice(5, 7) - 1], b = M[m - 1];
      return (a === b ? a : a + '–' + b) + ' ' + y;
    }
  }
  return (s || '…') + ' – ' + (e || '…');
}

function amountNorm(a) {
  const parts = [(a.qualifier === 'about' ? '≈ ' : '') + human(a.value) + (a.unit ? ' ' + a.unit : '')];
  const p = period(a.period_start, a.period_end);
  if (p) parts.push('period ' + p);
  if (a.measure) parts.push(a.measure);
  return parts.join(' · ');
}

// ---------------------------------------------------------------- document
// Splits the text at every annotation boundary and wraps each piece in the
// annotations that cover it (outer ones first); a quote gets its speaker's
// name at its start.
function renderText(doc) {
  const cps = Array.from(doc.text || '');
  const spans = [];
  const add = (start, end, kind, data) => {
    if (start === null || end === null || start >= end || start < 0 || end > cps.length) return;
    spans.push({ start, end, kind, data });
  };
  for (const q of doc.quotes) add(q.start_cp, q.end_cp, 'quote', q);
  for (const m of doc.mentions) add(m.start_cp, m.end_cp, 'ent', m);
  for (const a of doc.amounts) add(a.start_cp, a.end_cp, 'amount', a);
  for (const t of doc.times) add(t.start_cp, t.end_cp, 'time', t);
  for (const v of doc.events) add(v.start_cp, v.end_cp, 'trigger', v);
  const order = { quote: 0, amount: 1, time: 2, ent: 3, trigger: 4 };
  const cuts = new Set([0, cps.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  for (let i = 0; i < cps.length; i++) if (cps[i] === '\n') { cuts.add(i); cuts.add(i + 1); }
  const points = [...cuts].sort((x, y) => x - y);
  const ents = new Map(doc.entities.map((e) => [e.eid, e]));
  const container = el('div', { class: 'text' });
  let para = el('p');
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = cps.slice(a, b).join('');
    if (piece === '\n') {
      if (para.childNodes.length) container.append(para);
      para = el('p');
      continue;
    }
    const covering = spans.filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => (y.end - y.start) - (x.end - x.start) || order[x.kind] - order[y.kind]);
    let node = document.createTextNode(piece);
    for (let k = covering.length - 1; k >= 0; k--) {
      const s = covering[k], d = s.data;
      let w;
      if (s.kind === 'quote') {
        w = el('mark', { class: 'quote', 'data-qid': d.qid, title: 'Quote (' + d.kind + ') by ' + (d.speaker_label || 'unknown speaker') });
      } else if (s.kind === 'ent') {
        const e = ents.get(d.eid) || {};
        const name = e.canonical || e.name || d.text;
        w = el('a', { class: 'ent ent-' + (d.type || 'other'), href: 'index.html?entity=' + encodeURIComponent(name),
          'data-eid': d.eid, title: (d.type || 'entity') + ': ' + name + (e.country ? ' (' + e.country + ')' : '') });
      } else if (s.kind === 'amount') {
        const norm = amountNorm(d);
        w = el('span', { class: 'amount', tabindex: 0, 'data-value': d.value, 'data-unit': d.unit,
          'data-period': period(d.period_start, d.period_end), 'data-norm': norm, title: norm });
      } else if (s.kind === 'time') {
        w = el('span', { class: 'time', tabindex: 0, 'data-value': d.value, 'data-norm': d.type + ': ' + d.value,
          title: d.type + ': ' + d.value });
      } else {
        w = el('span', { class: 'trigger', 'data-vid': d.vid, title: 'Event: ' + d.label + ' (CAMEO ' + d.code + ')' });
      }
      w.append(node);
      node = w;
    }
    // The speaker goes beside the quote, once, where the quote starts.
    for (const s of covering) if (s.kind === 'quote' && s.start === a) {
      const d = s.data;
      para.append(el('span', { class: 'speaker' + (d.speaker_label ? '' : ' unknown'), 'data-qid': d.qid },
        d.speaker_label || '?'));
    }
    para.append(node);
  }
  if (para.childNodes.length) container.append(para);
  return container;
}

function panel(title, ...kids) {
  return el('section', {}, el('h2', {}, title), ...kids);
}

function renderPanels(doc) {
  const out = [];
  // Quotes by speaker.
  const bySpeaker = new Map();
  for (const q of doc.quotes) {
    const k = q.speaker_label || '(unknown speaker)';
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k).push(q);
  }
  const qs = el('div', { id: 'panel-quotes' });
  for (const [sp, list] of bySpeaker) {
    qs.append(el('h3', {}, sp + ' (' + list.length + ')'));
    for (const q of list) qs.append(el('blockquote', { 'data-qid': q.qid }, q.text, ' ', el('span', { class: 'muted' }, '— ' + (q.cue || q.kind))));
  }
  if (!doc.quotes.length) qs.append(el('p', { class: 'muted' }, 'No quotes.'));
  out.push(panel('Quotes by speaker', qs));
  // Amounts.
  const subj = new Map();
  for (const s of doc.amount_subjects) {
    if (!subj.has(s.n)) subj.set(s.n, []);
    subj.get(s.n).push(s.name || s.eid);
  }
  const at = el('table', { id: 'panel-amounts' }, el('thead', {}, el('tr', {},
    el('th', {}, 'Text'), el('th', {}, 'Value'), el('th', {}, 'Period'), el('th', {}, 'Measure'), el('th', {}, 'Claimed by'))));
  const tb = el('tbody');
  for (const a of doc.amounts)
    tb.append(el('tr', {}, el('td', {}, a.text), el('td', { class: 'num' }, human(a.value) + ' ' + (a.unit || '')),
      el('td', {}, period(a.period_start, a.period_end)),
      el('td', {}, [a.measure || '', subj.has(a.n) ? ' (' + subj.get(a.n).join(', ') + ')' : '']),
      el('td', {}, a.claimant || '')));
  at.append(tb);
  out.push(panel('Amounts', doc.amounts.length ? at : el('p', { class: 'muted' }, 'No amounts.')));
  // Times.
  out.push(panel('Times', el('ul', {}, doc.times.map((t) => el('li', {}, t.text + ' → ', el('strong', {}, t.value), ' ', el('span', { class: 'muted' }, t.type))))));
  // Events.
  out.push(panel('Events', doc.events.length ? el('ul', { id: 'panel-events' }, doc.events.map((v) => el('li', {},
    el('strong', {}, v.label), ' (', v.code, ', Goldstein ', v.goldstein, '): ',
    (v.source_name || '?') + ' → ' + (v.target_name || '?'),
    v.date ? ', ' + v.date : '', v.location_name ? ', in ' + v.location_name : '',
    v.trigger ? el('span', { class: 'muted' }, ' “' + v.trigger + '”') : ''))) : el('p', { class: 'muted' }, 'No events.')));
  // Sources.
  out.push(panel('Sources', doc.sources.length ? el('ul', {}, doc.sources.map((s) => el('li', {}, s.name || s.eid || '?', s.cue ? el('span', { class: 'muted' }, ' (' + s.cue + ')') : ''))) : el('p', { class: 'muted' }, 'No sources credited.')));
  // Entities.
  out.push(panel('Entities', el('ul', {}, doc.entities.map((e) => el('li', {},
    el('a', { class: 'ent ent-' + e.type, href: 'index.html?entity=' + encodeURIComponent(e.canonical || e.name) }, e.canonical || e.name),
    ' ', el('span', { class: 'muted' }, [e.type, e.country, e.code].filter(Boolean).join(' · ')))))));
  return out;
}

async function pageDoc() {
  const id = params().get('id');
  const art = document.getElementById('article');
  if (!id) { status('No document id given (doc.html?id=…).', true); return; }
  let doc;
  try { doc = await api('doc', [['id', id]]); } catch (e) { status(e.message, true); return; }
  document.title = (doc.title || doc.id) + ' – newsfacts';
  art.replaceChildren(
    el('h1', {}, doc.title || doc.id),
    el('p', { class: 'meta' }, [doc.date || 'no date', doc.lang, 'id ' + doc.id].filter(Boolean).join(' · ')),
    el('div', { class: 'legend', 'aria-label': 'Legend' },
      el('span', { class: 'ent ent-person' }, 'person'), el('span', { class: 'ent ent-org' }, 'organisation'),
      el('span', { class: 'ent ent-gpe' }, 'country/city'), el('span', { class: 'ent ent-loc' }, 'place'),
      el('mark', { class: 'quote' }, 'quote'), el('span', { class: 'amount' }, 'amount'),
      el('span', { class: 'time' }, 'time'), el('span', { class: 'trigger' }, 'event trigger')),
    doc.error_code ? el('p', { class: 'error' }, 'Not extracted: ' + doc.error_code + ' ' + (doc.error_message || '')) : '',
    doc.text ? renderText(doc) : el('p', { class: 'muted' }, 'The text is not stored (ingest with --text to see it).'));
  document.getElementById('panels').replaceChildren(...renderPanels(doc));
}

// ------------------------------------------------------------------ search
async function pageSearch() {
  const p = params();
  fillForm(document.getElementById('search-form'), p);
  const keys = ['q', 'entity', 'speaker', 'from', 'to'];
  if (!keys.some((k) => p.get(k))) { status('Search by text, entity, speaker or date range (all optional, combined).'); }
  let r;
  try { r = await api('search', keys.map((k) => [k, p.get(k)])); } catch (e) { status(e.message, true); return; }
  status(r.documents.length + ' document' + (r.documents.length === 1 ? '' : 's') + (r.documents.length >= r.limit ? ' (first ' + r.limit + ')' : ''));
  document.getElementById('results').replaceChildren(...r.documents.map((d) => el('li', { class: 'result' },
    docLink(d.id, d.title || d.id), ' ', el('span', { class: 'muted' }, d.date || ''),
    el('p', { class: 'excerpt' }, (d.excerpt || '').replace(/\s+/g, ' ') + (d.excerpt && d.excerpt.length >= 280 ? '…' : '')))));
}

// ---------------------------------------------------------------- who said
async function pageWhoSaid() {
  const p = params();
  fillForm(document.getElementById('who-form'), p);
  // The speakers quoted most, about the topic and in the dates asked for.
  const narrow = ['about', 'from', 'to'].filter((k) => p.get(k));
  if (p.get('about')) document.getElementById('speakers-title').textContent = 'Speakers quoted about ' + p.get('about');
  api('speakers', narrow.map((k) => [k, p.get(k)])).then((r) => document.getElementById('speakers').replaceChildren(...r.speakers.map((s) =>
    el('li', {}, el('a', { href: 'who-said.html?' + new URLSearchParams([['speaker', s.speaker], ...narrow.map((k) => [k, p.get(k)])]) }, s.speaker + ' (' + s.quotes + ')'))))).catch(() => {});
  const sp = p.get('speaker');
  if (!sp) return;
  let r;
  try { r = await api('who-said', ['speaker', 'about', 'from', 'to'].map((k) => [k, p.get(k)])); } catch (e) { status(e.message, true); return; }
  status(r.quotes.length + ' quote' + (r.quotes.length === 1 ? '' : 's') + ' of ' + sp + (p.get('about') ? ' about ' + p.get('about') : ''));
  const out = document.getElementById('quotes');
  out.replaceChildren();
  let date = null, list = null;
  for (const q of r.quotes) {
    if (q.date !== date || !list) {
      date = q.date;
      out.append(el('h2', {}, date || 'no date'));
      list = el('ul', { class: 'results' });
      out.append(list);
    }
    list.append(el('li', { class: 'quote-row' }, el('span', { class: 'speaker' }, q.speaker), ' ',
      el('q', {}, q.text), ' ', el('span', { class: 'muted' }, (q.cue || q.kind) + ' · '), docLink(q.document)));
  }
}

// ------------------------------------------------------------------ claims
async function pageClaims() {
  const p = params();
  fillForm(document.getElementById('claims-form'), p);
  const subjects = (p.get('subjects') || '').split(',').map((s) => s.trim()).filter(Boolean);
  let r;
  try {
    r = await api('claims', [['measure', p.get('measure')], ['claimant', p.get('claimant')], ['from', p.get('from')], ['to', p.get('to')], ...subjects.map((s) => ['subject', s])]);
  } catch (e) { status(e.message, true); return; }
  const rows = r.claims;
  // Figures of the same measure, unit and period that differ stand out.
  const groups = new Map();
  for (const c of rows) {
    const k = [c.measure, c.unit, c.period_start, c.period_end].join('|');
    if (!groups.has(k)) groups.set(k, new Set());
    if (c.period_start || c.period_end) groups.get(k).add(c.value);
  }
  const conflict = (c) => groups.get([c.measure, c.unit, c.period_start, c.period_end].join('|')).size > 1;
  const nconf = rows.filter(conflict).length;
  status(rows.length + ' figure' + (rows.length === 1 ? '' : 's') + (nconf ? ', ' + nconf + ' in conflict with another figure for the same period' : ''));
  const t = el('table', { id: 'claims-table' }, el('thead', {}, el('tr', {}, ['Reported', 'Document', 'Claimed by', 'Value', 'Unit', 'Period', 'Measure', 'Text'].map((h) => el('th', {}, h)))));
  const tb = el('tbody');
  for (const c of rows)
    tb.append(el('tr', { class: conflict(c) ? 'conflict' : null }, el('td', {}, c.date || ''), el('td', {}, docLink(c.document)),
      el('td', {}, c.claimant || ''), el('td', { class: 'num', 'data-value': c.value }, (c.qualifier === 'about' ? '≈ ' : '') + human(c.value), conflict(c) ? el('span', { class: 'badge', title: 'Another figure was claimed for the same period' }, 'conflict') : ''),
      el('td', {}, c.unit || ''), el('td', {}, period(c.period_start, c.period_end)), el('td', {}, c.measure || ''), el('td', {}, c.text || '')));
  t.append(tb);
  document.getElementById('table').replaceChildren(rows.length ? t : el('p', { class: 'muted' }, 'No figures match.'));
  document.getElementById('chart').replaceChildren(rows.length ? claimsChart(rows, conflict) : '');
}

// Value against the end of its period, one dot per figure (the unit of the
// first figure; others are left out of the chart, not the table).
function claimsChart(rows, conflict) {
  const unit = rows[0].unit;
  const pts = rows.filter((c) => c.unit === unit && c.value !== null && (c.period_end || c.date));
  const W = 760, H = 280, L = 90, B = 40, T = 20, R = 130, PAD = 50;
  const t = (c) => Date.parse((c.period_end || c.date).slice(0, 10));
  const xs = pts.map(t), max = Math.max(...pts.map((c) => c.value), 1);
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const sx = (v) => L + PAD + (x1 === x0 ? (W - L - R - PAD) / 2 : (v - x0) / (x1 - x0) * (W - L - R - PAD));
  const sy = (v) => H - B - v / max * (H - B - T);
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'Figures in ' + unit + ' by period' });
  g.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - 20, y2: H - B }), svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
  g.append(svg('line', { class: 'axis', x1: L - 4, y1: sy(max), x2: L, y2: sy(max) }), svg('text', { x: L - 6, y: sy(max) + 4, 'text-anchor': 'end' }, human(max)), svg('text', { x: L - 6, y: H - B + 4, 'text-anchor': 'end' }, '0 ' + unit));
  for (const c of pts) {
    const cx = sx(t(c)), cy = sy(c.value);
    g.append(svg('circle', { class: 'point' + (conflict(c) ? ' conflict' : ''), cx, cy, r: 6 },
      svg('title', {}, human(c.value) + ' ' + unit + ', ' + period(c.period_start, c.period_end) + ' — ' + (c.claimant || 'unattributed') + ' (' + c.date + ')')));
    g.append(svg('text', { x: cx + 9, y: cy + 4 }, human(c.value)));
    g.append(svg('text', { x: cx, y: H - B + 16, 'text-anchor': 'middle' }, period(c.period_start, c.period_end) || c.date));
  }
  return g;
}

// -------------------------------------------------------------------- dyad
const ROOT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

async function pageDyad() {
  const p = params();
  fillForm(document.getElementById('dyad-form'), p);
  if (!p.get('a') || !p.get('b')) { status('Give two actors: names or ISO 3166 alpha-3 codes (RUS, KAZ).'); return; }
  let r;
  try { r = await api('dyad', ['a', 'b', 'by', 'from', 'to'].map((k) => [k, p.get(k)])); } catch (e) { status(e.message, true); return; }
  const periods = [...new Set(r.periods.map((x) => x.period))];
  status(r.events.length + ' event' + (r.events.length === 1 ? '' : 's') + ' between ' + r.a + ' and ' + r.b + ' in ' + periods.length + ' ' + r.by + (periods.length === 1 ? '' : 's'));
  document.getElementById('chart').replaceChildren(periods.length ? dyadChart(r, periods) : '');
  const t = el('table', { id: 'periods-table' }, el('thead', {}, el('tr', {}, [r.by, 'CAMEO root', 'Events', r.a + ' → ' + r.b, r.b + ' → ' + r.a, 'Mean Goldstein', 'Kinds'].map((h) => el('th', {}, h)))));
  t.append(el('tbody', {}, r.periods.map((x) => el('tr', {}, el('td', {}, x.period || 'no date'), el('td', {}, x.root), el('td', { class: 'num' }, x.events),
    el('td', { class: 'num' }, x.a_to_b), el('td', { class: 'num' }, x.b_to_a), el('td', { class: 'num' }, x.mean_goldstein === null ? '' : x.mean_goldstein.toFixed(2)), el('td', {}, x.labels || '')))));
  document.getElementById('periods').replaceChildren(r.periods.length ? t : el('p', { class: 'muted' }, 'No events between them.'));
  document.getElementById('events-heading').hidden = !r.events.length;
  document.getElementById('events').replaceChildren(...r.events.map((v) => el('li', { class: 'event' },
    el('strong', {}, v.date || 'no date'), ' ', v.label + ' (' + v.code + ', Goldstein ' + v.goldstein + '): ',
    (v.source_name || '?') + ' → ' + (v.target_name || '?'), v.location_name ? ', in ' + v.location_name : '', ' · ', docLink(v.document))));
}

// One bar per period, stacked by CAMEO root; the mean Goldstein score above.
function dyadChart(r, periods) {
  const roots = [...new Set(r.periods.map((x) => x.root))].sort();
  const colour = (root) => ROOT_COLOURS[roots.indexOf(root) % ROOT_COLOURS.length];
  const total = (p) => r.periods.filter((x) => x.period === p).reduce((s, x) => s + x.events, 0);
  const max = Math.max(...periods.map(total), 1);
  const bw = 48, gap = 28, L = 50, B = 40, T = 30, H = 280;
  const W = Math.max(400, L + periods.length * (bw + gap) + gap);
  const sy = (v) => v / max * (H - B - T);
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'Events per ' + r.by + ' by CAMEO root' });
  g.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - 10, y2: H - B }));
  g.append(svg('text', { x: L - 8, y: H - B - sy(max) + 4, 'text-anchor': 'end' }, max));
  periods.forEach((p, i) => {
    const x = L + gap + i * (bw + gap);
    const bar = svg('g', { class: 'bar', 'data-period': p, 'data-events': total(p) });
    let y = H - B;
    const rows = r.periods.filter((q) => q.period === p);
    for (const q of rows) {
      const h = sy(q.events);
      y -= h;
      bar.append(svg('rect', { class: 'seg', x, y, width: bw, height: h, fill: colour(q.root) },
        svg('title', {}, (p || 'no date') + ': ' + q.events + ' × root ' + q.root + ' (' + (q.labels || '') + '), mean Goldstein ' + (q.mean_goldstein === null ? '–' : q.mean_goldstein.toFixed(2)))));
    }
    const gs = rows.filter((q) => q.mean_goldstein !== null);
    const mean = gs.length ? gs.reduce((s, q) => s + q.mean_goldstein * q.events, 0) / gs.reduce((s, q) => s + q.events, 0) : null;
    bar.append(svg('text', { x: x + bw / 2, y: y - 6, 'text-anchor': 'middle' }, total(p) + (mean === null ? '' : ' · G ' + mean.toFixed(1))));
    bar.append(svg('text', { x: x + bw / 2, y: H - B + 16, 'text-anchor': 'middle' }, p || 'no date'));
    g.append(bar);
  });
  const wrap = el('div');
  wrap.append(g, el('div', { class: 'key' }, roots.map((root) => el('span', { style: null, 'data-root': root }, 'root ' + root + ': ' + rootName(root)))));
  for (const s of wrap.querySelectorAll('.key span')) s.style.setProperty('--c', colour(s.dataset.root));
  return wrap;
}

// The CAMEO root codes' names.
function rootName(code) {
  return ({ '01': 'public statement', '02': 'appeal', '03': 'intent to cooperate', '04': 'consult', '05': 'diplomatic cooperation', '06': 'material cooperation', '07': 'provide aid', '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove', '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'force posture', '16': 'reduce relations', '17': 'coerce', '18': 'assault', '19': 'fight', '20': 'mass violence' })[code] || code;
}

const PAGES = { doc: pageDoc, search: pageSearch, 'who-said': pageWhoSaid, claims: pageClaims, dyad: pageDyad };
document.addEventListener('DOMContentLoaded', () => {
  const f = PAGES[document.body.dataset.page];
  if (f) f().catch((e) => status(String(e), true));
});
