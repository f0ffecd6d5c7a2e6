# Comment l’accompagnateur apprend que les textes d’une langue sont une traduction provisoire,
# qu’aucun locuteur natif n’a encore relue (ses fichiers disent « ### review: draft »).

translation-draft-option = { $name } (traduction provisoire)
translation-draft-note = Les textes en { $name } sont une traduction provisoire : aucun locuteur natif ne les a encore relus. Si quelque chose sonne étrangement, vérifiez-le avec la personne ou un interprète.
