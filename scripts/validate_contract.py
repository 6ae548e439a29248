#!/usr/bin/env python3
"""Check rasd's JSON Lines against the output contract (../shared/spec/OUTPUT.md).

usage: validate_contract.py PRED.jsonl [INPUT.jsonl]
Checks every field's type and allowed values, that every span's offsets lie inside `text`
and that its `text` equals the covered code points; with INPUT.jsonl, that the output has one
line per input line, in order, with the input's `id` and exactly the input's `text`.
Exits 1 and prints each problem (file:line: field: what) when any check fails.
"""
import json
import re
import sys

ENTITY_TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"}
TIME_TYPES = {"DATE", "TIME", "DURATION", "SET"}
APPROX = {"exact", "about", "more_than", "less_than", "at_least", "at_most"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUS = {"occurred", "ongoing", "planned", "postponed", "negated", "hypothetical", "aggregate"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def opt(v, t):
    return v is None or isinstance(v, t)


def span(where, obj, text, need_text=True):
    s, e = obj.get("start"), obj.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
        bad(where, f"offsets {s}..{e} outside text of {len(text)} code points")
        return
    if need_text and obj.get("text") != text[s:e]:
        bad(where, f"text {obj.get('text')!r} != text[{s}:{e}] {text[s:e]!r}")


def check(where, a):
    for k in ("id", "text"):
        if not isinstance(a.get(k), str):
            bad(where, f"{k} must be a string")
    text = a.get("text") or ""
    p = a.get("published")
    if not (p is None or (isinstance(p, str) and DATE.match(p))):
        bad(where, f"published {p!r} is not YYYY-MM-DD or null")
    for k in ("entities", "times", "quantities", "quotes", "events"):
        if not isinstance(a.get(k), list):
            bad(where, f"{k} must be an array")
            return
    ids = set()
    for i, e in enumerate(a["entities"]):
        w = f"{where}: entities[{i}]"
        ids.add(e.get("id"))
        if e.get("type") not in ENTITY_TYPES:
            bad(w, f"type {e.get('type')!r}")
        if not isinstance(e.get("name"), str):
            bad(w, "name must be a string")
        for k in ("name_en", "ref", "country"):
            if not opt(e.get(k), str):
                bad(w, f"{k} must be a string or null")
        for k in ("lat", "lon"):
            if not opt(e.get(k), (int, float)):
                bad(w, f"{k} must be a number or null")
        if not e.get("mentions"):
            bad(w, "no mentions")
        for j, m in enumerate(e.get("mentions") or []):
            span(f"{w}.mentions[{j}]", m, text)
    for i, t in enumerate(a["times"]):
        w = f"{where}: times[{i}]"
        span(w, t, text)
        if t.get("type") not in TIME_TYPES:
            bad(w, f"type {t.get('type')!r}")
        if not isinstance(t.get("value"), str):
            bad(w, "value must be a string")
        if t.get("calendar") not in ("gregorian", "hijri"):
            bad(w, f"calendar {t.get('calendar')!r}")
    for i, q in enumerate(a["quantities"]):
        w = f"{where}: quantities[{i}]"
        span(w, q, text)
        if not isinstance(q.get("value"), (int, float)):
            bad(w, "value must be a number")
        if q.get("approx") not in APPROX:
            bad(w, f"approx {q.get('approx')!r}")
    for i, q in enumerate(a["quotes"]):
        w = f"{where}: quotes[{i}]"
        span(w, q, text)
        if q.get("speaker") is not None and q["speaker"] not in ids:
            bad(w, f"speaker {q['speaker']!r} is not an entity id")
        if q.get("cue") is not None:
            span(f"{w}.cue", q["cue"], text)
    for i, v in enumerate(a["events"]):
        w = f"{where}: events[{i}]"
        if v.get("type") not in PLOVER:
            bad(w, f"type {v.get('type')!r}")
        if v.get("status") not in STATUS:
            bad(w, f"status {v.get('status')!r}")
        span(f"{w}.trigger", v.get("trigger") or {}, text)
        span(f"{w}.sentence", v.get("sentence") or {}, text, need_text=False)
        for k in ("actors", "targets"):
            for j, p in enumerate(v.get(k) or []):
                if p.get("entity") is not None and p["entity"] not in ids:
                    bad(f"{w}.{k}[{j}]", f"entity {p['entity']!r} is not an entity id")
        for k in ("fatalities", "injuries"):
            if not opt(v.get(k), int):
                bad(w, f"{k} must be an integer or null")


def main():
    pred_path = sys.argv[1]
    preds = [json.loads(l) for l in open(pred_path, encoding="utf-8") if l.strip()]
    for n, a in enumerate(preds, 1):
        check(f"{pred_path}:{n}", a)
    if len(sys.argv) > 2:
        inputs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
        if len(inputs) != len(preds):
            bad(pred_path, f"{len(preds)} lines for {len(inputs)} inputs")
        for n, (i, p) in enumerate(zip(inputs, preds), 1):
            if "id" in i and i["id"] != p.get("id"):
                bad(f"{pred_path}:{n}", f"id {p.get('id')!r} != input id {i['id']!r}")
            if i["text"] != p.get("text"):
                bad(f"{pred_path}:{n}", "text differs from the input's text")
    for p in problems[:50]:
        print(p)
    print(f"{len(preds)} articles checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
