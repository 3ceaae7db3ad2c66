#!/usr/bin/env bash
# Builds Tandem's packages for facilitators into dist/ (or $TANDEM_DIST_DIR):
#
#   packaging/dist.sh                 what this machine can build: on Linux the Windows
#                                     program and the Debian package, on a Mac the app
#   packaging/dist.sh windows deb     only those (windows, deb, macos)
#
#   windows  Tandem-VERSION-windows-x86_64.exe        the portable program
#            Tandem-VERSION-windows-x86_64.zip        the same, with a short README.txt
#            Tandem-VERSION-windows-x86_64-setup.exe  per-user installer (no administrator)
#            needs the x86_64-pc-windows-gnu target, gcc-mingw-w64-x86-64 (its windres puts
#            the icon, version and manifest in the exe: build.rs) and nsis (makensis)
#   deb      tandem_VERSION_ARCH.deb  needs dpkg-deb and dpkg-shlibdeps (dpkg-dev)
#   macos    Tandem-VERSION-macos-universal.zip (Tandem.app, Apple silicon and Intel in one
#            binary, signed ad hoc) needs macOS with the Xcode command line tools and both
#            Apple targets
#
# Each builds the release binary it needs (cargo build --release --locked). A caller that has
# built one already hands it over instead: TANDEM_WINDOWS_EXE, TANDEM_LINUX_BINARY,
# TANDEM_MACOS_BINARY (.ci/package-check packages what CI built for its checks).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
target_dir=${CARGO_TARGET_DIR:-target}
dist=${TANDEM_DIST_DIR:-dist}
mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { printf 'dist: %s\n' "$*" >&2; }

