# Exercices : les textes des fiches de travail de assets/content/exercises/*.toml.
# L’introduction (ex-<exercice>-intro) et les questions s’adressent à la personne (« vous ») ; le guide
# (ex-<exercice>-guide-…) est réservé à l’intervenant. Informer, oui ; convaincre, non.
# session-preparation est la liste de contrôle de l’intervenant : tous ses textes, l’introduction
# aussi, s’adressent à l’intervenant, et elle n’est jamais montrée à la personne (donc pas d’arabe).

## Préparer un entretien

ex-session-preparation-title = Préparer un entretien
ex-session-preparation-summary = Votre propre liste de contrôle avant un entretien : rien que pour vous, jamais montrée à la personne.
ex-session-preparation-intro = Cette liste de contrôle est réservée à l’intervenant, c’est-à-dire à vous : elle n’apparaît jamais sur un écran partagé, au mur, dans un livret ou sur papier. Parcourez-la avant un entretien pour vérifier que les conditions d’une conversation sûre sont réunies. Elle vérifie votre préparation, pas la personne. Vous pouvez passer un point ou arrêter à tout moment.
ex-session-preparation-guide-aim = Vérifier avant chaque entretien que les conditions de l’orientation vers l’avenir sont réunies : la personne est stabilisée, sait ce qui reste confidentiel, a accès à un conseil juridique indépendant et, si nécessaire, à un interprète professionnel ; le danger au pays et la vulnérabilité ont été vérifiés ; et il y a du temps, sans pression. Après l’entretien, la liste peut servir à votre propre réflexion : l’entretien a-t-il apporté à la personne de la reconnaissance, une meilleure compréhension, de l’espace pour réfléchir, ou plus de prise sur sa vie ?
ex-session-preparation-guide-introduce = Ouvrez-la avant l’arrivée de la personne, sur votre propre écran. Cochez ce qui est en place ; un point qui ne l’est pas est une chose à organiser ou une raison d’adapter l’entretien (stabiliser d’abord, réserver l’interprète, proposer le conseil juridique), jamais une raison de presser la personne. Notez ce que vous espérez que l’entretien apporte à la personne, pas ce que vous aimeriez qu’elle décide.
ex-session-preparation-guide-avoid = Ne la montrez jamais à la personne et ne la remplissez pas devant elle, et ne l’utilisez jamais comme un formulaire sur la personne. N’y notez pas de détails sur un danger, une maladie ou une exploitation que la personne n’a pas choisi de partager ; un mot pour vous en souvenir suffit. Une case non cochée ne doit jamais devenir une pression sur la personne, par exemple pour apporter des documents ou décider plus vite.
ex-session-preparation-checks = Avant l’entretien : qu’est-ce qui est en place ?
ex-session-preparation-checks-help = Cochez ce qui est en place ; ce qui ne l’est pas est à organiser, ce n’est pas une raison de se presser. Si vous voyez des signes de vulnérabilité, orientez : en cas de traite des êtres humains ou d’exploitation grave, vers un centre spécialisé (Payoke à Anvers, PAG-ASA à Bruxelles, Sürya à Liège), qui explique aussi la procédure de séjour spéciale pour les victimes ; en cas de maladie grave, vers un conseiller juridique pour la régularisation médicale (9ter), et vers le CPAS pour l’aide médicale urgente ; pour un mineur qui se trouve en Belgique sans parent ni tuteur, vers le Service des Tutelles du SPF Justice, qui désigne un tuteur.
ex-session-preparation-checks-stabilised = Stabilisation d’abord : hébergement, nourriture, soins urgents
ex-session-preparation-checks-confidentiality = Confidentialité expliquée : ce qui reste ici, et ce que je ne transmets jamais
ex-session-preparation-checks-legal-advice = Conseil juridique indépendant organisé ou proposé
ex-session-preparation-checks-interpreter = Un interprète professionnel réservé si nécessaire (pas un membre de la famille, pas un enfant)
ex-session-preparation-checks-danger-at-home = Danger au pays vérifié avant de parler du retour ou du pays
ex-session-preparation-checks-vulnerability = Vulnérabilité vérifiée (traite des êtres humains, maladie grave, mineur non accompagné), avec l’orientation qui convient
ex-session-preparation-checks-no-pressure = Assez de temps, pas de pression, pas de délai imposé par nous
ex-session-preparation-aim = Qu’est-ce que je veux que cet entretien apporte à la personne ?
ex-session-preparation-remember = De quoi dois-je me souvenir pour cet entretien ?

## Mon projet migratoire

