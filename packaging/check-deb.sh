#!/usr/bin/env bash
# Checks the .deb that './mvnw -Ppackage install' built (run from anywhere; Maven runs it in the verify phase):
#   1. its file list has the launcher, the Java runtime, the udev rules, the desktop entry, the icons and
#      /usr/bin/pulseport;
#   2. its maintainer scripts are valid shell;
#   3. unpacked with 'dpkg-deb -x' into a scratch directory, the launcher (through the /usr/bin link) runs
#      --help and --version with the packaged runtime.
# Usage: packaging/check-deb.sh [PATH_TO_DEB]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
shopt -s nullglob
if [ $# -ge 1 ]; then
  deb=$1
else
  debs=("$here"/target/installer/*.deb)
  if [ "${#debs[@]}" -ne 1 ]; then
    echo "check-deb: no single .deb in $here/target/installer; build it with ./mvnw -Ppackage install" >&2
    exit 1
  fi
  deb=${debs[0]}
fi
failures=0
fail() { echo "check-deb: FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "check-deb: ok: $*"; }

listing=$(dpkg-deb -c "$deb")
for path in \
    ./opt/pulseport/bin/pulseport \
    ./opt/pulseport/lib/app/pulseport.cfg \
    ./opt/pulseport/lib/runtime/lib/server/libjvm.so \
    ./opt/pulseport/lib/runtime/lib/libglassgtk3.so \
    ./opt/pulseport/lib/runtime/lib/modules \
    ./usr/lib/udev/rules.d/60-pulseport.rules \
    ./usr/share/applications/pulseport.desktop \
    ./usr/share/icons/hicolor/scalable/apps/pulseport.svg \
    ./usr/share/icons/hicolor/256x256/apps/pulseport.png \
    ./usr/share/mime/packages/pulseport.xml \
    "./usr/bin/pulseport -> ../../opt/pulseport/bin/pulseport"; do
  if grep -qF -- " $path" <<<"$listing"; then ok "contains $path"; else fail "missing $path"; fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -e "$deb" "$scratch/DEBIAN"
for script in postinst postrm preinst prerm; do
  if [ -f "$scratch/DEBIAN/$script" ]; then
    if sh -n "$scratch/DEBIAN/$script"; then ok "$script is valid shell"; else fail "$script has a syntax error"; fi
  fi
done
grep -q "udevadm control --reload-rules" "$scratch/DEBIAN/postinst" && ok "postinst reloads udev rules" \
  || fail "postinst does not reload udev rules"
grep -q "ArchiveClassesAtExit" "$scratch/DEBIAN/postinst" && ok "postinst records the class-data-sharing archive" \
  || fail "postinst does not record the class-data-sharing archive"
grep -q "classes.jsa" "$scratch/DEBIAN/prerm" && ok "prerm removes the class-data-sharing archive" \
  || fail "prerm does not remove the class-data-sharing archive"

dpkg-deb -x "$deb" "$scratch/root"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$scratch/root/usr/share/applications/pulseport.desktop" && ok "desktop entry validates" \
    || fail "desktop entry does not validate"
fi
grep -q 'ATTRS{idVendor}=="22a3"' "$scratch/root/usr/lib/udev/rules.d/60-pulseport.rules" \
  && ok "udev rules cover the Dexcom receiver" || fail "udev rules lack the Dexcom receiver"
grep -qF 'SharedArchiveFile=$APPDIR/classes.jsa' "$scratch/root/opt/pulseport/lib/app/pulseport.cfg" \
  && ok "the launcher maps the class-data-sharing archive" || fail "the launcher does not name classes.jsa"
[ -x "$scratch/root/opt/pulseport/lib/runtime/bin/java" ] && ok "the runtime has bin/java for postinst" \
  || fail "the runtime lacks bin/java"

help=$("$scratch/root/usr/bin/pulseport" --help 2>&1) || fail "pulseport --help exited with $?"
if grep -q "Usage: pulseport" <<<"$help" && grep -q "backup" <<<"$help"; then
  ok "installed launcher runs --help"
else
  fail "pulseport --help printed: $help"
fi
version=$("$scratch/root/usr/bin/pulseport" --version 2>&1) || fail "pulseport --version exited with $?"
grep -q "^Pulseport " <<<"$version" && ok "installed launcher runs --version: $(head -1 <<<"$version")" \
  || fail "pulseport --version printed: $version"

if [ "$failures" -ne 0 ]; then
  echo "check-deb: $failures check(s) failed for $deb" >&2
  exit 1
fi
echo "check-deb: $deb passed every check"
