package io.relance.application.bilan;

import io.relance.application.tenant.AgencyZone;
import io.relance.application.bilan.export.BilanCsv;
import io.relance.application.bilan.export.BilanPdf;
import io.relance.application.bilan.export.BilanReport;
import io.relance.application.bilan.export.BilanXlsx;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.staff.Role;
import io.relance.domain.tenant.Slug;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.coverage.CoverageRepository;
import io.relance.application.tenant.AgencyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A campaign's bilan as a file for chefs de projet and directeurs. {@link #report} checks and loads
 * everything but the contacts before a byte is sent, so that another agency's campaign answers 404
 * rather than half a file; the contacts are then read page by page while the file is written.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class BilanExports {

    @Inject
    AgencyZone agencyZone;

    /** The agency's zone for the moment of the bilan, as the pages show it (Paris until agencies choose). */

    public enum Format {
        PDF("application/pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv; charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public void write(BilanReport report, OutputStream out) {
            try {
                switch (this) {
                    case PDF -> BilanPdf.write(report, out);
                    case XLSX -> BilanXlsx.write(report, out);
                    case CSV -> BilanCsv.write(report, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * "bilan-soiree-presse-du-festival-jaz-2026-11-27.pdf", dated the day the bilan was computed:
         * ASCII only, safe in a header and on any file system.
         */
        public String fileName(BilanReport report) {
            String slug = Slug.suggest(report.bilan().subject());
            Instant at = report.bilan().at() == null ? Instant.now() : report.bilan().at();
            return "bilan-" + (slug.isEmpty() ? "campagne" : slug) + "-" + LocalDate.ofInstant(at, report.zone()) + "." + extension();
        }
    }

    @Inject
    AgencyService agency;

    @Inject
    BilanService bilans;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CoverageRepository coverage;

    /** The bilan of one of the caller's campaigns (404 for another agency's), ready to be written in {@code locale}. */
    public BilanReport report(long campaignId, Locale locale) {
        Bilan bilan = bilans.of(campaignId);
        Campaign c = campaigns.require(campaignId);
        List<CoverageRow> pieces = coverage.of(campaignId);
        BilanService source = bilans; // the container's proxy: each page is read in its own short transaction
        return BilanReport.of(agency.name(), bilan, c, (first, size) -> source.contacts(campaignId, first, size), pieces, locale, agencyZone.get());
    }
}
