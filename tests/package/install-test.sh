#!/usr/bin/env bash
# Installs the Debian package given as $1 on this machine (as root) and checks
# that a desktop would find it: the desktop entry validates, session files are
# of Majlis's MIME type and open with Majlis by default, the manual page is
# there, and the installed program reads the installed sample meeting.
set -euo pipefail
deb="$(realpath "${1:?usage: install-test.sh PACKAGE.deb}")"

apt-get install -y -qq --no-install-recommends desktop-file-utils shared-mime-info xdg-utils >/dev/null
apt-get install -y -qq --no-install-recommends "$deb"

echo "== desktop-file-validate /usr/share/applications/majlis.desktop"
desktop-file-validate /usr/share/applications/majlis.desktop
echo "valid"

update-mime-database /usr/share/mime
update-desktop-database /usr/share/applications
sample=/usr/share/majlis/beirut-2007.majlis.ron
other="$(mktemp --suffix=.ron)"
trap 'rm -f "$other"' EXIT

check() {
    local what="$1" got="$2" want="$3"
    echo "== $what"
    echo "$got"
    if [ "$got" != "$want" ]; then
        echo "expected: $want" >&2
        exit 1
    fi
}
check "xdg-mime query filetype $sample" "$(xdg-mime query filetype "$sample")" "application/x-majlis-session"
check "xdg-mime query default application/x-majlis-session" \
    "$(xdg-mime query default application/x-majlis-session)" "majlis.desktop"
echo "== xdg-mime query filetype $other (any other RON file)"
other_type="$(xdg-mime query filetype "$other")"
echo "$other_type"
if grep -q "majlis" <<<"$other_type"; then
    echo "expected any type but Majlis's" >&2
    exit 1
fi

echo "== manual page"
manual="$(zcat /usr/share/man/man1/majlis.1.gz)"
grep -q '^\.TH MAJLIS 1' <<<"$manual"
grep -q '^\.B majlis check' <<<"$manual"
echo "present"

echo "== majlis check $sample"
majlis check "$sample"

apt-get remove -y -qq majlis >/dev/null
if [ -e /usr/bin/majlis ]; then
    echo "removing the package left /usr/bin/majlis" >&2
    exit 1
fi
echo "installed, checked and removed"
