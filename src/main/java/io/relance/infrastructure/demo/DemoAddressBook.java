package io.relance.infrastructure.demo;

import io.relance.application.contacts.SuppressionList;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.ContactRules;
import io.relance.domain.contact.Outlet;
import io.relance.domain.contact.OutletInput;
import io.relance.domain.contact.OutletRules;
import io.relance.domain.imports.ImportField;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.ValueChoices;
import io.relance.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo agency's address book: a dozen outlets and the journalists the demo campaigns follow
 * up. Checked by the same rules as a form or an import, so the demo cannot hold what users could not.
 */
@ApplicationScoped
class DemoAddressBook {

    private static final String[][] OUTLETS = {
            {"Le Monde", "Presse écrite", "Quotidien", "", "National", "A", "Économie, Société"},
            {"Les Echos", "Presse écrite", "Quotidien", "", "National", "A", "Économie, Entreprises"},
            {"Télérama", "Presse écrite", "Hebdomadaire", "mardi", "National", "B", "Culture"},
            {"Ouest-France", "Presse écrite", "Quotidien", "", "Régional", "A", "Régions"},
            {"France Inter", "Radio", "Continu", "", "National", "A", "Société, Culture"},
            {"BFM Business", "Télévision", "Continu", "", "National", "B", "Économie"},
            {"Maddyness", "Web", "Continu", "", "National", "B", "Tech, Startups"},
            {"AFP", "Agence de presse", "Continu", "", "International", "A", "Économie, Société"},
            {"Causette", "Presse écrite", "Mensuel", "15", "National", "C", "Société"},
            {"Génération Do It Yourself", "Blog / podcast", "Hebdomadaire", "jeudi", "National", "C", "Entrepreneuriat"},
    };

    /** civility, first, last, beat, outlet, topics, tier, landline, mobile, email, windows, notes, confidential, dnc */
    private static final String[][] CONTACTS = {
            {"Mme", "Claire", "Dubois", "Économie", "Le Monde", "Économie", "A", "01 57 28 20 00", "06 12 34 56 01", "claire.dubois@lemonde.fr", "9h-12h", "Préfère un mail avant l'appel.", "", ""},
            {"M.", "Antoine", "Lefebvre", "Entreprises", "Les Echos", "Entreprises, Tech", "A", "01 49 53 65 65", "06 12 34 56 02", "a.lefebvre@lesechos.fr", "10h-12h, 15h-18h", "", "Ami du fondateur du client Nova.", ""},
            {"Mme", "Sophie", "Martin", "Culture", "Télérama", "Culture", "B", "", "06 12 34 56 03", "s.martin@telerama.fr", "", "Bouclage le mardi : ne pas appeler ce jour-là.", "", ""},
            {"M.", "Yann", "Le Gall", "Agriculture", "Ouest-France", "Régions, Agriculture", "A", "02 99 32 60 00", "06 12 34 56 04", "yann.legall@ouest-france.fr", "8h-11h", "", "", ""},
            {"Mme", "Nadia", "Benali", "Société", "France Inter", "Société", "A", "", "06 12 34 56 05", "nadia.benali@radiofrance.com", "14h-17h", "Chronique le jeudi.", "", ""},
            {"M.", "Julien", "Moreau", "Marchés", "BFM Business", "Économie", "B", "01 71 19 11 91", "06 12 34 56 06", "j.moreau@bfmbusiness.fr", "", "", "", ""},
            {"Mme", "Laura", "Nguyen", "Startups", "Maddyness", "Tech, Startups", "B", "", "06 12 34 56 07", "laura@maddyness.com", "", "", "", ""},
            {"M.", "Pierre", "Garnier", "Économie", "AFP", "Économie", "A", "01 40 41 46 46", "06 12 34 56 08", "pierre.garnier@afp.com", "9h-18h", "", "", ""},
            {"Mme", "Inès", "Rousseau", "Société", "Causette", "Société", "C", "", "06 12 34 56 09", "ines.rousseau@causette.fr", "", "", "", "oui"},
            {"M.", "Thomas", "Petit", "Podcast", "Génération Do It Yourself", "Entrepreneuriat", "C", "", "06 12 34 56 10", "thomas@gdiy.fr", "", "", "", ""},
            {"Mme", "Camille", "Roux", "Social", "Le Monde", "Société", "B", "", "06 12 34 56 11", "camille.roux@lemonde.fr", "", "", "", ""},
            {"M.", "Hugo", "Fontaine", "Tech", "Les Echos", "Tech", "B", "", "06 12 34 56 12", "h.fontaine@lesechos.fr", "", "", "", ""},
            {"Mme", "Manon", "Girard", "Cinéma", "Télérama", "Culture", "B", "", "06 12 34 56 13", "m.girard@telerama.fr", "", "", "", ""},
            {"M.", "Lucas", "Bonnet", "Économie régionale", "Ouest-France", "Régions, Économie", "B", "", "06 12 34 56 14", "lucas.bonnet@ouest-france.fr", "", "", "", ""},
            {"Mme", "Chloé", "Lambert", "Culture", "France Inter", "Culture", "A", "", "06 12 34 56 15", "chloe.lambert@radiofrance.com", "", "", "", ""},
            {"M.", "Mathieu", "Faure", "Startups", "BFM Business", "Tech, Startups", "B", "", "06 12 34 56 16", "m.faure@bfmbusiness.fr", "", "", "", ""},
            {"Mme", "Emma", "Chevalier", "Entrepreneuriat", "Maddyness", "Entrepreneuriat", "C", "", "06 12 34 56 17", "emma@maddyness.com", "", "", "", ""},
            {"M.", "Nicolas", "Mercier", "Société", "AFP", "Société", "A", "", "06 12 34 56 18", "nicolas.mercier@afp.com", "", "", "", ""},
    };

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    SuppressionList suppressions;

