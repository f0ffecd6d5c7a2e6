# Dossiers des personnes accompagnées : la liste, le formulaire, la vue d’ensemble, les entretiens et le mode présentation.
# Les dossiers sont pseudonymes : un code ou un surnom, jamais un vrai nom.

## Mode présentation

clients-presentation-toggle = Mode présentation (F9)
clients-presentation-banner = Le mode présentation est activé. Les notes, les informations privées et les autres personnes sont masquées. Appuyez sur F9 ou sur le bouton pour les afficher à nouveau.
clients-presentation-empty = Rien de privé n’est affiché en mode présentation. Désactivez-le pour choisir une personne.

## Liste des personnes accompagnées

clients-list-heading = Personnes accompagnées
clients-new = Nouvelle personne
clients-loading = Chargement…
clients-filter-label = Afficher
clients-filter-all = Toutes les personnes
clients-filter-due-this-week = Suivi prévu cette semaine
clients-filter-not-seen-3-months = Sans entretien depuis 3 mois
clients-filter-due-for-review = Dossier à réexaminer
clients-sort-label = Trier par
clients-sort-code = Code
clients-sort-next-follow-up = Prochain suivi
clients-sort-last-session = Dernier entretien
clients-row-last-session = Dernier entretien : { $date }
clients-row-no-session = Pas encore d’entretien
clients-row-next-follow-up = Prochain suivi : { $date }
clients-row-no-follow-up = Aucun suivi prévu
clients-list-empty = Il n’y a encore aucun dossier. Créez le premier avec « Nouvelle personne ».
clients-list-empty-filter = Aucune personne ne correspond à ce choix.

## Recherche

clients-search-label = Rechercher dans tous les dossiers
clients-search-hint = Saisissez au moins deux caractères. Avenir cherche dans les codes, les notes et les résumés d’entretien.
clients-search-results = Résultats de la recherche
clients-search-count =
    { $count ->
        [0] Aucun résultat.
        [one] Un résultat.
       *[other] { $count } résultats.
    }
clients-search-field-code = Code
clients-search-field-summary = Résumé de l’entretien
clients-search-field-notes = Notes privées de l’entretien
clients-search-field-client-notes = Notes du dossier
clients-search-session = Entretien du { $date }

## Formulaire du dossier

clients-form-new-heading = Nouvelle personne
clients-form-edit-heading = Modifier le dossier
clients-privacy-hint = N’écrivez jamais de vrai nom, de numéro d’identité, d’adresse ni de numéro de téléphone dans un dossier. Un code ou un surnom suffit.
clients-code-label = Code
clients-code-hint = Un code ou un surnom convenu avec la personne.
clients-code-suggest = Proposer un autre code
clients-languages-label = Langues parlées
clients-languages-hint = Séparez les langues par des virgules, par exemple : arabe, français.
clients-preferred-language-label = Langue des documents remis à la personne
clients-preferred-language-none = Pas choisie
clients-optional-heading = Informations facultatives
clients-optional-hint = Ne remplissez que ce que la personne souhaite partager et ce qui aide l’accompagnement. Tout ce qui se trouve dans cette partie peut rester vide.
clients-country-label = Pays d’origine
clients-arrival-label = Année d’arrivée en Belgique
clients-household-legend = Ménage
clients-adults-label = Adultes
clients-children-label = Enfants
clients-school-label = Enfants scolarisés
clients-residence-label = Situation de séjour
clients-residence-hint = Cochez chaque situation qui s’applique.
clients-not-recorded = Non renseigné
clients-residence-asylum-ongoing = Demande d’asile en cours
clients-residence-asylum-refused = Demande d’asile refusée
clients-residence-regularisation-pending = Demande de régularisation en cours
clients-residence-order-to-leave = Ordre de quitter le territoire
clients-residence-never-applied = Jamais de demande de titre de séjour
clients-residence-overstayed-visa = Séjour au-delà de la durée du visa
clients-residence-medical-pending = Demande de régularisation médicale en cours (9ter)
clients-residence-appeal-pending = Recours en cours
clients-residence-dublin = Procédure Dublin
clients-residence-temporary-protection = Protection temporaire
clients-residence-other = Autre situation
clients-health-label = Préoccupations de santé
clients-health-yes = Oui
clients-health-no = Non
clients-notes-label = Notes
clients-consent-heading = Consentement
clients-consent-given = La personne a accepté que des notes soient conservées
clients-consent-date = Date de l’accord
clients-consent-explained = Ce qui a été expliqué
clients-consent-language = Langue de l’explication
clients-review-label = Date de réexamen
clients-review-hint = À cette date, vérifiez avec la personne si le dossier est encore nécessaire.
clients-save = Enregistrer
clients-saving = Enregistrement…
clients-cancel = Annuler

