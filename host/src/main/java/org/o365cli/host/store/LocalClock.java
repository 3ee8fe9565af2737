package org.o365cli.host.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the zone of the moment it is read. {@link Clock#systemDefaultZone()} resolves the zone at
 * once, which loads the JDK's zone rules (a look for their providers through every jar on the class path, tens of
 * milliseconds): a run that moves no corrupt file aside has no use for them.
 */
final class LocalClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }
}
