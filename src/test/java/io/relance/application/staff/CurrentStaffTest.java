package io.relance.application.staff;

import io.relance.application.common.NotFoundException;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrentStaffTest {

    private final Caller caller = new Caller();
    private final Staff staff = new Staff();
    private final CurrentStaff current = new CurrentStaff();

    @BeforeEach
    void wire() throws Exception {
        current.caller = caller;
        current.staff = staff;
        TenantContext.enterRequest("aigle");
        staff.rows.put("aigle/lea@aigle.fr", member(7L, "lea@aigle.fr", "Léa"));
        staff.rows.put("aigle/marc@aigle.fr", member(8L, "marc@aigle.fr", "Marc"));
        staff.rows.put("faucon/lea@aigle.fr", member(70L, "lea@aigle.fr", "Léa F."));
    }

    @AfterEach
    void leave() {
        TenantContext.forgetRequest();
    }

    @Test
    void readsTheStaffRowOncePerPersonAndAgency() {
        caller.name = "lea@aigle.fr";
        assertEquals(7L, current.id());
        assertEquals("Léa", current.firstName());
        assertEquals("lea@aigle.fr", current.member().getEmail());
        assertEquals(1, staff.reads.size(), "one read for the request");
    }

    @Test
    void anotherIdentityOrAgencyInTheSameRequestIsReadAgain() {
        caller.name = "lea@aigle.fr";
        assertEquals(7L, current.id());
        caller.name = "marc@aigle.fr"; // a bean running as someone else
        assertEquals(8L, current.id(), "never the row of the person before");
        TenantContext.forgetRequest();
        TenantContext.enterRequest("faucon");
        caller.name = "lea@aigle.fr";
        assertEquals(70L, current.id(), "never a row of another agency");
        assertEquals(List.of("aigle/lea@aigle.fr", "aigle/marc@aigle.fr", "faucon/lea@aigle.fr"), staff.reads);
    }

    @Test
    void someoneWithoutAStaffRowIsNotFoundWhereAnIdIsNeeded() {
        caller.name = "client@ailleurs.fr";
        NotFoundException e = assertThrows(NotFoundException.class, current::id);
        assertEquals("Staff client@ailleurs.fr not found", e.getMessage());
        assertThrows(NotFoundException.class, current::member);
        assertNull(current.idOrNull());
        assertEquals("", current.firstName(), "what a message is signed with when nobody is found");
        assertEquals("client@ailleurs.fr", current.email());
    }

    @Test
    void rolesSayWhoReachesWhat() {
        caller.name = "lea@aigle.fr";
        caller.roles = Set.of(Role.STAGIAIRE_NAME);
        assertTrue(current.isStagiaire());
        assertFalse(current.isSenior());
        assertFalse(current.isDirecteur());
        caller.roles = Set.of(Role.CHEF_DE_PROJET_NAME);
        assertTrue(current.isSenior());
        assertFalse(current.isStagiaire());
        assertFalse(current.isDirecteur());
        caller.roles = Set.of(Role.DIRECTEUR_NAME);
        assertTrue(current.isSenior());
        assertTrue(current.isDirecteur());
    }

    @Test
    void theSignedInPersonIsRecognisedWhateverTheCase() throws Exception {
        caller.name = "Lea@Aigle.fr";
        assertTrue(current.is(member(7L, "lea@aigle.fr", "Léa")));
        assertFalse(current.is(member(8L, "marc@aigle.fr", "Marc")));
    }

    private static StaffMember member(long id, String email, String firstName) throws Exception {
        StaffMember m = new StaffMember(null, email, firstName, "Martin", Role.STAGIAIRE, Instant.EPOCH);
        Class<?> owner = m.getClass();
        while (java.util.Arrays.stream(owner.getDeclaredFields()).noneMatch(d -> d.getName().equals("id"))) {
            owner = owner.getSuperclass(); // the id sits in the entities' shared base
        }
        Field f = owner.getDeclaredField("id");
        f.setAccessible(true);
        f.set(m, id);
        return m;
    }

    private static final class Caller extends CallerIdentity {
        String name;
        Set<String> roles = Set.of();

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isInRole(String realmRole) {
            return roles.contains(realmRole);
        }
    }

    /** The staff table of two agencies, keyed "agency/email"; counts the reads. */
    private static final class Staff implements StaffRepository {
        final Map<String, StaffMember> rows = new HashMap<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public Optional<StaffMember> findByEmail(String email) {
            String key = TenantContext.require() + "/" + email;
            reads.add(key);
            return Optional.ofNullable(rows.get(key));
        }

        @Override
        public Optional<StaffMember> find(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StaffMember> page(int first, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countEnabled(Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(StaffMember member) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StaffMember> enabled() {
            throw new UnsupportedOperationException();
        }
    }
}
