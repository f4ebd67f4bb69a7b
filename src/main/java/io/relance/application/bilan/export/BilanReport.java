package io.relance.application.bilan.export;

import io.relance.application.bilan.Bilan;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.campaign.CampaignKind;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything a bilan file shows, already checked and loaded. The contacts are an {@link Iterable}
 * so that thousands of them can be read page by page while the file is written (see {@link Paged}).
 *
 * @param locale the reader's: English texts for English, French otherwise
 * @param zone   the agency's time zone, for the moment the bilan was computed
 */
public record BilanReport(String agency, Bilan bilan, CampaignKind kind, LocalDate sendDate, LocalDate eventDate,
                          Iterable<EnrolmentRow> contacts, List<CoverageRow> coverage, Locale locale, ZoneId zone) {

    public BilanReport {
        agency = agency == null ? "" : agency;
        contacts = contacts == null ? List.of() : contacts;
        coverage = coverage == null ? List.of() : coverage;
        zone = zone == null ? io.relance.domain.contact.PhoneNumbers.HOME : zone;
    }

    /** Contacts are read this many at a time while the file is written. */
    static final int PAGE = 500;

    /** The report of a campaign whose access the caller has checked; its contacts come page by page from {@code contacts}. */
    public static BilanReport of(String agency, Bilan bilan, io.relance.domain.campaign.Campaign c, Paged.Source<EnrolmentRow> contacts,
                                 List<CoverageRow> coverage, Locale locale, ZoneId zone) {
        return new BilanReport(agency, bilan, c.getKind(), c.getSendDate(), c.getEventDate(), new Paged<>(contacts, PAGE), coverage,
                locale, zone);
    }
}
