# Hoe de begeleider te zien krijgt dat de teksten van een taal een ontwerpvertaling zijn, die
# nog geen moedertaalspreker heeft nagelezen (de bestanden zeggen "### review: draft").

translation-draft-option = { $name } (ontwerpvertaling)
translation-draft-note = De teksten in { $name } zijn een ontwerpvertaling: nog geen moedertaalspreker heeft ze nagelezen. Leest iets vreemd, vraag het dan na bij de persoon of een tolk.
