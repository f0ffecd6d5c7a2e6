# De sleutels van de kluis: de nieuwe wachtzin die nodig is na een ontgrendeling met de
# herstelsleutel, een nieuwe herstelsleutel, en een nieuwe sleutel voor de hele kluis.

## Een nieuwe wachtzin kiezen na de herstelsleutel

vault-reset-title = Kies een nieuwe wachtzin
vault-reset-current-intro = Typ om verder te gaan de wachtzin of de herstelsleutel waarmee u ontgrendelde.
vault-reset-submit = De nieuwe wachtzin bewaren
vault-reset-busy = De nieuwe wachtzin wordt bewaard. Dit kan enkele seconden duren…
vault-problem-current-recovery = Typ de herstelsleutel.

## De sleutels in de instellingen

vault-keys-heading = De sleutels van de kluis
vault-keys-current-intro = Typ eerst uw huidige wachtzin, of de herstelsleutel die u nu hebt.
vault-keys-recovery-heading = Een nieuwe herstelsleutel
vault-keys-recovery-intro = Bent u het blad met de herstelsleutel kwijt, of heeft iemand anders het misschien gezien? Maak een nieuwe herstelsleutel. De oude opent de kluis dan niet meer; uw wachtzin blijft dezelfde.
vault-keys-recovery-start = Een nieuwe herstelsleutel maken
vault-keys-recovery-submit = De nieuwe herstelsleutel maken
vault-keys-recovery-busy = De nieuwe herstelsleutel wordt gemaakt…
vault-keys-recovery-done = Dit is uw nieuwe herstelsleutel. Hij wordt alleen nu getoond. Uw oude herstelsleutel opent de kluis niet meer: vernietig het oude blad.
vault-keys-written-down = Ik heb hem opgeschreven
vault-keys-rekey-heading = Een nieuwe sleutel voor de kluis
vault-keys-rekey-intro = Doe dit als iemand uw wachtzin of uw herstelsleutel misschien heeft gezien, of bestanden van de kluis heeft gekopieerd. Avenir versleutelt al uw werk opnieuw met een nieuwe sleutel en geeft u een nieuwe herstelsleutel; de oude herstelsleutel opent de kluis dan niet meer. Met veel foto’s kan dit enkele minuten duren.
vault-keys-rekey-start = De kluis een nieuwe sleutel geven
vault-keys-rekey-keeps-passphrase = Uw wachtzin blijft dezelfde.
vault-keys-rekey-needs-passphrase = U gebruikt de herstelsleutel: kies dan ook een nieuwe wachtzin.
vault-keys-rekey-submit = De kluis nu een nieuwe sleutel geven
vault-keys-rekey-busy = De kluis krijgt een nieuwe sleutel. Laat Avenir open tot het klaar is… Vergrendelt Avenir intussen, dan verandert er niets: begin later opnieuw.
vault-keys-rekey-progress = { $percent }% klaar
vault-keys-rekey-done = Klaar: de kluis heeft een nieuwe sleutel. Hieronder staat uw nieuwe herstelsleutel; hij wordt alleen nu getoond.
vault-keys-backup-no-folder = Er is nog geen map voor back-ups gekozen. Kies er een bij “Back-ups” in de instellingen, en maak daar een back-up.
vault-keys-backup-done = De nieuwe back-up is gemaakt en getest.
