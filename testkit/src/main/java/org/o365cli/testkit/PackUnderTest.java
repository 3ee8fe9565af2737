package org.o365cli.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command pack a test runs, as built: its jar, or its zip with {@code lib/} when the build made one.
 *
 * @param archive the jar or zip file
 */
public record PackUnderTest(Path archive) {

    /** The system property naming the built jar; {@code o365-plugin-parent} sets it for the end-to-end tests (*IT). */
    public static final String JAR_PROPERTY = "o365.testkit.pack";
    /** The system property naming the built zip, which is used instead of the jar when it exists. */
    public static final String ZIP_PROPERTY = "o365.testkit.packZip";

    /**
     * @param archive the jar or zip file
     * @throws IllegalArgumentException when it is not a file
     */
    public PackUnderTest {
        if (archive == null || !Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("The pack " + archive + " is not a file: build it first (mvn verify runs"
                    + " the end-to-end tests after package)");
        }
        archive = archive.toAbsolutePath();
    }

    /**
     * The pack this build made, from {@value #ZIP_PROPERTY} when that zip exists, else {@value #JAR_PROPERTY}.
     *
     * @return the pack
     * @throws IllegalStateException when neither property is set: the test runs outside the end-to-end phase
     */
    public static PackUnderTest built() {
        Optional<Path> zip = Optional.ofNullable(System.getProperty(ZIP_PROPERTY)).map(Path::of).filter(Files::isRegularFile);
        if (zip.isPresent()) {
            return new PackUnderTest(zip.get());
        }
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null) {
            throw new IllegalStateException("No built pack: " + JAR_PROPERTY + " is not set. Name the test *IT so that"
                    + " maven-failsafe-plugin runs it after package (o365-plugin-parent sets the property), or use"
                    + " PackUnderTest.of(path)");
        }
        return new PackUnderTest(Path.of(jar));
    }

    /**
     * A pack archive given by its path.
     *
     * @param archive the jar or zip
     * @return the pack
     */
    public static PackUnderTest of(Path archive) {
        return new PackUnderTest(archive);
    }

    /** The folder the pack was built in ({@code target/}): its classes there are left off the host's class path. */
    Path buildFolder() {
        return archive.getParent();
    }
}
