#!/bin/sh
# Takes signature_pad (MIT) from the npm registry once and keeps its browser build in the WAR
# (no CDN, no Node in the build). Update: change VERSION, run, commit. See stack.md.
set -eu
VERSION=${1:-5.1.4}
DIR=$(cd "$(dirname "$0")/.." && pwd)/src/main/webapp/resources/vendor/signature_pad/$VERSION
TMP=$(mktemp -d)
cd "$TMP"
npm pack "signature_pad@$VERSION" >/dev/null
tar xzf "signature_pad-$VERSION.tgz"
mkdir -p "$DIR"
cp package/dist/signature_pad.umd.min.js package/LICENSE "$DIR/"
sed -i 's|^//# sourceMappingURL=.*||' "$DIR/signature_pad.umd.min.js"
rm -rf "$TMP"
echo "signature_pad $VERSION -> $DIR"
