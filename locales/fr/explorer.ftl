# L’explorateur des aides (src-tauri/core/src/explorer, assets/content/rules/*.toml) : les noms des
# périodes de règles datées, et pour chaque piste les lignes qui *peuvent* s’appliquer à un ménage :
# l’aide du programme de retour volontaire (l’application affiche à côté de chaque ligne le montant
# calculé pour le ménage, donc aucun montant n’est écrit ici), les procédures juridiques à soumettre
# à un conseiller juridique (toujours « peut-être »), et les droits et les risques des pistes
# « Migrer vers un autre pays » et « Rester sans papiers ».
# Chaque texte explore- est montré à la personne et imprimé dans sa langue : des mots simples,
# « vous », aucune promesse, le même soin pour chaque piste. Informer, jamais convaincre.
# Les faits juridiques généraux citent la source « general-law » et restent aussi généraux que sur
# les fiches (cards.ftl).
# Les messages error-household- sont pour l’intervenant ; $max est le nombre maximal d’adultes, et
# d’enfants, d’un ménage.
# Un seul nom par piste dans tous les fichiers : Obtenir un droit de séjour, Migrer vers un autre pays, Retour, Rester sans papiers.

## Périodes

rules-study-before-2015-06 = Les règles de l’étude avant juin 2015
rules-study-from-2015-06 = Les règles de l’étude à partir de juin 2015 (Fedasil a simplifié ses critères)

## Retour

explore-return-journey = Le voyage et les documents de voyage
explore-return-journey-detail = Le programme organise et paie votre voyage en avion ou en bus, et vous aide à obtenir les documents de voyage. Quelqu’un vous accompagne au départ, en transit et à l’arrivée, et le trajet jusqu’à l’aéroport ou la gare est remboursé.
explore-return-premium = Prime de retour
explore-return-premium-detail = Une somme d’argent qui vous est remise à votre retour : par adulte, et par enfant quand elle s’applique. Les personnes d’un pays dont les ressortissants n’ont pas besoin de visa pour venir en Belgique ne la reçoivent pas.
explore-return-reintegration = Aide à la réintégration
explore-return-reintegration-detail = Une aide pour un nouveau départ dans votre pays, par exemple pour une petite activité, une formation ou le loyer d’un logement. Elle n’est pas versée en liquide : après votre retour, un partenaire local paie ce dont votre projet a besoin, en principe dans les 12 mois, et suit votre projet pendant environ un an.
explore-return-eu-topup = Complément européen
explore-return-eu-topup-detail = Un fonds européen peut augmenter l’aide à la réintégration d’un montant par dossier (pour tout le ménage). Ce montant est donné de la même manière : en nature, par le partenaire local.
explore-return-vulnerable = Aide supplémentaire pour les personnes vulnérables
explore-return-vulnerable-detail = Une aide exceptionnelle pour les personnes en situation de vulnérabilité, par exemple les femmes enceintes, les personnes qui ont des problèmes de santé, les victimes de traite des êtres humains ou les familles avec enfants. Ce qu’elle couvre dépend de vos besoins ; un partenaire de retour vous dit ce qui s’applique à vous.

## Obtenir un droit de séjour

