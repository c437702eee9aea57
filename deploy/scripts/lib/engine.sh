# Sourced by the deploy scripts: a Docker engine for one script's run, and the clients that talk to it.
#   engine_up      use the engine DOCKER_HOST (or the default socket) names if one answers; otherwise install
#                  Debian's docker.io if missing and start dockerd with its data, state and socket in a temp dir,
#                  and set DOCKER_HOST for this script and its children only
#   engine_down    stop the engine if engine_up started it and remove all it left: containers, volumes, images
#                  (its data root), the iptables rules and chains it added, the docker0 bridge, ip_forward
#   docker ...     Debian's 20.10 client (/usr/bin/docker): another docker on PATH may lack BuildKit's builder
#   compose ...    docker-compose 1.29 with BuildKit, building through that same client
# Needs root to start an engine. Published ports of the engine it starts bind to 127.0.0.1 unless a port says else.

QW_ENGINE_DIR=""
QW_DOCKERD_PID=""

docker() { /usr/bin/docker "$@"; }
compose() { PATH="/usr/bin:$PATH" DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1 /usr/bin/docker-compose "$@"; }

engine_up() {
    if [ -x /usr/bin/docker ] && docker info > /dev/null 2>&1; then
        echo "engine: using the running Docker engine (${DOCKER_HOST:-default socket})"
        return 0
    fi
    ensure dockerd docker.io
    ensure iptables iptables
    ensure ip iproute2
    ensure sysctl procps
    QW_ENGINE_DIR=$(mktemp -d /tmp/quotewire-engine.XXXXXX)
    iptables-save > "$QW_ENGINE_DIR/iptables.before" 2> /dev/null || true
    sysctl -n net.ipv4.ip_forward > "$QW_ENGINE_DIR/ip_forward.before" 2> /dev/null || true
    if ip link show docker0 > /dev/null 2>&1; then touch "$QW_ENGINE_DIR/docker0.before"; fi
    # QW_ENGINE_BRIDGE=NAME QW_ENGINE_BRIDGE_CIDR=A.B.C.1/24: a bridge of its own instead of docker0, so that this
    # engine and another one on the machine never hand out the same container address (fresh-machine-ci.sh).
    local bridge_setting=""
    if [ -n "${QW_ENGINE_BRIDGE:-}" ]; then
        ip link add name "$QW_ENGINE_BRIDGE" type bridge
        ip addr add "${QW_ENGINE_BRIDGE_CIDR:?QW_ENGINE_BRIDGE needs QW_ENGINE_BRIDGE_CIDR}" dev "$QW_ENGINE_BRIDGE"
        ip link set "$QW_ENGINE_BRIDGE" up
        echo "$QW_ENGINE_BRIDGE" > "$QW_ENGINE_DIR/bridge"
        bridge_setting="\"bridge\": \"$QW_ENGINE_BRIDGE\","
    fi
    # The machine's hard limit on open files is 20000: the default ulimit must stay under it or no container starts.
    cat > "$QW_ENGINE_DIR/daemon.json" << EOF
{
  "data-root": "$QW_ENGINE_DIR/data",
  "exec-root": "$QW_ENGINE_DIR/exec",
  "pidfile": "$QW_ENGINE_DIR/dockerd.pid",
  "hosts": ["unix://$QW_ENGINE_DIR/docker.sock"],
  "storage-driver": "overlay2",
  "ip": "127.0.0.1", $bridge_setting
  "default-ulimits": {"nofile": {"Name": "nofile", "Hard": 20000, "Soft": 20000}},
  "features": {"buildkit": true}
}
EOF
    dockerd --config-file "$QW_ENGINE_DIR/daemon.json" > "$QW_ENGINE_DIR/dockerd.log" 2>&1 &
    QW_DOCKERD_PID=$!
    export DOCKER_HOST="unix://$QW_ENGINE_DIR/docker.sock"
    local deadline=$(( $(date +%s) + 60 ))
    until docker info > /dev/null 2>&1; do
        if ! kill -0 "$QW_DOCKERD_PID" 2> /dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
            echo "engine: dockerd did not come up; its log:" >&2
            tail -n 30 "$QW_ENGINE_DIR/dockerd.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "engine: started dockerd $(docker version --format '{{.Server.Version}}') (pid $QW_DOCKERD_PID)," \
        "socket $DOCKER_HOST"
}

