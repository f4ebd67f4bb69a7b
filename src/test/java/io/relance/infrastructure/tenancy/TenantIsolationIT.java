package io.relance.infrastructure.tenancy;

import io.relance.application.tenant.NoTenantException;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two agencies side by side: under A, B's rows cannot be found, listed, counted, updated or deleted
 * — by find, JPQL, criteria or bulk statements — and without a tenant nothing can be read at all.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(TenantIsolationIT.class, InTenant.class, TenantSql.class);
    }

    @Inject
    TenantSql db;

    String a;
    String b;
    long aMember;
    long bMember;

    @BeforeEach
    void twoAgencies() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = "iso-a-" + suffix;
        b = "iso-b-" + suffix;
        aMember = agencyWithMember(a, "anne@" + a + ".fr");
        bMember = agencyWithMember(b, "bruno@" + b + ".fr");
    }

    @Test
    void findByIdDoesNotReachAnotherTenant() throws Exception {
        assertNull(db.in(a, () -> db.em().find(StaffMember.class, bMember)));
        assertNotNull(db.in(a, () -> db.em().find(StaffMember.class, aMember)));
    }

    @Test
    void queriesListAndCountOnlyTheirTenant() throws Exception {
        List<String> tenants = db.in(a, () -> db.em().createQuery("select s.tenantId from StaffMember s", String.class).getResultList());
        assertTrue(tenants.stream().allMatch(a::equals), tenants.toString());
        assertEquals(1L, (long) db.in(a, () -> db.em().createQuery("select count(s) from StaffMember s", Long.class).getSingleResult()));
        assertTrue(db.in(a, () -> db.em().createQuery("select s from StaffMember s where s.id = :id", StaffMember.class)
                .setParameter("id", bMember).getResultList()).isEmpty());

        List<StaffMember> viaCriteria = db.in(a, () -> {
            CriteriaBuilder cb = db.em().getCriteriaBuilder();
            CriteriaQuery<StaffMember> q = cb.createQuery(StaffMember.class);
            Root<StaffMember> s = q.from(StaffMember.class);
            return db.em().createQuery(q.select(s).where(cb.equal(s.get("email"), "bruno@" + b + ".fr"))).getResultList();
        });
        assertTrue(viaCriteria.isEmpty());
    }

    @Test
    void bulkUpdatesAndDeletesDoNotTouchAnotherTenant() throws Exception {
        int updated = db.in(a, () -> db.em().createQuery("update StaffMember s set s.firstName = 'Pirate' where s.id = :id")
                .setParameter("id", bMember).executeUpdate());
        int deleted = db.in(a, () -> db.em().createQuery("delete from StaffMember s where s.id = :id")
                .setParameter("id", bMember).executeUpdate());
        int updatedAll = db.in(a, () -> db.em().createQuery("update StaffMember s set s.lastName = 'Touché'").executeUpdate());

        assertEquals(0, updated);
        assertEquals(0, deleted);
        assertEquals(1, updatedAll, "an unrestricted bulk update reaches only the tenant's own row");
        StaffMember bruno = db.in(b, () -> db.em().find(StaffMember.class, bMember));
        assertNotNull(bruno, "B's member still exists");
        assertEquals("Bruno", bruno.getFirstName());
        assertEquals("Bernard", bruno.getLastName());
    }

    @Test
    void changingAnotherTenantsEntityThroughTheSessionIsImpossible() throws Exception {
        // The supported way to change anything: load through the tenant-filtered session first.
        db.in(a, () -> {
            StaffMember foreign = db.em().find(StaffMember.class, bMember);
            assertNull(foreign);
            return null;
        });
        assertEquals(Role.STAGIAIRE, db.in(b, () -> db.em().find(StaffMember.class, bMember).getRole()));
    }

    @Test
    void withoutATenantNothingIsReadable() throws Exception {
        db.tx().begin();
        try {
            Exception e = assertThrows(Exception.class,
                    () -> db.em().createQuery("select s from StaffMember s", StaffMember.class).getResultList());
            assertTrue(causedBy(e, NoTenantException.class), "fails closed with NoTenantException, got " + e);
        } finally {
            db.tx().rollback();
        }
    }

    private long agencyWithMember(String tenant, String email) throws Exception {
        return db.in(tenant, () -> {
            db.em().persist(new Agency(tenant, "Agence " + tenant, "FR", "fr", Instant.now()));
            StaffMember member = new StaffMember(null, email, email.startsWith("anne") ? "Anne" : "Bruno",
                    email.startsWith("anne") ? "Arnaud" : "Bernard", Role.STAGIAIRE, Instant.now());
            db.em().persist(member);
            db.em().flush();
            return member.getId();
        });
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
