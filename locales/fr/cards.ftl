# Fiches d’information sur les pistes de séjour (assets/content/cards/*.toml), leurs intertitres et
# leurs sources, et les besoins de base partagés par plusieurs exercices.
# Deux volets : les parties « overview » sont ouvertes et sans engagement, pour qui n’a pas décidé ;
# les parties « details » sont pratiques, pour qui a décidé. Informer, jamais convaincre.
# Faits tels que décrits dans l’étude source (vérifiés le 2016-03-31) ; l’organisation les adapte.
# Les faits juridiques généraux qui ne viennent pas de l’étude citent la source « general-law » et restent généraux.
# Chaque vue d’ensemble termine sa première partie par la même phrase : aucune piste n’est la seule.
# Un seul nom par piste dans tous les fichiers : Obtenir un droit de séjour, Migrer vers un autre pays, Retour, Rester sans papiers.

## Besoins de base (libellés partagés)

need-safety = Sécurité
need-living = De quoi vivre
need-people = Les gens autour de moi
need-health = Soins de santé
need-self = Décider par moi-même
need-school = École pour les enfants

## Intertitres (partagés par toutes les fiches)

card-section-what = Ce que cela veut dire
card-section-rights = Vos droits
card-section-risks = Risques
card-section-advice = Où trouver conseil
card-section-ways = Les voies vers un titre de séjour
card-section-procedure = La procédure
card-section-waiting = Pendant l’attente
card-section-rules = Les règles en Europe
card-section-conditions = Conditions
card-section-support = L’aide proposée
card-section-after = Après le retour
card-section-health = Soins de santé
card-section-school = École
card-section-work = Travail
card-section-detention = Contrôles et détention

## Sources

source-kuleuven-2016 = Nele Bossens et Eva Platteau, étude sur la notoriété et l’image du programme de retour volontaire auprès des migrants en séjour irrégulier et de leurs représentants (en néerlandais, « bekendheid en imago van vrijwillige terugkeer », avec un résumé en français), réalisée à la demande de Fedasil. KU Leuven, Faculté des sciences sociales, 2016.
source-fedasil-2015 = Fedasil, le programme de retour volontaire et ses critères d’accès tels qu’ils étaient en 2015, d’après l’étude de la KU Leuven.
source-general-law = Informations générales sur le droit belge et européen, qui ne viennent pas de l’étude de la KU Leuven : rédigées en termes généraux par l’équipe d’Avenir. Un conseiller juridique vous dit ce qui s’applique à vous.

## Obtenir un droit de séjour

card-legalise-title = Obtenir un droit de séjour
card-legalise-summary = Chercher un droit légal de rester en Belgique.
card-legalise-overview-what = Obtenir un droit de séjour, c’est demander aux autorités belges le droit de rester en Belgique. Il existe plusieurs procédures, chacune avec ses propres conditions. Qu’une d’entre elles convienne ou non dépend de votre situation personnelle. Les papiers peuvent être un moyen de construire votre avenir. Cette piste n’est pas la seule ; regarder d’autres pistes en même temps, ce n’est pas abandonner.
card-legalise-overview-rights = Certaines procédures vous donnent un document provisoire ou un accueil pendant l’attente, d’autres non. Vous avez droit à un avocat, gratuitement ou à faible coût si vos revenus sont bas. Quelle que soit votre situation, vos enfants peuvent aller à l’école. Et dans la plupart des situations, si vous ne pouvez pas payer vous-même vos soins, vous pouvez recevoir l’aide médicale urgente.
card-legalise-overview-risks = Les procédures peuvent être longues, et leur issue est incertaine. Un refus peut s’accompagner d’un ordre de quitter le territoire. Certaines procédures coûtent de l’argent ou demandent des documents difficiles à obtenir. Méfiez-vous de toute personne qui promet des papiers contre de l’argent.
card-legalise-overview-advice = Demandez à un conseiller juridique indépendant ou à un avocat quelles sont vos chances, avant de commencer et pendant l’attente. Une ONG qui soutient les personnes sans papiers peut vous expliquer les procédures et vous aider à trouver un avocat. Un bon conseiller parle honnêtement de vos chances et des autres pistes.
card-legalise-details-ways = Les principales voies sont l’asile (protection internationale), la régularisation pour raisons humanitaires (9bis), la régularisation pour raisons médicales en cas de maladie grave (9ter), et le regroupement familial. Les victimes de traite des êtres humains ou d’exploitation grave ont une procédure spéciale, avec l’aide d’un centre spécialisé (Payoke à Anvers, PAG-ASA à Bruxelles, Sürya à Liège). Un permis pour le travail ou les études doit en général être demandé depuis l’étranger. Chaque voie a des conditions strictes. Votre conseiller peut vous dire laquelle, s’il y en a une, correspond à votre situation.
card-legalise-details-procedure = La plupart des demandes sont tranchées par l’Office des étrangers ; les demandes d’asile sont examinées par le Commissariat général aux réfugiés et aux apatrides (CGRA). Il faut en général des documents d’identité, et pour une régularisation une adresse où vous habitez réellement. Certaines demandes sont payantes. Contre un refus, vous pouvez souvent introduire un recours auprès du Conseil du contentieux des étrangers (CCE), dans un délai court. Un recours ne suspend pas toujours un ordre de quitter le territoire : demandez à votre avocat si c’est le cas pour le vôtre. Gardez une copie de chaque courrier et notez chaque date.
card-legalise-details-waiting = L’attente peut durer des mois, voire des années. Pendant certaines procédures, vous avez un document provisoire ou un accueil ; pendant d’autres, vous restez sans papiers, avec des droits de base comme l’aide médicale urgente et l’école pour les enfants. Utilisez aussi ce temps pour vous : une langue, une formation, les personnes autour de vous. Regarder d’autres pistes pendant l’attente, ce n’est pas abandonner.
card-legalise-details-advice = Un avocat s’occupe de votre dossier ; demandez au bureau d’aide juridique (BAJ) du barreau (au palais de justice) si vous pouvez en avoir un gratuitement. Une ONG ou une permanence juridique peut donner un deuxième avis et expliquer les courriers que vous recevez. Demandez à votre conseiller ce qui se passe si la réponse est non, et quelles possibilités vous auriez alors.

