#!/usr/bin/env bash
# Adds what jpackage cannot place outside /opt/pulseport to the .deb it built: the udev rules, the desktop
# entry, the icons, the FIT file type and /usr/bin/pulseport (a relative link to the launcher). The package
# is unpacked, completed and built again with dpkg-deb, so dpkg owns every file and removes it on uninstall.
# Usage: add-system-integration.sh INSTALLER_DIR UDEV_RULES
set -euo pipefail
installer_dir=$1
udev_rules=$2
here=$(cd "$(dirname "$0")" && pwd -P)
icons="$here/../main/icons"

shopt -s nullglob
debs=("$installer_dir"/*.deb)
if [ "${#debs[@]}" -ne 1 ]; then
  echo "add-system-integration: expected one .deb in $installer_dir, found ${#debs[@]}" >&2
  exit 1
fi
deb=${debs[0]}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -R "$deb" "$root"

install -D -m 0644 "$udev_rules" "$root/usr/lib/udev/rules.d/60-pulseport.rules"
install -D -m 0644 "$here/pulseport.desktop" "$root/usr/share/applications/pulseport.desktop"
install -D -m 0644 "$here/pulseport-mime.xml" "$root/usr/share/mime/packages/pulseport.xml"
install -D -m 0644 "$icons/pulseport.svg" "$root/usr/share/icons/hicolor/scalable/apps/pulseport.svg"
install -D -m 0644 "$icons/pulseport.png" "$root/usr/share/icons/hicolor/256x256/apps/pulseport.png"
mkdir -p "$root/usr/bin"
ln -s ../../opt/pulseport/bin/pulseport "$root/usr/bin/pulseport"

installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $installed_kb/" "$root/DEBIAN/control"
dpkg-deb --root-owner-group -b "$root" "$deb" >/dev/null
echo "add-system-integration: completed $deb"
