# Sourced by the deploy scripts: installs the Debian packages a step needs when its command is missing.
#   ensure COMMAND PACKAGE     e.g. ensure yamllint yamllint; ensure debootstrap debootstrap
#   ensure_all COMMAND PACKAGE [COMMAND PACKAGE ...]   the same for several, in one apt-get run

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; }

# True when apt knows an installable version of the package. The policy is read whole into a variable: piping it
# into `grep -q` under pipefail fails with 141 (grep exits at the first match, apt-cache dies of SIGPIPE).
has_candidate() {
    local policy
    policy=$(apt-cache policy "$1" 2> /dev/null) || return 1
    [[ $policy =~ Candidate:\ [0-9] ]]
}

# Installs a Debian package when its command is missing and this is root on Debian; says so when it cannot.
ensure() {
    ensure_all "$1" "$2"
    command -v "$1" > /dev/null && return 0
    echo "$1 is missing and $2 could not be installed (not root, or no such package)" >&2
    return 1
}

# Installs the packages of several COMMAND PACKAGE pairs whose command is missing, in one apt-get run: each run reads
# the package lists and runs dpkg's triggers again, about as long as a small package takes to install. Best effort:
# a package apt does not know is left out, and the step that needs it says so through its own ensure.
ensure_all() {
    local missing=() installable=() package
    while [ $# -ge 2 ]; do
        command -v "$1" > /dev/null || missing+=("$2")
        shift 2
    done
    [ ${#missing[@]} -gt 0 ] && can_apt || return 0
    # Package lists that do not know one of them (a fresh machine has none) are fetched once.
    for package in "${missing[@]}"; do
        has_candidate "$package" || { apt-get update -qq > /dev/null || true; break; }
    done
    for package in "${missing[@]}"; do
        if has_candidate "$package"; then installable+=("$package"); fi
    done
    [ ${#installable[@]} -gt 0 ] || return 0
    echo "installing ${installable[*]} (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${installable[@]}" > /dev/null || true
}