explore-asylum = Asile (protection internationale)
explore-asylum-detail = Si vous craignez des persécutions ou un danger grave dans votre pays, vous pouvez demander la protection de la Belgique ; le Commissariat général aux réfugiés et aux apatrides (CGRA) examine la demande. Si vous avez déjà fait une demande, une nouvelle demande doit apporter des faits ou des preuves nouveaux. Un conseiller juridique vous dit si cette voie vous est ouverte ; un avocat peut être gratuit si vos revenus sont bas (renseignez-vous au bureau d’aide juridique du barreau).
explore-asylum-bring = Votre passeport ou vos documents d’identité, si vous en avez ; tout ce qui montre ce qui vous est arrivé ou le danger que vous craignez (documents, photos, rapports médicaux, articles) ; et chaque courrier ou décision sur une demande précédente, en Belgique ou dans un autre pays.
explore-humanitarian-regularisation = Régularisation pour raisons humanitaires (9bis)
explore-humanitarian-regularisation-detail = Dans des circonstances exceptionnelles, vous pouvez demander un droit de séjour à l’Office des étrangers sans quitter la Belgique, par exemple après un long séjour et avec des liens forts ici. L’Office décide au cas par cas, sans critères fixes, et la demande est en général payante ; un conseiller juridique vous dit si une demande a du sens dans votre situation.
explore-humanitarian-regularisation-bring = Votre passeport ou votre carte d’identité, une preuve de votre adresse, et des preuves de votre vie en Belgique : depuis quand vous êtes ici, travail, formation ou cours de langue, école des enfants, et lettres de personnes qui vous connaissent.
explore-humanitarian-regularisation-time = Souvent de nombreux mois, parfois des années ; demandez à votre conseiller. Pendant l’attente, vous n’avez en général pas de document de séjour.
explore-medical-regularisation = Régularisation pour raisons médicales (9ter)
explore-medical-regularisation-detail = Si vous avez une maladie grave qui ne peut pas être bien soignée dans votre pays d’origine, vous pouvez demander un droit de séjour pour raisons médicales. Un médecin doit remplir un certificat médical spécial ; un conseiller juridique vous dit si votre situation correspond.
explore-medical-regularisation-bring = Votre passeport ou votre carte d’identité ; un certificat médical récent sur le formulaire officiel, rempli par votre médecin ; vos autres rapports médicaux et la liste de vos traitements et médicaments ; et, si vous en avez, des informations sur l’existence du traitement dans votre pays et sur son coût là-bas.
explore-medical-regularisation-time = Souvent de nombreux mois, parfois plus ; demandez à votre conseiller. Gardez vos rapports médicaux à jour pendant l’attente.
explore-family-reunification = Regroupement familial
explore-family-reunification-detail = Si un membre proche de votre famille est belge ou citoyen d’un autre pays de l’UE, ou a un droit de séjour en Belgique, vous pouvez peut-être demander un droit de séjour pour vivre avec lui ou elle. Les conditions dépendent du lien (conjoint ou partenaire, enfant, parent) et portent souvent sur les revenus et le logement ; parfois, il faut introduire la demande depuis l’étranger. Un conseiller juridique vous dit ce qui s’applique à vous.
explore-family-reunification-bring = Votre passeport ou votre carte d’identité ; vos actes de naissance ou de mariage (souvent légalisés et traduits) ; et la carte de séjour ou d’identité du membre de votre famille et, si vous en avez, des preuves de ses revenus et de son logement.
explore-trafficking-victim = Victimes de traite des êtres humains
explore-trafficking-victim-detail = Si vous êtes victime d’exploitation, au travail, sexuelle ou autre, ou si quelqu’un vous a fait venir ici par la force ou la tromperie, une procédure spéciale peut vous donner une protection et un droit de séjour. Elle passe par un centre spécialisé (Payoke à Anvers, PAG-ASA à Bruxelles, Sürya à Liège). Vous pouvez d’abord parler avec le centre pour comprendre les conditions, comme rompre tout contact avec les personnes qui vous exploitaient et faire une déclaration à la police ou à la justice.
explore-statelessness = Apatridie
explore-statelessness-detail = Si aucun pays ne vous reconnaît comme son ressortissant, vous pouvez demander à un tribunal belge de vous reconnaître comme apatride. Que cela vous donne aussi un droit de séjour dépend de votre situation ; un conseiller juridique vous dit ce que cela signifie pour vous.
explore-statelessness-bring = Tout document sur votre identité et votre origine (un acte de naissance, un ancien passeport ou une ancienne carte d’identité), et tout courrier d’une ambassade ou d’une autorité qui dit que vous n’êtes pas son ressortissant.

