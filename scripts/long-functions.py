#!/usr/bin/env python3
"""Lists C++ functions longer than a limit (default 100 lines) outside tests/ and bench/.

A function is a brace block whose opening line ends a signature (a ')' before the '{', possibly
followed by const/override/noexcept or a constructor's initializer list); nested blocks and
lambdas count toward the function that holds them. Comments and strings are ignored while
counting braces. Usage: scripts/long-functions.py [--limit N] [paths...]
"""
import argparse
import os
import re
import sys

SKIP_DIRS = {"tests", "bench", "build", ".git", "translations", "resources", "docs"}
SIGNATURE_END = re.compile(r"\)\s*(const\s*)?(noexcept\s*)?(override\s*)?(final\s*)?(->\s*[\w:<>,\s*&]+)?\s*$")
NOT_FUNCTION = re.compile(r"^\s*(if|for|while|switch|catch|else|do|return|namespace|class|struct|enum)\b")


def strip(text):
    """Blanks comments and string/char literals, keeping newlines."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            if m:
                end = text.find(")" + m.group(1) + '"', i)
                end = n if end < 0 else end + len(m.group(1)) + 2
                out.append('""' + "\n" * text.count("\n", i, end))
                i = end
            else:
                out.append(c)
                i += 1
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = strip(f.read())
    lines = text.split("\n")
    depth = 0
    start = None  # (line index, depth, name)
    for number, line in enumerate(lines, 1):
        for pos, c in enumerate(line):
            if c == "{":
                if start is None:
                    head = (" ".join(lines[max(0, number - 6):number - 1]) + " " + line[:pos]).strip()
                    head = re.split(r"[;{}]", head)[-1].strip()
                    if (SIGNATURE_END.search(head) or re.search(r"\)\s*:\s*[\w:]+[({]", head)) and not NOT_FUNCTION.match(line[:pos]):
                        name = re.search(r"([~\w:]+)\s*\(", head)
                        start = (number, depth, name.group(1) if name else "?")
                depth += 1
            elif c == "}":
                depth -= 1
                if start is not None and depth == start[1]:
                    yield start[2], start[0], number
                    start = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = args.paths or [root]
    found = []
    for top in paths:
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("build"))
            for name in sorted(filenames):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(dirpath, name)
                    for function, first, last in functions(path):
                        if last - first + 1 > args.limit:
                            found.append((last - first + 1, os.path.relpath(path, root), first, function))
    for length, path, first, function in sorted(found, reverse=True):
        print(f"{length:5d}  {path}:{first}  {function}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