## Migrer vers un autre pays

card-onward-title = Migrer vers un autre pays
card-onward-summary = Poursuivre le voyage vers un autre pays.
card-onward-overview-what = Migrer vers un autre pays, c’est essayer de construire votre avenir ailleurs qu’en Belgique ou dans votre pays d’origine. Certaines personnes y ont de la famille, parlent la langue ou espèrent y trouver de meilleures chances. Ce sont alors les règles de ce pays qui s’appliquent à vous. Cette piste n’est pas la seule ; regarder d’autres pistes en même temps, ce n’est pas abandonner.
card-onward-overview-rights = Vos droits dépendent du pays et de votre situation de séjour là-bas. Sans titre de séjour, vos droits y sont en général aussi limités qu’en Belgique sans papiers. Un droit de séjour dans un pays européen ne vous donne pas le droit de vivre dans un autre.
card-onward-overview-risks = Voyager sans les bons documents comporte des risques : la police peut vous arrêter à une frontière, vous placer en détention ou vous renvoyer. Les passeurs coûtent cher et peuvent être dangereux. Selon les règles européennes sur l’asile, un autre pays peut vous renvoyer vers le pays responsable de votre demande. Vous devrez peut-être tout recommencer à zéro.
card-onward-overview-advice = Avant de partir, demandez à un conseiller juridique indépendant quelles règles s’appliquent dans le pays auquel vous pensez, et comment vos procédures passées influencent vos chances là-bas. Une ONG qui travaille avec des migrants peut vous aider à trouver des informations fiables et des organisations dans ce pays.
card-onward-details-rules = Dans l’espace Schengen, il y a peu de contrôles aux frontières, mais pour vivre et travailler dans un pays, il faut y avoir un droit de séjour. Les règles de Dublin déterminent quel pays européen traite une demande d’asile ; c’est souvent le premier pays d’entrée en Europe ou le pays de la première demande d’asile. Les empreintes digitales prises lors d’une procédure d’asile sont partagées entre les pays européens. Ceci décrit les règles de Dublin telles qu’elles étaient en 2016. Le pacte européen sur la migration et l’asile, adopté en 2024 et appliqué depuis juin 2026, change ces règles : demandez à un conseiller juridique ce qui s’applique à vous aujourd’hui.
card-onward-details-conditions = Dans certains cas, il existe une voie légale : le regroupement familial avec un membre de la famille qui vit légalement dans un autre pays, un permis de travail ou un visa d’études. Ils doivent en général être demandés depuis l’extérieur de ce pays et exigent des documents, des revenus ou une offre d’emploi. Votre conseiller peut vérifier si l’une de ces voies vous est ouverte.
card-onward-details-risks = Si la police vous arrête sans droit de séjour, elle peut vous placer en détention et vous renvoyer vers la Belgique ou vers votre pays d’origine. Les routes dangereuses et les passeurs mettent en jeu votre sécurité et votre argent. Vous laisseriez aussi derrière vous l’aide que vous avez en Belgique, comme un médecin, une école ou un accompagnateur.
card-onward-details-advice = Un conseiller juridique indépendant ou un avocat peut vous expliquer les règles européennes sur l’asile qui s’appliquent aujourd’hui et ce qu’elles signifient pour vous. Une ONG ou une association de migrants peut vous mettre en contact avec des organisations fiables dans l’autre pays. Méfiez-vous des conseils de personnes qui gagnent de l’argent avec votre voyage.

