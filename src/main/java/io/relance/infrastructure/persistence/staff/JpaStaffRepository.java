package io.relance.infrastructure.persistence.staff;

import io.relance.application.staff.StaffRepository;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.infrastructure.persistence.JpaEntities;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The current tenant's staff with JPA; every query is filtered by Hibernate's @TenantId. */
@ApplicationScoped
public class JpaStaffRepository extends JpaEntities<StaffMember> implements StaffRepository {

    @Override
    public Optional<StaffMember> find(long id) {
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    @Override
    public Optional<StaffMember> findByEmail(String email) {
        return em.createQuery("select s from StaffMember s where s.email = :email", StaffMember.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public List<StaffMember> page(int first, int size) {
        return em.createQuery("select s from StaffMember s order by s.lastName, s.firstName, s.id", StaffMember.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
    }

    @Override
    public long countEnabled(Role role) {
        return em.createQuery("select count(s) from StaffMember s where s.role = :role and s.enabled = true", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @Override
    public List<StaffMember> enabled() {
        return em.createQuery("select s from StaffMember s where s.enabled = true and s.role <> :client "
                + "order by s.lastName, s.firstName", StaffMember.class).setParameter("client", Role.CLIENT).getResultList();
    }
}
