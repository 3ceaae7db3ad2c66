#!/usr/bin/env python3
"""Checks the packages' metadata against Cargo.toml and each other, without a Mac.

- macOS: packaging/macos/Info.plist parses (plistlib, as plutil would), carries Cargo.toml's
  version, names the executable and the icon the app bundle holds, declares the workshop
  document type (.ron) and says why Tandem uses the local network.
- Linux: the AppStream file's newest release is Cargo.toml's version, it launches the desktop
  entry the .deb installs, and its id is the Mac's bundle identifier.
- Windows: the installer script installs the icon the exe carries.

Run by .ci/package-check; prints one line per file checked and exits 1 on the first problem.
"""

import plistlib
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


class Problem(Exception):
    pass


def require(condition: bool, message: str) -> None:
    if not condition:
        raise Problem(message)


def cargo_version() -> str:
    with open(ROOT / "Cargo.toml", "rb") as cargo:
        return tomllib.load(cargo)["package"]["version"]


def check_info_plist(version: str) -> str:
    path = PACKAGING / "macos" / "Info.plist"
    with open(path, "rb") as file:
        info = plistlib.load(file)
    for key in ("CFBundleShortVersionString", "CFBundleVersion"):
        require(info.get(key) == version, f"{path}: {key} is {info.get(key)!r}, Cargo.toml says {version!r}")
    require(info.get("CFBundleExecutable") == "tandem", f"{path}: CFBundleExecutable must be tandem (the binary)")
    require(info.get("CFBundlePackageType") == "APPL", f"{path}: CFBundlePackageType must be APPL")
    icon = info.get("CFBundleIconFile", "")
    require((ROOT / "assets" / "icons" / icon).is_file(), f"{path}: CFBundleIconFile {icon!r} is not in assets/icons")
    require(info.get("NSHighResolutionCapable") is True, f"{path}: NSHighResolutionCapable must be true")
    usage = info.get("NSLocalNetworkUsageDescription", "")
    require("network" in usage and len(usage) > 40, f"{path}: NSLocalNetworkUsageDescription must say why")
    documents = info.get("CFBundleDocumentTypes", [])
    require(len(documents) == 1, f"{path}: one document type (workshops) expected")
    content_types = documents[0].get("LSItemContentTypes", [])
    declared = {
        declaration["UTTypeIdentifier"]: declaration
        for declaration in info.get("UTImportedTypeDeclarations", []) + info.get("UTExportedTypeDeclarations", [])
    }
    for content_type in content_types:
        require(content_type in declared, f"{path}: document type {content_type} is not declared")
        extensions = declared[content_type]["UTTypeTagSpecification"]["public.filename-extension"]
        require(extensions == ["ron"], f"{path}: {content_type} must be the .ron extension")
    require(bool(content_types), f"{path}: the workshop document type names no content type")
    return info["CFBundleIdentifier"]


def check_metainfo(version: str, bundle_id: str) -> None:
    files = list((PACKAGING / "linux").glob("*.metainfo.xml"))
    require(len(files) == 1, "packaging/linux: exactly one .metainfo.xml expected")
    path = files[0]
    component = ElementTree.parse(path).getroot()
    component_id = component.findtext("id")
    require(path.name == f"{component_id}.metainfo.xml", f"{path}: the file is named after its id")
    require(component_id == bundle_id, f"{path}: id {component_id} differs from the Mac's {bundle_id}")
    releases = component.findall("releases/release")
    require(bool(releases), f"{path}: no release")
    newest = releases[0].get("version")
    require(newest == version, f"{path}: newest release is {newest}, Cargo.toml says {version}")
    launchable = component.findtext("launchable")
    require((PACKAGING / "linux" / launchable).is_file(), f"{path}: launchable {launchable} is not in packaging/linux")


def check_installer() -> None:
    path = PACKAGING / "windows" / "tandem.nsi"
    text = path.read_text(encoding="utf-8")
    require("assets/icons/tandem.ico" in text, f"{path}: the installer's icon must be assets/icons/tandem.ico")
    require("RequestExecutionLevel user" in text, f"{path}: the installer must not ask for administrator rights")


def main() -> int:
    version = cargo_version()
    try:
        bundle_id = check_info_plist(version)
        print(f"ok: packaging/macos/Info.plist (version {version}, {bundle_id})")
        check_metainfo(version, bundle_id)
        print(f"ok: packaging/linux metainfo (release {version})")
        check_installer()
        print("ok: packaging/windows/tandem.nsi")
    except (Problem, KeyError, OSError, plistlib.InvalidFileException, ElementTree.ParseError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
