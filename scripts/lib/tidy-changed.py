"""Which of the candidate sources scripts/clang-tidy.sh --changed checks.

stdin: "<blob> <path>" per project file now; argv: the manifest of the last full clean run (same
format), the build directory, the project root, the candidate .cpp files. Prints the candidates
that changed since that run, that include (ninja's header dependencies of the build) a project
file that changed, or that the build does not know; every candidate when .clang-tidy changed.
"""
import os
import subprocess
import sys


def read(lines):
    return {path: blob for blob, path in (line.split(" ", 1) for line in lines if line)}


manifest, build, root, candidates = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
clean = read(open(manifest).read().splitlines())
now = read(sys.stdin.read().splitlines())
changed = {path for path, blob in now.items() if clean.get(path) != blob}
if ".clang-tidy" in changed:
    print("\n".join(candidates))
    sys.exit(0)
changed = {os.path.realpath(os.path.join(root, path)) for path in changed}

# ninja -t deps: an object's line, then its source and every header it included, indented.
deps, source = {}, None
listing = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True,
                         check=True).stdout
for line in listing.splitlines():
    if not line.strip():
        continue
    if not line[0].isspace():
        source = None
    elif source is None:
        source = os.path.realpath(os.path.join(build, line.strip()))
        deps.setdefault(source, set())
    else:
        deps[source].add(os.path.realpath(os.path.join(build, line.strip())))
for f in candidates:
    path = os.path.realpath(os.path.join(root, f))
    if path in changed or path not in deps or deps[path] & changed:
        print(f)