ex-migration-project-title = Mon projet migratoire
ex-migration-project-summary = Pourquoi vous avez quitté votre pays, ce que vous espériez, comment cela s’est passé et ce qu’il en reste aujourd’hui.
ex-migration-project-intro = Chaque voyage commence par un espoir. Ici, nous regardons en arrière : pourquoi vous avez quitté votre pays, ce que vous espériez trouver et comment cela s’est passé jusqu’ici. Il n’y a pas de bonne ou de mauvaise réponse. Vous choisissez ce que vous partagez, et vous pouvez passer une question ou arrêter à tout moment.
ex-migration-project-guide-aim = Aider la personne à renouer avec le but premier de sa migration et avec les besoins de base qui l’ont poussée à partir, au-delà de la recherche de papiers. Les papiers sont un moyen possible, pas un but en soi. Voir ce qu’il reste de l’ancien projet ouvre la voie à un nouveau projet : en Belgique, dans le pays d’origine ou ailleurs.
ex-migration-project-guide-introduce = Partez de la curiosité, pas du dossier de séjour. Vous pouvez dire : « Avant de parler de papiers ou de procédures, j’aimerais comprendre ce qui vous a fait venir ici. À quoi espériez-vous que votre vie ressemblerait ? » Rappelez que l’entretien est confidentiel et que la personne choisit ce qu’elle raconte.
ex-migration-project-guide-avoid = Pas lors d’un premier entretien, tant que la confiance est encore fragile, ni en pleine crise (pas d’hébergement, un problème de santé urgent) : stabilisez d’abord. Si le départ est lié à des violences ou à des persécutions, ne demandez pas de détails ; il ne s’agit pas d’un interrogatoire sur son récit. Arrêtez si la personne est bouleversée.
ex-migration-project-why-left = Pourquoi avez-vous quitté votre pays ?
ex-migration-project-why-left-help = Quelques mots suffisent. Ne partagez que ce que vous voulez partager.
ex-migration-project-hoped-for = Qu’espériez-vous trouver ou réaliser ?
ex-migration-project-needs-behind = Qu’est-ce qui vous manquait quand vous avez décidé de partir ?
ex-migration-project-how-it-went = Comment cela s’est-il passé depuis votre départ ? Qu’est-ce qui a bien marché, et qu’est-ce qui a été difficile ?
ex-migration-project-still-alive = Que reste-t-il de votre projet ?
ex-migration-project-still-alive-help = Pensez aux souhaits et aux objectifs que vous portez encore, même si le chemin pour y arriver a changé.

## Besoins de base

ex-basic-needs-title = Besoins de base
ex-basic-needs-summary = Ce que vous avez aujourd’hui et ce qui vous manque, et comment ce serait sur chaque piste.
ex-basic-needs-intro = Chacun a besoin de sécurité, de quoi vivre, de personnes autour de lui, de soins de santé et de la liberté de décider pour soi ; les parents veulent aussi que leurs enfants puissent aller à l’école. Ici, vous regardez comment ces besoins sont couverts dans votre vie aujourd’hui, et comment ils pourraient l’être sur chaque piste possible. Il n’y a pas de bonne réponse : c’est votre regard qui compte. Vous pouvez passer une question ou arrêter quand vous voulez.
ex-basic-needs-guide-aim = Rendre visibles les besoins de base derrière le projet migratoire, et la manière dont chaque piste de séjour pourrait y répondre, pour que la personne pèse les pistes selon ce qui compte pour elle et pas seulement selon les papiers. La grille est dessinée sous forme de carte de chaleur dans le journal de décision ; remplie à nouveau plus tard, elle montre ce qui change.
ex-basic-needs-guide-introduce = Commencez par aujourd’hui avant de regarder vers l’avenir. Vous pouvez dire : « Regardons d’abord votre vie telle qu’elle est maintenant. Parmi ces choses, lesquelles avez-vous, et lesquelles manquent ? » Prenez ensuite les pistes une à une et laissez la personne donner elle-même les notes. Une case vide ou une question est aussi une bonne réponse.
ex-basic-needs-guide-avoid = Pas avant que la personne ait reçu de l’information sur ce que les pistes impliquent : des notes données sans information sont des suppositions qui peuvent se figer en fausses certitudes ; proposez d’abord les fiches d’information. N’orientez pas les notes et ne les qualifiez jamais de justes ou de fausses.
ex-basic-needs-guide-group = Utilisez-le seulement après que le groupe a reçu l’information sur les pistes. Chacun remplit sa propre grille sur papier, en silence ; personne n’a à partager ses notes, et chacun peut se retirer sans s’expliquer. Parlez des besoins en général, jamais des notes d’une personne.
ex-basic-needs-today = Qu’avez-vous aujourd’hui, et qu’est-ce qui vous manque ?
ex-basic-needs-today-help = Pensez à la sécurité, à de quoi vivre, aux personnes autour de vous, aux soins de santé, au fait de décider pour vous-même et à l’école pour les enfants.
ex-basic-needs-by-pathway = Pour chacune de ces choses : comment est-ce aujourd’hui, et comment ce serait sur chaque piste ?
ex-basic-needs-by-pathway-help = Donnez à chaque besoin une note de 0 à 10 dans chaque colonne. Si vous ne savez pas, laissez la case vide : cela dit aussi quelque chose.
ex-basic-needs-by-pathway-low = Manque complètement
ex-basic-needs-by-pathway-high = Tout va bien
ex-basic-needs-by-pathway-today = Aujourd’hui
ex-basic-needs-by-pathway-legalise = Obtenir un droit de séjour
ex-basic-needs-by-pathway-onward = Migrer vers un autre pays
ex-basic-needs-by-pathway-return = Retour
ex-basic-needs-by-pathway-undocumented = Rester sans papiers
ex-basic-needs-most-important = Laquelle de ces choses compte le plus pour vous maintenant ?
ex-basic-needs-what-would-help = Qu’est-ce qui pourrait vous aider à l’obtenir ?

## Ligne de vie

