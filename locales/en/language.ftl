# The language's own name, as shown in the language switcher.
language-name = English
