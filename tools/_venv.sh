# shellcheck shell=bash
# Shared helpers for tools/demo and tools/run-tests (sourced, not run).
#
# ensure_venv [pip requirement args...]
#   Creates or updates $VENV (default: <repo>/.venv) with python3 -m venv and
#   installs python-openstackclient $OSC_VERSION, this plugin (editable) and
#   the extra requirement args.  Installs python3-venv with apt when a bare
#   Debian python3 cannot create a venv.  Re-runs are fast: pip is skipped
#   when nothing it was asked to install has changed.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${OSC_SHARE_VENV:-$REPO_ROOT/.venv}"
OSC_VERSION="${OSC_VERSION:-10.5.0}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

say() { printf '%s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# pip here warns about an ignored local index location: drop that noise.
_pip_filter() { grep -v -E "Location 'file:///opt/pypi|Location file:///opt/pypi|is ignored" || true; }

_apt_install() {
    [ "$(id -u)" = 0 ] || die "need root to apt-get install $* (or install it yourself)"
    say "-> apt-get install $*"
    export DEBIAN_FRONTEND=noninteractive
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/osc-share-apt.XXXXXX")"
    if ! apt-get install -y -q --no-install-recommends "$@" >"$log" 2>&1; then
        # a fresh machine usually has no package lists yet
        apt-get update -q >>"$log" 2>&1 || true
        if ! apt-get install -y -q --no-install-recommends "$@" >>"$log" 2>&1; then
            tail -n 15 "$log" >&2
            rm -f "$log"
            return 1
        fi
    fi
    rm -f "$log"
}

# pbr takes the version from git tags.  A tarball, a `git archive` export or a
# shallow/tagless clone has none: give pbr one instead of failing/0.0.0.
ensure_pbr_version() {
    if [ -n "${PBR_VERSION:-}" ]; then
        return
    fi
    if ! command -v git >/dev/null 2>&1 || \
       ! git -C "$REPO_ROOT" describe --tags --abbrev=0 >/dev/null 2>&1; then
        export PBR_VERSION=0.1.0
    fi
}

_pick_python() {
    local py
    for py in "${PYTHON:-}" python3 /usr/bin/python3; do
        [ -n "$py" ] || continue
        command -v "$py" >/dev/null 2>&1 || continue
        if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
            printf '%s\n' "$py"
            return 0
        fi
    done
    return 1
}

_create_venv() {
    local py
    if ! py="$(_pick_python)"; then
        _apt_install python3 python3-venv || die "could not install python3"
        py=/usr/bin/python3
    fi
    say "-> creating $VENV with $py ($("$py" --version 2>&1))"
    rm -rf "$VENV"
    if ! "$py" -m venv "$VENV" >/dev/null 2>&1; then
        # Debian's python3 has no ensurepip without python3-venv.
        rm -rf "$VENV"
        local ver
        ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
        _apt_install python3-venv "python${ver}-venv" || _apt_install python3-venv ||
            die "could not install python3-venv"
        "$py" -m venv "$VENV" || die "$py -m venv $VENV failed"
    fi
}

ensure_venv() {
    local t0=$SECONDS
    ensure_pbr_version
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then
        _create_venv
    fi
    local args=("python-openstackclient==$OSC_VERSION" -e "$REPO_ROOT" "$@")
    # Stamp: the pip arguments plus the content of every requirements file.
    local stamp_file="$VENV/.osc-share-stamp" stamp f
    stamp="$({
        printf '%s\n' "${args[@]}" "${PBR_VERSION:-}"
        for f in "$REPO_ROOT/setup.cfg" "$REPO_ROOT/requirements.txt" "$@"; do
            [ -f "$f" ] && cat "$f"
        done
    } | sha256sum | cut -c1-16)"
    # One stamp per install flavour (tools/demo, tools/run-tests), so that
    # alternating between the scripts does not reinstall every time.
    if [ -f "$stamp_file" ] && grep -qxF "$stamp" "$stamp_file" && \
       (cd / && "$VENV/bin/python" -c 'import os, sys, osc_share_plugin as m
sys.exit(not os.path.realpath(m.__file__).startswith(sys.argv[1] + os.sep))' \
           "$(realpath "$REPO_ROOT")") >/dev/null 2>&1; then
        say "-> $VENV is up to date"
        return 0
    fi
    local log="$VENV/install.log"
    say "-> pip install ${args[*]}  (log: ${log#"$REPO_ROOT"/})"
    : >"$log"
    if ! { "$VENV/bin/python" -m pip install -q -U pip &&
           "$VENV/bin/python" -m pip install "${args[@]}"; } >>"$log" 2>&1; then
        _pip_filter <"$log" | tail -n 30 >&2
        die "pip install failed (full log: $log)"
    fi
    printf '%s\n' "$stamp" >>"$stamp_file"
    say "-> venv ready in $((SECONDS - t0))s: $("$VENV/bin/python" -m pip show osc-share-plugin 2>/dev/null | awk '/^Version/ {print "osc-share-plugin " $2}'), $("$VENV/bin/openstack" --version 2>&1 | tail -n1)"
}
