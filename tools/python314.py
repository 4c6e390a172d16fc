"""Install CPython 3.14 into .cache/python3.14 from Debian unstable's binary packages.

Debian stable has no Python 3.14 and python.org is not always reachable, but the Debian package
registry is. Unstable's python3.14 needs a newer glibc than stable's, so the packages (glibc
included) are unpacked into one folder and the interpreter is patched (patchelf) to use that
folder's loader and libraries. The result is a real CPython 3.14 whose sys.executable works, so
multiprocessing can start it too. Needs: dpkg-deb, patchelf.

    python3 tools/python314.py      # prints the interpreter's path
"""

import hashlib
import lzma
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

MIRROR = "http://deb.debian.org/debian"
INDEX = f"{MIRROR}/dists/sid/main/binary-amd64/Packages.xz"
ROOTS = ("python3.14-minimal", "libpython3.14-stdlib", "libc6")
SKIP = {"debconf", "debconf-2.0", "dpkg", "perl-base", "tzdata", "media-types", "netbase"}
PREFIX = Path(__file__).resolve().parent.parent / ".cache" / "python3.14"
PYTHON = PREFIX / "usr" / "bin" / "python3.14"
LIBDIR = PREFIX / "usr" / "lib" / "x86_64-linux-gnu"


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


def packages() -> dict[str, dict[str, str]]:
    index = lzma.decompress(fetch(INDEX)).decode()
    found: dict[str, dict[str, str]] = {}
    for block in index.split("\n\n"):
        fields = dict(re.findall(r"^([\w-]+): (.*)$", block, re.M))
        if "Package" in fields:
            found.setdefault(fields["Package"], fields)
    return found


def closure(index: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """The root packages and everything they depend on (first alternative of each dependency)."""
    seen: dict[str, dict[str, str]] = {}
    todo = list(ROOTS)
    while todo:
        name = todo.pop()
        if name in seen or name in SKIP or name not in index:
            continue
        seen[name] = fields = index[name]
        for key in ("Depends", "Pre-Depends"):
            for dependency in filter(None, fields.get(key, "").split(",")):
                todo.append(re.split(r"[\s:(|]", dependency.strip())[0])
    return list(seen.values())


def install() -> Path:
    if PYTHON.exists():
        return PYTHON
    for tool in ("dpkg-deb", "patchelf"):
        if not shutil.which(tool):
            sys.exit(f"python314: {tool} is needed (apt-get install {'patchelf' if tool == 'patchelf' else 'dpkg'})")
    staging = PREFIX.with_name("python3.14.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fields in closure(packages()):
            data = fetch(f"{MIRROR}/{fields['Filename']}")
            if hashlib.sha256(data).hexdigest() != fields["SHA256"]:
                sys.exit(f"python314: checksum mismatch for {fields['Filename']}")
            deb = Path(tmp) / Path(fields["Filename"]).name
            deb.write_bytes(data)
            subprocess.run(["dpkg-deb", "-x", deb, staging], check=True)
    staged_libs = staging / LIBDIR.relative_to(PREFIX)
    subprocess.run(["patchelf", "--set-interpreter", LIBDIR / "ld-linux-x86-64.so.2", "--force-rpath",
                    "--set-rpath", LIBDIR, staging / PYTHON.relative_to(PREFIX)], check=True)
    assert staged_libs.is_dir()
    staging.rename(PREFIX)
    # Debian byte-compiles the standard library when the package is installed; unpacking skips that,
    # and compiling on every import is slow enough to trip asyncio debug mode's 100 ms warning.
    subprocess.run([PYTHON, "-m", "compileall", "-q", "-j0", PYTHON.parent.parent / "lib" / "python3.14"], check=True)
    subprocess.run([PYTHON, "-c", "import asyncio, ssl, sqlite3, multiprocessing"], check=True)
    return PYTHON


if __name__ == "__main__":
    print(install())
