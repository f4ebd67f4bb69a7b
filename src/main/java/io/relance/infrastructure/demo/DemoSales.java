package io.relance.infrastructure.demo;

import io.relance.application.sales.SalesTemplates;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplateInput;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The demo agency's sales documents, written by Julien (chef de projet) through the real service:
 * the standard quote, generated for each prospect, and two short proposals. Loaded once, also into
 * a demo agency made by an earlier version (it has none yet).
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
public class DemoSales {

    private static final String SIGNATURE = "\n\n{appelant}\n{agence}";

    @Inject
    SalesTemplates templates;

    public void load() {
        if (!templates.list(true).isEmpty()) {
            return;
        }
        templates.create(SalesKind.QUOTE, new SalesTemplateInput("Devis standard", "Votre devis — {agence}",
                "Bonjour {prenom},\n\nMerci pour notre échange. Comme convenu, vous trouverez ci-joint notre devis standard pour "
                        + "{societe} : nos prestations les plus demandées et leurs prix indicatifs. Nous l'ajustons volontiers à votre "
                        + "calendrier et à votre budget.\n\nJe reste à votre disposition pour en parler." + SIGNATURE,
                DocumentSource.GENERATED, "Devis standard — {societe}", QUOTE), null);
        templates.create(SalesKind.PROPOSAL, new SalesTemplateInput("Proposition courte — lancement presse",
                "Lancement presse : notre proposition pour {societe}",
                "Bonjour {prenom},\n\nSuite à notre appel, voici en une page comment nous verrions le lancement presse de {societe} : "
                        + "le dispositif, le calendrier et le budget.\n\nUn point de quinze minutes cette semaine pour l'ajuster ?"
                        + SIGNATURE,
                DocumentSource.GENERATED, "Proposition — lancement presse de {societe}", LAUNCH), null);
        templates.create(SalesKind.PROPOSAL, new SalesTemplateInput("Proposition courte — salon",
                "Votre salon : notre proposition pour {societe}",
                "Bonjour {prenom},\n\nComme promis, notre proposition pour faire venir les journalistes sur votre stand et en "
                        + "tirer des retombées après le salon.\n\nJe vous rappelle dans quelques jours pour en parler." + SIGNATURE,
                DocumentSource.GENERATED, "Proposition — relations presse autour de votre salon", FAIR), null);
    }

    private static final String QUOTE = """
            À l'attention de {prenom} {nom}, {societe}

            Suite à notre échange téléphonique, voici nos prestations de relations presse et leurs prix indicatifs, hors taxes.

            Prestations
            - Rédaction du communiqué de presse (deux pages au plus, deux allers-retours) : 650 €
            - Fichier ciblé et diffusion auprès de 150 à 300 journalistes qualifiés : 900 €
            - Relances téléphoniques des journalistes (trois tentatives chacun, SMS d'annonce compris) : 1 200 €
            - Organisation des interviews et suivi des demandes de visuels : 450 €
            - Bilan des retombées remis en fin de campagne : 350 €

            Forfait campagne complète (toutes les prestations ci-dessus) : 3 200 € HT au lieu de 3 550 €.

            Conditions
            Acompte de 30 % à la commande, solde à la remise du bilan. Ces prix sont indicatifs : nous les ajustons après un échange sur vos objectifs et vos délais.

            Validité
            Ce devis est valable 30 jours à compter de sa date d'émission. Pour l'accepter, il suffit de répondre à l'email qui l'accompagne.

            {appelant}, {agence}""";

    private static final String LAUNCH = """
            Pour {prenom} {nom}, {societe}

            Objectif
            Faire connaître votre lancement aux journalistes qui comptent pour vous, et obtenir des retombées dans les trois semaines.

            Dispositif
            - J-15 : communiqué et fichier de journalistes ciblés, validés ensemble
            - Jour J : diffusion du communiqué, SMS d'annonce aux journalistes prioritaires
            - J+1 à J+10 : relances téléphoniques, interviews et envoi des visuels
            - J+21 : bilan des retombées, partagé en ligne

            Budget
            2 400 € HT, tout compris.

            {appelant}, {agence}""";

    private static final String FAIR = """
            Pour {prenom} {nom}, {societe}

            Avant le salon
            Invitation presse, relances téléphoniques et prise de rendez-vous sur votre stand.

            Pendant le salon
            Accueil des journalistes, dossier de presse imprimé et numérique, suivi des interviews.

            Après le salon
            Relance des journalistes venus et de ceux qui n'ont pas pu venir, envoi des visuels, bilan des retombées.

            Budget
            2 900 € HT pour un salon de trois jours.

            {appelant}, {agence}""";
}