## Migrer vers un autre pays

explore-dublin = Les règles de Dublin
explore-dublin-detail = Selon les règles européennes de Dublin, un seul pays est responsable d’une demande d’asile, souvent le premier pays d’entrée en Europe ou celui de la première demande, et les empreintes digitales sont partagées entre les pays européens. Si vous partez vers un autre pays, celui-ci peut vous renvoyer vers le pays responsable. Le pacte européen sur la migration et l’asile change ces règles à partir de juin 2026 : demandez à un conseiller juridique ce qui s’applique à vous aujourd’hui.
explore-onward-no-papers = Migrer vers un autre pays sans droit de séjour
explore-onward-no-papers-detail = Un droit de séjour dans un pays européen ne vous donne pas le droit de vivre dans un autre. Sans droit de séjour là-bas, vos droits sont en général aussi limités qu’en Belgique sans papiers, et la police peut vous arrêter, vous placer en détention ou vous renvoyer ; un conseiller juridique peut vérifier si une voie légale vous est ouverte, comme le regroupement familial, le travail ou les études.

## Rester sans papiers

explore-urgent-medical-aid = Aide médicale urgente
explore-urgent-medical-aid-detail = Dans la plupart des situations, si vous ne pouvez pas payer vous-même vos soins, vous pouvez recevoir l’aide médicale urgente par le CPAS de la commune où vous habitez. Elle couvre bien plus que les urgences : elle peut comprendre un médecin, des médicaments et des soins à l’hôpital.
explore-schooling = L’école pour les enfants
explore-schooling-detail = Tout enfant qui vit en Belgique, avec ou sans papiers, a le droit d’aller à l’école, et l’instruction est obligatoire de 5 à 18 ans. Une école n’a pas besoin de papiers de séjour pour inscrire un enfant.
explore-wages-owed = Un salaire pour le travail fait
explore-wages-owed-detail = Sans titre de séjour, vous n’avez pas le droit de travailler légalement, mais vous avez quand même droit à un salaire pour le travail que vous avez fait. Un syndicat ou une ONG peut vous informer en toute confidentialité et vous aider à réclamer votre salaire.
explore-detention = Contrôles et détention
explore-detention-detail = Si la police contrôle votre identité et que vous n’avez pas de droit de séjour, vous pouvez recevoir un ordre de quitter le territoire, et on peut vous garder dans un centre fermé pendant qu’un retour forcé est préparé. Vous avez droit à un avocat, aussi en centre fermé, et vous pouvez contester la décision ; un recours ne suspend pas toujours un ordre de quitter le territoire, alors demandez vite conseil à votre avocat. Gardez sur vous le nom et les coordonnées de votre avocat ou de votre conseiller.

## Erreurs

error-household-nobody = Un ménage compte au moins un adulte ou un enfant (au plus { $max } de chaque).
error-household-size = Un ménage peut compter au plus { $max } adultes et { $max } enfants.
error-household-ages = Indiquez un âge de 0 à 17 ans pour chaque enfant, ou laissez tous les âges vides (au plus { $max } enfants).
error-explorer-no-rules = Aucune règle n’est en vigueur le { $date } : la plus ancienne période de règles commence plus tard. Choisissez une date ultérieure.

## Le résultat et la feuille de questions, pour la personne : montrés et imprimés dans sa langue
## (l’arabe aussi). Les noms des pistes sont clients-pathway-* ; les sources source-* (cards.ftl).
## $amount est déjà mis en forme (par ex. 875 €) ; $date est une date écrite dans la langue de la personne.

