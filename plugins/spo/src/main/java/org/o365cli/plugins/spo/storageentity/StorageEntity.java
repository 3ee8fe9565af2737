package org.o365cli.plugins.spo.storageentity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tenant property (storage entity) of an app catalog, named as SharePoint names it.
 *
 * @param key         its key
 * @param value       its value
 * @param description its description, or null
 * @param comment     its comment, or null
 */
public record StorageEntity(@JsonProperty("Key") String key, @JsonProperty("Value") String value,
                            @JsonProperty("Description") String description, @JsonProperty("Comment") String comment) {
}