ex-lifeline-title = Ligne de vie
ex-lifeline-summary = Les moments importants de votre vie, de votre naissance à aujourd’hui, et au-delà dans l’avenir.
ex-lifeline-intro = Votre vie est bien plus que votre situation d’aujourd’hui. Sur cette ligne, vous pouvez placer les moments importants de votre vie, de votre naissance à maintenant, et ce que vous espérez pour plus tard. Vous pouvez indiquer où vous avez trouvé de la force et ce qui a été difficile. Vous choisissez ce qui figure sur la ligne, et vous pouvez passer une partie ou arrêter quand vous voulez.
ex-lifeline-guide-aim = Aider la personne à voir sa vie dans son ensemble : les forces et les ressources qu’elle a déjà montrées, les moments difficiles qu’elle a traversés, et un avenir qui reste ouvert. Cela replace l’impasse actuelle dans une histoire plus longue et prépare la réflexion sur une prochaine étape.
ex-lifeline-guide-introduce = Montrez une ligne vide et expliquez que c’est la personne qui décide de ce qui y figure. Vous pouvez dire : « Dessinons votre vie comme une ligne, de votre naissance jusqu’à aujourd’hui, puis un peu plus loin. Quels moments ont été importants pour vous ? » Demandez d’abord où elle a trouvé de la force, et seulement ensuite ce qui a été difficile.
ex-lifeline-guide-avoid = Pas avec une personne en plein traumatisme ou en crise, ni peu après un événement traumatique : la ligne peut raviver des souvenirs douloureux. Ne la commencez pas sans assez de temps pour clôturer l’entretien calmement. Ne demandez jamais de détails sur des événements traumatiques ; si de fortes émotions surgissent, faites une pause et, si nécessaire, orientez vers un service de santé mentale.
ex-lifeline-events = Quels moments de votre vie voulez-vous placer sur la ligne ?
ex-lifeline-events-help = Pour chaque moment, notez quand c’était et ce qui s’est passé. Vous pouvez le marquer comme une force, comme difficile, ou comme un espoir pour l’avenir.
ex-lifeline-events-strength = Force
ex-lifeline-events-hard = Difficile
ex-lifeline-events-hope = Espoir
ex-lifeline-strength = Où avez-vous trouvé de la force dans les moments difficiles ?
ex-lifeline-ten-years = Comment vous voyez-vous dans dix ans ?

## Quatre pistes côte à côte

ex-four-pathways-title = Quatre pistes côte à côte
ex-four-pathways-summary = Ce que vous savez et ne savez pas encore sur chaque piste : avantages, inconvénients, conditions et risques.
ex-four-pathways-intro = Il existe quatre pistes possibles : obtenir un droit de séjour, migrer vers un autre pays, retourner dans votre pays, ou rester en Belgique sans papiers. Ici, vous pouvez les mettre côte à côte et noter ce que vous savez de chacune. Vous n’avez rien à choisir aujourd’hui. Vous pouvez laisser une case vide, passer une partie ou arrêter quand vous voulez.
ex-four-pathways-guide-aim = Peser côte à côte les quatre pistes de séjour, avec une information objective sur le droit de séjour et sur la procédure de la personne elle-même, pour qu’elle voie les avantages, les inconvénients et les conséquences de chacune et arrive à son propre choix éclairé. La grille montre aussi ce qui reste inconnu et qui peut le vérifier.
ex-four-pathways-guide-introduce = Partez du motif de départ de la migration et des mots de la personne. Vous pouvez dire : « Chaque piste a de bons côtés et des côtés difficiles. Notons ce que vous savez déjà de chacune, et ce que vous aimeriez encore vérifier. » Remplissez la grille ensemble, sur plusieurs entretiens ; elle n’a jamais besoin d’être complète.
ex-four-pathways-guide-avoid = Pas pour orienter la personne vers une piste précise, ni sous la pression du temps, par exemple dans les derniers jours d’un ordre de quitter le territoire sans autre entretien prévu. Si vous ne pouvez pas donner vous-même une information juridique fiable, organisez d’abord une visite chez un conseiller juridique indépendant. Donnez à chaque piste la même attention et le même temps. Si vous voyez des signes de traite des êtres humains, une maladie grave ou un mineur non accompagné, orientez d’abord : vers un centre spécialisé (Payoke, PAG-ASA, Sürya) et la procédure spéciale pour les victimes, vers un conseiller juridique pour la régularisation médicale (9ter) et l’aide médicale urgente, ou vers le Service des Tutelles (SPF Justice).
ex-four-pathways-side-by-side = Que savez-vous de chaque piste ?
ex-four-pathways-side-by-side-help = Écrivez quelques mots dans chaque case. Vous pouvez laisser une case vide ou y écrire une question.
ex-four-pathways-side-by-side-know = Ce que je sais
ex-four-pathways-side-by-side-dont-know = Ce que je ne sais pas encore
ex-four-pathways-side-by-side-advantages = Avantages
ex-four-pathways-side-by-side-disadvantages = Inconvénients
ex-four-pathways-side-by-side-conditions = Conditions
ex-four-pathways-side-by-side-risks = Risques
ex-four-pathways-side-by-side-find-out = Ce que je dois vérifier, et auprès de qui
ex-four-pathways-feeling = Comment vous sentez-vous quand vous pensez à chaque piste ?
ex-four-pathways-feeling-low = Très mal à l’aise
ex-four-pathways-feeling-high = Tout à fait à l’aise
ex-four-pathways-feeling-feeling = Mon ressenti
ex-four-pathways-thoughts = Qu’est-ce qui vous vient à l’esprit quand vous regardez les quatre pistes ensemble ?

## Ce qui pèse pour moi

