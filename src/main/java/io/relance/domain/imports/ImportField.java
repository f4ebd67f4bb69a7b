package io.relance.domain.imports;

import io.relance.domain.contact.Choice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A field a column can fill. The label is the header our exports write, so that an exported file
 * maps itself when imported again; the aliases are the headers agencies' own files use.
 */
public enum ImportField {
    CIVILITY("Civilité", "civilite", "civility", "salutation", "titre civil"),
    FIRST_NAME("Prénom", "prenom", "first name", "firstname", "given name"),
    LAST_NAME("Nom", "nom", "last name", "lastname", "surname", "nom de famille"),
    FULL_NAME("Nom complet", "full name", "name", "contact", "journaliste", "prenom nom", "nom prenom"),
    BEAT("Rubrique", "rubrique", "fonction", "poste", "beat", "role", "job title", "service"),
    OUTLET("Média", "media", "support", "titre de presse", "publication", "outlet", "journal", "redaction",
            "societe", "company", "entreprise", "organisation"),
    OUTLET_TYPE("Type de média", "type", "type media", "media type", "outlet type"),
    OUTLET_PERIODICITY("Périodicité", "periodicite", "periodicity", "frequence", "frequency", "parution"),
    OUTLET_CLOSING("Bouclage", "bouclage", "closing day", "jour de bouclage"),
    OUTLET_SCALE("Portée", "portee", "diffusion", "zone", "scale", "couverture", "echelle", "zone de diffusion"),
    OUTLET_TIER("Tier média", "tier media", "outlet tier"),
    OUTLET_TOPICS("Thématiques média", "thematiques media", "outlet topics"),
    TOPICS("Thématiques", "thematiques", "themes", "sujets", "topics", "tags", "mots cles"),
    TIER("Tier", "tier", "priorite", "priority", "niveau"),
    LANDLINE("Téléphone fixe", "telephone", "tel", "fixe", "phone", "ligne directe", "tel fixe", "landline",
            "standard", "bureau", "work phone"),
    MOBILE("Mobile", "mobile", "portable", "tel portable", "telephone portable", "gsm", "cell", "cellphone",
            "mobile phone"),
    EMAIL("Email", "email", "e-mail", "mail", "courriel", "adresse email", "adresse mail", "email address"),
    TIME_ZONE("Fuseau horaire", "fuseau", "time zone", "timezone"),
    CALL_WINDOWS("Créneaux d'appel", "creneaux", "horaires", "call windows", "heures d'appel"),
    LANGUAGE("Langue", "langue", "language", "lang"),
    OWNER("Responsable", "responsable", "owner", "relationship owner", "suivi par", "charge de compte"),
    NOTES("Notes", "note", "commentaire", "commentaires", "comments", "remarques"),
    CONFIDENTIAL_NOTES("Notes confidentielles", "confidential notes", "notes privees"),
    LEGAL_BASIS("Base légale", "legal basis", "fondement"),
    LEGAL_BASIS_DATE("Date base légale", "legal basis date"),
    LEGAL_BASIS_SOURCE("Source base légale", "legal basis source"),
    DO_NOT_CALL("Ne pas appeler", "do not call", "dnc", "liste rouge"),
    DO_NOT_CALL_REASON("Motif ne pas appeler", "do not call reason"),
    OPTED_OUT("Opposition", "opt out", "opted out", "desinscrit"),
    OPTED_OUT_REASON("Motif opposition", "opt out reason", "opted out reason");

    /** What an outlets file may fill; in such a file "Nom", "Tier" and "Thématiques" are the outlet's. */
    private static final Set<ImportField> OUTLET_FIELDS = EnumSet.of(OUTLET, OUTLET_TYPE, OUTLET_PERIODICITY,
            OUTLET_CLOSING, OUTLET_SCALE, OUTLET_TIER, OUTLET_TOPICS);

    private final String label;
    private final List<String> keys;

    ImportField(String label, String... aliases) {
        this.label = label;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(label), Arrays.stream(aliases))
                .map(Choice::fold).toList();
    }

    /** The header our exports write. */
    public String label() {
        return label;
    }

    public static List<ImportField> forTarget(ImportTarget target) {
        return target == ImportTarget.OUTLETS ? List.copyOf(OUTLET_FIELDS) : List.of(values());
    }

    /** The field a header names, for a target; empty when the header is not known. */
    public static Optional<ImportField> recognise(String header, ImportTarget target) {
        if (header == null) {
            return Optional.empty();
        }
        String key = Choice.fold(header);
        Optional<ImportField> field = Arrays.stream(values()).filter(f -> f.keys.contains(key)).findFirst();
        if (target == ImportTarget.OUTLETS) {
            return field.map(ImportField::asOutletField).filter(OUTLET_FIELDS::contains);
        }
        return field;
    }

    private ImportField asOutletField() {
        return switch (this) {
            case LAST_NAME, FULL_NAME -> OUTLET;
            case TIER -> OUTLET_TIER;
            case TOPICS -> OUTLET_TOPICS;
            default -> this;
        };
    }
}
