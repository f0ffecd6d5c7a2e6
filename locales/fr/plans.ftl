## Plans de cours pour les séances de groupe (assets/content/plans). Les questions des thèmes s’affichent au mur.

plan-three-days-title = Cours de trois jours
plan-three-days-summary = Information le matin, discussion l’après-midi ; le troisième jour porte sur le retour et une prochaine étape.
plan-three-days-day-1 = Jour 1 : votre projet migratoire et les quatre pistes
plan-three-days-day-2 = Jour 2 : régulariser le séjour, migrer ailleurs, rester sans papiers
plan-three-days-day-3 = Jour 3 : le retour, et une prochaine étape
plan-one-session-title = Une séance de groupe
plan-one-session-summary = Environ trois heures : les quatre pistes côte à côte, et une prochaine étape.
plan-one-session-day-1 = La séance

plan-topic-welcome = Bienvenue
plan-topic-welcome-prompt = Ce groupe est un lieu sûr. Vous n’avez pas à donner votre nom. Rien de ce que vous dites ici n’est transmis aux autorités. Vous décidez de ce que vous partagez.
plan-topic-four-pathways = Quatre pistes possibles
plan-topic-four-pathways-prompt = Régulariser le séjour, migrer vers un autre pays, retourner dans le pays d’origine, rester sans papiers. Nous regardons les quatre, sans pression. C’est vous qui décidez.
plan-topic-what-weighs = Qu’est-ce qui pèse dans votre choix ?
plan-topic-what-weighs-prompt = Qu’est-ce qui compte le plus pour vous et votre famille ? Qu’est-ce qui rend une piste possible, ou impossible ?
plan-topic-questions = Vos questions
plan-topic-questions-prompt = Que voulez-vous encore savoir ? Quelles questions poser à un conseiller juridique ou à un autre service ?
plan-topic-closing = Regarder vers l’avenir
plan-topic-closing-prompt = Qu’emportez-vous de ce cours ? Quelle pourrait être votre prochaine petite étape ?
