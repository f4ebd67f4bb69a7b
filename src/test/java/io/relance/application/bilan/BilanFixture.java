package io.relance.application.bilan;

import io.relance.application.bilan.export.BilanReport;
import io.relance.application.bilan.export.Paged;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-made bilan for the renderers' tests: two callers (one with a name no standard PDF font
 * can print), three slots, two periodicities, {@link #CONTACTS} contacts read page by page, and two
 * pieces of coverage. Its numbers are chosen to be told apart in a file's text.
 */
public final class BilanFixture {

    public static final String ODD_NAME = "Zoë Ørsted 李 🎉\tœ’ \u0000x";
    public static final int CONTACTS = 1_234;
    public static final String LONG_TITLE = "« On joue pour le fleuve » : entretien fleuve avec la tête d'affiche, ses musiciens, "
            + "son public et les bénévoles qui font le festival depuis vingt ans 🎷";

    /** How many pages of contacts the renderers asked for. */
    public final AtomicInteger pagesRead = new AtomicInteger();

    public Bilan bilan() {
        BilanLine total = new BilanLine("total");
        BilanLine odd = new BilanLine(ODD_NAME);
        BilanLine lea = new BilanLine("Léa Martin");
        fill(total, 1);
        fill(odd, 1);
        BilanLine morning = new BilanLine("1");
        morning.addAttempts(Outcome.NO_ANSWER, 40);
        morning.addAttempts(Outcome.YES, 10);
        BilanLine callbacks = new BilanLine("0");
        callbacks.addAttempts(Outcome.YES, 7);
        BilanLine daily = new BilanLine("QUOTIDIEN");
        daily.addEnrolments(EnrolmentStatus.CLOSED_YES, 17);
        return new Bilan(42, "Soirée presse du Festival « Jazz en Seine » 🎷", "Ville de Paris", true,
                Instant.parse("2026-11-24T09:15:00Z"), total, List.of(lea, odd), List.of(callbacks, morning),
                List.of(daily, new BilanLine("")));
    }

    /** 1,234 enrolled; 3,457 calls; 1,111 pick-ups (32 %); 211 yes, 122 no, 33 later; 44 + 5 decided. */
    private static void fill(BilanLine line, int k) {
        line.addEnrolments(EnrolmentStatus.CLOSED_YES, 211L * k);
        line.addEnrolments(EnrolmentStatus.CLOSED_NON_PRIORITAIRE, 1_023L * k);
        line.addAttempts(Outcome.NO_ANSWER, 2_346L * k);
        line.addAttempts(Outcome.YES, 211L * k);
        line.addAttempts(Outcome.NO, 122L * k);
        line.addAttempts(Outcome.LATER, 33L * k);
        line.addAttempts(Outcome.REGISTERED, 44L * k);
        line.addAttempts(Outcome.DECISION, 5L * k);
        line.addAttempts(Outcome.OPT_OUT, 696L * k);
        line.addMissed(66L * k);
    }

    public List<EnrolmentRow> contacts() {
        List<EnrolmentRow> rows = new ArrayList<>(CONTACTS);
        for (int i = 0; i < CONTACTS; i++) {
            String name = i == 0 ? ODD_NAME : String.format("Contact%04d Nom", i);
            rows.add(new EnrolmentRow(i + 1, 1000 + i, name, i % 3 == 0 ? null : "Média " + (i % 7), 7L,
                    i == 1 ? null : "Léa Martin", i % 5 == 0 ? EnrolmentStatus.CLOSED_YES : EnrolmentStatus.CLOSED_NON_PRIORITAIRE,
                    i % 4, i % 2, LocalDate.of(2026, 11, 2 + i % 20), false, false));
        }
        return rows;
    }

    public List<CoverageRow> coverage() {
        return List.of(
                new CoverageRow(1, 42, LocalDate.of(2026, 11, 20), 3L, "Télérama", 1001L, ODD_NAME, LONG_TITLE,
                        "https://www.example.org/culture/jazz-en-seine-tres-long-lien-qui-ne-tient-pas-sur-une-ligne-de-tableau-1",
                        CoverageKind.INTERVIEW, 120_000L, Tone.POSITIVE),
                new CoverageRow(2, 42, LocalDate.of(2026, 11, 18), null, null, null, null, "Les festivals de l'automne",
                        null, CoverageKind.MENTION, null, Tone.NEUTRAL));
    }

    public BilanReport report(Locale locale) {
        List<EnrolmentRow> all = contacts();
        Paged<EnrolmentRow> paged = new Paged<>((first, size) -> {
            pagesRead.incrementAndGet();
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }, 500);
        return new BilanReport("Agence Démo & Fils", bilan(), CampaignKind.EVENT_INVITATION, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 21), paged, coverage(), locale, ZoneId.of("Europe/Paris"));
    }
}
