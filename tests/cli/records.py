"""Checks that document records keep the contract of docs/record-format.md:
every layer present, every span's text equal to its slice of the input."""

LAYERS = ("entities", "quotes", "amounts", "times", "events", "sources")


def spans_in(record):
    """Yields (where, span) for every span object in a record."""
    for e in record.get("entities") or []:
        for m in e.get("mentions") or []:
            yield "entity mention", m
    for q in record.get("quotes") or []:
        for s in q.get("spans") or []:
            yield "quote", s
        for role in ("cue", "speaker_span"):
            v = q.get(role)
            for s in v if isinstance(v, list) else [v]:
                if s:
                    yield "quote " + role, s
    for a in record.get("amounts") or []:
        yield "amount", a
    for t in record.get("times") or []:
        yield "time", t
    for v in record.get("events") or []:
        if v.get("trigger"):
            yield "event trigger", v["trigger"]
    for key in ("paragraphs", "sentences", "quote_regions"):
        for s in record.get(key) or []:
            yield key, s


def problems(record, text):
    """Lists what is wrong with one record for input `text` (None: unknown)."""
    out = []
    for key in ("id", "lang", "doc_date", "error") + LAYERS:
        if key not in record:
            out.append("missing key " + key)
    for key in LAYERS:
        if not isinstance(record.get(key), list):
            out.append(key + " is not a list")
    if text is not None:
        for where, s in spans_in(record):
            if text[s["start"]:s["end"]] != s["text"]:
                out.append(f"{where} span {s['start']}:{s['end']} is not {s['text']!r}")
    return out
