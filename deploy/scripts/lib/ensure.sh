# Sourced by the deploy scripts: installs the Debian packages a step needs when its command is missing.
#   ensure COMMAND PACKAGE     e.g. ensure yamllint yamllint; ensure debootstrap debootstrap

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