explore-result-heading = Ce qui peut s’appliquer à vous
explore-result-intro = Ce qui peut s’appliquer sur chacune des quatre pistes, d’après les réponses données et les règles en vigueur à la date choisie. Aucune piste n’est recommandée ici : c’est vous qui décidez.
explore-household = Ménage : adultes { $adults }, enfants { $children }
explore-period = Règles appliquées : { $period }, en vigueur à partir du { $date }.
explore-no-promise = Ceci est une information, pas une promesse : ce qui s’applique vraiment à vous est confirmé par un partenaire de retour ou un conseiller juridique. Rien ici ne décide à votre place.
explore-eligible-yes = Prévu par les règles pour une situation comme la vôtre
explore-eligible-maybe = Peut s’appliquer : à vérifier
explore-not-applying = Existe aussi, mais ne s’applique pas à votre situation selon ces règles
explore-amount = Pour votre ménage : { $amount }
explore-fee = Redevance à payer : { $amount }
explore-bring-heading = Ce qu’il faut apporter
explore-time-heading = Combien de temps cela prend
explore-source = Source : { $source } Règles en vigueur à partir du { $date }.
explore-confirm-legalise = Un conseiller juridique vous dit si une procédure vous est ouverte. Rien ici n’est une promesse.
explore-confirm-onward = Un conseiller juridique peut vous dire ce qui s’applique à vous dans un autre pays. Rien ici n’est une promesse.
explore-confirm-return = Un partenaire de retour confirme ce qui s’applique à vous. Rien ici n’est une promesse.
explore-confirm-undocumented = Un conseiller juridique ou un travailleur social peut vous en dire plus sur vos droits. Rien ici n’est une promesse.
explore-open-from-card = Qu’est-ce qui peut s’appliquer à vous ? Ouvrir l’explorateur des aides

## Questions pour le conseiller juridique : la personne parle (« je », « mon »), le conseiller est « vous ».
## explore-ask-<id> : les questions suggérées sur la procédure de séjour <id>.

explore-questions-heading = Questions pour mon conseiller juridique
explore-questions-intro = Je voudrais vous poser ces questions.
explore-questions-general = Questions générales
explore-questions-own = Mes propres questions
explore-ask-general = Quelles sont mes possibilités aujourd’hui, et quels sont les risques de chacune ? Y a-t-il un délai que je ne dois pas manquer ? Puis-je avoir un avocat gratuit, et comment ?
explore-ask-asylum = Puis-je demander l’asile, ou le redemander, et quels faits ou preuves nouveaux compteraient ? Que se passe-t-il pour moi pendant l’examen de la demande ?
explore-ask-humanitarian-regularisation = Une demande pour raisons humanitaires (9bis) a-t-elle un sens dans ma situation, et qu’est-ce qui la renforcerait ? Combien faut-il payer, et une dispense est-elle possible ?
explore-ask-medical-regularisation = Ma maladie correspond-elle à une demande pour raisons médicales (9ter), et que doit écrire mon médecin sur le certificat ? Que puis-je faire en attendant la décision ?
explore-ask-family-reunification = Puis-je demander à séjourner avec mon proche ici, et quelles conditions devons-nous remplir ? Dois-je faire la demande depuis la Belgique ou depuis l’étranger ?
explore-ask-trafficking-victim = La procédure spéciale pour les victimes de la traite des êtres humains peut-elle me protéger, et quel centre dois-je contacter ? Que devrais-je faire, et que se passe-t-il si je décide de ne pas le faire ?
explore-ask-statelessness = Puis-je demander la reconnaissance du statut d’apatride, et de quels documents aurais-je besoin ? Cela me donnerait-il un droit de séjour ?

## Le mur (projecteur) : ce qui existe sur chaque piste, pour un groupe — aucun ménage, aucun montant.

explore-wall-title = Ce qui existe sur chaque piste
explore-wall-intro = Une information générale pour tous, pas pour une personne : ce qui s’applique dépend de la situation de chacun, et un partenaire de retour ou un conseiller juridique le confirme. Rien ici n’est une promesse.
explore-wall-pathway = Ce qui existe sur cette piste
explore-wall-rules = Règles : { $period }, en vigueur à partir du { $date }

## explorer-ui : les commandes de l’explorateur, pour l’intervenant (nl, fr, en).