ex-what-weighs-title = Ce qui pèse pour moi
ex-what-weighs-summary = Les choses qui pèsent dans votre décision, et comment chacune pèse sur chaque piste.
ex-what-weighs-intro = Beaucoup de choses peuvent peser dans une décision sur votre avenir : des dettes, l’école des enfants, votre santé, ce que votre famille attend, votre sécurité… Ici, vous regardez lesquelles comptent pour vous, et comment chacune pèse sur chacune des quatre pistes, pour ou contre. Une même chose peut peser sur plusieurs pistes. Il n’y a pas de note et pas de bonne réponse. Vous pouvez laisser une case vide, passer une question ou arrêter à tout moment.
ex-what-weighs-guide-aim = Nommer, avec les mots de la personne, ce qui pèse dans sa décision, en partant des facteurs que l’étude a entendus encore et encore (la honte, les dettes, les ponts coupés, une interdiction d’entrée, la méfiance, l’école des enfants, les médicaments, les attentes de la famille, la sécurité, le travail), et voir comment chacun pèse sur chacune des quatre pistes, pour ou contre. Rien n’est compté ni additionné : la grille montre ce qui compte pour la personne, pas quelle piste gagne.
ex-what-weighs-guide-introduce = Prenez les lignes une à une et demandez d’abord si cela joue un rôle pour la personne ; passez ce qui n’en joue pas. Demandez ensuite, piste par piste, comment cela y pèse. Vous pouvez dire : « Pour certaines personnes, les dettes pèsent sur chaque piste, chaque fois d’une autre manière. Comment est-ce pour vous ? » Donnez à chaque colonne la même attention, et demandez les deux côtés : ce qu’un facteur rend plus difficile, et ce qu’il rend plus facile.
ex-what-weighs-guide-avoid = Ne comptez, ne notez et n’additionnez jamais les cases, et n’utilisez jamais la grille pour montrer qu’une piste « gagne ». Ne remplissez pas un facteur à la place de la personne, et ne vous attardez pas sur la honte ou les dettes si la personne ne le souhaite pas : une ligne vide est aussi une réponse. Pas avant que la personne ait reçu de l’information sur les pistes (proposez d’abord les fiches d’information), ni en pleine crise. Quand un facteur dépend de faits (une interdiction d’entrée, les médicaments dans le pays d’origine, une procédure), notez-le comme une question pour un conseiller juridique ou un partenaire de retour plutôt que de deviner.
ex-what-weighs-factors = Comment chacune de ces choses pèse-t-elle sur chaque piste ?
ex-what-weighs-factors-help = Pour chaque chose, écrivez quelques mots sous chaque piste : est-ce que cela pèse pour cette piste, contre elle, ou pas du tout ? Une même chose peut peser sur plusieurs pistes. Laissez une case vide si cela ne compte pas pour vous, ou écrivez une question si vous ne savez pas.
ex-what-weighs-factors-shame = La honte, ou la peur qu’on pense que j’ai échoué
ex-what-weighs-factors-debts = Les dettes
ex-what-weighs-factors-burned-bridges = Ce que j’ai vendu, perdu ou laissé derrière moi
ex-what-weighs-factors-entry-ban = Une interdiction d’entrée
ex-what-weighs-factors-distrust = La méfiance (envers les autorités, les organisations ou les promesses)
ex-what-weighs-factors-children-school = L’école des enfants
ex-what-weighs-factors-medication = Les médicaments et les traitements
ex-what-weighs-factors-family-expectations = Ce que ma famille attend
ex-what-weighs-factors-safety = La sécurité
ex-what-weighs-factors-work = Le travail et les revenus
ex-what-weighs-other = Qu’est-ce qui pèse encore pour vous ?
ex-what-weighs-weighs-most = Qu’est-ce qui pèse le plus pour vous en ce moment, et pourquoi ?

## Ma procédure

