"""Vendor front-end packages from the npm registry into docs/assets/vendor/ (not committed).

Versions and sha512 integrity come from package-lock.json, so the site never loads a CDN and a
tampered or changed tarball fails the build. Plain Python, so a machine without Node.js builds too.
Run directly (`python -m verify.vendor`) or via hooks/vendor_assets.py on every build.
"""

import base64
import hashlib
import io
import json
import os
import shutil
import tarfile
import urllib.request
from fnmatch import fnmatch

from verify import ROOT

VENDOR_DIR = ROOT / "docs" / "assets" / "vendor"
CACHE_DIR = ROOT / ".cache" / "npm"
REGISTRY = os.environ.get("NPM_CONFIG_REGISTRY", "https://registry.npmjs.org/").rstrip("/")

# package -> files to copy (globs inside the tarball's package/ folder)
FILES = {
    "mermaid": ["dist/mermaid.esm.min.mjs", "dist/chunks/mermaid.esm.min/*.mjs", "LICENSE"],
    # Python for the Run buttons: the interpreter and its standard library, no extra packages
    "pyodide": ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"],
}


def locked(name: str) -> dict:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    try:
        return lock["packages"][f"node_modules/{name}"]
    except KeyError:
        raise SystemExit(f"package-lock.json: {name} is not locked; add it to package.json"
                         " and run npm install --package-lock-only") from None


def tarball(name: str, entry: dict) -> bytes:
    version, integrity = entry["version"], entry["integrity"]
    cached = CACHE_DIR / f"{name.replace('/', '__')}-{version}.tgz"
    if cached.exists():
        data = cached.read_bytes()
    else:
        url = f"{REGISTRY}/{name}/-/{name.split('/')[-1]}-{version}.tgz"
        with urllib.request.urlopen(url, timeout=120) as response:
            data = response.read()
    algo, _, digest = integrity.partition("-")
    if base64.b64encode(hashlib.new(algo, data).digest()).decode() != digest:
        cached.unlink(missing_ok=True)
        raise SystemExit(f"{name}@{version}: tarball does not match the integrity in package-lock.json")
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return data


def vendor(name: str) -> None:
    entry = locked(name)
    dest = VENDOR_DIR / name
    stamp = dest / ".version"
    if stamp.exists() and stamp.read_text() == entry["integrity"]:
        return
    shutil.rmtree(dest, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(tarball(name, entry))) as tar:
        for member in tar.getmembers():
            inner = member.name.removeprefix("package/")
            if member.isfile() and any(fnmatch(inner, pattern) for pattern in FILES[name]):
                target = dest / inner.removeprefix("dist/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(tar.extractfile(member).read())
    stamp.write_text(entry["integrity"])


def package_file(name: str, path: str) -> bytes:
    """One file of a locked npm package, for the tests (e.g. axe-core's axe.min.js); not put in the site."""
    with tarfile.open(fileobj=io.BytesIO(tarball(name, locked(name)))) as tar:
        return tar.extractfile(f"package/{path}").read()


def vendor_all() -> None:
    for name in FILES:
        vendor(name)


if __name__ == "__main__":
    vendor_all()
