package org.o365cli.plugins.spo.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;

/**
 * Creating a modern site on the tenant's root site and, when asked, waiting until SharePoint has
 * provisioned it. Answers are read in the {@code odata=nometadata} shape: flat, with {@code SiteStatus}
 * 0 not found, 1 provisioning, 2 ready, 3 error (then {@code ErrorMessage} says why).
 */
final class SiteCreation {

    static final String NOMETADATA = "application/json;odata=nometadata";
    static final int MAX_POLLS = 60;
    static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final Duration MAX_INTERVAL = Duration.ofSeconds(15);
    private static final int PROVISIONING = 1;
    private static final int READY = 2;

    private final CommandContext context;
    private final String rootSite;
    private final boolean team;

    /**
     * @param context  the command's context
     * @param rootSite the tenant's root site, where SharePoint's site managers are
     * @param team     a team site (GroupSiteManager) rather than a communication site (SPSiteManager)
     */
    SiteCreation(CommandContext context, String rootSite, boolean team) {
        this.context = context;
        this.rootSite = rootSite;
        this.team = team;
    }

    /** Posts the creation request, once: SharePoint may have acted on it even when its answer is lost. */
    NewSite create(String what, String contentType, JsonNode body) {
        String endpoint = rootSite + (team ? "/_api/GroupSiteManager/CreateGroupEx" : "/_api/SPSiteManager/Create");
        JsonNode answer = context.http().json(ApiRequest.post(endpoint).withBody(contentType, body.toString())
                .withHeader("Accept", NOMETADATA).withToken(TokenMethod.GET));
        int status = answer.path("SiteStatus").asInt(-1);
        String error = message(answer);
        if (status != PROVISIONING && status != READY || error != null) {
            throw new O365Exception("Could not create " + what + ": " + (error != null ? error : "SharePoint answered site status "
                    + statusName(status)) + "; check in the SharePoint admin center whether the site exists before running again");
        }
        return site(answer, null);
    }

    /** Polls the site's status until it is ready, at most {@link #MAX_POLLS} times within {@link #MAX_WAIT}. */
    NewSite waitUntilReady(NewSite created) {
        String statusUrl = statusUrl(created);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        Duration interval = Duration.ofSeconds(1);
        NewSite site = created;
        for (int poll = 1; site.siteStatus() != READY; poll++) {
            if (poll > MAX_POLLS || System.nanoTime() + interval.toNanos() > deadline) {
                throw new O365Exception(site.siteUrl() + " was created but is still being provisioned after " + (poll - 1)
                        + " checks; check it later with o365 spo site get --url " + site.siteUrl());
            }
            context.log().info("Waiting for SharePoint to provision " + site.siteUrl() + " (site status " + statusName(site.siteStatus())
                    + "); checking again in " + interval.toSeconds() + " s");
            pause(interval);
            site = check(statusUrl, site);
            interval = interval.multipliedBy(2).compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : interval.multipliedBy(2);
        }
        return site;
    }

    private NewSite check(String statusUrl, NewSite site) {
        JsonNode answer;
        try {
            answer = context.http().json(ApiRequest.get(statusUrl).withHeader("Accept", NOMETADATA).withToken(TokenMethod.GET));
        } catch (O365Exception e) {
            throw new O365Exception(site.siteUrl() + " was created, but its status could not be read: " + e.getMessage(), e);
        }
        int status = answer.path("SiteStatus").asInt(-1);
        if (status > READY || status < 0) {
            String error = message(answer);
            throw new O365Exception(site.siteUrl() + " was created, but SharePoint could not provision it: "
                    + (error != null ? error : "site status " + statusName(status)) + "; check it in the SharePoint admin center");
        }
        return site(answer, site);
    }

    private String statusUrl(NewSite site) {
        if (team && site.groupId() == null) {
            throw new O365Exception(site.siteUrl() + " was created, but SharePoint gave no GroupId to check its status with;"
                    + " check it later with o365 spo site get --url " + site.siteUrl());
        }
        return team ? new ApiUrl(rootSite + "/_api/GroupSiteManager/GetSiteStatus").query("groupId", ApiUrl.literal(site.groupId())).url()
                : new ApiUrl(rootSite + "/_api/SPSiteManager/status").query("url", ApiUrl.literal(site.siteUrl())).url();
    }

    private NewSite site(JsonNode answer, NewSite before) {
        String url = text(answer, "SiteUrl");
        String groupId = team ? text(answer, "GroupId") : null;
        String siteId = team ? null : text(answer, "SiteId");
        return new NewSite(url == null && before != null ? before.siteUrl() : url, answer.path("SiteStatus").asInt(-1),
                groupId == null && before != null ? before.groupId() : groupId, siteId == null && before != null ? before.siteId() : siteId);
    }

    private void pause(Duration interval) {
        long end = System.nanoTime() + interval.toNanos();
        try {
            while (System.nanoTime() < end) {
                context.cancellation().throwIfCancelled();
                Thread.sleep(Math.max(1, Math.min(200, (end - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while waiting for SharePoint to provision the site", e);
        }
    }

    static String statusName(int status) {
        return switch (status) {
            case 0 -> "0, not found";
            case 1 -> "1, provisioning";
            case 2 -> "2, ready";
            case 3 -> "3, error";
            case -1 -> "none";
            default -> status + ", unknown";
        };
    }

    // SharePoint's own words, on one line of printable characters.
    private static String message(JsonNode answer) {
        String message = text(answer, "ErrorMessage");
        return message == null ? null : message.replaceAll("\\p{Cntrl}+", " ").trim();
    }

    private static String text(JsonNode answer, String field) {
        JsonNode value = answer.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText();
    }
}
