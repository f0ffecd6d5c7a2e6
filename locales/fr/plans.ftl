## Plans de cours pour les séances de groupe (assets/content/plans). Les questions des thèmes s’affichent au mur.

plan-three-days-title = Cours de trois jours
plan-three-days-summary = Information le matin, discussion l’après-midi, avec un repas de midi, du temps pour l’interprétation et des invités au choix ; le troisième jour, annoncé à l’avance, porte sur le retour et une prochaine étape.
plan-three-days-day-1 = Jour 1 : votre projet migratoire et les quatre pistes
plan-three-days-day-2 = Jour 2 : obtenir un droit de séjour, migrer vers un autre pays, rester sans papiers
plan-three-days-day-3 = Jour 3 : le retour, et une prochaine étape
plan-one-session-title = Une séance de groupe
plan-one-session-summary = Environ trois heures : les quatre pistes côte à côte, et une prochaine étape.
plan-one-session-day-1 = La séance

plan-topic-welcome = Bienvenue
plan-topic-welcome-prompt = Nous voulons que ce groupe soit un lieu sûr. Vous n’avez pas à donner votre nom. Nous, les organisateurs, ne transmettons jamais ce que vous dites à l’Office des étrangers ni à la police. Gardez pour vous ce que les autres disent ici. Vous décidez de ce que vous partagez.
plan-topic-four-pathways = Quatre pistes possibles
plan-topic-four-pathways-prompt = Obtenir un droit de séjour, migrer vers un autre pays, retourner dans votre pays d’origine, rester sans papiers. Nous regardons les quatre, sans pression. C’est vous qui décidez.
plan-topic-what-weighs = Qu’est-ce qui pèse dans votre choix ?
plan-topic-what-weighs-prompt = Qu’est-ce qui compte le plus pour vous et votre famille ? Qu’est-ce qui rend une piste possible, ou impossible ?
plan-topic-questions = Vos questions
plan-topic-questions-prompt = Que voulez-vous encore savoir ? Quelles questions poser à un conseiller juridique ou à un autre service ?
plan-topic-closing = Regarder vers l’avenir
plan-topic-closing-prompt = Qu’emportez-vous de ce cours ? Quelle pourrait être votre prochaine petite étape ?

## Invités (blocs au choix d’une formation). La question au mur dit de quoi parle l’invité.

plan-guest-legal-adviser = Un conseiller juridique
plan-guest-legal-adviser-prompt = Un conseiller juridique explique les procédures et répond aux questions sur les droits et les chances. Vous pouvez poser une question sans dire qu’elle vous concerne.
plan-guest-return-partner = Un partenaire de retour
plan-guest-return-partner-prompt = Une personne d’une organisation de retour explique le programme de retour volontaire et l’aide proposée. Poser des questions ne vous engage à rien, et vous n’avez pas à donner votre nom.
plan-guest-returnee = Une personne rentrée au pays
plan-guest-returnee-prompt = Une personne qui est rentrée dans son pays raconte sa propre histoire : ce qui a été difficile et ce qui l’a aidée. C’est l’expérience d’une seule personne, pas un conseil. Vous pouvez poser des questions ou simplement écouter.