## Retour

card-return-title = Retour
card-return-summary = Retourner dans votre pays d’origine, avec ou sans l’aide du programme de retour volontaire.
card-return-overview-what = Le retour, c’est rentrer dans votre pays d’origine, si vous le choisissez. Vous pouvez voyager par vos propres moyens, ou avec le programme belge de retour volontaire, qui organise et paie le voyage et peut ensuite apporter une certaine aide. Demander des informations ne vous engage à rien. Cette piste n’est pas la seule ; regarder d’autres pistes en même temps, ce n’est pas abandonner.
card-return-overview-rights = Le programme est volontaire : c’est vous qui décidez, et vous pouvez prendre le temps de réfléchir. Ce que vous pouvez recevoir dépend de votre situation : une aide pour le voyage, une prime de retour, et parfois un soutien pour prendre un nouveau départ. Un partenaire de retour vous explique ce qui s’applique à vous avant que vous décidiez.
card-return-overview-risks = Rentrer peut être difficile : la situation au pays a pu changer, et la famille peut avoir des attentes. L’aide est limitée et se donne surtout en nature, pas en argent liquide. Demandez si une interdiction d’entrée s’applique à votre situation, et ce qu’elle signifie si vous voulez revenir en Europe plus tard. Si vous craignez un danger dans votre pays, parlez d’abord à un conseiller juridique.
card-return-overview-advice = Un guichet retour ou un partenaire de retour, comme Caritas International ou l’OIM, vous explique le programme et ce qui s’applique à vous. Vous pouvez demander des informations sans donner votre nom, ou parler d’abord à une ONG ou à un intervenant en qui vous avez confiance, qui peut poser la question pour vous. Le programme de retour volontaire dépend de Fedasil ; ce n’est pas l’Office des étrangers, qui s’occupe du retour forcé. Si vous vous inscrivez, vous donnez votre nom et vos documents d’identité, car le voyage en a besoin : demandez au guichet retour qui reçoit vos données et à quoi elles servent. Parler du retour ne veut pas dire que vous avez décidé.
card-return-details-support = En 2015, le programme offrait : un voyage organisé et payé (avion ou bus), une aide pour obtenir les documents de voyage, un accompagnement au départ, en transit et à l’arrivée, le remboursement du trajet jusqu’à l’aéroport, et une prime de retour de 250 € par adulte (125 € par enfant quand elle s’applique ; pas pour les personnes de pays dont les ressortissants n’ont pas besoin de visa pour venir en Belgique). Selon votre situation s’y ajoutaient une aide à la réintégration de 700 € par adulte et 350 € par enfant, qu’un fonds européen pouvait augmenter de 1 500 € par dossier, et une aide supplémentaire pour les personnes vulnérables. L’aide à la réintégration était donnée en nature par un partenaire local après le retour, à utiliser dans les 12 mois, par exemple pour lancer une petite activité, suivre une formation ou louer un logement. Ce sont les montants de 2015 : un partenaire de retour confirme ce qui s’applique aujourd’hui.
card-return-details-conditions = En 2015, ce que vous pouviez recevoir dépendait de votre pays d’origine, de votre situation de séjour, de votre situation en Belgique et de votre vulnérabilité (par exemple une grossesse, des problèmes de santé, le fait d’être victime de traite des êtres humains, ou une famille avec enfants). L’aide au voyage était déjà ouverte à toute personne sans droit de séjour, et la prime à la plupart des nationalités. En juin 2015, les règles de l’aide à la réintégration ont été simplifiées : les demandeurs d’asile déboutés et les autres personnes dont la procédure était terminée et qui avaient un jour reçu un ordre de quitter le territoire pouvaient obtenir une aide à la réintégration, sans l’ancienne limite de 12 mois ; et les familles avec enfants mineurs sont considérées comme vulnérables, et ont donc en principe droit à l’aide à la réintégration, quel que soit leur statut. Les personnes qui n’ont jamais entamé de procédure en Belgique recevaient en principe seulement le voyage et la prime, avec des exceptions pour les personnes vulnérables. Un partenaire de retour vous dit ce qui s’applique à vous aujourd’hui.
card-return-details-after = Après votre arrivée, un partenaire local de l’OIM ou de Caritas vous aide à réaliser votre projet. L’aide n’est pas versée en liquide : le partenaire paie ce dont le projet a besoin, comme du matériel pour une petite activité, une formation, un loyer ou des frais médicaux, et elle doit en principe être utilisée dans les 12 mois. Le partenaire suit votre projet pendant environ un an. Parler avec des personnes déjà rentrées peut aider à se préparer.
card-return-details-advice = Pour vous inscrire, ou pour vérifier ce qui s’applique à vous, contactez un guichet retour ou un partenaire de retour, comme Caritas International, l’OIM ou une ONG ou un service social partenaire. Si une procédure est encore en cours, ou si vous craignez un danger au pays, parlez d’abord à un conseiller juridique indépendant ou à un avocat. Prenez le temps qu’il vous faut ; renseignez-vous sur une formation avant le départ et sur le suivi après le retour.