ex-my-procedure-title = Ma procédure
ex-my-procedure-summary = Où en est votre procédure, la prochaine étape et sa date, et les questions que vous avez encore pour votre conseiller.
ex-my-procedure-intro = Ici, vous notez ce que vous savez de votre propre procédure : où elle en est, quelle est la prochaine étape, les dates qu’on vous a données, et vos chances telles que votre conseiller les a expliquées. Avenir ne donne pas de conseil juridique : cette page vous aide à préparer votre visite chez votre conseiller et à garder vos questions. Si vous n’avez pas de procédure, ou si vous ne savez pas, c’est aussi une bonne réponse. Vous pouvez passer une question ou arrêter à tout moment.
ex-my-procedure-guide-aim = Donner à la personne une image claire de sa propre procédure, telle qu’elle l’a comprise de son conseiller juridique (où elle en est, la prochaine étape, le délai, les chances), et rassembler les questions encore ouvertes. Une information objective sur sa propre procédure fait partie de la pesée des quatre pistes. La fiche prépare la visite chez un conseiller juridique indépendant ; elle ne la remplace jamais.
ex-my-procedure-guide-introduce = Laissez la personne le raconter avec ses mots, et notez ce qu’elle a compris, pas ce que vous pensez. Vous pouvez dire : « Notons ce que vous savez de votre dossier, et ce que vous aimeriez encore demander à votre avocat. » Regardez ensemble les courriers et les dates, et proposez de garder une copie de chaque courrier. Quand vous notez un délai, dites calmement qu’un recours ne suspend pas toujours un ordre de quitter le territoire, et que le conseiller peut dire si c’est le cas pour la personne : le but est de savoir, pas de faire peur. Si quelque chose n’est pas clair, notez-le comme une question pour le conseiller.
ex-my-procedure-guide-avoid = Ne donnez jamais vous-même de conseil juridique, n’estimez pas vous-même les chances, et ne corrigez pas ce que le conseiller a dit ; si l’image semble fausse, ou si la personne n’a pas de conseiller, organisez une visite chez un conseiller juridique indépendant (le bureau d’aide juridique du barreau peut désigner un avocat, gratuitement pour les personnes à faibles revenus). N’utilisez pas les chances pour orienter la personne vers une piste ou l’en détourner. Si vous voyez des signes de vulnérabilité, orientez : en cas de traite des êtres humains ou d’exploitation grave, vers un centre spécialisé (Payoke à Anvers, PAG-ASA à Bruxelles, Sürya à Liège) et la procédure de séjour spéciale pour les victimes ; en cas de maladie grave, vers un conseiller juridique pour la régularisation médicale (9ter), et vers le CPAS pour l’aide médicale urgente ; pour un mineur non accompagné, vers le Service des Tutelles (SPF Justice).
ex-my-procedure-procedure = De quelle procédure s’agit-il ?
ex-my-procedure-procedure-help = Par exemple l’asile, une demande de titre de séjour, un recours ou un regroupement familial. Si vous ne connaissez pas son nom, décrivez-la avec vos mots. Si vous n’avez pas de procédure, vous pouvez aussi l’écrire.
ex-my-procedure-where-it-stands = Où en est votre procédure aujourd’hui ?
ex-my-procedure-next-step = Quelle est la prochaine étape ?
ex-my-procedure-deadline = Y a-t-il une date ou un délai ?
ex-my-procedure-deadline-help = Écrivez la date telle qu’on vous l’a donnée, et qui vous l’a donnée. En cas de doute, demandez à votre conseiller. Gardez chaque courrier que vous recevez.
ex-my-procedure-chances = Comment votre conseiller vous a-t-il expliqué vos chances ?
ex-my-procedure-chances-help = Avec vos mots, comme votre conseiller les a expliquées. Si personne ne vous l’a encore dit, c’est une bonne question à poser.
ex-my-procedure-adviser = Qui vous conseille sur votre procédure ? Pas besoin de nom.
ex-my-procedure-open-questions = Que voulez-vous encore demander à votre conseiller ?
ex-my-procedure-open-questions-help = Par exemple : Que se passe-t-il si la réponse est non ? Combien de temps cela peut-il prendre ? Que puis-je faire pendant l’attente ? Emportez ces questions à votre prochaine visite.

## Où j’en suis

ex-where-i-stand-title = Où j’en suis
ex-where-i-stand-summary = Renoncer à un projet peut ressembler à une perte. Où en êtes-vous aujourd’hui sur ce chemin ?
ex-where-i-stand-intro = Quand un projet ne se passe pas comme nous l’espérions, on peut avoir l’impression de perdre quelque chose d’important. Beaucoup de personnes traversent alors différents sentiments : le choc, l’incrédulité, la colère, la tristesse, puis, peu à peu, un certain apaisement. Il n’y a pas de bonne place. Vous êtes la seule personne à pouvoir dire où vous en êtes aujourd’hui, et vous pouvez changer votre réponse ou la laisser ouverte.
ex-where-i-stand-guide-aim = Mettre des mots sur la perte que peut représenter le fait de renoncer à (une partie d’)un projet migratoire, et reconnaître que cette perte demande du temps et un deuil. Cela aide la personne, et vous-même, à comprendre pourquoi décider peut sembler impossible à certains moments, et à respecter ce rythme.
ex-where-i-stand-guide-introduce = Présentez la courbe comme quelque chose que beaucoup de personnes reconnaissent, pas comme un test. Vous pouvez dire : « Quand un rêve ne se réalise pas, on passe souvent par différents sentiments. En voici quelques-uns. Y en a-t-il un qui est proche de ce que vous ressentez maintenant ? » Laissez la personne montrer elle-même sa place.
ex-where-i-stand-guide-avoid = C’est la personne qui se situe, jamais l’intervenant : ne dites pas où elle en est ou devrait en être, et n’utilisez jamais la courbe pour montrer qu’elle est « prête » à décider. Les étapes ne suivent pas un ordre fixe ; on va et vient entre elles. Pas en pleine crise, et n’imposez pas l’idée de perte à quelqu’un qui ne la ressent pas.
ex-where-i-stand-guide-group = Montrez la courbe au mur comme quelque chose que beaucoup de personnes reconnaissent, mais ne demandez jamais à quelqu’un de se situer devant les autres. Chacun marque sa place en silence sur sa propre feuille, ou pas du tout ; ces positionnements ne sont ni montrés, ni ramassés, ni discutés en groupe, et chacun peut se retirer sans s’expliquer. Proposez ensuite un entretien individuel à qui le souhaite.
ex-where-i-stand-stage = Où en êtes-vous aujourd’hui ?
ex-where-i-stand-stage-help = Vous êtes la seule personne à pouvoir dire où vous en êtes. On va et vient entre ces sentiments, et c’est normal.
ex-where-i-stand-stage-shock = Le choc
ex-where-i-stand-stage-denial = Ce n’est pas possible
ex-where-i-stand-stage-anger = La colère
ex-where-i-stand-stage-bargaining = Chercher une issue
ex-where-i-stand-stage-sadness = La tristesse
ex-where-i-stand-stage-acceptance = L’acceptation
ex-where-i-stand-feel-now = Comment vous sentez-vous aujourd’hui face à votre situation ?
ex-where-i-stand-what-helps = Qu’est-ce qui vous aide en ce moment, ou pourrait vous aider ?

