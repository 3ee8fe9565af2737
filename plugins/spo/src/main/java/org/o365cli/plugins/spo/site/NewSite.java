package org.o365cli.plugins.spo.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A site {@code spo site add} created, named as SharePoint names it.
 *
 * @param siteUrl    its URL
 * @param siteStatus 1 while SharePoint provisions it, 2 once it is ready
 * @param groupId    the id of a team site's Microsoft 365 group, else null
 * @param siteId     the id of a communication site, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewSite(@JsonProperty("SiteUrl") String siteUrl, @JsonProperty("SiteStatus") int siteStatus,
                      @JsonProperty("GroupId") String groupId, @JsonProperty("SiteId") String siteId) {
}
