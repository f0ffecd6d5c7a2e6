# Exercices : les textes des fiches de travail de assets/content/exercises/*.toml.
# L’introduction (ex-<exercice>-intro) et les questions s’adressent à la personne (« vous ») ; le guide
# (ex-<exercice>-guide-…) est réservé à l’intervenant. Informer, oui ; convaincre, non.

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

## Quatre pistes côte à côte

ex-four-pathways-title = Quatre pistes côte à côte
ex-four-pathways-summary = Ce que vous savez et ne savez pas encore sur chaque piste : avantages, inconvénients, conditions et risques.
ex-four-pathways-intro = Il existe quatre pistes possibles : obtenir un droit de séjour, migrer vers un autre pays, retourner dans votre pays, ou rester en Belgique sans papiers. Ici, vous pouvez les mettre côte à côte et noter ce que vous savez de chacune. Vous n’avez rien à choisir aujourd’hui. Vous pouvez laisser une case vide, passer une partie ou arrêter quand vous voulez.
ex-four-pathways-guide-aim = Peser côte à côte les quatre pistes de séjour, avec une information objective sur le droit de séjour et sur la procédure de la personne elle-même, pour qu’elle voie les avantages, les inconvénients et les conséquences de chacune et arrive à son propre choix éclairé. La grille montre aussi ce qui reste inconnu et qui peut le vérifier.
ex-four-pathways-guide-introduce = Partez du motif de départ de la migration et des mots de la personne. Vous pouvez dire : « Chaque piste a de bons côtés et des côtés difficiles. Notons ce que vous savez déjà de chacune, et ce que vous aimeriez encore vérifier. » Remplissez la grille ensemble, sur plusieurs entretiens ; elle n’a jamais besoin d’être complète.
ex-four-pathways-guide-avoid = Pas pour orienter la personne vers une piste précise, ni sous la pression du temps, par exemple dans les derniers jours d’un ordre de quitter le territoire sans autre entretien prévu. Si vous ne pouvez pas donner vous-même une information juridique fiable, organisez d’abord une visite chez un conseiller juridique indépendant. Donnez à chaque piste la même attention et le même temps.
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
