package org.o365cli.host.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Private files where there are no POSIX modes (Windows, NTFS): an access list granting everything to the
 * file's owner and nothing to anyone else, in place of what the file inherited from its folder (which
 * under a user's profile usually also grants SYSTEM and Administrators, and elsewhere may grant Users).
 */
final class OwnerOnlyAcl {

    private static final Set<AclEntryPermission> ALL = EnumSet.allOf(AclEntryPermission.class);

    private OwnerOnlyAcl() {
    }

    /** Restricts the file or folder to its owner, when its file system has access lists; else does nothing. */
    static void apply(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view != null) {
            restrict(view, Files.isDirectory(path));
        }
    }

    /**
     * Whether the file's access list grants anything to someone other than its owner.
     *
     * @return false too when the file system has no access lists
     */
    static boolean grantsOthers(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        return view != null && grantsOthers(view);
    }

    static boolean grantsOthers(AclFileAttributeView view) throws IOException {
        UserPrincipal owner = view.getOwner();
        return view.getAcl().stream().anyMatch(entry -> entry.type() == AclEntryType.ALLOW && !entry.principal().equals(owner));
    }

    /** Replaces the access list by one entry: the owner may do everything; a folder passes it on to what is made in it. */
    static void restrict(AclFileAttributeView view, boolean folder) throws IOException {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(view.getOwner()).setPermissions(ALL);
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(entry.build()));
    }
}
