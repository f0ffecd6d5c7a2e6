# How the counsellor is told that a language's texts are a draft translation, which no
# native speaker has reviewed yet (its files say "### review: draft").

translation-draft-option = { $name } (draft translation)
translation-draft-note = The { $name } texts are a draft translation: no native speaker has checked them yet. If something reads oddly, check it with the person or an interpreter.