## Chez moi

ex-home-title = Chez moi
ex-home-summary = L’endroit d’où vous venez, en images et avec vos mots : ce qui vous manque, ce qui ne vous manque pas, et qui s’y trouve aujourd’hui.
ex-home-intro = Ici, vous pouvez parler de l’endroit d’où vous venez, avec vos propres photos ou dessins si vous le souhaitez. Comment est-ce là-bas ? Qu’est-ce qui vous manque, et qu’est-ce qui ne vous manque pas ? Qui est là-bas aujourd’hui, et qu’est-ce qu’il y a ? Il ne s’agit pas de savoir si vous allez rentrer : il s’agit d’un endroit qui fait partie de votre vie. Vous ne partagez que ce que vous voulez, et vous pouvez passer une question ou arrêter à tout moment.
ex-home-guide-aim = Ouvrir une conversation respectueuse sur le pays (le lieu, les personnes, ce qui manque et ce qui ne manque pas) avec les propres photos ou dessins de la personne. Elle reconnaît une part importante de la vie et de l’identité de la personne, quel que soit son avenir, et peut montrer ce qui s’y trouve aujourd’hui, si un jour la personne pèse le retour.
ex-home-guide-introduce = Demandez d’abord si la personne a envie de parler de chez elle. Vous pouvez dire : « Voulez-vous me montrer d’où vous venez ? Vous pouvez choisir une photo de votre album ou faire un dessin. » Laissez la personne choisir les images et mener la conversation ; interrogez sur les choses de tous les jours (les rues, la nourriture, les gens, les saisons) avant les sentiments. De temps en temps, avec délicatesse : « Comment c’était, dans votre pays ? Ils vous manquent ? »
ex-home-guide-avoid = Pas pour tout le monde : certaines personnes courent un réel danger au pays, et pour elles ces questions peuvent faire mal et briser la confiance. Vérifiez-le d’abord et n’insistez jamais. Ce n’est pas un interrogatoire sur les raisons du départ : ne demandez pas pourquoi la personne est partie ni ce qui s’est passé. Ne l’utilisez pas pour amener vers le retour, et ne prenez pas une conversation chaleureuse sur le pays pour un signe que la personne veut rentrer. Arrêtez si la personne est bouleversée.
ex-home-pictures = Quelles photos ou quels dessins de chez vous aimeriez-vous regarder ?
ex-home-pictures-help = Choisissez des photos de votre album, ou un dessin que vous avez fait. Vous décidez lesquels, et vous pouvez les retirer à tout moment.
ex-home-home-town = Comment est votre ville ou votre village ? De quoi vous souvenez-vous ?
ex-home-miss = Qu’est-ce qui vous manque ?
ex-home-glad-to-miss = Qu’est-ce qui ne vous manque pas ?
ex-home-there-now = Qui est là-bas aujourd’hui, et qu’est-ce qu’il y a ?

## Qu’est-ce qui m’attendrait au pays ?

ex-return-to-title = Qu’est-ce qui m’attendrait au pays ?
ex-return-to-summary = Regarder calmement ce qu’il y a pour vous aujourd’hui dans votre pays, et ce qui vous inquiète.
ex-return-to-intro = Cet exercice regarde votre pays tel qu’il est aujourd’hui : ce qu’il y aurait pour vous, et ce qui vous inquiète. Le faire ne veut pas dire que le retour est la réponse, et vous n’avez rien à décider. C’est seulement une manière d’en savoir plus sur l’une des pistes possibles. Vous pouvez passer une question ou arrêter quand vous voulez.
ex-return-to-guide-aim = Construire une image réaliste de ce que la personne trouverait dans son pays d’origine (un logement, du travail, des dettes, la famille et la communauté, les soins de santé, l’école, la sécurité) et de ce qu’il reste à vérifier, pour que le retour puisse être pesé comme une piste parmi quatre. Explorer cette piste ne veut pas dire que le retour est la réponse, et il faut le dire clairement.
ex-return-to-guide-introduce = Ne l’utilisez que si la personne a elle-même parlé du retour ou demande à l’examiner, et dites clairement qu’il s’agit d’explorer, pas de décider. Vous pouvez dire : « Vous m’avez dit que vous pensez parfois au pays. Voulez-vous que nous regardions ce qu’il y a pour vous là-bas et ce qui vous inquiète ? Cela ne veut pas dire que vous devez rentrer. »
ex-return-to-guide-avoid = Ne l’utilisez jamais pour pousser au retour, et ne l’abordez pas si la personne n’a pas parlé du retour. Pas quand il existe un réel danger au pays (violences, persécution, peur des autorités à l’arrivée) : les questions peuvent faire mal et briser la confiance. Pas sous la pression du temps, par exemple juste après un ordre de quitter le territoire.
ex-return-to-guide-group = Ne donnez jamais cet exercice à tout le monde à la fois. Annoncez à l’avance la journée consacrée au retour, pour que chacun puisse choisir de venir ou non ; chacun peut se retirer sans dire pourquoi. Proposez-le seulement comme un travail individuel et silencieux sur papier : chacun écrit ou dessine pour soi, et personne ne partage ce qu’il a écrit, sauf s’il le souhaite. Rien n’est ramassé, montré au mur ni discuté en groupe ; proposez ensuite un entretien individuel à qui le souhaite.
ex-return-to-situation = Qu’y aurait-il pour vous, et qu’est-ce qui vous inquiète ?
ex-return-to-situation-help = Pour chaque thème, notez ce que vous savez. Si vous ne savez pas, notez-le comme une question à poser à quelqu’un au pays.
ex-return-to-situation-home = Un logement
ex-return-to-situation-work = Travail et revenus
ex-return-to-situation-debts = Dettes
ex-return-to-situation-family = Famille et communauté
ex-return-to-situation-health-care = Soins de santé
ex-return-to-situation-school = École pour les enfants
ex-return-to-situation-safety = Sécurité
ex-return-to-situation-there = Ce qu’il y a pour moi
ex-return-to-situation-worries = Ce qui m’inquiète
ex-return-to-ask-family = Que voudriez-vous demander à votre famille ou à vos amis au pays ?
ex-return-to-fears = Quelles peurs vous viennent quand vous pensez à rentrer ?
ex-return-to-hopes = Quels espoirs vous viennent quand vous pensez à votre pays ?

