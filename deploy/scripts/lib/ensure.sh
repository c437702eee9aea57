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
    local command=$1 package=$2
    command -v "$command" > /dev/null && return 0
    if can_apt && { has_candidate "$package" || { apt-get update -qq > /dev/null && has_candidate "$package"; }; }; then
        echo "installing $package (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" > /dev/null
    fi
    command -v "$command" > /dev/null && return 0
    echo "$command is missing and $package could not be installed (not root, or no such package)" >&2
    return 1
}

# Installs the packages of several COMMAND PACKAGE pairs whose command is missing, in one apt-get run: each run reads
# the package lists and runs dpkg's triggers again, about as long as a small package takes to install. Best effort:
# where one package cannot be installed, the step that needs it says so through its own ensure.
ensure_all() {
    local missing=()
    while [ $# -ge 2 ]; do
        command -v "$1" > /dev/null || missing+=("$2")
        shift 2
    done
    [ ${#missing[@]} -gt 0 ] && can_apt || return 0
    has_candidate "${missing[0]}" || apt-get update -qq > /dev/null
    echo "installing ${missing[*]} (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null || true
}
