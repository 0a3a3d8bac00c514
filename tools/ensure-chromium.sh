#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium không có sẵn: đang cài bằng apt (Chromium missing: installing it with apt)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<MSG
Lỗi: không tìm thấy Chromium tại $chromium_path (Chromium not found).
Cài nó rồi chạy lại (install it, then run again):
  sudo apt-get update && sudo apt-get install -y chromium
hoặc đặt CHROMIUM_PATH tới một Chromium có sẵn (or point CHROMIUM_PATH at one).
MSG
exit 1