explorer-open = Explorateur des aides
explorer-heading = Explorateur des aides
explorer-intro = Répondez avec la personne à quelques questions simples et voyez ce qui peut s’appliquer sur chaque piste. Les réponses ne sont pas enregistrées.
explorer-no-client = Sans dossier : rien n’est prérempli, rien n’est enregistré.
explorer-prefilled = Prérempli depuis le dossier : vérifiez chaque réponse avec la personne.
explorer-close = Fermer l’explorateur
explorer-loading = Chargement…
explorer-retry = Réessayer
explorer-household = Ménage
explorer-adults = Adultes
explorer-children = Enfants
explorer-child-ages = Âge des enfants
explorer-child-ages-hint = Un âge par enfant, séparés par des virgules (par exemple 4, 9, 12), ou laissez vide.
explorer-nationality-legend = Nationalité
explorer-country = Pays de nationalité
explorer-country-hint = Choisir un pays remplit le groupe d’après la liste de l’organisation. Le pays n’est pas enregistré.
explorer-country-none = Aucun pays choisi
explorer-nationality = Groupe
explorer-nationality-visa-required = A besoin d’un visa pour venir en Belgique
explorer-nationality-visa-exempt = N’a pas besoin de visa pour venir en Belgique
explorer-situations = Situation de séjour
explorer-situations-hint = Cochez chaque situation qui s’applique (un ordre de quitter le territoire en est une).
explorer-vulnerable = Vulnérabilité
explorer-vulnerable-hint = Uniquement ce que la personne dit elle-même.
explorer-vulnerable-serious-illness = Maladie grave
explorer-vulnerable-pregnancy = Grossesse
explorer-vulnerable-single-parent = Parent seul
explorer-vulnerable-older-person = Personne âgée
explorer-vulnerable-trafficking-victim = Victime de la traite des êtres humains
explorer-vulnerable-unaccompanied-minor = Mineur non accompagné
explorer-date = Règles en vigueur le
explorer-date-hint = Aujourd’hui, sauf si vous choisissez une autre date.
explorer-run = Montrer ce qui peut s’appliquer
explorer-running = Recherche dans les règles…
explorer-stale = Les réponses ont changé depuis : montrez à nouveau ce qui peut s’appliquer avant d’imprimer.
explorer-language = Langue du résultat (celle de la personne)
explorer-print = Imprimer…
explorer-save-pdf = Enregistrer en PDF…
explorer-pdf-warning-title = Le fichier PDF n’est pas chiffré
explorer-pdf-warning = Toute personne qui peut utiliser cet ordinateur peut ouvrir le fichier PDF et lire ce qui peut s’appliquer au ménage d’une personne. Remettez le fichier à la personne (sur son GSM ou une clé USB), puis supprimez-le de cet ordinateur.
explorer-pdf-where = Choisissez ensuite où l’enregistrer. Une clé USB est le meilleur choix. Évitez Documents, le Bureau et les dossiers synchronisés (Dropbox, Nextcloud, OneDrive) : les outils de recherche et le cloud en gardent leurs propres copies.
explorer-pdf-confirm = Enregistrer le PDF
explorer-pdf-cancel = Annuler
explorer-pdf-saving = Enregistrement du PDF…
explorer-pdf-saved = Le PDF a été enregistré ici :
explorer-pdf-saved-reminder = Supprimez-le de cet ordinateur dès que la personne l’a reçu.
explorer-questions = Questions pour le conseiller juridique
explorer-questions-intro = Des questions suggérées sur les procédures de séjour montrées, et les questions de la personne. Elles restent sur cet écran et sur l’impression : rien n’est enregistré.
explorer-asks = Questions suggérées à inclure
explorer-own = Les questions de la personne (une par ligne)
explorer-adviser-language = Langue du conseiller juridique
explorer-print-questions = Imprimer aussi les questions pour le conseiller juridique