    @Inject
    io.relance.application.preference.PreferencesKey preferencesKey;

    @Inject
    io.relance.application.preference.PreferenceStore preferences;

    void load(Map<String, StaffMember> staff) {
        if (!em.createQuery("select o.id from Outlet o", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Map<String, Outlet> outlets = new HashMap<>();
        for (String[] o : OUTLETS) {
            Outlet outlet = new Outlet(OutletRules.check(new OutletInput(o[0], o[1], o[2], o[3], o[4], o[5], o[6])).details(), now);
            em.persist(outlet);
            outlets.put(o[0], outlet);
        }
        int i = 0;
        for (String[] c : CONTACTS) {
            String owner = i++ % 2 == 0 ? "chef@agence-demo.fr" : "stagiaire@agence-demo.fr";
            ContactInput input = new ContactInput(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], null, c[10],
                    "fr", owner, c[11], c[12], "intérêt légitime", "2025-09-01", "Annuaire presse", c[13],
                    c[13].isEmpty() ? null : "A demandé à ne plus être appelée", null, null);
            ContactRules.Checked checked = ContactRules.check(input, "FR");
            if (!checked.valid()) {
                throw new IllegalStateException("Demo contact " + c[2] + ": " + checked.problems());
            }
            Contact contact = new Contact(checked.details(), outlets.get(c[4]), staff.get(owner), now);
            contact.setPrivileged(c[2].equals("Lefebvre") || c[2].equals("Dubois"));
            em.persist(contact);
        }
        oneCardTooMany(outlets, staff, now);
        // a journalist erased at their request: only fingerprints remain, and whoever types or imports
        // them again finds them opted out (the contacts page's "Liste de suppression")
        suppressions.remember(new ContactDetails(null, "Bruno", "Ancien", null, null, null, null, null, "+33612345699",
                "bruno.ancien@exemple-presse.fr", null, null, null, null, null, null, null, null, null, false, null, false, null),
                "Effacement RGPD (demande du journaliste)");
        // a journalist who told every agency, on the public preferences page, to write rather than
        // call: targeting the draft (tier A) shows Pierre Garnier left out as « préférence du journaliste »
        preferencesKey.key().flatMap(k -> k.email("pierre.garnier@afp.com")).ifPresent(key -> preferences.save(key,
                new io.relance.domain.preference.JournalistPreferences(false, false, null, null, true, "Économie"), now));
        em.persist(directoryMapping(now));
    }

    /**
     * A saved mapping for the public media directory (issue 18): importing that file again applies
     * the columns and the values decided once ("Web TV" is television, "n.c." rejects its line).
     */
    private static ImportMapping directoryMapping(Instant now) {
        Map<String, ImportField> columns = new java.util.LinkedHashMap<>();
        columns.put("Nom", ImportField.OUTLET);
        columns.put("Type", ImportField.OUTLET_TYPE);
        columns.put("Periodicite", ImportField.OUTLET_PERIODICITY);
        columns.put("Echelle", ImportField.OUTLET_SCALE);
        ImportMapping mapping = new ImportMapping(ImportTarget.OUTLETS, "Annuaire public des médias", columns, now);
        mapping.replace(columns, Map.of(), ValueChoices.none()
                .with(ImportField.OUTLET_TYPE, "Web TV", "TV")
                .with(ImportField.OUTLET_TYPE, "Autre", "PRESSE_ECRITE")
                .with(ImportField.OUTLET_TYPE, "n.c.", ValueChoices.REJECT)
                .with(ImportField.OUTLET_PERIODICITY, "Variable", ValueChoices.EMPTY));
        return mapping;
    }

    /**
     * Issue 18 §2 in the demo: a second card for Camille Roux at Le Monde (typed by a colleague with
     * her other address: "Doublons possibles" lists the pair, same name at the same outlet), and
     * Laura Nguyen, at Maddyness since last spring after three years at Les Echos ("Anciens médias").
     */
    private void oneCardTooMany(Map<String, Outlet> outlets, Map<String, StaffMember> staff, Instant now) {
        ContactRules.Checked copy = ContactRules.check(new ContactInput("Mme", "Camille", "Roux", "Société", "Le Monde", "Société",
                null, "", "", "camille.roux.pro@gmail.com", null, "", "fr", null, "Saisie depuis sa carte de visite.", "",
                "intérêt légitime", "2025-09-01", "Carte de visite", "", null, null, null), "FR");
        if (!copy.valid()) {
            throw new IllegalStateException("Demo duplicate: " + copy.problems());
        }
        em.persist(new Contact(copy.details(), outlets.get("Le Monde"), null, now));
        Contact laura = em.createQuery("select c from Contact c where c.email = :e", Contact.class)
                .setParameter("e", "laura@maddyness.com").getSingleResult();
        laura.rememberOutlet(outlets.get("Les Echos"), now.minus(java.time.Duration.ofDays(4 * 365)),
                now.minus(java.time.Duration.ofDays(240)));
    }
}
