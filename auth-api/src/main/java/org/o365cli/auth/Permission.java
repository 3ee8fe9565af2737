package org.o365cli.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Azure AD permissions a command needs on one resource, taken from the API reference of each call the
 * command makes. {@code --help} shows them in a "Permissions" section, and {@code o365 setup --scopes all}
 * asks for the union of what the installed commands declare. Repeat it for each resource the command calls:
 * <pre>{@code
 * @Permission(resource = "https://graph.microsoft.com",
 *         delegated = "User.Read.All", application = "User.Read.All")
 * public class UserGetCommand implements Callable<JsonNode> { ... }
 * }</pre>
 * Put it on each command class without subcommands; a group declares nothing. A command that declares
 * nothing is shown as "not declared", never as needing none. The host reads these annotations when it
 * indexes the installed plugins (once per installation and plugin set) and serves help from that index.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Permissions.class)
public @interface Permission {

    /**
     * The resource, written as in {@link ServicePlugin#declaredResources()} for the public cloud:
     * {@code https://graph.microsoft.com}, or {@code https://*.sharepoint.com} for SharePoint Online.
     */
    String resource();

    /**
     * The least-privileged delegated permissions (scopes) the command needs when signed in as a user, all
     * of them together, e.g. {@code User.Read.All}; empty when the command cannot run as a user.
     */
    String[] delegated() default {};

    /**
     * The least-privileged application permissions (app roles) the command needs app-only, all of them
     * together, e.g. {@code Sites.FullControl.All}; empty when the command cannot run app-only.
     */
    String[] application() default {};
}
