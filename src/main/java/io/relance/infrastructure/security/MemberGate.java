package io.relance.infrastructure.security;

import io.relance.domain.staff.Role;
import io.relance.infrastructure.persistence.PlatformSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;

/**
 * A verified token is not enough: it must belong to someone the agency still has, as the agency
 * has them now. Keycloak can hold an account the app does not know (a sign-up whose compensation
 * failed), and honours a token until it expires even after its holder was disabled or demoted;
 * all three are refused here, on every request, from the agency's own row: an enabled staff member
 * (or client viewer) with that email and, once linked, that Keycloak id, whose role is the one in
 * the token and who was not disabled after the token was issued. Answering from the database (one
 * indexed read) rather than from Keycloak's not-before keeps one member's revocation from touching
 * anybody else's tokens.
 */
@ApplicationScoped
public class MemberGate {

    private record Row(String role, java.time.Instant validFrom) {
    }

    @Inject
    PlatformSql sql;

    /** Whether the request's verified identity is an enabled member of the token's agency. */
    public boolean admits(HttpServletRequest request, VerifiedToken token, String tenant) {
        String email = request.getUserPrincipal() == null ? token.email() : request.getUserPrincipal().getName();
        if (email == null) {
            return false;
        }
        if (request.isUserInRole(Role.CLIENT_NAME)) {
            return !sql.query("SELECT 1 FROM client_viewer WHERE tenant_id = ? AND email = ? AND enabled = TRUE "
                    + "AND (account_id IS NULL OR account_id = ?)", rs -> 1, tenant, email, token.subject()).isEmpty();
        }
        List<Row> rows = sql.query("SELECT role, tokens_valid_from FROM staff_member WHERE tenant_id = ? AND email = ? "
                        + "AND enabled = TRUE AND (keycloak_id IS NULL OR keycloak_id = ?)",
                rs -> new Row(rs.getString(1), PlatformSql.instant(rs, 2)), tenant, email, token.subject());
        if (rows.isEmpty()) {
            return false;
        }
        Row row = rows.get(0);
        boolean current = row.validFrom() == null || !row.validFrom().isAfter(token.issuedAt());
        return current && hasOnly(request, Role.valueOf(row.role()));
    }

    /** The token carries the member's staff role and no other (a demoted directeur's token is stale). */
    private static boolean hasOnly(HttpServletRequest request, Role role) {
        return request.isUserInRole(role.realmRole()) && Arrays.stream(Role.values())
                .filter(r -> r.isStaff() && r != role).noneMatch(r -> request.isUserInRole(r.realmRole()));
    }
}
