# Sourced by the benches that install user plugins (bench/startup.sh, bench/plugingate.sh).

# make_plugins <folder> <count> <prefix> <lib>: <count> plugins as a third party builds them, compiled
# against the distribution's <lib> folder: <folder>/jars/<prefix><i>.jar, whose plugin and service are
# named <prefix><i>, with one command, `hello`. Needs a JDK (javac, jar).
make_plugins() {
    folder=$1
    count=$2
    prefix=$3
    lib=$4
    mkdir -p "$folder/src" "$folder/classes" "$folder/jars"
    for i in $(seq 1 "$count"); do
        mkdir -p "$folder/src/$prefix$i"
        sed "s/@N@/$prefix$i/g" >"$folder/src/$prefix$i/Service.java" <<'JAVA'
package @N@;
public class Service implements org.o365cli.auth.ServicePlugin {
    public String name() { return "@N@"; }
    public String description() { return "Bench service @N@"; }
    public java.util.List<String> declaredResources() { return java.util.List.of("https://@N@.example.com"); }
    public org.o365cli.auth.ConnectResource connectResource() {
        return org.o365cli.auth.ConnectResource.fixed("https://@N@.example.com");
    }
    public java.util.List<Class<?>> commandClasses() { return java.util.List.of(Hello.class); }
    @picocli.CommandLine.Command(name = "hello", description = "Says hello.")
    public static class Hello implements java.util.concurrent.Callable<String> {
        public String call() { return "hello"; }
    }
}
JAVA
    done
    # shellcheck disable=SC2046 # one argument per source file
    javac -nowarn -d "$folder/classes" -cp "$lib/*" $(find "$folder/src" -name '*.java')
    for i in $(seq 1 "$count"); do
        mkdir -p "$folder/meta$i/META-INF/services"
        printf 'Plugin-Id: %s\nPlugin-Version: 1.0.0\nPlugin-Requires: *\n' "$prefix$i" >"$folder/meta$i/MANIFEST.MF"
        echo "$prefix$i.Service" >"$folder/meta$i/META-INF/services/org.o365cli.auth.ServicePlugin"
        jar --create --file "$folder/jars/$prefix$i.jar" --manifest "$folder/meta$i/MANIFEST.MF" \
            -C "$folder/classes" "$prefix$i" -C "$folder/meta$i" META-INF/services
    done
}
