#!/usr/bin/env bash
# Fetches the sample photos of Debian's python3-skimage (astronaut, cameraman, chelsea the cat,
# coffee, ...) into .cache/test-photos/ when they are missing. Only the .deb is downloaded and
# unpacked; no Python module is installed. The vision and logo integration tests read them there.
set -euo pipefail
cd "$(dirname "$0")/.."
target=.cache/test-photos
photos=(astronaut.png camera.png chelsea.png coffee.png motorcycle_left.png rocket.jpg logo.png)
missing=0
for photo in "${photos[@]}"; do [ -s "$target/$photo" ] || missing=1; done
[ "$missing" = 0 ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && apt-get download python3-skimage >/dev/null 2>&1); then
  apt-get update -qq
  (cd "$work" && apt-get download python3-skimage >/dev/null)
fi
dpkg -x "$work"/python3-skimage_*.deb "$work/unpacked"
mkdir -p "$target"
for photo in "${photos[@]}"; do
  cp "$(find "$work/unpacked" -path '*/skimage/data/'"$photo" | head -1)" "$target/$photo"
done
echo "test photos in $target"