## Le regard des enfants

ex-children-view-title = Le regard des enfants
ex-children-view-summary = Ce que vos enfants veulent et ce qui leur fait peur, si possible avec leurs propres mots.
ex-children-view-intro = Les enfants ont leur propre regard sur l’avenir, et ils ressentent beaucoup, même quand ils disent peu. Ici, vous pouvez noter ce que vos enfants veulent et ce qui leur fait peur, pour l’école et pour l’avenir, de préférence avec leurs propres mots. Il n’y a pas de bonne réponse, et rien ici ne décide à leur place ni à la vôtre. Vous pouvez passer une question ou arrêter à tout moment.
ex-children-view-guide-aim = Faire entrer le regard des enfants eux-mêmes dans la réflexion de la famille : ce qu’ils veulent et craignent, ce que l’école représente pour eux, et comment les parents pourraient leur parler de l’avenir. L’intérêt de l’enfant compte en soi, sur chaque piste, et l’école des enfants pèse lourd dans la décision de nombreuses familles.
ex-children-view-guide-introduce = Travaillez d’abord avec les parents, et demandez si et comment les enfants pourraient participer, d’une manière adaptée à leur âge. Vous pouvez dire : « Que disent vos enfants de l’avenir ? Qu’est-ce qu’ils aimeraient, et qu’est-ce qui les inquiète ? » Quand des enfants participent eux-mêmes, laissez-les dessiner ou parler librement, en présence d’un parent, et ne les interrogez jamais sur la procédure de la famille ni sur les raisons du départ.
ex-children-view-guide-avoid = N’utilisez jamais les enfants comme messagers ou interprètes, ne leur demandez jamais de convaincre leurs parents ou de porter la décision de la famille, et ne parlez pas d’un éventuel retour avec un enfant avant que les parents aient convenu de la manière. Pas en pleine crise, ni avec un enfant bouleversé. Pour un mineur non accompagné, cet exercice n’est pas la voie : orientez vers le Service des Tutelles (SPF Justice), qui désigne un tuteur.
ex-children-view-which-children = De quels enfants s’agit-il ?
ex-children-view-which-children-help = Leur âge suffit. Pas besoin de noms.
ex-children-view-want = Que veulent vos enfants pour l’avenir ?
ex-children-view-fear = De quoi vos enfants ont-ils peur ?
ex-children-view-school = Que représente l’école pour vos enfants ?
ex-children-view-heard = Les enfants ont-ils pu le dire eux-mêmes ?
ex-children-view-heard-yes = Oui, avec leurs propres mots
ex-children-view-heard-partly = En partie
ex-children-view-heard-not-yet = Pas encore
ex-children-view-talk = Comment pourriez-vous parler de l’avenir avec vos enfants ?

## Préparer une prochaine étape

ex-next-step-title = Préparer une prochaine étape
ex-next-step-summary = Vos questions, vos besoins, ce que vous avez déjà, qui peut vous aider, et vos trois prochaines étapes.
ex-next-step-intro = Quelle que soit la piste que vous regardez, et même si vous n’avez pas encore décidé, vous pouvez préparer une prochaine étape. Ici, vous notez vos questions, ce dont vous avez le plus besoin, ce que vous avez déjà et qui peut vous aider. Vous décidez de ce qui figure ici, et vous pouvez le modifier ou arrêter à tout moment.
ex-next-step-guide-aim = Transformer la réflexion en petites étapes concrètes que la personne choisit elle-même, pour n’importe quelle piste ou tant qu’elle hésite : ses questions, ses besoins par ordre d’importance, ses ressources et compétences, les personnes et organisations qui peuvent l’aider, et les trois prochaines étapes.
ex-next-step-guide-introduce = Vous pouvez dire : « Nous avons parlé de beaucoup de choses. Quoi que vous décidiez au bout du compte, quelle pourrait être une petite prochaine étape pour vous ? » Partez des questions de la personne, gardez des étapes petites et réalistes, et convenez de qui fait quoi avant le prochain entretien.
ex-next-step-guide-avoid = Pas pour accélérer une décision : « Je n’ai pas encore décidé » est une réponse à part entière, et les étapes peuvent servir l’exploration elle-même. Ne remplissez pas les étapes à la place de la personne. Pour l’aspect pratique d’un retour, orientez vers un partenaire de retour ; pour les démarches juridiques, vers un conseiller juridique indépendant.
ex-next-step-pathway = Pour quelle piste est cette étape ?
ex-next-step-pathway-legalise = Obtenir un droit de séjour
ex-next-step-pathway-onward = Migrer vers un autre pays
ex-next-step-pathway-return = Retour
ex-next-step-pathway-undocumented = Rester sans papiers
ex-next-step-pathway-open = Je n’ai pas encore décidé
ex-next-step-questions = À quelles questions voulez-vous une réponse ?
ex-next-step-needs = De quoi avez-vous besoin ? Mettez le plus important en premier.
ex-next-step-needs-help = Déplacez les éléments vers le haut ou vers le bas jusqu’à ce que l’ordre vous convienne.
ex-next-step-resources = Qu’avez-vous déjà qui peut vous aider ? Par exemple des compétences, de l’expérience, des contacts ou des économies.
ex-next-step-who-can-help = Qui peut vous aider ? Pensez à des personnes et à des organisations.
ex-next-step-steps = Quelles sont vos trois prochaines étapes ?

