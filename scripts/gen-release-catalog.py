#!/usr/bin/env python3
"""Generate resources/catalog/releases.json, Slipway's bundled Kubernetes release catalog.

Usage: scripts/gen-release-catalog.py [DATA_DIR] [-o OUTPUT] [--catalog-date YYYY-MM-DD]

DATA_DIR defaults to ../shared/kubernetes/data relative to the repository root (the project's
read-only reference material, FACTS §2 and §3.6). The output is deterministic: the same inputs
always give byte-identical JSON, so the committed file can be checked with `git diff`.

Sources, one per column (FACTS §2):
  - release_table.md                          minor -> first release, maintenance start, EOL
                                              (the FACTS §2 table, built from the website's
                                              schedule.yaml history, eol.yaml and legacy.json)
  - k8s-website_data_releases_schedule.yaml   active branches (overrides the table)
  - k8s-website_data_releases_eol.yaml        EOL dates of ended branches (overrides the table)
  - k8s-website_data_releases_legacy.json     1.0-1.2 release dates
  - endoflife-date_release-data_releases_kubernetes.json   every v1.x.y tag with its date
  - kubeadm_etcd_by_k8s_minor_kwok-compilation.csv         etcd kubeadm ships per minor (§3.6)
  - kubeadm_coredns_by_k8s_minor.csv                       CoreDNS kubeadm ships per minor (§3.6)

Python 3 standard library only (no PyYAML): the two YAML files are flat lists of maps and are
read with a small line parser that fails loudly on anything it does not understand.
"""

import argparse
import csv
import json
import os
import re
import sys

SCHEMA = 1
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "kubernetes", "data")
DEFAULT_OUT = os.path.join(ROOT, "resources", "catalog", "releases.json")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def minor_key(text):
    major, minor = text.split(".")
    return int(major), int(minor)


