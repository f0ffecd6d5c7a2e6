# Weergave-instellingen van deze computer: de tekstgrootte en het palet met hoog contrast. Niet
# geheim: bewaard op dit toestel, gebruikt voordat de kluis geopend is, en ook op het tweede scherm.

display-menu = Weergave
display-heading = Tekstgrootte en contrast
display-hint = Deze instellingen blijven op deze computer. Ze gelden ook voordat de kluis geopend is, en op het tweede scherm.
display-text-size = Tekstgrootte
display-text-size-value = { $percent }%
display-high-contrast = Hoog contrast
