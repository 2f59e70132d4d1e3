#!/usr/bin/env python3
"""Hands the unfinished entries of a Qt Linguist catalog to a translator and takes them back.

    scripts/ts-unfinished.py export translations/slipway_ko.ts todo.json
    (translate: fill "translation" in todo.json; plural entries take one form, e.g. "노드 %n개")
    scripts/ts-unfinished.py import translations/slipway_ko.ts todo.json
    scripts/ts-unfinished.py en-plurals translations/slipway_en.ts
    (English is the source language: its catalog only carries plural forms, "%n node(s)" →
    "%n node" / "%n nodes")

Only entries marked type="unfinished" are exported; import fills them and clears the mark.
Entries are matched by context, source and disambiguation comment.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    return (name, message.findtext("source") or "", message.findtext("comment") or "")


def export(ts, out):
    root = ET.parse(ts).getroot()
    todo = []
    for name, message in entries(root):
        t = message.find("translation")
        if t is not None and t.get("type") == "unfinished":
            ctx, source, comment = key(name, message)
            todo.append({"context": ctx, "source": source, "comment": comment,
                         "numerus": message.get("numerus") == "yes", "translation": ""})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print(f"{len(todo)} unfinished entries written to {out}")


def import_(ts, src):
    with open(src, encoding="utf-8") as f:
        done = {(e["context"], e["source"], e.get("comment", "")): e["translation"] for e in json.load(f)
                if e.get("translation")}
    tree = ET.parse(ts)
    filled = 0
    for name, message in entries(tree.getroot()):
        t = message.find("translation")
        k = key(name, message)
        if t is None or t.get("type") != "unfinished" or k not in done:
            continue
        text = done[k]
        del t.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(t):
                t.remove(child)
            t.text = None
            form = ET.SubElement(t, "numerusform")
            form.text = text
        else:
            t.text = text
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; keep the file in the shape lupdate and lrelease expect.
    with open(ts, encoding="utf-8") as f:
        body = f.read()
    if "<!DOCTYPE TS>" not in body:
        body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts, "w", encoding="utf-8") as f:
            f.write(body)
    print(f"{filled} entries filled in {ts}")


def english_forms(source):
    """"%n node(s)" -> ("%n node", "%n nodes"). Only the first "(s)"/"(es)" after %n follows %n;
    any other one ("%2 of %3 node(s) done; %n pod(s) evicted") belongs to another number and
    reads plural in both forms."""
    marker = re.compile(r"\((e?s)\)")
    n = source.find("%n")
    governed = marker.search(source, n) if n >= 0 else None
    if governed is None:
        return marker.sub("", source), marker.sub(r"\1", source)
    head = marker.sub(r"\1", source[:governed.start()])
    tail = marker.sub(r"\1", source[governed.end():])
    return head + tail, head + governed.group(1) + tail


def en_plurals(ts):
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        t = message.find("translation")
        if message.get("numerus") != "yes" or t is None or t.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        forms = t.findall("numerusform")
        while len(forms) < 2:
            forms.append(ET.SubElement(t, "numerusform"))
        forms[0].text, forms[1].text = english_forms(source)
        del t.attrib["type"]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, encoding="utf-8") as f:
        body = f.read()
    if "<!DOCTYPE TS>" not in body:
        with open(ts, "w", encoding="utf-8") as f:
            f.write(body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1))
    print(f"{filled} plural entries filled in {ts}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "en-plurals":
        en_plurals(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] in ("export", "import"):
        (export if sys.argv[1] == "export" else import_)(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
