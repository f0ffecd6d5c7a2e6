# Display settings of this computer: the text size and the high-contrast palette. Not secret:
# kept on this device, used before the vault is opened, and on the second screen too.

display-menu = Display
display-heading = Text size and contrast
display-hint = These settings stay on this computer. They apply before the vault is opened too, and on the second screen.
display-text-size = Text size
display-text-size-value = { $percent }%
display-high-contrast = High contrast