# zip_dir DIR ZIP: DIR's content, DIR's name as the top folder, text files with CRLF.
zip_dir() {
    python3 - "$1" "$2" <<'EOF'
import sys, zipfile
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for path in sorted(source.rglob("*")):
        name = f"{source.name}/{path.relative_to(source).as_posix()}"
        if path.suffix == ".txt":
            archive.writestr(name, path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        elif path.is_file():
            archive.write(path, name)
EOF
}

windows() {
    local exe=${TANDEM_WINDOWS_EXE:-}
    if [[ -z $exe ]]; then
        cargo build --release --locked --target x86_64-pc-windows-gnu --bin tandem
        exe=$target_dir/x86_64-pc-windows-gnu/release/tandem.exe
    fi
    local name=Tandem-$version-windows-x86_64
    cp "$exe" "$dist/$name.exe"
    local folder=$work/Tandem
    mkdir -p "$folder"
    cp "$exe" "$folder/tandem.exe"
    cp packaging/windows/README.txt assets/fonts/LICENSE-DejaVu.txt "$folder/"
    rm -f "$dist/$name.zip"
    zip_dir "$folder" "$dist/$name.zip"
    makensis -V2 -DVERSION="$version" -DEXE="$(realpath "$exe")" \
        -DOUTFILE="$dist/$name-setup.exe" "$(pwd)/packaging/windows/tandem.nsi"
    say "windows: $name.exe, $name.zip, $name-setup.exe"
}

deb() {
    local binary=${TANDEM_LINUX_BINARY:-}
    if [[ -z $binary ]]; then
        cargo build --release --locked --bin tandem
        binary=$target_dir/release/tandem
    fi
    local arch
    arch=$(dpkg --print-architecture)
    local root=$work/deb
    # Stripped, as Debian ships binaries (the release one already is; a debug one shrinks).
    install -D -s -m 755 "$binary" "$root/usr/bin/tandem"
    install -D -m 644 packaging/linux/tandem.desktop "$root/usr/share/applications/tandem.desktop"
    install -D -m 644 -t "$root/usr/share/metainfo" packaging/linux/*.metainfo.xml
    install -D -m 644 assets/icons/tandem.svg "$root/usr/share/icons/hicolor/scalable/apps/tandem.svg"
    local size
    for size in 16 24 32 48 64 128 256 512; do
        install -D -m 644 "assets/icons/tandem-$size.png" \
            "$root/usr/share/icons/hicolor/${size}x$size/apps/tandem.png"
    done
    install -D -m 644 packaging/linux/copyright "$root/usr/share/doc/tandem/copyright"
    install -D -m 644 assets/fonts/LICENSE-DejaVu.txt "$root/usr/share/doc/tandem/LICENSE-DejaVu.txt"

    # The C library and libgcc as the binary links them; the window's libraries (X11 or
    # Wayland, OpenGL, keyboard maps) are opened at run time, so they are named here.
    mkdir -p "$work/shlibs/debian"
    printf 'Source: tandem\n\nPackage: tandem\nArchitecture: any\n' >"$work/shlibs/debian/control"
    local linked
    linked=$(cd "$work/shlibs" && dpkg-shlibdeps -O -e"$root/usr/bin/tandem" 2>/dev/null |
        sed -n 's/^shlibs:Depends=//p')
    local installed_size
    installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
    mkdir -p "$root/DEBIAN"
    cat >"$root/DEBIAN/control" <<EOF
Package: tandem
Version: $version
Architecture: $arch
Maintainer: ${TANDEM_MAINTAINER:-Tandem developers <tandem@invalid>}
Installed-Size: $installed_size
Depends: $linked, libgl1, libegl1, libx11-6, libx11-xcb1, libxcursor1, libxi6, libxkbcommon0, libxkbcommon-x11-0
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1, xdg-desktop-portal-gtk | zenity
Section: misc
Priority: optional
Description: sales and product alignment workshops
 Tandem is for the facilitator of a sales and product alignment workshop, run from
 a laptop on a projector. Both teams answer the same questions anonymously, from
 their phones' browsers on the room's network or on the laptop, and Tandem shows the
 gap between how each side sees the relationship, classifies the friction as healthy
 or toxic with rules you can read and edit, and keeps every workshop as a readable
 file. Nothing leaves the room.
EOF
    local deb=$dist/tandem_${version}_$arch.deb
    dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
    say "deb: $(basename "$deb")"
}

macos() {
    [[ $(uname -s) == Darwin ]] || {
        say "macos: the app is built on a Mac (see .github/workflows/release.yml)"
        return 1
    }
    local binary=${TANDEM_MACOS_BINARY:-}
    if [[ -z $binary ]]; then
        local target
        for target in aarch64-apple-darwin x86_64-apple-darwin; do
            cargo build --release --locked --target "$target" --bin tandem
        done
        binary=$work/tandem
        lipo -create -output "$binary" \
            "$target_dir/aarch64-apple-darwin/release/tandem" \
            "$target_dir/x86_64-apple-darwin/release/tandem"
    fi
    local app=$work/Tandem.app
    mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
    cp packaging/macos/Info.plist "$app/Contents/Info.plist"
    printf 'APPL????' >"$app/Contents/PkgInfo"
    cp "$binary" "$app/Contents/MacOS/tandem"
    cp assets/icons/tandem.icns assets/fonts/LICENSE-DejaVu.txt "$app/Contents/Resources/"
    # Not notarized: signed ad hoc, so that Apple silicon runs it and the bundle is sealed.
    codesign --force --deep --sign - "$app"
    local zip=$dist/Tandem-$version-macos-universal.zip
    rm -f "$zip"
    ditto -c -k --keepParent "$app" "$zip"
    say "macos: $(basename "$zip")"
}

if (($# == 0)); then
    if [[ $(uname -s) == Darwin ]]; then set -- macos; else set -- windows deb; fi
fi
for package in "$@"; do
    case $package in
    windows | deb | macos) "$package" ;;
    *)
        say "unknown package '$package' (windows, deb, macos)"
        exit 2
        ;;
    esac
done
ls -l "$dist" >&2
