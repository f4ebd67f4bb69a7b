package io.relance.interfaces.web.clientaccess;

import io.relance.application.clientaccess.ClientCampaign;
import io.relance.application.clientaccess.ClientPages;
import io.relance.application.common.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** A client viewer's home: the campaigns of their brand. */
@Named
@ViewScoped
public class ClientHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientPages pages;

    private List<ClientCampaign> campaigns;
    private String brand;

    public void load() {
        if (campaigns != null) {
            return;
        }
        try {
            brand = pages.brand();
            campaigns = pages.mine();
        } catch (NotFoundException e) {
            campaigns = List.of(); // not bound to a brand (or disabled): nothing to read
        }
    }

    public List<ClientCampaign> getCampaigns() { return campaigns; }
    public String getBrand() { return brand; }
}