## Mon plan de réintégration

ex-reintegration-plan-title = Mon plan de réintégration
ex-reintegration-plan-summary = Pour quand vous avez décidé de rentrer : ce dont vous avez besoin, ce que vous avez déjà, qui peut aider, et vos premiers mois étape par étape.
ex-reintegration-plan-intro = Vous avez décidé de rentrer, et ce plan est le vôtre : il vous aide à préparer un nouveau départ dans votre pays. Vous notez ce dont vous aurez besoin, ce que vous avez déjà et qui peut vous aider, là-bas ou ici, et vos premiers mois après l’arrivée, étape par étape. Un partenaire de retour vous dit quelle aide s’applique à vous ; rien ici n’est une promesse. Vous pouvez encore changer d’avis. Vous pouvez passer une question ou arrêter à tout moment.
ex-reintegration-plan-guide-aim = Offrir à une personne qui a décidé de rentrer une préparation détaillée et pratique, comme l’étude le recommande pour celles et ceux qui ont décidé : besoins et ressources dans chaque domaine de la vie (logement, travail, santé, famille, documents, école des enfants, bien-être), qui peut aider là-bas ou ici, les trois premiers mois après l’arrivée, et les questions pour le partenaire de retour. Le plan appartient à la personne, pas au programme ; il prépare l’entretien avec le partenaire de retour, qui confirme quelle aide s’applique.
ex-reintegration-plan-guide-introduce = Ne le proposez qu’une fois que la personne a elle-même choisi le retour, et dites que ce choix peut encore changer : faire un plan ne ferme pas les autres pistes. Vous pouvez dire : « Vous avez décidé de rentrer. Voulez-vous que nous regardions ce dont vous aurez besoin, ce que vous avez déjà et qui peut vous aider ? » Partez des ressources et des compétences de la personne avant de parler de l’aide. Pour ce qui s’applique, orientez vers un partenaire de retour (un guichet retour de Fedasil, l’OIM ou Caritas International) ; Fedasil gère le programme de retour volontaire et n’est pas l’Office des étrangers.
ex-reintegration-plan-guide-avoid = Pas pour une personne qui pèse encore les pistes, et jamais pour accélérer un départ ou rendre une décision définitive. Ne promettez aucun montant ni aucune aide : seul un partenaire de retour peut confirmer ce qui s’applique. Pas tant qu’un danger au pays n’a pas été vérifié avec un conseiller juridique. Si la personne hésite ou change d’avis, mettez le plan de côté et revenez aux pistes, sans jugement.
ex-reintegration-plan-domains = Pour chaque domaine : de quoi aurez-vous besoin, qu’avez-vous déjà, et qui peut vous aider ?
ex-reintegration-plan-domains-help = Écrivez quelques mots dans chaque case. Qui peut aider : des personnes ou des organisations, là-bas ou ici. Laissez une case vide si elle ne vous concerne pas, ou écrivez une question.
ex-reintegration-plan-domains-housing = Un endroit où vivre
ex-reintegration-plan-domains-work = Travail et revenus
ex-reintegration-plan-domains-health = Santé et médicaments
ex-reintegration-plan-domains-family = Famille et communauté
ex-reintegration-plan-domains-documents = Documents
ex-reintegration-plan-domains-children-school = École pour les enfants
ex-reintegration-plan-domains-wellbeing = Comment je me sens, et qui me soutient
ex-reintegration-plan-domains-need = Ce dont j’ai besoin
ex-reintegration-plan-domains-have = Ce que j’ai déjà
ex-reintegration-plan-domains-who-helps = Qui peut aider, là-bas ou ici
ex-reintegration-plan-first-months = Que ferez-vous pendant vos trois premiers mois après l’arrivée, étape par étape ?
ex-reintegration-plan-first-months-help = Écrivez les étapes dans l’ordre où vous voulez les faire : par exemple où vous dormirez les premières nuits, qui vous irez voir, où vous demanderez du travail ou une école. Déplacez-les vers le haut ou vers le bas jusqu’à ce que l’ordre vous convienne.
ex-reintegration-plan-partner-questions = Que voulez-vous demander au partenaire de retour ?
ex-reintegration-plan-worries = Qu’est-ce qui vous inquiète encore dans le retour, et qu’est-ce qui pourrait aider ?