engine_down() {
    [ -n "$QW_ENGINE_DIR" ] || return 0
    if [ -n "$QW_DOCKERD_PID" ] && kill -0 "$QW_DOCKERD_PID" 2> /dev/null; then
        # Containers first, so that their networks and iptables rules go through the engine's own clean-up.
        local running
        running=$(docker ps -aq 2> /dev/null || true)
        [ -z "$running" ] || docker rm -f $running > /dev/null 2>&1 || true
        docker network prune -f > /dev/null 2>&1 || true
        kill "$QW_DOCKERD_PID"
        local deadline=$(( $(date +%s) + 60 ))
        while kill -0 "$QW_DOCKERD_PID" 2> /dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 1; done
        kill -0 "$QW_DOCKERD_PID" 2> /dev/null && kill -9 "$QW_DOCKERD_PID"
        wait "$QW_DOCKERD_PID" 2> /dev/null || true
    fi
    _engine_restore_network
    # Overlay mounts left by a container that did not stop would keep the data root busy.
    local mounts
    mounts=$(awk -v root="$QW_ENGINE_DIR/" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r)
    for mount in $mounts; do umount -l "$mount" || true; done
    rm -rf "$QW_ENGINE_DIR"
    echo "engine: stopped, data removed, iptables and docker0 restored"
    QW_ENGINE_DIR=""
    unset DOCKER_HOST
}

# Deletes every iptables rule and chain that appeared while the engine ran and restores the built-in chains'
# policies (dockerd sets FORWARD to DROP), then removes its bridge and restores ip_forward.
_engine_restore_network() {
    local dir=$QW_ENGINE_DIR
    if iptables-save > "$dir/iptables.after" 2> /dev/null; then
        _iptables_undo "$dir/iptables.before" "$dir/iptables.after" > "$dir/iptables.undo"
        bash "$dir/iptables.undo" 2> /dev/null || true
        # Before the engine there were no tables at all: drop the empty ones its rules made nftables create (unless
        # another engine started meanwhile still has rules there).
        if [ ! -s "$dir/iptables.before" ] && command -v nft > /dev/null \
            && ! iptables-save 2> /dev/null | grep '^-A ' > /dev/null; then
            nft delete table ip filter 2> /dev/null || true
            nft delete table ip nat 2> /dev/null || true
        fi
    fi
    if [ -s "$dir/bridge" ]; then
        ip link delete "$(cat "$dir/bridge")" || true
    elif [ ! -e "$dir/docker0.before" ] && ip link show docker0 > /dev/null 2>&1; then
        ip link delete docker0 || true
    fi
    # Forwarding back as it was, unless another Docker engine on the machine still needs it.
    local forward
    forward=$(cat "$dir/ip_forward.before" 2> /dev/null || true)
    if [ -n "$forward" ] && ! pgrep -x dockerd > /dev/null; then
        sysctl -q -w "net.ipv4.ip_forward=$forward" > /dev/null 2>&1 || true
    fi
}

# Prints the iptables commands that turn the AFTER save back into the BEFORE one: added rules deleted (newest
# first), added chains flushed and deleted, built-in policies reset (ACCEPT where the table did not exist before).
_iptables_undo() {
    awk 'FILENAME == ARGV[1] {
             if (/^\*/) t = substr($0, 2)
             else if (/^:/) { split($0, c, " "); chain = substr(c[1], 2); chains[t, chain] = 1; policy[t, chain] = c[2] }
             else if (/^-A /) rules[t, $0] = 1
             next }
         /^\*/ { t = substr($0, 2); next }
         /^:/ { split($0, c, " "); chain = substr(c[1], 2)
                if (!((t, chain) in chains)) { if (c[2] == "-") added[++n] = t " " chain }
                else if (policy[t, chain] != c[2]) resets[++r] = "iptables -t " t " -P " chain " " policy[t, chain]
                if (!((t, chain) in chains) && c[2] != "-") resets[++r] = "iptables -t " t " -P " chain " ACCEPT" }
         /^-A / && !((t, $0) in rules) { undo[++u] = "iptables -t " t " -D " substr($0, 4) }
         END { for (i = u; i >= 1; i--) print undo[i]
               for (i = 1; i <= n; i++) { split(added[i], a, " "); print "iptables -t " a[1] " -F " a[2]
                                          print "iptables -t " a[1] " -X " a[2] }
               for (i = 1; i <= r; i++) print resets[i] }' "$1" "$2"
}
