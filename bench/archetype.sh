#!/usr/bin/env bash
# The published path, timed: a pack made by `archetype:generate` from the installed o365-plugin-archetype,
# then `mvn verify` on it as generated (its unit tests, then its end-to-end tests: `o365 <service> connect
# --sandbox` and a paged `<noun> list` through the real host with the pack loaded as built). Prints the
# seconds from generate to that passing list, and the lines of the generated sources.
# Needs `mvn install` of this checkout first (o365-plugin-parent, o365-testkit and the archetype in the local
# repository). MVN_ARGS (e.g. -Dmaven.repo.local=...) goes to every mvn; KEEP=1 keeps the generated project.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
archetype_plugin=$(sed -n 's:^ *<archetype.version>\(.*\)</archetype.version>$:\1:p' "$root/pom.xml")
read -r -a extra <<< "${MVN_ARGS:-}"
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

start=$SECONDS
(cd "$work" && mvn -B -ntp -q "${extra[@]}" "org.apache.maven.plugins:maven-archetype-plugin:$archetype_plugin:generate" \
    -DarchetypeGroupId=org.o365cli -DarchetypeArtifactId=o365-plugin-archetype -DarchetypeVersion="$version" \
    -DgroupId=com.contoso -DartifactId=hr-pack -Dversion=1.0.0 -Dpackage=com.contoso.hr \
    -Dservice=hr -Dresource=https://hr.contoso.com -Dnoun=employee)
generated=$SECONDS
(cd "$work/hr-pack" && mvn -B -ntp -q "${extra[@]}" verify)
done=$SECONDS
grep -q "EmployeeCommandsIT" "$work"/hr-pack/target/failsafe-reports/*.txt || { echo "Error: the generated pack's end-to-end tests did not run" >&2; exit 1; }
echo "archetype: generate $((generated - start)) s, verify (unit + end-to-end on the sandbox) $((done - generated)) s, total $((done - start)) s"
echo "archetype: generated sources $(find "$work/hr-pack/src" -name '*.java' | xargs cat | wc -l) lines of Java, pom $(wc -l < "$work/hr-pack/pom.xml") lines"
[ -z "${KEEP:-}" ] || echo "archetype: kept $work/hr-pack"
