# Transmettre le dossier d’une personne à une collègue : la carte de transmission de
# l’écran du coffre (votre identifiant de transmission, vos collègues, recevoir un fichier de
# transmission, le destinataire de secours de l’organisation), la fenêtre de transmission et la
# marque de transmission dans la vue d’ensemble d’une personne, et les textes des fenêtres de choix.

handover-heading = Transmettre des dossiers
handover-intro = Le dossier d’une personne peut passer à une collègue qui utilise aussi Avenir, sous la forme d’un seul fichier de transmission chiffré et signé, que vous remettez en main propre (sur une clé USB, par exemple). Il ne s’ouvre que dans l’Avenir de la collègue à qui il est destiné.
handover-fingerprint = Empreinte

## Votre identifiant de transmission.
handover-my-id-heading = Votre identifiant de transmission
handover-show-id = Afficher mon identifiant de transmission
handover-my-id-label = Votre identifiant de transmission (une ligne)
handover-my-fingerprint-label = Votre empreinte :
handover-my-id-explain = Donnez la ligne entière à votre collègue. Comparez ensuite l’empreinte avec elle, en personne ou par téléphone.

## Vos collègues.
handover-contacts-heading = Vos collègues
handover-contacts-none = Vous n’avez encore ajouté aucune collègue.
handover-contact-remove = Retirer
handover-contact-remove-label = Retirer { $name }
handover-remove-title = Retirer cette collègue ?
handover-remove-warning = Vous ne pourrez plus lui transmettre de dossiers ni recevoir ses fichiers de transmission, jusqu’à ce que vous l’ajoutiez de nouveau.
handover-remove-yes = Retirer
handover-remove-no = Garder
handover-add-heading = Ajouter une collègue
handover-add-explain = N’ajoutez une collègue qu’après avoir comparé l’empreinte avec elle, en personne ou par téléphone : c’est ainsi que vous savez que l’identifiant de transmission est bien le sien.
handover-contact-name-label = Nom
handover-contact-name-hint = Le nom qu’Avenir vous affiche pour elle, par exemple « Bea, bureau de Gand ».
handover-contact-id-label = Son identifiant de transmission
handover-contact-fingerprint-label = L’empreinte qu’elle vous lit
handover-contact-add = Ajouter
handover-contact-added = { $name } fait maintenant partie de vos collègues.

## Recevoir un dossier.
handover-receive-heading = Recevoir un dossier
handover-receive-explain = Choisissez le fichier de transmission qu’une collègue vous a remis. Vous voyez ce qu’il contient avant que quoi que ce soit ne soit ajouté.
handover-receive = Recevoir un dossier…
handover-checking = Vérification du fichier de transmission…
handover-preview-heading = Ce que contient ce fichier de transmission
handover-preview-sender = De
handover-preview-created = Créé le
handover-preview-code = Code de la personne
handover-preview-code-here = Le code { $code } est déjà utilisé dans votre coffre : cette personne sera ajoutée sous { $here }.
handover-preview-sessions = Entretiens
handover-preview-photos = Photos
handover-preview-journal = Positionnements du journal de décision
handover-preview-album = Pages de l’album
handover-preview-copy = Une copie : votre collègue garde aussi le dossier de la personne.
handover-preview-transfer = Une transmission : le dossier de votre collègue est effacé dès qu’elle tape le code de réception que vous lui lisez.
handover-import-confirm = Ajouter cette personne
handover-import-cancel = Annuler
handover-received-heading = La personne a été ajoutée à votre coffre sous { $code }.
handover-receipt-label = Code de réception :
handover-receipt-explain = Lisez ce code à votre collègue : pour une transmission, son exemplaire n’est effacé que lorsqu’elle le tape.
handover-open-client = Ouvrir le dossier
handover-received-done = Terminé

## Le destinataire de secours de l’organisation.
handover-escrow-heading = Destinataire de secours de l’organisation
handover-escrow-explain = Si votre organisation vous a donné l’identifiant de son destinataire de secours, chaque fichier de transmission sera aussi chiffré pour lui, afin que l’organisation puisse l’ouvrir en cas de besoin. Ne le définissez que sur indication de votre organisation.
handover-escrow-current-label = Destinataire de secours :
handover-escrow-none = aucun
handover-escrow-id-label = Identifiant du destinataire de secours
handover-escrow-fingerprint-label = Son empreinte
handover-escrow-set = Définir le destinataire de secours
handover-escrow-clear = Retirer le destinataire de secours

## Transmettre une personne, depuis sa vue d’ensemble.
handover-open = Transmettre…
handover-dialog-title = Transmettre ce dossier
handover-dialog-intro = Avenir écrit un seul fichier de transmission chiffré, qui ne s’ouvre que dans l’Avenir de la collègue que vous choisissez. Vous choisissez ensuite où l’enregistrer, par exemple sur une clé USB, et vous le lui remettez en main propre.
handover-loading = Chargement de vos collègues…
handover-no-contacts = Vous n’avez encore ajouté aucune collègue. Ajoutez-en d’abord une sous « Transmettre des dossiers », dans les Réglages plus bas sur cet écran.
handover-mode-legend = Copie ou transmission ?
handover-mode-copy = Copie
handover-mode-copy-explain = Vous gardez le dossier, marqué comme partagé avec votre collègue.
handover-mode-transfer = Transmission
handover-mode-transfer-explain = Le dossier reste ici, marqué « transmis », jusqu’à ce que vous tapiez le code de réception de votre collègue ; il est alors effacé ici.
handover-to-label = Collègue
handover-send = Enregistrer le fichier de transmission…
handover-dialog-cancel = Annuler
handover-sent = Le fichier de transmission a été enregistré sous { $file }. Remettez-le en main propre à { $contact }.

## La marque de la dernière transmission, dans la vue d’ensemble de la personne.
handover-mark-copy = Partagé avec { $contact } le { $date }.
handover-mark-transfer = Transmis à { $contact } le { $date } — en attente du code de réception.
handover-mark-transfer-explain = Quand votre collègue a ajouté la personne, son Avenir affiche un code de réception. Tapez le code qu’elle vous lit : c’est seulement alors que le dossier est effacé ici.
handover-receipt-input-label = Code de réception de votre collègue
handover-receipt-confirm = Confirmer et effacer ici
handover-cancel-transfer = Garder le dossier (annuler la transmission)
handover-erase-title = Effacer ce dossier de votre coffre ?
handover-erase-warning = Le code de réception montre que votre collègue a le dossier. Il va maintenant être effacé de ce coffre, avec ses entretiens, son journal de décision et son album. C’est irréversible.
handover-erase-yes = Effacer de ce coffre
handover-erase-no = Pas maintenant

## Les fenêtres de choix (demandées par le moteur).
handover-choose-save-title = Enregistrer le fichier de transmission
handover-choose-save-accept = Enregistrer
handover-choose-file-title = Choisir un fichier de transmission à recevoir
handover-received-mark-copy = Reçu de { $sender } le { $date } (une copie). Code de réception pour { $sender } : { $receipt }
handover-received-mark-transfer = Reçu de { $sender } le { $date } (une transmission). Lisez ce code de réception à { $sender } pour qu’elle puisse effacer son exemplaire : { $receipt }