## Rester sans papiers

card-undocumented-title = Rester sans papiers
card-undocumented-summary = Rester en Belgique sans titre de séjour, pour le moment.
card-undocumented-overview-what = Rester sans papiers, c’est vivre en Belgique sans droit de séjour, pour un temps ou plus longtemps. Beaucoup de personnes vivent ainsi pendant qu’elles attendent, espèrent un changement ou cherchent une autre voie. C’est une situation avec quelques droits de base et de vraies limites. Cette piste n’est pas la seule ; regarder d’autres pistes en même temps, ce n’est pas abandonner.
card-undocumented-overview-rights = Même sans papiers, vous avez des droits. Si vous ne pouvez pas payer vous-même vos soins, vous pouvez en général recevoir l’aide médicale urgente par le CPAS de votre commune. Les enfants ont le droit d’aller à l’école. Vous avez droit à un avocat, et à un salaire pour le travail que vous avez fait.
card-undocumented-overview-risks = La vie sans papiers est souvent précaire : vous ne pouvez pas travailler légalement, les revenus et le logement sont instables, et certains employeurs ou propriétaires profitent des personnes sans papiers. Si la police contrôle votre identité, vous pouvez recevoir un ordre de quitter le territoire ou la police peut vous conduire dans un centre fermé. Des années d’attente peuvent épuiser ; en parler avec une personne de confiance peut aider.
card-undocumented-overview-advice = Une ONG qui soutient les personnes sans papiers peut vous expliquer vos droits et vous aider dans les démarches pratiques. Le CPAS de votre commune décide de l’aide médicale urgente. Un conseiller juridique indépendant ou un avocat peut vérifier si une procédure est possible pour vous.
card-undocumented-details-health = L’aide médicale urgente couvre bien plus que les urgences : elle peut comprendre un médecin, des médicaments et des soins à l’hôpital, pour prévenir les maladies comme pour les soigner. Vous la demandez au CPAS de la commune où vous habitez ; il examine votre situation, parfois par une visite à domicile, et un médecin confirme que les soins sont nécessaires. Une ONG médicale peut vous aider si le CPAS refuse votre demande ou si vous ne savez pas où aller.
card-undocumented-details-school = Tous les enfants qui vivent en Belgique, avec ou sans papiers, ont le droit d’aller à l’école, et l’instruction est obligatoire de 5 à 18 ans. Une école n’a pas besoin de papiers de séjour pour inscrire un enfant. Une ONG ou l’école elle-même peut aider pour l’inscription et pour les questions de frais.
card-undocumented-details-work = Sans titre de séjour, vous n’avez pas le droit de travailler. Les personnes qui travaillent quand même sont souvent mal payées ou traitées injustement, et un contrôle sur le lieu de travail peut mener à un ordre de quitter le territoire. Vous avez pourtant droit à un salaire pour le travail que vous avez fait. Un syndicat ou une ONG peut vous informer en toute confidentialité et vous aider à réclamer votre salaire.
card-undocumented-details-detention = La police peut contrôler votre identité. Si vous n’avez pas de droit de séjour, vous pouvez recevoir un ordre de quitter le territoire, et on peut vous garder dans un centre fermé pendant qu’un retour forcé est préparé. Vous avez droit à un avocat, aussi en centre fermé, et vous pouvez contester la décision. Gardez sur vous le nom et les coordonnées de votre avocat ou de votre conseiller.
card-undocumented-details-advice = Restez en contact avec un avocat ou un conseiller juridique en qui vous avez confiance. Une ONG peut aider pour l’aide médicale urgente, l’inscription à l’école et l’hébergement, et expliquer les courriers des autorités. Si le CPAS refuse l’aide médicale urgente, une ONG ou un avocat peut vous aider à contester la décision.
