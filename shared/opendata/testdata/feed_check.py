"""Parse a feed with feedparser (Debian's python3-feedparser).

Usage: feed_check.py FEED

Prints a JSON report: the format feedparser recognised, whether it found
the feed malformed (bozo) and why, and each entry as feedparser reads it,
with its dates parsed.
"""
import calendar
import json
import sys

import feedparser

with open(sys.argv[1], "rb") as f:
    d = feedparser.parse(f.read())

out = {
    "version": d.version,
    "bozo": bool(d.bozo),
    "bozo_exception": str(d.get("bozo_exception", "")),
    "title": d.feed.get("title", ""),
    "language": d.feed.get("language", ""),
    "entries": [],
}
for e in d.entries:
    published = e.get("published_parsed") or e.get("updated_parsed")
    out["entries"].append({
        "id": e.get("id", ""),
        "title": e.get("title", ""),
        "link": e.get("link", ""),
        "summary": e.get("summary", ""),
        "published_unix": calendar.timegm(published) if published else None,
        "tags": [t.get("term") for t in e.get("tags", [])],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
