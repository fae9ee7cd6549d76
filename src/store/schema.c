/* schema.c - the store's tables, indexes and views (docs/schema.md shows
 * the same SQL).  One text serves both dialects: "@KEY@" becomes SQLite's
 * INTEGER PRIMARY KEY or PostgreSQL's identity column, "@WR@" SQLite's
 * WITHOUT ROWID (the child tables are stored in primary-key order).  The
 * indexes on entities.country and amounts.measure leave out NULLs (half the
 * entities have no country, four amounts in five no measure): every entry
 * is a B-tree insert while storing, and a query that asks `= value` still
 * uses them. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

static const char schema_tables[] =
    "CREATE TABLE IF NOT EXISTS nf_meta (key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents (\n"
    "  doc @KEY@,\n"
    "  id TEXT NOT NULL UNIQUE,\n"
    "  text_hash TEXT NOT NULL,\n"
    "  date TEXT,\n"
    "  date_source TEXT,\n"
    "  lang TEXT,\n"
    "  title TEXT,\n"
    "  text TEXT,\n"
    "  error_code TEXT,\n"
    "  error_message TEXT\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS actors (\n"
    "  actor @KEY@,\n"
    "  key TEXT NOT NULL UNIQUE,\n"
    "  type TEXT,\n"
    "  country TEXT,\n"
    "  code TEXT\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS actor_names (\n"
    "  name TEXT NOT NULL,\n"
    "  actor BIGINT NOT NULL,\n"
    "  PRIMARY KEY (name, actor)\n"
    ")@WR@;\n"
    "CREATE TABLE IF NOT EXISTS entities (\n"
    "  doc BIGINT NOT NULL,\n"
    "  eid TEXT NOT NULL,\n"
    "  type TEXT,\n"
    "  name TEXT,\n"
    "  canonical TEXT,\n"
    "  country TEXT,\n"
    "  actor TEXT,\n"
    "  roles TEXT,\n"
    "  actor_id BIGINT,\n"
    "  PRIMARY KEY (doc, eid)\n"
    ")@WR@;\n"
    "CREATE INDEX IF NOT EXISTS entities_actor ON entities (actor_id);\n"
    "CREATE INDEX IF NOT EXISTS entities_country ON entities (country) WHERE country IS NOT NULL;\n"
    "CREATE TABLE IF NOT EXISTS mentions (\n"
    "  doc BIGINT NOT NULL,\n"
    "  eid TEXT NOT NULL,\n"
    "  n INTEGER NOT NULL,\n"
    "  start_cp INTEGER,\n"
    "  end_cp INTEGER,\n"
    "  text TEXT,\n"
    "  kind TEXT,\n"
    "  PRIMARY KEY (doc, eid, n)\n"
    ")@WR@;\n"
    "CREATE TABLE IF NOT EXISTS quotes (\n"
    "  doc BIGINT NOT NULL,\n"
    "  qid TEXT NOT NULL,\n"
    "  kind TEXT,\n"
    "  text TEXT,\n"
    "  start_cp INTEGER,\n"
    "  end_cp INTEGER,\n"
    "  cue TEXT,\n"
    "  speaker_span TEXT,\n"
    "  speaker TEXT,\n"
    "  PRIMARY KEY (doc, qid)\n"
    ")@WR@;\n"
    "CREATE TABLE IF NOT EXISTS amounts (\n"
    "  doc BIGINT NOT NULL,\n"
    "  n INTEGER NOT NULL,\n"
    "  start_cp INTEGER,\n"
    "  end_cp INTEGER,\n"
    "  text TEXT,\n"
    "  value DOUBLE PRECISION,\n"
    "  unit TEXT,\n"
    "  approx INTEGER,\n"
    "  qualifier TEXT,\n"
    "  object TEXT,\n"
    "  measure TEXT,\n"
    "  period_start TEXT,\n"
    "  period_end TEXT,\n"
    "  claimant TEXT,\n"
    "  PRIMARY KEY (doc, n)\n"
    ")@WR@;\n"
    "CREATE INDEX IF NOT EXISTS amounts_measure ON amounts (measure) WHERE measure IS NOT NULL;\n"
    "CREATE TABLE IF NOT EXISTS amount_subjects (\n"
    "  doc BIGINT NOT NULL,\n"
    "  n INTEGER NOT NULL,\n"
    "  eid TEXT NOT NULL,\n"
    "  PRIMARY KEY (doc, n, eid)\n"
    ")@WR@;\n"
    "CREATE TABLE IF NOT EXISTS times (\n"
    "  doc BIGINT NOT NULL,\n"
    "  n INTEGER NOT NULL,\n"
    "  start_cp INTEGER,\n"
    "  end_cp INTEGER,\n"
    "  text TEXT,\n"
    "  type TEXT,\n"
    "  value TEXT,\n"
    "  PRIMARY KEY (doc, n)\n"
    ")@WR@;\n"
    "CREATE TABLE IF NOT EXISTS events (\n"
    "  doc BIGINT NOT NULL,\n"
    "  vid TEXT NOT NULL,\n"
    "  code TEXT,\n"
    "  root TEXT,\n"
    "  label TEXT,\n"
    "  plover TEXT,\n"
    "  goldstein DOUBLE PRECISION,\n"
    "  source TEXT,\n"
    "  target TEXT,\n"
    "  date TEXT,\n"
    "  location TEXT,\n"
    "  modality TEXT,\n"
    "  trigger TEXT,\n"
    "  start_cp INTEGER,\n"
    "  end_cp INTEGER,\n"
    "  PRIMARY KEY (doc, vid)\n"
    ")@WR@;\n"
    "CREATE TABLE IF NOT EXISTS sources (\n"
    "  doc BIGINT NOT NULL,\n"
    "  n INTEGER NOT NULL,\n"
    "  eid TEXT,\n"
    "  cue TEXT,\n"
    "  start_cp INTEGER,\n"
    "  end_cp INTEGER,\n"
    "  PRIMARY KEY (doc, n)\n"
    ")@WR@;\n";

/* Views: what the queries read, and a start for one's own SQL. */
static const char schema_views[] =
    "CREATE VIEW v_entities AS\n"
    "  SELECT d.id AS document, d.date, e.doc, e.eid, e.type, e.name, e.canonical, e.country,\n"
    "         e.actor AS code, e.actor_id, a.key AS actor_key\n"
    "  FROM entities e JOIN documents d ON d.doc = e.doc\n"
    "  LEFT JOIN actors a ON a.actor = e.actor_id;\n"
    "CREATE VIEW v_mentions AS\n"
    "  SELECT d.id AS document, d.date, m.doc, m.eid, e.name, e.canonical, e.actor_id,\n"
    "         m.kind, m.text, m.start_cp, m.end_cp\n"
    "  FROM mentions m JOIN entities e ON e.doc = m.doc AND e.eid = m.eid\n"
    "  JOIN documents d ON d.doc = m.doc;\n"
    "CREATE VIEW v_quotes AS\n"
    "  SELECT d.id AS document, d.date, q.doc, q.qid, q.kind, q.text, q.cue, q.speaker_span,\n"
    "         q.speaker, e.name AS speaker_name, e.canonical AS speaker_canonical,\n"
    "         e.actor_id AS speaker_actor, q.start_cp, q.end_cp\n"
    "  FROM quotes q JOIN documents d ON d.doc = q.doc\n"
    "  LEFT JOIN entities e ON e.doc = q.doc AND e.eid = q.speaker;\n"
    "CREATE VIEW v_claims AS\n"
    "  SELECT d.id AS document, d.date, am.doc, am.n, am.value, am.unit, am.approx,\n"
    "         am.qualifier, am.object, am.measure, am.period_start, am.period_end, am.text,\n"
    "         am.claimant, COALESCE(e.canonical, e.name) AS claimant_name,\n"
    "         e.actor_id AS claimant_actor\n"
    "  FROM amounts am JOIN documents d ON d.doc = am.doc\n"
    "  LEFT JOIN entities e ON e.doc = am.doc AND e.eid = am.claimant;\n"
    "CREATE VIEW v_events AS\n"
    "  SELECT d.id AS document, COALESCE(ev.date, d.date) AS date, ev.doc, ev.vid, ev.code,\n"
    "         ev.root, ev.label, ev.plover, ev.goldstein, ev.modality, ev.trigger,\n"
    "         COALESCE(s.canonical, s.name) AS source_name, s.country AS source_country,\n"
    "         s.actor AS source_code, s.actor_id AS source_actor,\n"
    "         COALESCE(t.canonical, t.name) AS target_name, t.country AS target_country,\n"
    "         t.actor AS target_code, t.actor_id AS target_actor,\n"
    "         COALESCE(l.canonical, l.name) AS location_name\n"
    "  FROM events ev JOIN documents d ON d.doc = ev.doc\n"
    "  LEFT JOIN entities s ON s.doc = ev.doc AND s.eid = ev.source\n"
    "  LEFT JOIN entities t ON t.doc = ev.doc AND t.eid = ev.target\n"
    "  LEFT JOIN entities l ON l.doc = ev.doc AND l.eid = ev.location;\n"
    "INSERT INTO nf_meta (key, value) VALUES ('schema', '1');\n";

