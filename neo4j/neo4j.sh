#!/usr/bin/env bash
# Local Neo4j 5.26 Community runtime without Docker: jars from Maven Central, run on Java 17+.
#   neo4j.sh install | start | stop | status | reset
# Environment (all optional):
#   NEO4J_BOLT_PORT   Bolt port on 127.0.0.1            (7687)
#   NEO4J_HTTP_PORT   HTTP port, only if NEO4J_HTTP=true  (7474)
#   NEO4J_HOME_DIR    where data, logs and the pid live   (neo4j/run)
#   NEO4J_HEAP        JVM heap, e.g. 512m or 1g           (768m)
#   NEO4J_PAGECACHE   page cache size                     (256m)
#   NEO4J_PASSWORD    password of user neo4j, set before the first start (cci-atlas-dev)
#   NEO4J_START_TIMEOUT seconds to wait for Bolt          (180)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/lib"
home="${NEO4J_HOME_DIR:-$here/run}"
bolt_port="${NEO4J_BOLT_PORT:-7687}"
http_port="${NEO4J_HTTP_PORT:-7474}"
http_enabled="${NEO4J_HTTP:-false}"
heap="${NEO4J_HEAP:-768m}"
pagecache="${NEO4J_PAGECACHE:-256m}"
password="${NEO4J_PASSWORD:-cci-atlas-dev}"
start_timeout="${NEO4J_START_TIMEOUT:-180}"
pidfile="$home/neo4j.pid"
console_log="$home/logs/console.log"

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit 1; }

require_java() {
  command -v java >/dev/null 2>&1 || die "Java 17 or newer is required but 'java' is not on PATH (Debian: apt-get install openjdk-17-jre-headless)."
  local v
  v="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  [[ "${v%%.*}" -ge 17 ]] 2>/dev/null || die "Java 17 or newer is required; found Java ${v:-unknown}."
}

require_maven() {
  command -v mvn >/dev/null 2>&1 || die "Maven is required to fetch the Neo4j jars but 'mvn' is not on PATH (Debian: apt-get install maven)."
}

installed() { [[ -f "$here/lib/.complete" ]]; }

install() {
  if installed; then say "jars already in $lib"; return 0; fi
  require_java; require_maven
  say "resolving org.neo4j:neo4j from Maven Central into $lib (first time only)..."
  rm -rf "$lib"
  mvn -B -q -f "$here/pom.xml" package || die "Maven could not resolve the Neo4j jars (see above)."
  ls "$lib"/neo4j-5.*.jar >/dev/null 2>&1 || die "Maven finished but no neo4j jar is in $lib."
  touch "$lib/.complete"
  say "installed $(ls "$lib" | wc -l | tr -d ' ') jars"
}

running_pid() {
  [[ -f "$pidfile" ]] || return 1
  local pid; pid="$(cat "$pidfile")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_conf() {
  mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/import"
  sed -e "s|@@BOLT_PORT@@|$bolt_port|g" -e "s|@@HTTP_PORT@@|$http_port|g" \
      -e "s|@@HTTP_ENABLED@@|$http_enabled|g" -e "s|@@PAGECACHE@@|$pagecache|g" \
      -e "s|@@DATA_DIR@@|$home/data|g" -e "s|@@LOGS_DIR@@|$home/logs|g" \
      -e "s|@@RUN_DIR@@|$home/run|g" -e "s|@@IMPORT_DIR@@|$home/import|g" \
      "$here/neo4j.conf.template" > "$home/conf/neo4j.conf"
}

# Sets the neo4j user's password before the very first start (a no-op once the system db exists).
set_initial_password() {
  [[ -d "$home/data/databases/system" ]] && return 0
  NEO4J_HOME="$home" NEO4J_CONF="$home/conf" java -cp "$lib/*" \
    org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$password" >"$home/logs/admin.log" 2>&1 \
    || { cat "$home/logs/admin.log" >&2; die "could not set the initial password"; }
}

# The flags the official launcher passes for 5.26 (the conf's server.jvm.additional is not read here).
jvm_flags=(
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
)

start() {
  local pid
  if pid="$(running_pid)"; then
    say "already running (pid $pid, bolt://127.0.0.1:$bolt_port)"; return 0
  fi
  require_java
  install
  if port_open "$bolt_port"; then
    die "port $bolt_port is already in use by another process; set NEO4J_BOLT_PORT or stop it."
  fi
  write_conf
  set_initial_password
  : > "$console_log"
  local t0; t0=$(date +%s.%N)
  # setsid: the server outlives this script and the npm process that ran it.
  setsid nohup java "${jvm_flags[@]}" -Xms"$heap" -Xmx"$heap" -cp "$lib/*" \
    org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$home/conf" --console-mode \
    >>"$console_log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$pidfile"
  say "starting (pid $pid), waiting for Bolt on 127.0.0.1:$bolt_port..."
  local deadline=$((SECONDS + start_timeout))
  until grep -q "Started." "$console_log" 2>/dev/null && port_open "$bolt_port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pidfile"
      tail -n 30 "$console_log" >&2
      die "the server exited during start (log: $console_log)"
    fi
    if (( SECONDS >= deadline )); then
      tail -n 30 "$console_log" >&2
      die "Bolt did not answer within ${start_timeout}s (log: $console_log)"
    fi
    sleep 0.5
  done
  local t1; t1=$(date +%s.%N)
  say "ready in $(awk "BEGIN {printf \"%.1f\", $t1 - $t0}")s: bolt://127.0.0.1:$bolt_port (user neo4j)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then say "not running"; rm -f "$pidfile"; return 0; fi
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; say "stopped"; return 0; }
    sleep 0.5
  done
  say "did not stop within 60s; killing"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    local rss; rss="$(awk '/VmRSS/ {print $2 " " $3}' "/proc/$pid/status" 2>/dev/null || echo '?')"
    say "running (pid $pid, bolt://127.0.0.1:$bolt_port, resident memory $rss)"
  else
    say "not running"; return 3
  fi
}

reset() {
  stop
  rm -rf "$home/data" "$home/logs"
  say "data wiped ($home/data)"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  *) echo "usage: $0 install|start|stop|status|reset" >&2; exit 2 ;;
esac
