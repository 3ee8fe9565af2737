package org.o365cli.host.auth.connect;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.plugin.LoadedService;

/**
 * The cloud and resource of a new connection. A service that connects to a URL (spo) knows its
 * cloud from the URL's host: {@code *.sharepoint.us} is USGovHigh whatever the default, so the URL
 * decides unless the user chose a cloud ({@code --cloud}, {@code O365_CLOUD}, {@code cli config})
 * that contradicts it, which is a usage error rather than a sign-in to the wrong cloud.
 */
final class ConnectCloud {

    private ConnectCloud() {
    }

    /**
     * @param service  the service connecting
     * @param url      the URL given to connect, or null
     * @param chosen   the cloud the user chose, or null for none
     * @param explicit whether the choice is {@code --cloud} rather than a default from the environment or settings
     * @return the cloud and the connection's resource in it
     * @throws IllegalArgumentException when the URL is missing, not the service's, or of another cloud than chosen
     */
    static Target of(LoadedService service, String url, Cloud chosen, boolean explicit) {
        if (service.connectResource() instanceof ConnectResource.Fixed fixed) {
            Cloud cloud = chosen != null ? chosen : Cloud.Public;
            if (url != null) {
                throw new IllegalArgumentException("'o365 " + service.name() + " connect' takes no URL: it always connects to "
                        + cloud.map(fixed.resource()));
            }
            return new Target(cloud, cloud.map(fixed.resource()));
        }
        ConnectResource.FromUrlArgument argument = (ConnectResource.FromUrlArgument) service.connectResource();
        if (url == null) {
            throw new IllegalArgumentException("Missing " + argument.label() + ": " + argument.description());
        }
        Resource resource = Resource.fromUrl(url);
        // The sandbox shares the public cloud's names: only --sandbox (or --cloud Sandbox) picks it, never a URL.
        List<Cloud> fitting = Arrays.stream(Cloud.values()).filter(c -> c != Cloud.Sandbox || chosen == Cloud.Sandbox)
                .filter(c -> declares(service, c, resource)).toList();
        if (fitting.isEmpty()) {
            throw new IllegalArgumentException("'" + url + "' is not a " + service.name() + " URL: expected one of "
                    + Arrays.stream(Cloud.values()).flatMap(c -> service.declaredResources().stream().map(c::map))
                    .distinct().collect(Collectors.joining(", ")));
        }
        if (chosen == null) {
            return new Target(fitting.get(0), resource);
        }
        if (!fitting.contains(chosen)) {
            String clouds = fitting.stream().map(Cloud::name).collect(Collectors.joining(" or "));
            String fix = "give --cloud " + fitting.get(0).name();
            throw new IllegalArgumentException("'" + url + "' is in the " + clouds + " cloud, not " + chosen.name()
                    + (explicit ? ": " + fix + ", or leave --cloud out to take the cloud from the URL"
                    : " (the default cloud, from O365_CLOUD or 'o365 cli config'): " + fix));
        }
        return new Target(chosen, resource);
    }

    private static boolean declares(LoadedService service, Cloud cloud, Resource resource) {
        return service.declaredResources().stream().map(cloud::map).anyMatch(resource::matches);
    }

    /**
     * @param cloud    the connection's cloud
     * @param resource the connection's resource, named in that cloud
     */
    record Target(Cloud cloud, Resource resource) {
    }
}
