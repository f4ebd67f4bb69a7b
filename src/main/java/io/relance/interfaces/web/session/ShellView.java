package io.relance.interfaces.web.session;

import io.relance.application.tenant.AgencyService;
import io.relance.domain.staff.Role;
import io.relance.domain.tenant.Agency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header of every signed-in page: the agency's name, who is signed in, and the menu their role may use. */
@Named
@RequestScoped
public class ShellView {

    @Inject
    AgencyService agencies;

    private String agencyName;

    public String getAgencyName() {
        if (agencyName == null) {
            agencyName = agencies.current().map(Agency::getName).orElse("");
        }
        return agencyName;
    }

    public String getUserName() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
    }

    public boolean isStaff() {
        return in(Role.STAGIAIRE) || in(Role.CHEF_DE_PROJET) || in(Role.DIRECTEUR);
    }

    public boolean isManager() {
        return in(Role.CHEF_DE_PROJET) || in(Role.DIRECTEUR);
    }

    public boolean isDirecteur() {
        return in(Role.DIRECTEUR);
    }

    public boolean isClient() {
        return in(Role.CLIENT);
    }

    private static boolean in(Role role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role.realmRole());
    }
}
