package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Windows access list of a private file, built against a fake view (the build machines have no NTFS). */
class OwnerOnlyAclTest {

    private record Principal(String getName) implements UserPrincipal {
    }

    private static final UserPrincipal OWNER = new Principal("CONTOSO\\\\adele");
    private static final UserPrincipal USERS = new Principal("BUILTIN\\\\Users");

    /** What NTFS does with an access list: keeps it as given. */
    private static final class FakeAclView implements AclFileAttributeView {
        private List<AclEntry> acl;

        FakeAclView(List<AclEntry> acl) {
            this.acl = new ArrayList<>(acl);
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return List.copyOf(acl);
        }

        @Override
        public void setAcl(List<AclEntry> acl) {
            this.acl = new ArrayList<>(acl);
        }

        @Override
        public UserPrincipal getOwner() {
            return OWNER;
        }

        @Override
        public void setOwner(UserPrincipal owner) throws IOException {
            throw new IOException("o365 never changes an owner");
        }
    }

    private static AclEntry allow(UserPrincipal who, AclEntryPermission... permissions) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who).setPermissions(permissions).build();
    }

    @Test
    void aFileInheritingAccessForUsersIsLeftWithItsOwnerAlone() throws IOException {
        FakeAclView view = new FakeAclView(List.of(allow(OWNER, AclEntryPermission.READ_DATA),
                allow(USERS, AclEntryPermission.READ_DATA, AclEntryPermission.READ_ATTRIBUTES)));
        assertTrue(OwnerOnlyAcl.grantsOthers(view));

        OwnerOnlyAcl.restrict(view, false);

        assertEquals(1, view.getAcl().size());
        AclEntry only = view.getAcl().get(0);
        assertEquals(AclEntryType.ALLOW, only.type());
        assertEquals(OWNER, only.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), only.permissions());
        assertEquals(Set.of(), only.flags());
        assertFalse(OwnerOnlyAcl.grantsOthers(view));
    }

    @Test
    void aFolderPassesTheOwnersEntryOnToWhatIsMadeInIt() throws IOException {
        FakeAclView view = new FakeAclView(List.of(allow(USERS, AclEntryPermission.LIST_DIRECTORY)));

        OwnerOnlyAcl.restrict(view, true);

        assertEquals(List.of(OWNER), view.getAcl().stream().map(AclEntry::principal).toList());
        assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), view.getAcl().get(0).flags());
    }

    @Test
    void aDenyForOthersGrantsThemNothing() throws IOException {
        AclEntry deny = AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(USERS)
                .setPermissions(AclEntryPermission.READ_DATA).build();

        assertFalse(OwnerOnlyAcl.grantsOthers(new FakeAclView(List.of(allow(OWNER, AclEntryPermission.READ_DATA), deny))));
    }
}
