"""The two MSIs from the built folder, with wixl (msitools): per machine and per user.

Per machine: Program Files, for all users, what IT deploys (default AppLocker
rules allow programs under Program Files only). Per user: the user's
``AppData\\Local\\Programs``, no administrator rights. Both: a Start-menu
shortcut with Reflect's icon, an entry in "Installed apps", and an uninstall
that removes the program and never the journal (it lives in the user's
app-data folder, not the program's).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Fixed for ever: Windows Installer knows a product's later versions by these.
UPGRADE_CODES = {
    "machine": "3B0E6F52-8C1A-4D27-9E5B-71A2C4D8F603",
    "user": "9D4A7C15-2E63-4B8F-A1D0-56C3E7B9F214",
}
SHORTCUT_GUIDS = {
    "machine": "C61F2A88-4B0D-4E73-8A95-0D2E6B1F7C45",
    "user": "E2B85D37-9A14-4C6E-B3F0-8D71A5C2E906",
}

FOLDER_GUIDS = {
    "machine": "5A9C3E71-D24B-4F08-96E1-B7D0C2A4E853",
    "user": "A7E14B96-3C58-4D2F-8B60-E9F1D3C5A702",
}


@dataclass(frozen=True)
class Scope:
    name: str  # "machine" or "user"
    install_scope: str  # the Package's InstallScope
    parent_directories: str  # where INSTALLDIR sits
    registry_root: str

    @property
    def file_name_part(self) -> str:
        return "per-machine" if self.name == "machine" else "per-user"


MACHINE = Scope(
    "machine",
    "perMachine",
    '<Directory Id="ProgramFiles64Folder"><Directory Id="INSTALLDIR" Name="Reflect"/></Directory>',
    "HKLM",
)
USER = Scope(
    "user",
    "perUser",
    '<Directory Id="LocalAppDataFolder"><Directory Id="ProgramsDir" Name="Programs">'
    '<Directory Id="INSTALLDIR" Name="Reflect"/></Directory></Directory>',
    "HKCU",
)


def product_wxs(scope: Scope, version: str, folders: list[str]) -> str:
    """``folders``: the Ids of every folder the files go in, removed at uninstall
    (Windows Installer leaves a folder it did not record as its own)."""
    removals = "\n".join(
        f'        <RemoveFolder Id="rm{number}" Directory="{folder}" On="uninstall"/>'
        for number, folder in enumerate(["INSTALLDIR", *folders])
    )
    # wixl sets ALLUSERS from InstallScope itself (a second one fails the build).
    # Windows Installer versions have three numbers, each below 256 for the first two.
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="Reflect" Language="1033" Version="{version}" Manufacturer="Reflect"
           UpgradeCode="{UPGRADE_CODES[scope.name]}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="{scope.install_scope}"
             Description="Reflect {version}" Comments="A private, offline reflection journal for peer support workers"/>
    <MajorUpgrade DowngradeErrorMessage="A newer version of Reflect is already installed."/>
    <Media Id="1" Cabinet="reflect.cab" EmbedCab="yes"/>
    <Icon Id="reflect.ico" SourceFile="$(var.SourceDir)/reflect.ico"/>
    <Property Id="ARPPRODUCTICON" Value="reflect.ico"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Property Id="ARPCOMMENTS"
              Value="Uninstalling removes the program only: your journal and backups stay in your app-data folder."/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      {scope.parent_directories}
      <Directory Id="ProgramMenuFolder"/>
    </Directory>
    <DirectoryRef Id="ProgramMenuFolder">
      <Component Id="StartMenuShortcut" Guid="{SHORTCUT_GUIDS[scope.name]}">
        <Shortcut Id="ReflectShortcut" Name="Reflect" Description="Private reflection journal"
                  Target="[INSTALLDIR]Reflect.exe" WorkingDirectory="INSTALLDIR" Icon="reflect.ico"/>
        <RegistryValue Root="{scope.registry_root}" Key="Software\\Reflect" Name="installed"
                       Type="integer" Value="1" KeyPath="yes"/>
      </Component>
    </DirectoryRef>
    <DirectoryRef Id="INSTALLDIR">
      <Component Id="ProgramFolders" Guid="{FOLDER_GUIDS[scope.name]}">
{removals}
        <RegistryValue Root="{scope.registry_root}" Key="Software\\Reflect" Name="folders"
                       Type="integer" Value="1" KeyPath="yes"/>
      </Component>
    </DirectoryRef>
    <Feature Id="Main" Level="1">
      <ComponentGroupRef Id="CG.Reflect"/>
      <ComponentRef Id="StartMenuShortcut"/>
      <ComponentRef Id="ProgramFolders"/>
    </Feature>
  </Product>
</Wix>
"""


def build_msis(out: Path, version: str) -> list[Path]:
    """``out`` holds the built ``Reflect/`` folder; the MSIs are written beside it."""
    work = out / "msi"
    work.mkdir(exist_ok=True)
    files = sorted(
        p.relative_to(out).as_posix() for p in (out / "Reflect").rglob("*") if p.is_file()
    )
    heat = subprocess.run(
        [
            "wixl-heat",
            "--prefix",
            "Reflect/",
            "--directory-ref",
            "INSTALLDIR",
            "--var",
            "var.SourceDir",
            "--component-group",
            "CG.Reflect",
            "--win64",
        ],
        input="\n".join(files) + "\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=out,
    )
    (work / "files.wxs").write_text(heat.stdout, encoding="utf-8")
    folders = re.findall(r'<Directory Id="([^"]+)"', heat.stdout)
    made = []
    for scope in (MACHINE, USER):
        product = work / f"reflect-{scope.name}.wxs"
        product.write_text(product_wxs(scope, version, folders), encoding="utf-8")
        target = out / f"reflect-{version}-x64-{scope.file_name_part}.msi"
        # wixl wants SourceDir relative to where it runs.
        subprocess.run(
            [
                "wixl",
                "-a",
                "x64",
                "-D",
                "SourceDir=Reflect",
                "-D",
                "Win64=yes",
                "-o",
                str(target),
                str(product),
                str(work / "files.wxs"),
            ],
            check=True,
            cwd=out,
        )
        made.append(target)
    return made