def read_text(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8") as f:
        return f.read()


def parse_yaml_list(text, list_key):
    """Read `list_key:` followed by `- key: value` maps; nested lists are skipped.

    Only the top-level scalar keys of each item are kept (release, releaseDate, endOfLifeDate,
    maintenanceModeStartDate, finalPatchRelease); that is all the catalog needs.
    """
    items, current, in_list, item_indent = [], None, False, None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#") or raw.strip() == "---":
            continue
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if indent == 0 and not line.startswith("- "):
            in_list = line == list_key + ":"
            continue
        if not in_list:
            continue
        if line.startswith("- ") and (item_indent is None or indent == item_indent):
            item_indent = indent
            current = {}
            items.append(current)
            line = line[2:]
            indent += 2
        if current is None or indent != item_indent + 2:
            continue  # nested maps/lists (previousPatches, next) or wrapped note text
        m = re.match(r'^([A-Za-z]+):\s*(.*)$', line)
        if m and m.group(2) not in ("",):
            current[m.group(1)] = m.group(2).strip().strip('"')
    if not items:
        sys.exit(f"error: no '{list_key}' entries found")
    return items


def parse_release_table(text):
    """Rows of release_table.md: | minor | first release | maintenance | EOL | patch | source |"""
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 6 or not re.fullmatch(r"1\.\d+", cells[0]):
            continue
        first = DATE_RE.search(cells[1])
        maint = DATE_RE.search(cells[2])
        eol_dates = DATE_RE.findall(cells[3])
        planned = re.search(r"planned (\d{4}-\d{2}-\d{2})", cells[3])
        rows[cells[0]] = {
            "releaseDate": first.group(0) if first else None,
            "maintenanceModeStart": maint.group(0) if maint else None,
            "endOfLife": eol_dates[0] if eol_dates else None,
            "endOfLifePlanned": planned.group(1) if planned else None,
            "tableNote": cells[4],
        }
    if not rows:
        sys.exit("error: release_table.md has no rows")
    return rows


def read_csv(data_dir, name, value_column):
    with open(os.path.join(data_dir, name), encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    result = {}
    for row in csv.DictReader(lines):
        result[row["k8s_minor"]] = {"value": row[value_column], "source": row.get("source") or
                                    row.get("upstream_commit_cited_by_kwok", "")}
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=DEFAULT_DATA)
    parser.add_argument("-o", "--output", default=DEFAULT_OUT)
    parser.add_argument("--catalog-date", help="date of the data snapshot (default: newest tag date)")
    args = parser.parse_args()
    data = args.data_dir

    table = parse_release_table(read_text(data, "release_table.md"))
    schedules = parse_yaml_list(read_text(data, "k8s-website_data_releases_schedule.yaml"), "schedules")
    eol_branches = parse_yaml_list(read_text(data, "k8s-website_data_releases_eol.yaml"), "branches")
    legacy = json.loads(read_text(data, "k8s-website_data_releases_legacy.json"))
    tags = json.loads(read_text(data, "endoflife-date_release-data_releases_kubernetes.json"))["versions"]
    etcd = read_csv(data, "kubeadm_etcd_by_k8s_minor_kwok-compilation.csv", "etcd_image_tag")
    coredns = read_csv(data, "kubeadm_coredns_by_k8s_minor.csv", "coredns_version")

    minors = {}
    for minor, row in table.items():
        minors[minor] = dict(row, eolSource="release_table.md")
    for entry in legacy:  # 1.0-1.2 release dates (FACTS §2)
        m = entry["name"].lstrip("v")
        minors.setdefault(m, {})["releaseDate"] = entry["date"]
    for b in eol_branches:  # ended branches: eol.yaml is authoritative for the EOL date
        m = minors.setdefault(b["release"], {})
        m["endOfLife"] = b["endOfLifeDate"]
        m["eolSource"] = "eol.yaml"
        m["finalPatchRelease"] = b.get("finalPatchRelease")
    for s in schedules:  # active branches: schedule.yaml is authoritative
        m = minors.setdefault(s["release"], {})
        m["releaseDate"] = s["releaseDate"]
        m["maintenanceModeStart"] = s["maintenanceModeStartDate"]
        m["endOfLife"] = s["endOfLifeDate"]
        m["eolSource"] = "schedule.yaml (planned)"

    patches = {}
    for name, info in tags.items():
        parts = name.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            continue
        patches.setdefault(f"{parts[0]}.{parts[1]}", []).append((int(parts[2]), name, info["date"]))

    catalog_date = args.catalog_date or max(d for plist in patches.values() for _, _, d in plist)
    out_minors = []
    for minor in sorted(set(minors) | set(patches), key=minor_key):
        info = minors.get(minor, {})
        plist = sorted(patches.get(minor, []))
        notes = []
        final = info.get("finalPatchRelease")
        if final and plist and plist[-1][1] != final:
            notes.append(f"eol.yaml finalPatchRelease is {final}; git tags go to {plist[-1][1]}")
        if info.get("endOfLifePlanned"):
            notes.append(f"EOL was planned for {info['endOfLifePlanned']}")
        if minor == "1.1":
            notes.append("git tag v1.1.0 is dated 2015-09-25; the website gives 2015-11-09")
        if minor == "1.36" and minor in coredns:
            notes.append("CoreDNS version for 1.36 is weakly sourced (FACTS §3.6)")
        out_minors.append({
            "minor": minor,
            "releaseDate": info.get("releaseDate"),
            "maintenanceModeStart": info.get("maintenanceModeStart"),
            "endOfLife": info.get("endOfLife"),
            "endOfLifeSource": info.get("eolSource") if info.get("endOfLife") else None,
            "etcd": etcd.get(minor, {}).get("value"),
            "coreDns": coredns.get(minor, {}).get("value"),
            "notes": notes,
            "patches": [{"version": name, "date": date} for _, name, date in plist],
        })
        if not info.get("releaseDate"):
            sys.exit(f"error: no release date for {minor}")

    doc = {
        "schema": SCHEMA,
        "generator": "scripts/gen-release-catalog.py",
        "catalogDate": catalog_date,
        "sources": [
            "kubernetes/website data/releases/schedule.yaml, eol.yaml, legacy.json @bad70d1",
            "endoflife-date/release-data releases/kubernetes.json @f626bdef (git tags with dates)",
            "kubernetes-sigs/kwok etcd_version.go @172defa5 (kubeadm SupportedEtcdVersion)",
            "coredns/deployment CoreDNS-k8s_version.md @7853d4a1 and FACTS §3.6 (CoreDNS per minor)",
        ],
        "minors": out_minors,
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {args.output}: {len(out_minors)} minors, "
          f"{sum(len(m['patches']) for m in out_minors)} patches, catalog date {catalog_date}")


if __name__ == "__main__":
    main()