/* The schema text for the dialect of `s`, malloc'd for the caller (built
 * anew each time: it is read once per store opened, and a copy shared by
 * all stores would be state shared between threads). */
char *nf_store_schema(const nf_store *s) {
    bool pg = nf_store_is_pg(s);
    const char *key =
        pg ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY";
    const char *wr = pg ? "" : " WITHOUT ROWID";
    char *sql = malloc(sizeof schema_tables + sizeof schema_views);
    if (!sql) return NULL;
    strcpy(sql, schema_tables);
    strcat(sql, schema_views);
    /* Room for the text with every marker replaced by the longer text. */
    size_t markers = 0;
    for (const char *m = sql; (m = strchr(m, '@')) != NULL; markers++)
        m = strncmp(m, "@KEY@", 5) == 0 ? m + 5 : m + 4;
    size_t longest = strlen(key) > strlen(wr) ? strlen(key) : strlen(wr);
    char *out = malloc(strlen(sql) + markers * longest + 1);
    if (!out) {
        free(sql);
        return NULL;
    }
    const char *p = sql;
    char *o = out;
    const char *hit;
    while ((hit = strchr(p, '@')) != NULL) {
        memcpy(o, p, (size_t)(hit - p));
        o += hit - p;
        bool is_key = strncmp(hit, "@KEY@", 5) == 0;
        const char *rep = is_key ? key : wr;
        memcpy(o, rep, strlen(rep));
        o += strlen(rep);
        p = hit + (is_key ? 5 : 4);
    }
    strcpy(o, p);
    free(sql);
    return out;
}