## Avertissement sur les données identifiantes

clients-identifier-warning = Une partie du texte ressemble à des informations qui pourraient identifier quelqu’un :
clients-identifier-phone = un numéro de téléphone
clients-identifier-email = une adresse e-mail
clients-identifier-national-number = un numéro de registre national
clients-identifier-advice = Les dossiers restent pseudonymes : vérifiez le texte et retirez ces informations. Vous pouvez tout de même enregistrer.
clients-identifier-dismiss = J’ai compris

## Vue d’ensemble du dossier

clients-overview-heading = Vue d’ensemble
clients-overview-code = Code
clients-back-to-list = Retour à la liste
clients-edit = Modifier
clients-session-new = Nouvel entretien
clients-delete = Supprimer le dossier
clients-facts-heading = L’essentiel
clients-fact-languages = Langues
clients-fact-preferred-language = Langue des documents
clients-fact-consent = Consentement
clients-fact-consent-given = Donné le { $date }
clients-follow-up-heading = Prochain suivi
clients-follow-up-due = Suivi prévu le { $date }
clients-follow-up-none = Aucun suivi prévu.
clients-steps-heading = Prochaines étapes en cours
clients-steps-empty = Il n’y a aucune prochaine étape en cours.
clients-sessions-heading = Entretiens
clients-sessions-empty = Il n’y a encore aucun entretien.
clients-session-open = Ouvrir cet entretien
clients-session-minutes = { $minutes } min
clients-session-pathways = Pistes abordées :
clients-session-no-pathways = Aucune piste abordée
clients-decision-mark = Sa décision : { $decision }

## Supprimer un dossier

clients-delete-title = Supprimer ce dossier ?
clients-delete-warning = Tout ce qui concerne cette personne sera effacé : le dossier, tous les entretiens, les notes et les prochaines étapes. Il sera impossible de le récupérer.
clients-delete-yes = Tout effacer
clients-delete-no = Garder le dossier

## Les quatre pistes

clients-pathways-heading = Pistes possibles
clients-pathways-intro = Il existe plusieurs pistes possibles. Nous pouvons les regarder ensemble, à votre rythme.
clients-pathway-legalise = Obtenir un droit de séjour
clients-pathway-legalise-about = Chercher un moyen d’obtenir un droit de séjour en Belgique.
clients-pathway-onward = Migrer vers un autre pays
clients-pathway-onward-about = Poursuivre le voyage vers un autre pays.
clients-pathway-return = Retour
clients-pathway-return-about = Retourner dans le pays d’origine.
clients-pathway-undocumented = Rester sans papiers
clients-pathway-undocumented-about = Rester en Belgique sans titre de séjour, pour le moment.

## Entretiens

clients-session-new-heading = Nouvel entretien
clients-session-edit-heading = Entretien
clients-session-creating = Création de l’entretien…
clients-session-started = Date et heure
clients-session-duration = Durée en minutes
clients-session-kind = Type d’entretien
clients-kind-individual = Entretien individuel
clients-kind-interpreter = Avec un·e interprète
clients-kind-phone = Par téléphone
clients-kind-group = Séance de groupe
clients-session-pathways-legend = Pistes abordées
clients-decision-label = La décision de la personne elle-même (seulement si elle l’a exprimée)
clients-decision-hint = Notez-la seulement si la personne l’exprime elle-même. La dernière décision notée jusqu’à un entretien vaut pour celui-ci : le plan de réintégration est proposé dès que c’est le retour.
clients-decision-none = Pas exprimée lors de cet entretien
clients-decision-open = De nouveau en réflexion
clients-session-summary = Résumé
clients-session-summary-hint = Ce qui a été abordé, en quelques mots.
clients-session-notes = Notes privées
clients-session-notes-hint = Pour vous seul·e. Elles sont masquées en mode présentation.
clients-next-steps-heading = Prochaines étapes
clients-next-step-label = Nouvelle prochaine étape
clients-next-step-add = Ajouter
clients-next-step-done = Fait
clients-session-follow-up = Date du suivi
clients-autosave-saved = Enregistré
clients-autosave-saving = Enregistrement…
clients-autosave-failed = Pas encore enregistré :
clients-undo = Annuler la dernière modification
clients-session-close = Retour à la vue d’ensemble
