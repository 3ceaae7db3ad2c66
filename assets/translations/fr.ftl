# Les textes français de Tandem. Mêmes identifiants et variables que en.ftl.

## Dates

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day } { $month } { $year }
date-no-such-day = Le { $date } n’existe pas : ce mois compte { $days } jours.
date-no-such-month = Il n’y a pas de mois { $month } : les mois vont de 01 à 12.

## Answers, as the kiosk, the phones and the exports name them

function-sales = Ventes
function-product = Produit
scale-1 = pas du tout d'accord
scale-2 = pas d'accord
scale-3 = neutre
scale-4 = d'accord
scale-5 = tout à fait d'accord
skip = Passer
skipped = passée
none = aucune
button-back = Retour
button-next = Suivant
button-submit = Envoyer

## The phone pages of room mode

phone-language = Langue
phone-step = Étape { $number } sur { $total }
phone-team-title = Dans quelle équipe êtes-vous ?
phone-welcome = Bienvenue ! Vos réponses sont anonymes : aucun nom, aucun appareil, aucune heure n'est conservée.
phone-choose-one = Choisissez une réponse
phone-choose-any = Choisissez-en autant que vous voulez, ou aucune
phone-comments-title = Quelque chose à ajouter ? (facultatif)
phone-comments-note = Les commentaires sont montrés à la salle regroupés et mélangés, sans le nom de votre équipe. Évitez les détails qui permettent de vous reconnaître.
phone-review-title = Vérifiez vos réponses
phone-review-team = Équipe
phone-review-relationship = Relation
phone-review-sources = Sources de friction
phone-review-note = Une fois envoyées, vos réponses ne peuvent plus être modifiées ni revues sur ce téléphone.
phone-hint-team = Choisissez votre équipe.
phone-hint-relationship = Choisissez une réponse pour continuer.
phone-hint-statements = { $count ->
    [one] Une affirmation n'a pas encore de réponse : notez-la, ou choisissez Passer.
   *[other] { $count } affirmations n'ont pas encore de réponse : notez chacune, ou choisissez Passer.
}
phone-hint-send-again = Cette page était ouverte depuis longtemps : la salle l'a renouvelée. Vos réponses sont conservées : appuyez encore une fois sur Envoyer.
phone-thanks-title = Merci ! Vos réponses sont enregistrées.
phone-thanks-text = Vous pouvez fermer cette page. L'animateur ou l'animatrice montrera les résultats à la salle.
phone-answered-title = Vous avez déjà répondu
phone-answered-text = Les réponses de ce téléphone sont enregistrées, et chaque téléphone répond une fois. Merci ! Vous pouvez fermer cette page.
phone-start-again = Recommencer
phone-full-title = La salle est pleine
phone-full-text = Cette salle n'accepte plus de téléphones. Adressez-vous à l'animation.
phone-not-form-title = Cette page n'accepte que les réponses de son propre formulaire
phone-not-form-text = Recommencez depuis le lien.
phone-too-long-title = Votre réponse est trop longue
phone-too-long-text = Raccourcissez vos commentaires et réessayez.
phone-comment-too-long-text = Chaque commentaire tient en 2 000 caractères au plus. Revenez en arrière, raccourcissez-le et renvoyez votre réponse : rien n’a encore été compté.
phone-too-slow-title = Votre réponse a mis trop de temps à arriver
phone-too-slow-text = La connexion est lente. Réessayez.
phone-expired-title = Cette page a expiré
phone-expired-text = Votre navigateur n'a pas renvoyé le bulletin de cette salle : il ne garde peut-être pas les cookies, ou la salle a été rouverte. Ouvrez à nouveau le lien.
phone-refused-title = Cette réponse ne peut pas être comptée
phone-refused-text = Quelque chose ne va pas : { $why }. Rien n'a été compté.
phone-refused-incomplete = la réponse n'indique pas d'équipe, ou pas de réponse à la question sur la relation
phone-refused-damaged = la réponse est arrivée abîmée
phone-refused-foreign = la réponse ne vient pas des pages de cette salle
phone-refused-does-not-fit = la réponse ne correspond pas aux questions de cet atelier
phone-not-saved-title = Votre réponse n'a pas été enregistrée
phone-not-saved-text = L'ordinateur n'a pas pu l'enregistrer ({ $reason }), elle n'a donc pas été comptée. Revenez en arrière et appuyez de nouveau sur Envoyer dans un instant, ou prévenez l'animation.
phone-reason-closed = la salle a été fermée
phone-reason-late = l'ordinateur n'a pas répondu à temps
phone-reason-not-written = le fichier de l'atelier n'a pas pu être écrit
phone-reason-workshop-closed = l'atelier a été fermé avant l'arrivée de vos réponses
phone-reason-refused = l'atelier n'accepte plus cette réponse (ses questions ont changé)

## kiosk, setup, capture, room and the app's frame

stage-setup = Préparation
stage-framing = Cadrage
stage-capture = Collecte
stage-reveal = Résultats
stage-diagnose = Diagnostic
stage-agree = Accords
stage-close = Clôture
stage-time-left = ⏱ encore { $time }
stage-time-over = ⏱ dépassé de { $time }
kiosk-anonymous = Vos réponses sont anonymes : ni nom, ni appareil, ni heure ne sont conservés.
kiosk-facilitator = Animation
kiosk-back = ⬅ Retour
kiosk-next = Suivant ➡
kiosk-to-review = Vérifier ➡
kiosk-choose-or-skip = Choisissez une réponse, ou passez cette affirmation.
kiosk-submit = Envoyer mes réponses
kiosk-welcome = Bienvenue ! Dans quelle équipe êtes-vous ?
kiosk-statement-of = Affirmation { $number } sur { $total }
kiosk-skip-choice = Passer : je ne peux pas en juger
kiosk-skip-name = { $statement } — passer
kiosk-pass-on = Merci de passer l'ordinateur à la personne suivante.
kiosk-next-participant = Je suis la personne suivante
kiosk-not-saved = Vos réponses n'ont pas pu être enregistrées. Merci d'appeler l'animateur ou l'animatrice ; vos réponses sont toujours là.
kiosk-review-team = Équipe : { $team }
kiosk-review-relationship = Relation : { $answer }
kiosk-review-skipped = { $skipped ->
    [one] Vous avez passé { $skipped } affirmation sur { $total } : les affirmations passées ne comptent pas.
   *[other] Vous avez passé { $skipped } affirmations sur { $total } : les affirmations passées ne comptent pas.
}
kiosk-not-answered = sans réponse
kiosk-rate-now = Répondre maintenant
kiosk-rate-now-name = Répondre maintenant : { $statement }
kiosk-review-sources = Sources de friction : { $sources }
kiosk-review-comment = { $prompt } { $comment }
kiosk-unlock-title = Animation : saisissez votre code PIN pour quitter le mode participant
kiosk-pin = Code PIN
kiosk-wrong-pins = { $count ->
    [one] Un code PIN erroné. Vous pourrez réessayer dans { $seconds } s.
   *[other] { $count } codes PIN erronés. Vous pourrez réessayer dans { $seconds } s.
}
kiosk-wrong-pin = Code PIN erroné.
kiosk-unlock = Déverrouiller
setup-title = Titre
setup-title-hint = Alignement Ventes & Produit, T3
setup-title-missing = Donnez un titre à l'atelier, pour le retrouver ensuite.
setup-organisation = Organisation ou équipe
setup-date = Date
setup-date-hint = AAAA-MM-JJ
setup-date-invalid = Écrivez la date sous la forme AAAA-MM-JJ ; la date reste le { $date }.
setup-date-impossible = { $reason } La date reste le { $date }.
setup-file = Fichier : { $file }
setup-facilitator = Animation
setup-facilitator-hint = Votre nom
setup-language = Les participants répondent, et la synthèse est rédigée, en
setup-built-in-rules = Les règles intégrées sont utilisées à la place.
setup-next = Suivant : Cadrage ➡
setup-expected-sales = Participants attendus (Ventes)
setup-expected-product = Participants attendus (Produit)
setup-floor = Seuil d'anonymat (réponses par fonction)
setup-floor-note = Aucun résultat n'est affiché tant que chaque fonction n'a pas au moins ce nombre de réponses. Il ne descend jamais sous 3.
setup-floor-unreachable-sales = { $expected ->
    [one] Ventes : une seule personne attendue, moins que le seuil de { $floor } : les résultats ne s'afficheraient jamais.
   *[other] Ventes : seulement { $expected } participants attendus, moins que le seuil de { $floor } : les résultats ne s'afficheraient jamais.
}
setup-floor-unreachable-product = { $expected ->
    [one] Produit : une seule personne attendue, moins que le seuil de { $floor } : les résultats ne s'afficheraient jamais.
   *[other] Produit : seulement { $expected } participants attendus, moins que le seuil de { $floor } : les résultats ne s'afficheraient jamais.
}
setup-questionnaire = { $count ->
    [one] Questionnaire : { $name } ({ $count } affirmation)
   *[other] Questionnaire : { $name } ({ $count } affirmations)
}
setup-questionnaire-file = Fichier de questionnaire…
setup-default-questionnaire = Questionnaire par défaut
setup-questionnaire-fixed = Le questionnaire est figé dès que des réponses sont arrivées.
setup-rules = { $count ->
    [one] Règles : { $name } ({ $count } règle, { $source })
   *[other] Règles : { $name } ({ $count } règles, { $source })
}
setup-rules-built-in = intégrées
setup-rules-file = Fichier de règles…
setup-default-rules = Règles par défaut
setup-time-boxes = Durées (minutes ; 0 pour aucune)
capture-intro = Chacun répond seul et anonymement : sur son téléphone, ou sur cet ordinateur.
capture-responses = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
capture-responses-of-expected = { $count ->
    [one] { $count } réponse sur { $expected } attendues
   *[other] { $count } réponses sur { $expected } attendues
}
capture-held-until = { $count ->
    [one] 1 retenue jusqu'à ce que { $floor } soient arrivées
   *[other] { $count } retenues jusqu'à ce que { $floor } soient arrivées
}
capture-floor-reached = ✔ seuil atteint
capture-more-needed = encore { $count } avant que les résultats puissent être affichés
capture-over-headcount-sales = Ventes : { $given } réponses, mais { $expected } personnes attendues : vérifiez l'effectif (une réponse par téléphone repose sur un cookie).
capture-over-headcount-product = Produit : { $given } réponses, mais { $expected } personnes attendues : vérifiez l'effectif (une réponse par téléphone repose sur un cookie).
capture-survey-title = Réponses d'une enquête
capture-survey-text = Importez les réponses d'un questionnaire envoyé avant l'atelier : un fichier CSV ou Excel tel que Google Forms, Microsoft Forms, Typeform ou SurveyMonkey l'exportent. Les noms, adresses e-mail et horaires qu'il contient sont écartés, jamais enregistrés. Un fichier contenant une seule ligne incorrecte est refusé en entier.
capture-import = Importer des réponses depuis un CSV…
capture-next = Suivant : Résultats ➡
capture-participant-title = Mode participant
capture-participant-text = Les participants répondent un par un sur cet ordinateur. Choisissez un code PIN : il faut le saisir pour quitter le mode participant, si bien que les participants n'accèdent jamais aux résultats ni aux autres réponses.
capture-pin = Code PIN de l'animation
capture-pin-rules = Au moins { $digits } chiffres, uniquement des chiffres.
capture-pin-problem = Choisissez un code PIN d'au moins { $digits } chiffres (uniquement des chiffres).
capture-pin-again = Confirmer le code PIN
capture-pin-mismatch = Les deux codes PIN diffèrent : saisissez le même code dans les deux champs.
capture-pin-again-missing = Saisissez le code PIN une seconde fois pour le confirmer.
capture-start-participant = Lancer le mode participant…
capture-projector-title = Un projecteur affiche-t-il cet écran ?
capture-projector-risk = En mode participant, chacun répond sur cet ordinateur. Si un projecteur reproduit cet écran, la salle voit les réponses de chaque personne au moment où elle les donne.
capture-projector-advice = Masquez ou éteignez le projecteur (ou affichez-y un autre écran) avant de commencer. Ou utilisez plutôt le mode salle : chacun répond sur son propre téléphone, et le projecteur n'affiche que le code et les décomptes.
capture-projector-start = Aucun projecteur ne l'affiche : lancer
capture-use-room = Utiliser plutôt le mode salle
room-title = Répondre depuis les téléphones
room-intro = Tout le monde répond en même temps dans le navigateur de son téléphone, sur le réseau de cette salle : pas d'application, pas de compte, rien ne sort de la salle.
room-network = Réseau
room-no-network-found = aucun réseau trouvé
room-network-choice = { $name } — { $address } ({ $kind })
room-kind-network = réseau
room-kind-vpn = VPN
room-kind-container = conteneur / machine virtuelle
room-kind-loopback = cet ordinateur seulement
room-look-again = Chercher à nouveau les réseaux
room-kept-missing = Le réseau utilisé la dernière fois par cet atelier ({ $address }) n'est pas disponible : le réseau par défaut est choisi à la place.
room-unreachable = Les téléphones de la salle ne peuvent pas atteindre ce réseau : choisissez le Wi-Fi de la salle.
room-loopback-only = Sur ce réseau, seul cet ordinateur peut ouvrir la salle.
room-open = Ouvrir la salle
room-scan = Scannez le code, ou ouvrez cette adresse :
room-same-wifi = Même Wi-Fi que cet ordinateur. Chaque téléphone répond une fois ; personne ne voit les réponses des autres.
room-present = Présenter
room-close = Fermer la salle
room-leave-home = Fermer la salle et l'atelier
room-still-open = La salle est encore ouverte
room-still-open-line = { $count ->
    [one] La salle est ouverte : les téléphones peuvent encore répondre à { $address } (1 réponse jusqu'ici).
   *[other] La salle est ouverte : les téléphones peuvent encore répondre à { $address } ({ $count } réponses jusqu'ici).
}
room-leave-warning = Fermer l'atelier ferme la salle : les téléphones qui n'ont pas encore appuyé sur Envoyer perdent leurs réponses, et le code à l'écran cesse de fonctionner.
room-stay = Garder l'atelier ouvert
room-present-title = Répondez sur votre téléphone
room-present-held = { $count ->
    [one] Une réponse est arrivée après l'affichage des résultats : elle est enregistrée, et comptée dès que son équipe a envoyé assez de réponses pour qu'elle reste anonyme.
   *[other] { $count } réponses sont arrivées après l'affichage des résultats : elles sont enregistrées, et comptées dès que leur équipe a envoyé assez de réponses pour qu'elles restent anonymes.
}
room-no-network = Aucun réseau sur lequel ouvrir la salle. Rejoignez le Wi-Fi de la salle (ou activez le point d'accès de l'ordinateur), puis cherchez à nouveau les réseaux.
room-no-code = Impossible de dessiner l'adresse d'accès en code QR : { $error }
room-answer-not-counted = Une réponse d'un téléphone n'a pas été comptée : { $error }

## Mode salle et système d’exploitation : son pare-feu, le Wi-Fi invité

room-firewall = La première fois qu’une salle s’ouvre, Windows ou macOS peut demander si Tandem peut accepter des connexions entrantes. Autorisez-le sur les réseaux privés : c’est ainsi que les téléphones atteignent cet ordinateur.
room-guest-wifi = Un Wi-Fi invité isole souvent les appareils les uns des autres. Si les téléphones n’arrivent pas à ouvrir l’adresse, utilisez le point d’accès d’un téléphone ou de cet ordinateur.

app-back = ⬅ Retour
app-home = ⬅ Accueil
app-save = Enregistrer
app-unsaved = modifications non enregistrées
app-saved = enregistré
app-dark-theme = Thème sombre
app-presentation = ⛶ Mode présentation (F11)
app-close-title = Enregistrer les modifications avant de fermer ?
app-close-text = L'atelier a des modifications qui ne sont pas encore dans son fichier.
app-save-and-close = Enregistrer et fermer
app-discard-and-close = Abandonner et fermer
app-cancel = Annuler
app-dismiss = Fermer
app-path-save-as = Enregistrer sous (un nom libre dans le dossier des ateliers ; modifiez-le si vous le souhaitez)
app-path-save-here = Enregistrer ici
app-path-open-as = Chemin du fichier (saisissez-le ou collez-le)
app-path-open = Ouvrir ce fichier
app-markdown-copied = La synthèse Markdown est dans le presse-papiers.
app-recovery-not-removed = Impossible de supprimer le fichier de récupération : { $error }
app-recovery-found = Des modifications non enregistrées d’une session précédente se trouvent dans { $path } : { $parts }.
app-recovery-restore = Les restaurer
app-recovery-discard = Les abandonner
app-untitled = Atelier sans titre
app-file-not-named = Impossible de nommer le fichier d’après l’atelier : { $error }
app-old-file-kept = L’atelier est maintenant dans { $path } ; son ancien fichier { $old } n’a pas pu être supprimé : { $error }
app-folder-not-created = Impossible de créer le dossier des ateliers { $folder } : { $error }
app-compare-two = Choisissez au moins deux ateliers à comparer.
app-compare-locked = « { $title } » est en mode participant : ouvrez-le et déverrouillez-le avec le code PIN avant de le comparer.
app-compare-built-in-rules = { $error } ; comparé avec les règles intégrées.
app-participant-needs-save = { $error }. Le mode participant a besoin d'un atelier qui peut être enregistré.
app-participant-no-random = Le mode participant n'a pas démarré : le système d'exploitation n'a pas fourni de nombres aléatoires ({ $error }), et le verrou par PIN en a besoin.
app-saved-path = { $path } enregistré
app-still-open = { $error }. L'atelier reste ouvert avec toutes ses modifications.
app-stays-open = { $error }. L'atelier reste ouvert avec toutes ses modifications.
app-no-dialog = Impossible d'ouvrir une boîte de dialogue de fichier : { $error }.
app-dialog-silent = La boîte de dialogue de fichier ne répond plus depuis { $seconds } secondes. Si elle est ouverte derrière cette fenêtre, vous pouvez toujours l'utiliser. Si aucune n'est apparue, ce bureau ne peut pas en afficher : installer xdg-desktop-portal avec un backend tel que xdg-desktop-portal-gtk (ou le programme zenity) fait fonctionner les boîtes de dialogue.
app-exporting = Export en cours : { $format }…
app-exporting-comparison = Export de la comparaison en cours…
app-export-failed = Impossible d'exporter : { $error }
app-exported = { $path } exporté

## À propos de Tandem : version, licence, où sont gardés les ateliers, l’étude

app-about = À propos
about-title = À propos de Tandem
about-version = Version { $version }
about-licence = Licence : { $licence }. Tandem est un logiciel libre.
about-folder = Les ateliers sont gardés dans ce dossier, chacun dans un fichier .ron :
about-study-title = D’où vient la question
about-study = Actuation Consulting, Study of Product Team Performance, 2014. L’étude demandait aux équipes produit : « Comment décririez-vous la relation entre l’organisation commerciale et l’équipe produit ? » (traduit de l’anglais). Plus d’un quart d’entre elles (26,59 %) ont répondu : une friction importante ou constante. Tandem pose la même question aux deux équipes, ventes comme produit.
about-close = Fermer

## exports, sentences, comparison report and command line

words-quoted = « { $text } »
words-metric-respondents = le nombre de répondants
words-metric-share = la part ayant répondu { $answer }
words-metric-aligned-share = la part décrivant peu de friction ou une friction occasionnelle
words-metric-dysfunction-share = la part décrivant une friction importante ou constante
words-metric-friction-level = le niveau moyen de friction (0 à 3)
words-metric-mean = la moyenne pour { $statement }
words-metric-spread = la dispersion des notes pour { $statement }
words-metric-spillover = la part notant à la fois { $debate } et { $personal } 4 ou plus (parmi ceux qui ont noté les deux)
words-metric-source-share = la part citant { $source }
words-metric-perception-gap = l'écart de perception (niveau moyen de friction des Ventes moins celui du Produit)
words-metric-statement-gap = l'écart sur { $statement } (moyenne des Ventes moins celle du Produit)
words-subject-overall = { $metric }
words-subject-sales = { $metric } (Ventes)
words-subject-product = { $metric } (Produit)
words-percentage-points = { $points } points de pourcentage
words-sentence-at-or-above = { $subject } vaut { $value }, soit au moins { $threshold }
words-sentence-at-or-below = { $subject } vaut { $value }, soit au plus { $threshold }
words-sentence-above = { $subject } vaut { $value }, soit plus de { $threshold }
words-sentence-below = { $subject } vaut { $value }, soit moins de { $threshold }
words-sentence-just-below = { $subject } vaut { $value }, juste en dessous de { $threshold }
words-sentence-just-above = { $subject } vaut { $value }, juste au-dessus de { $threshold }
words-no-value = { $subject } n'a pas de valeur : pas assez de réponses
words-part-holds = { $sentence } : cette partie est remplie
words-distance-at-least = { $subject } vaut { $value } ; la règle se déclenche à partir de { $threshold } — { $away }
words-distance-at-most = { $subject } vaut { $value } ; la règle se déclenche à { $threshold } ou moins — { $away }
words-distance-above = { $subject } vaut { $value } ; la règle se déclenche au-dessus de { $threshold } — { $away }
words-distance-below = { $subject } vaut { $value } ; la règle se déclenche en dessous de { $threshold } — { $away }
words-away = il manque { $distance }
words-just-short = il s'en faut de peu
words-evidence-together = Tous ces points ensemble :
words-evidence-each = Chacun de ces points suffit à lui seul :
stability-one-of = une réponse sur { $answers }
stability-any-of-all = n'importe laquelle des { $answers } réponses
stability-any-of-some = n'importe laquelle de { $changes } des { $answers } réponses
stability-unchecked = ne peut pas être vérifié en retirant une réponse : avec une réponse de moins, une équipe passerait sous le seuil d'anonymat
stability-holds = tient, quelle que soit la personne laissée de côté
stability-one-decides = la réponse d’une seule personne en décide
stability-verdict-changes = il changerait si { $which } était retirée : traitez-le comme une question pour la salle, pas comme un constat
stability-still-not = ne se déclenche pas, quelle que soit la personne laissée de côté
stability-hinges = la règle ne se déclencherait pas si { $which } était retirée : traitez-la comme une question pour la salle, pas comme un constat
stability-one-away = la règle se déclencherait si { $which } était retirée
study-column = Étude (2014)
study-legend = Étude 2014
study-note-label = Étude (2014) :
study-note = L'étude donne 23,70 % et 2,89 % pour les deux dernières réponses et 73,41 % pour les deux premières ensemble, dont « un peu plus de 9 % » entièrement alignés ; 9,25 % est notre lecture de « un peu plus de 9 % », et 64,16 % correspond à 73,41 % moins 9,25 %.
export-label-colon = { $label } :
export-withheld = Les résultats restent masqués tant que chaque équipe n'a pas au moins { $floor } réponses (les Ventes en ont { $sales }, le Produit { $product }).
export-organisation = Organisation :
export-date = Date :
export-facilitator = Animation :
export-respondents = Répondants :
export-respondents-value = { $sales } Ventes, { $product } Produit (seuil d'anonymat { $floor })
export-held-back = Pas encore montrées :
held-back-sales = { $count ->
    [one] 1 réponse des Ventes est mise en attente jusqu'à ce qu'il y en ait { $floor } à montrer ensemble.
   *[other] { $count } réponses des Ventes sont mises en attente jusqu'à ce qu'il y en ait { $floor } à montrer ensemble.
}
held-back-product = { $count ->
    [one] 1 réponse du Produit est mise en attente jusqu'à ce qu'il y en ait { $floor } à montrer ensemble.
   *[other] { $count } réponses du Produit sont mises en attente jusqu'à ce qu'il y en ait { $floor } à montrer ensemble.
}
export-rules = Règles :
export-follow-up = Atelier de suivi :
export-summary = Résumé
export-key-findings = L'essentiel
export-more-findings = { $count ->
    [one] Un autre constat figure dans les détails.
   *[other] { $count } autres constats figurent dans les détails.
}
export-details = Détails
export-verdict = Verdict
export-scope-overall = Ensemble
export-scope-sales = Ventes
export-scope-product = Produit
export-verdict-healthy = Saine
export-verdict-toxic = Toxique
export-verdict-insufficient = Trop peu de réponses
export-weights = poids toxique { $toxic }, poids sain { $healthy }
export-verdict-detail = Le verdict en détail
export-weighing = { $scope } : les constats toxiques pèsent { $toxic } ensemble, les constats sains { $healthy }.
export-perception-gap = Écart de perception (niveau moyen de friction Ventes − Produit, 0–3) :
export-relationship-heading = Comment décririez-vous la relation ?
export-answer = Réponse
export-sales = Ventes
export-product = Produit
export-overall = Ensemble
export-statements-heading = Affirmations (note moyenne, 1–5)
export-statements = Affirmations
export-statement = Affirmation
export-gap-sales-product = Écart (Ventes − Produit)
export-gap = Écart
statement-rated = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
statement-floor-note = Une moyenne n'est affichée que si au moins { $floor } personnes d'une fonction ont noté l'affirmation ; sinon, seulement combien l'ont fait, car la moyenne de si peu de personnes est leur propre réponse. Un écart a besoin des deux moyennes.
export-friction-sources = Sources de friction
export-source = Source
export-total = Total
export-distribution-caption = Part de chaque réponse chez les répondants des Ventes et du Produit, à côté de la Study of Product Team Performance d'Actuation Consulting (2014).
export-gap-caption = Note moyenne des Ventes moins celle du Produit, par affirmation (1 = pas du tout d'accord, 5 = tout à fait d'accord).
export-chart-distribution-title = Part de chaque réponse sur la relation : Ventes, Produit et l'étude de 2014
export-chart-bar = { $who }, { $answer } : { $share }
export-chart-completely-1 = Parfaitement
export-chart-completely-2 = alignées
export-chart-mostly-1 = Plutôt
export-chart-mostly-2 = alignées
export-chart-lacking-1 = Peu
export-chart-lacking-2 = alignées
export-chart-constant-1 = Frictions
export-chart-constant-2 = permanentes
export-chart-gap-title = Écart de note moyenne par affirmation, Ventes moins Produit
export-chart-product-agrees = Produit plus haut
export-chart-sales-agrees = Ventes plus haut
export-findings = Constats
export-no-rule-fired = Aucune règle ne s'est déclenchée.
export-function-findings = Constats sur les seules réponses d'une équipe
export-function-findings-note = Ces règles se sont déclenchées sur les réponses d'une équipe, mais pas sur l'ensemble des réponses : elles comptent dans le verdict de cette équipe, pas dans le verdict d'ensemble.
export-fired-on-sales = Déclenchée sur les seules réponses des Ventes
export-fired-on-product = Déclenchée sur les seules réponses du Produit
export-fired-on-sales-inline = déclenchée sur les seules réponses des Ventes
export-fired-on-product-inline = déclenchée sur les seules réponses du Produit
export-scope-inline-overall = ensemble
export-scope-inline-sales = Ventes
export-scope-inline-product = Produit
export-signal-healthy = ✔ saine
export-signal-toxic = ⚠ toxique
export-weight = poids { $weight }
export-question-for-the-room = Question pour la salle :
export-question-for-sales = Question pour les Ventes :
export-question-for-product = Question pour le Produit :
export-source-label = Source :
export-nearly-fired = Presque déclenchées
export-comments = Commentaires (regroupés et mélangés)
export-no-comments = (aucun)
export-method = Méthode
export-method-rules = Règles utilisées : { $rules }. Chaque règle pèse de 1 à 5. Un verdict est toxique quand les règles toxiques déclenchées pèsent au moins autant que les saines et qu'au moins une règle toxique s'est déclenchée ; sinon il est sain.
export-method-floor = Les résultats ne sont affichés que lorsque chaque fonction a au moins { $floor } réponses, et la moyenne d'une fonction pour une affirmation seulement si au moins { $floor } de ses membres l'ont notée. Les commentaires sont regroupés et mélangés, jamais attribués à une fonction.
export-method-stability = « Tient, quelle que soit la personne laissée de côté » signifie qu'un verdict ou un constat reste le même quelle que soit la réponse laissée de côté ; « La réponse d’une seule personne en décide » signifie que laisser de côté une seule réponse le changerait.
export-page = Page { $page } sur { $pages }
export-agreements = Accords
export-none-yet = Aucun pour l'instant.
export-answers-finding = répond à : { $finding }
export-the-overall-verdict = le verdict d'ensemble
export-actions = Actions
export-status = État
export-action = Action
export-owner = Responsable
export-due = Échéance
export-answers = Répond à
export-status-done = fait
export-status-open = à faire
owner-sales = Ventes
owner-product = Produit
owner-joint = Commun
owner-executive-sponsor = Sponsor de direction
compare-report-title = { $count ->
    [one] Comparaison de { $count } atelier
   *[other] Comparaison de { $count } ateliers
}
compare-report-date = Date
compare-report-workshop = Atelier
compare-report-sales = Ventes
compare-report-product = Produit
compare-report-verdict = Verdict
compare-report-sales-verdict = Verdict Ventes
compare-report-product-verdict = Verdict Produit
compare-report-weights = Poids toxique / sain
compare-report-withheld = masqué
compare-report-below-floor = L'atelier { $number } est sous le seuil d'anonymat : seuls ses effectifs sont comparés.
compare-report-hinge-question = Un verdict tient-il à une seule réponse ?
compare-report-friction-heading = Niveau de friction (0–3) et écart de perception
compare-report-perception-gap = Écart de perception
compare-report-sales-change = Évolution Ventes
compare-report-product-change = Évolution Produit
compare-report-gap-change = Évolution de l'écart
compare-report-better = mieux
compare-report-worse = moins bien
compare-report-chance-cell = { $change } (peut-être le hasard)
compare-report-chance-method = Un changement est dit probablement réel quand moins de 5 sur 100 de toutes les façons de redistribuer les réponses des personnes entre les deux ateliers (celles de chaque équipe au sein de l'équipe) le déplacent autant ; sinon, il peut être dû au hasard avec ce nombre de réponses, et il n'est dit ni mieux ni moins bien.
compare-report-relationship-heading = Réponses sur la relation (part des répondants)
compare-report-answer = Réponse
compare-report-number-sales = n°{ $number } Ventes
compare-report-number-product = n°{ $number } Produit
compare-report-changes-heading = Ce qui a changé d'un atelier à l'autre
compare-report-verdict-change = Verdict : { $before } → { $after }
compare-report-moved = Moyenne pour « { $statement } » : { $from } → { $to } ({ $direction })
compare-report-level-sales = Niveau de friction des Ventes : { $from } → { $to } ({ $direction })
compare-report-level-product = Niveau de friction du Produit : { $from } → { $to } ({ $direction })
compare-report-gap-step = Écart de perception : { $from } → { $to } ({ $direction })
compare-report-festering = Persistant (toxique dans les deux) : { $rules }
compare-report-actions-done = Actions du n°{ $number } : { $done } sur { $count } faites
compare-report-left-out = Les ateliers ont utilisé des questionnaires différents. Comparées : les { $shared } affirmations qu'ils ont en commun. Laissées de côté : { $left }.
compare-report-trend-title = Niveau de friction et écart de perception dans le temps
compare-report-trend-axis = Niveau de friction (0–3) · écart
compare-report-trend-caption = Niveau moyen de friction (0–3) des Ventes et du Produit, et écart de perception, atelier par atelier.
compare-report-gap = Écart
compare-report-details = Détails
compare-report-workshops = Ateliers
compare-brief-span = { $count ->
    [one] Un atelier, le { $first }
   *[other] { $count } ateliers, du { $first } au { $last }
}
compare-brief-same = comme avant
compare-brief-was = avant : { $before }
compare-brief-trail = sur les { $count } ateliers : { $trail }
compare-brief-latest = Depuis l’atelier précédent ({ $from } → { $to })
compare-brief-series = Du premier atelier au plus récent ({ $from } → { $to })
compare-brief-below-floor = L’atelier du { $date } est sous le seuil d’anonymat : ses résultats ne sont pas montrés, rien n’est donc comparé pour cette étape.
compare-brief-no-real-move = Aucune moyenne d’affirmation n’a bougé plus que le hasard ne pourrait l’expliquer avec ce nombre de réponses.
compare-brief-more-moves = { $count ->
    [one] Une autre affirmation a probablement vraiment changé : voir les détails.
   *[other] { $count } autres affirmations ont probablement vraiment changé : voir les détails.
}
compare-brief-actions = Actions convenues le { $date } : { $done } sur { $count } faites
compare-brief-no-actions = Aucune action n’a été convenue le { $date }.
compare-brief-still-open = Toujours ouvertes (ateliers précédents)
compare-brief-agreed = Convenue
compare-brief-newest-actions = Convenues au dernier atelier ({ $date })
compare-brief-more-open = { $count ->
    [one] Une autre action est toujours ouverte : les détails listent les actions de chaque atelier.
   *[other] { $count } autres actions sont toujours ouvertes : les détails listent les actions de chaque atelier.
}
compare-brief-was-unknown = avant : trop peu de réponses pour un verdict
cli-note-withheld = remarque : résultats masqués sous le seuil d'anonymat ; seuls les effectifs ont été exportés
cli-raw-responses = remarque : chaque ligne de ce CSV relie une équipe aux notes et aux commentaires d'une personne ; dans une petite équipe, un commentaire peut trahir son auteur. Il est pour l'animation, pas pour la salle : tous les autres exports regroupent les commentaires
cli-raw-held = { $count ->
    [one] remarque : 1 réponse donnée après la révélation est en attente et n'est pas dans ce CSV
   *[other] remarque : { $count } réponses données après la révélation sont en attente et ne sont pas dans ce CSV
}
cli-note-recovery = remarque : { $path } contient du travail non enregistré plus récent que le fichier de l'atelier
cli-room-open = Salle ouverte pour « { $title } ». Les téléphones du même réseau répondent à l'adresse ci-dessus ; Ctrl-C ferme la salle.
cli-room-closed = { $count ->
    [one] Salle fermée. { $path } contient { $count } réponse.
   *[other] Salle fermée. { $path } contient { $count } réponses.
}
cli-room-not-counted = { $error } ; cette réponse n'a pas été comptée
cli-classify-withheld = Les résultats restent masqués tant que chaque équipe n'a pas au moins { $floor } réponses (il en manque { $sales } aux Ventes, { $product } au Produit).
cli-classify-verdict-stability = Verdict { $scope } : { $words }.
cli-classify-perception-gap = Écart de perception : { $gap } (niveau moyen de friction Ventes − Produit, 0–3)
cli-classify-fired = Règles déclenchées, { $scope } :
cli-classify-none = aucune
cli-classify-nearly-fired = presque déclenchée : { $rule }
cli-classify-relationship = Relation

## stages, library, comparison and import

workshop-verdict-healthy = Saine
workshop-verdict-toxic = Toxique
workshop-verdict-insufficient = Trop peu de réponses
workshop-scope-overall = Ensemble
framing-title = Pourquoi nous sommes ici
framing-quotation = « Comment décririez-vous la relation entre l’organisation commerciale et l’équipe produit ? » — question posée aux équipes produit, Study of Product Team Performance, Actuation Consulting 2014 (traduit de l’anglais)
framing-quotation-translated = « Comment décririez-vous la relation entre l’organisation commerciale et l’équipe produit ? » — question posée aux équipes produit, Study of Product Team Performance, Actuation Consulting 2014 (traduit de l’anglais)
framing-bar = { $answer } : { $share }
framing-study = L’étude de 2014
framing-axis = % des équipes produit
framing-study-note = L’étude donne 23,70 % et 2,89 % pour les deux dernières réponses et 73,41 % pour les deux premières ensemble, dont « un peu plus de 9 % » parfaitement alignés ; 9,25 % est notre lecture de « un peu plus de 9 % », et 64,16 % correspond à 73,41 % moins 9,25 %.
framing-quarter = Plus d’un quart (26,59 %) font état de frictions importantes ou constantes. Comment les Ventes le voient-elles ? Aujourd’hui, nous interrogeons les deux côtés.
framing-healthy = ✔ Friction saine
framing-healthy-text = Elle naît de points de vue différents : une feuille de route à 12 mois face à des objectifs trimestriels. Nous sommes en désaccord sur le travail — priorités, périmètre, calendrier — et tranchons par un compromis ou par une décision de la direction.
framing-toxic = ⚠ Friction toxique
framing-toxic-text = Laissée à l’abandon, elle devient personnelle : reproches, frustration, méfiance, et personne ne sait qui décide. C’est ce que nous voulons trouver et corriger.
framing-agenda = Programme
framing-agenda-line = { $number }. { $line }
framing-agenda-timed = { $number }. { $line } ({ $minutes } min)
framing-agenda-capture = Chacun répond seul et anonymement, sur son téléphone ou sur cet ordinateur
framing-agenda-reveal = Nous regardons les résultats côte à côte
framing-agenda-diagnose = Saine ou toxique, et pourquoi
framing-agenda-agree = Accords et actions
framing-agenda-close = Synthèse et prochain atelier
framing-promise = Notre promesse : vos réponses sont anonymes
framing-promise-text = Ni nom, ni appareil, ni heure ne sont enregistrés avec vos réponses. Rien n’est affiché tant que les Ventes et le Produit n’ont pas chacun au moins { $floor } réponses. Les commentaires sont affichés regroupés et mélangés, jamais associés à une équipe.
framing-next = Suivant : Collecte ➡
reveal-title = Résultats
reveal-withheld = Les résultats sont retenus
reveal-withheld-text = Rien n’est affiché tant que les Ventes et le Produit n’ont pas chacun au moins { $floor } réponses, afin que personne ne puisse être identifié.
reveal-count-enough = { $count ->
    [one] { $team } : 1 réponse (suffisant)
   *[other] { $team } : { $count } réponses (suffisant)
}
reveal-count-needed = { $count ->
    [one] { $team } : 1 réponse (encore { $needed } nécessaires)
   *[other] { $team } : { $count } réponses (encore { $needed } nécessaires)
}
reveal-ready = Les résultats sont prêts
reveal-ready-counts = { $sales } réponses des Ventes et { $product } du Produit sont arrivées.
reveal-ready-of-expected = { $missing ->
    [0] { $team } : { $count } ont répondu, { $expected } attendues
    [one] { $team } : { $count } des { $expected } personnes attendues ont répondu (il en manque 1)
   *[other] { $team } : { $count } des { $expected } personnes attendues ont répondu (il en manque { $missing })
}
reveal-ready-text = Les révéler les montre à la salle. Les réponses données ensuite sont retenues jusqu’à ce qu’au moins { $floor } d’une même fonction soient arrivées, afin que les réponses d’un retardataire ne puissent jamais être distinguées.
reveal-button = Révéler les résultats
reveal-not-revealed = Les résultats ne sont pas encore révélés
reveal-not-revealed-text = Révélez-les d’abord à la salle à l’étape Résultats.
reveal-go = Aller aux Résultats
reveal-summary = { $sales } réponses des Ventes et { $product } du Produit. Écart de perception (niveau de friction Ventes − Produit, 0–3) : { $gap }
reveal-next = Suivant : Diagnostic ➡
reveal-comments = Commentaires (regroupés et mélangés)
reveal-no-comments = Aucun commentaire.
reveal-relationship = Comment décririez-vous la relation ?
reveal-study = Étude 2014
reveal-axis-respondents = % des répondants
reveal-answer = Réponse
reveal-study-note = Étude 2014 : l’étude donne 23,70 % et 2,89 % pour les deux dernières réponses et 73,41 % pour les deux premières ensemble, dont « un peu plus de 9 % » parfaitement alignés ; 9,25 % est notre lecture de « un peu plus de 9 % », et 64,16 % correspond à 73,41 % moins 9,25 %.
reveal-statements = Affirmations : Ventes et Produit côte à côte
reveal-axis-gap = écart de note moyenne : ⬅ le Produit est plus d’accord · les Ventes sont plus d’accord ➡
reveal-gap-series = Ventes − Produit
reveal-statement = Affirmation
reveal-gap = Écart
reveal-sources = Sources de friction les plus citées
reveal-source = Source
diagnose-title = Diagnostic
diagnose-next = Suivant : Accords ➡
diagnose-weights = poids toxique { $toxic } · poids sain { $healthy }
diagnose-how = Toxique lorsque les règles toxiques déclenchées pèsent au moins autant que les saines. Chaque verdict et chaque constat sont vérifiés à nouveau en retirant tour à tour chaque réponse ; la réponse qui pourrait les changer n’est jamais montrée.
diagnose-overall-notes = Notes sur le verdict d’ensemble
diagnose-findings = Ce que nous avons trouvé
diagnose-none-fired = Aucune règle ne s’est déclenchée.
diagnose-alone = Constats sur les seules réponses d’une fonction
diagnose-alone-note = Ces règles se sont déclenchées sur les réponses d’une fonction, mais pas sur celles de tous ensemble : elles comptent dans le verdict de cette fonction, pas dans le verdict d’ensemble.
diagnose-nearly = Presque déclenchées
diagnose-nearly-line = { $signal } { $title } — { $explanation }
diagnose-signal-toxic = ⚠ toxique
diagnose-signal-healthy = ✔ saine
diagnose-fired-sales = Déclenchée par les seules réponses des Ventes
diagnose-fired-product = Déclenchée par les seules réponses du Produit
diagnose-finding = { $signal } (poids { $weight }) · { $title }
diagnose-finding-alone = { $signal } (poids { $weight }) · { $title } · { $scope }
diagnose-ask = Demandez à la salle : { $prompt }
diagnose-ask-sales = Demandez aux Ventes : { $prompt }
diagnose-ask-product = Demandez au Produit : { $prompt }
diagnose-source = Source : { $citation }
diagnose-notes = Notes sur « { $title } »
diagnose-notes-sales = Notes sur « { $title } » (réponses des Ventes)
diagnose-notes-product = Notes sur « { $title } » (réponses du Produit)
agree-title = Accords
agree-rules-of-engagement = Accords de fonctionnement
agree-actions = Actions
agree-add-action = + Ajouter une action
agree-next = Suivant : Clôture ➡
agree-what = À quoi répondre
agree-not-revealed = Les constats s’affichent ici une fois les résultats révélés.
agree-none-fired = Aucun constat déclenché : convenez de ce qui garde la friction saine.
agree-alone-sales = { $title } (sur les seules réponses des Ventes)
agree-alone-product = { $title } (sur les seules réponses du Produit)
agree-alone-both = { $title } (sur les seules réponses des Ventes et sur les seules réponses du Produit)
agree-agreement = Accord { $number }
agree-remove-agreement = Supprimer l’accord { $number }
agree-add-agreement = + Ajouter un accord
agree-action = Action { $number }
agree-action-hint = Ce qui sera fait
agree-done = Fait
agree-remove-action = Supprimer l’action { $number }
agree-action-empty = Indiquez ce qui sera fait.
agree-owner = Responsable
agree-person = Personne
agree-person-hint = nom (facultatif)
agree-due = Échéance
agree-due-hint = AAAA-MM-JJ
agree-calendar = Calendrier
calendar-previous-month = Mois précédent
calendar-next-month = Mois suivant
calendar-month = { $month } { $year }
calendar-weekdays = Lu Ma Me Je Ve Sa Di
agree-due-invalid = Écrivez la date sous la forme AAAA-MM-JJ, ou choisissez-la dans le calendrier.
agree-answers = Répond au constat
agree-no-finding = aucun constat
agree-did-not-fire = { $title } (non déclenchée)
agree-question = Question pour la salle : { $prompt }
agree-question-sales = Question pour les Ventes : { $prompt }
agree-question-product = Question pour le Produit : { $prompt }
close-title = Clôture
close-meta = { $organisation } · { $date } · animé par { $facilitator }
close-counts = { $sales } réponses des Ventes et { $product } du Produit (seuil d’anonymat { $floor })
close-withheld = Résultats retenus : une fonction est sous le seuil d’anonymat.
close-not-revealed = Résultats pas encore révélés : révélez-les à la salle à l’étape Résultats.
close-scope = { $scope } :
close-agreements = Accords
close-none = Aucun.
close-actions = Actions
close-action = { $action } — { $owner }
close-action-due = { $action } — { $owner }, échéance le { $due }
close-follow-up = Atelier de suivi proposé : { $date } (un trimestre plus tard)
close-markdown = La synthèse telle qu’exportée (Markdown)
close-save = Enregistrer l’atelier
close-close = Fermer l’atelier
close-unsaved = Modifications non enregistrées
close-saved = Toutes les modifications sont enregistrées
close-findings = Constats
close-none-fired = Aucune règle ne s’est déclenchée.
close-finding = { $title }
close-finding-sales = { $title } · Déclenchée par les seules réponses des Ventes
close-finding-product = { $title } · Déclenchée par les seules réponses du Produit
close-ask = Demandez à la salle : { $prompt }
close-ask-sales = Demandez aux Ventes : { $prompt }
close-ask-product = Demandez au Produit : { $prompt }
close-notes = Notes : { $note }
workshop-export-html = Exporter le rapport HTML…
workshop-export-pdf = Exporter le rapport PDF…
workshop-export-markdown = Exporter en Markdown…
workshop-export-responses = Exporter les réponses (CSV)…
workshop-export-metrics = Exporter les indicateurs (CSV)…
workshop-copy-markdown = Copier le Markdown
workshop-exporting = Export en cours…
raw-export-title = Les réponses brutes : une ligne par personne
raw-export-text = Chaque ligne relie une équipe aux notes et aux commentaires d'une personne. Dans une petite équipe, un commentaire peut trahir son auteur. Ce fichier est pour vous, l'animateur ou l'animatrice (à garder, ou à importer de nouveau), pas pour la salle, un manager ou un dossier partagé. Tous les autres exports regroupent les commentaires, comme les écrans.
raw-export-held = { $count ->
    [one] 1 réponse donnée après la révélation est en attente : elle n'est pas dans ce fichier tant qu'il n'y en a pas assez à montrer.
   *[other] { $count } réponses données après la révélation sont en attente : elles ne sont pas dans ce fichier tant qu'il n'y en a pas assez à montrer.
}
raw-export-yes = Choisir où enregistrer…
raw-export-no = Annuler
workshop-cannot-remove = Impossible de supprimer { $path } : { $error }
workshop-reveal-not-saved = { $error }. Les résultats restent masqués tant que la révélation ne peut pas être enregistrée.
workshop-saved = Enregistré : { $path }
workshop-not-saved = { $error }. L’atelier reste ouvert avec toutes ses modifications.
workshop-restored = Modifications non enregistrées restaurées : { $parts }. Enregistrez pour les garder dans le fichier de l’atelier.
workshop-using-rules = { $count ->
    [one] Règles utilisées : « { $name } » (1 règle).
   *[other] Règles utilisées : « { $name } » ({ $count } règles).
}
workshop-rules-kept = { $error }
    L’atelier garde les règles qu’il avait.
workshop-questionnaire-fixed = Le questionnaire ne peut plus changer une fois des réponses arrivées : elles répondent à celui-ci.
workshop-using-questionnaire = Questionnaire utilisé : « { $name } ».
workshop-questionnaire-kept = { $error }
    L’atelier garde le questionnaire qu’il avait.
home-tagline = Ateliers d’alignement entre Ventes et Produit : des notes de friction anonymes des deux côtés, un verdict vérifiable à la main.
home-new = + Nouvel atelier
home-open-file = Ouvrir un fichier…
home-waiting = En attente de la boîte de dialogue…
home-rescan = Relire le dossier
home-folder = Ateliers dans { $folder }
home-recent = Fichiers récents
library-scanning = Lecture… { $scanned } fichiers sur { $total }
library-filter = Filtrer
library-filter-hint = titre, organisation ou date
library-compare-selected = Comparer la sélection ({ $count })
library-tick = Cochez au moins deux ateliers pour les comparer.
library-empty = Aucun atelier ici pour l’instant. Commencez-en un avec « Nouvel atelier ».
library-unreadable = { $count ->
    [one] { $count } fichier n’a pas pu être lu
   *[other] { $count } fichiers n’ont pas pu être lus
}
library-compare-one = Comparer { $title }
library-in-participant-mode = en mode participant
library-not-revealed = non révélé
library-open = Ouvrir
library-open-one = Ouvrir { $title }
library-recover = modifications non enregistrées à récupérer
library-date = Date
library-title = Titre
library-organisation = Organisation
library-stage = Étape
library-verdict = Verdict
library-sort-date = Trier par date
library-sort-title = Trier par titre
library-sort-organisation = Trier par organisation
library-sort-sales = Trier par Ventes
library-sort-product = Trier par Produit
library-sort-stage = Trier par étape
library-sort-verdict = Trier par verdict
library-stage-setup = Préparation
library-stage-framing = Cadrage
library-stage-capture = Collecte
library-stage-reveal = Résultats
library-stage-diagnose = Diagnostic
library-stage-agree = Accords
library-stage-close = Clôture
compare-no-clear-change = { $change }, pas de changement net : { $chance }
compare-better = { $arrow } { $change }, mieux : { $chance }
compare-worse = { $arrow } { $change }, moins bien : { $chance }
compare-real-change = { $change }, { $chance }
compare-chance-real = probablement un vrai changement
compare-chance-could-be = peut-être le hasard avec { $before } et { $after } { $count ->
    [one] réponse
   *[other] réponses
}
compare-chance-note = « Probablement un vrai changement » : moins de 5 sur 100 de toutes les façons de redistribuer les mêmes réponses entre les deux ateliers (celles de chaque équipe au sein de l'équipe) déplacent la valeur autant. Sinon, un changement peut être dû au hasard avec ce nombre de réponses, et il n'est dit ni mieux ni moins bien.
compare-gap-closer = plus proches : { $chance }
compare-gap-apart = plus éloignés : { $chance }
compare-gap-no-clear-change = pas de changement net : { $chance }
compare-library = ⬅ Bibliothèque
compare-title = Comparaison de { $count } ateliers
compare-export-pdf = Exporter en PDF…
compare-export-html = Exporter en HTML…
compare-export-markdown = Exporter en Markdown…
compare-below-floor = L’atelier du { $date } est sous le seuil d’anonymat : seuls ses effectifs sont affichés.
compare-left-out = Ces ateliers ont utilisé des questionnaires différents : sont comparées les { $count } affirmations communes ; laissées de côté : { $left }.
compare-all-hold = { $date } : chaque verdict tient, quelle que soit la réponse retirée.
compare-stability-overall = { $date }, verdict d’ensemble : { $words }.
compare-stability-sales = { $date }, verdict des Ventes : { $words }.
compare-stability-product = { $date }, verdict du Produit : { $words }.
compare-trend = Niveau de friction et écart de perception dans le temps
compare-trend-description = Graphique : niveau de friction des Ventes et du Produit et écart de perception à la date de chaque atelier : { $dates }
compare-gap-series = Écart de perception (Ventes − Produit)
compare-axis-date = Date de l’atelier
compare-axis-level = Niveau de friction (0–3) · écart
compare-step = Du { $from } au { $to }
compare-verdict-step = Verdict : { $before } ➡ { $after }
compare-level-step-sales = Niveau de friction des Ventes { $from } ➡ { $to } ({ $direction })
compare-level-step-product = Niveau de friction du Produit { $from } ➡ { $to } ({ $direction })
compare-gap-step = Écart de perception { $from } ➡ { $to } ({ $direction })
compare-movers = Affirmations qui ont le plus bougé (moyenne, 1–5)
compare-mover = { $statement } : { $from } ➡ { $to } ({ $direction })
compare-festering = ⚠ Persistantes (toxiques les deux fois) : { $rules }
compare-actions = Actions du { $date } : { $done } sur { $count } faites
compare-date = Date
compare-workshop = Atelier
compare-sales-answers = Réponses Ventes
compare-product-answers = Réponses Produit
compare-overall-verdict = Verdict d’ensemble
compare-sales-verdict = Verdict Ventes
compare-product-verdict = Verdict Produit
compare-weights = Poids toxique / sain
compare-withheld = retenu
compare-friction-title = Niveau de friction (0–3) et écart de perception (Ventes − Produit)
compare-sales-level = Niveau de friction Ventes
compare-product-level = Niveau de friction Produit
compare-gap = Écart de perception
compare-festering-column = De nouveau toxique (persistant)
compare-shares-title = Réponses sur la relation (part des répondants)
compare-study = Étude (2014)
import-not-remembered = Les réponses ont été importées, mais le choix des colonnes n’a pas pu être mémorisé : { $error }
import-done = { $count ->
    [one] 1 réponse importée depuis { $path }.{ $dropped }
   *[other] { $count } réponses importées depuis { $path }.{ $dropped }
}
import-nothing = { $error }. Rien n’a été importé.
import-cannot-read = impossible de lire le fichier : { $error }
import-refused = { $path } : { $error }. Rien n’a été importé.
import-comment = Commentaire : { $prompt }
import-ignore = Ignorer cette colonne
import-statement = Affirmation : { $text }
import-team = Équipe : Ventes ou Produit
import-relationship = Relation : { $prompt }
import-sources = Sources de friction, autant que voulu dans une cellule : { $prompt }
import-all-answered = D’autres colonnes répondent déjà à chaque question ; celle-ci ne peut qu’être ignorée.
import-title = À quelle question chaque colonne répond-elle ?
import-unknown = { $file } contient des colonnes que Tandem ne reconnaît pas. Indiquez ce qu’est chacune ; Tandem retient votre choix pour les fichiers ayant les mêmes colonnes.
import-choose = Choisir…
import-import = Importer
import-cancel = Annuler

## file dialogs and export formats

room-qr-name = Code QR pour { $address }
format-markdown = Markdown
format-html = rapport HTML
format-pdf = rapport PDF
format-responses-csv = réponses en CSV
format-metrics-csv = indicateurs en CSV
dialog-open-workshop = Ouvrir un atelier Tandem
dialog-rules-file = Choisir un fichier de règles
dialog-questionnaire-file = Choisir un fichier de questionnaire
dialog-import = Importer les réponses d'un questionnaire (CSV ou Excel)
dialog-export = Exporter : { $what }
dialog-export-comparison = Exporter la comparaison
dialog-kind-survey = un fichier de questionnaire (CSV ou Excel)
dialog-kind-csv = un fichier CSV
dialog-kind-ron = un fichier Tandem (RON)
dialog-kind-html = une page HTML
dialog-kind-pdf = un document PDF
dialog-kind-markdown = un fichier Markdown
dialog-none = Aucune boîte de dialogue de fichiers n'a pu s'afficher : ce bureau n'a pas de service pour elles. Installer xdg-desktop-portal avec un moteur comme xdg-desktop-portal-gtk (ou le programme zenity) les fait fonctionner.
dialog-path-add-name = { $path } est un dossier : ajoutez un nom de fichier.
dialog-path-exists = Il existe déjà un fichier à { $path } : choisissez un autre nom, pour que rien ne soit remplacé.
dialog-path-no-folder = Le dossier { $path } n'existe pas.
dialog-path-missing = Il n'y a pas de fichier à { $path }.
dialog-path-folder = { $path } est un dossier, pas un fichier.
dialog-path-wrong-kind = { $path } n'est pas { $kind } : son nom devrait se terminer par .{ $extension }.

## import and file errors

import-error-row = ligne { $row } : { $message }
import-error-row-column = ligne { $row }, colonne `{ $column }` : { $message }
import-error-column = colonne `{ $column }` : { $message }
import-error-unknown-columns = { $count ->
    [one] { $columns } n’est pas une question du questionnaire ; indiquez ce qu’elle est avec --map "En-tête=clé" ou --ignore "En-tête" (dans l’application : choisissez à l’étape d’association des colonnes)
   *[other] { $columns } ne sont pas des questions du questionnaire ; indiquez ce qu’est chacune avec --map "En-tête=clé" ou --ignore "En-tête" (dans l’application : choisissez à l’étape d’association des colonnes)
}
import-error-field-count = a { $fields } champs, mais l’en-tête en a { $header }
import-error-not-function = « { $value } » n’est pas une équipe : utilisez Sales ou Product (majuscules ou minuscules)
import-error-not-relationship = « { $value } » n’est pas une réponse sur la relation : utilisez { $labels }, leurs clés, ou 0 à 3
import-error-not-rating = « { $value } » n’est pas une note : utilisez 1 à 5, ou Strongly disagree, Disagree, Neither agree nor disagree, Agree ou Strongly agree ; laissez vide pour passer
import-error-not-agreement = « { $value } » n’est pas une réponse sur l’échelle d’accord : utilisez Strongly disagree, Disagree, Neither agree nor disagree (ou Neutral), Agree ou Strongly agree, ou 1 à 5 ; pour passer, laissez vide ou écrivez Skip, Don't know ou N/A
import-error-not-source = « { $value } » n’est pas une source de friction du questionnaire : utilisez { $sources }, séparées par ; ou ,
import-error-not-checkbox = « { $value } » n’est pas une réponse pour cette case : laissez vide, ou écrivez son libellé « { $label } »
import-error-needs-answers = il faut une équipe et une réponse sur la relation
import-error-mapped-missing = est associée ou ignorée, mais le fichier n’a pas cette colonne
import-error-twice = figure deux fois dans l’en-tête
import-error-answered-twice = répond à { $question }, tout comme la colonne `{ $first }` ; gardez-en une, ou ignorez-en une avec --ignore
import-error-question-team = la question sur l’équipe
import-error-question-relationship = la question sur la relation
import-error-question-statement = l’affirmation `{ $key }`
import-error-question-sources = la question sur les sources de friction
import-error-question-source = la source de friction `{ $key }`
import-error-question-friction-comment = le commentaire sur la friction
import-error-question-works-well-comment = le commentaire sur ce qui fonctionne bien
import-error-no-function-column = l’en-tête n’a pas de colonne `function` (la clé de Tandem, ou une question comme « Which team are you in? »)
import-error-no-relationship-column = l’en-tête n’a pas de colonne `relationship` (la clé de Tandem, ou la question « { $prompt } »)
import-error-unknown-key = « { $value } » n’est pas une clé connue de Tandem : utilisez function, relationship, sources, friction_comment, works_well_comment, la clé d’une affirmation ({ $statements }) ou d’une source ({ $sources })
import-error-not-workbook = le fichier n’est pas un classeur Excel (.xlsx) que Tandem peut lire : { $error }
import-error-no-such-sheet = le classeur n’a pas de feuille « { $sheet } » ; ses feuilles sont { $sheets }
import-error-no-sheet = le classeur n’a aucune feuille
import-error-sheet-unreadable = la feuille « { $sheet } » ne peut pas être lue : { $error }
import-error-sheet-empty = la feuille « { $sheet } » est vide ; il faut une ligne d’en-tête et une ligne par réponse
import-error-cell-error = la cellule de la colonne { $column } contient l’erreur de tableur { $error } ; corrigez-la dans le tableur
import-error-broken-utf8 = le texte est en UTF-8 jusqu’ici, puis contient des octets qui ne le sont pas, et Tandem ne devine pas ce qu’ils sont ; enregistrez de nouveau le fichier au format « CSV UTF-8 »
import-error-broken-utf16 = le texte { $encoding } s’interrompt ici sur un demi-caractère ; enregistrez de nouveau le fichier au format « CSV UTF-8 »
import-error-not-windows-1252 = l’octet { $byte } n’est un caractère ni en Windows-1252 ni en UTF-8 : le fichier est dans un encodage que Tandem ne devine pas ; enregistrez-le au format « CSV UTF-8 »
import-error-not-text = l’octet { $byte } est un caractère de contrôle qu’aucun texte ne contient : ce n’est pas un fichier texte que Tandem peut lire ; enregistrez l’enquête au format « CSV UTF-8 » ou en classeur Excel (.xlsx)
import-error-utf16-without-bom = le fichier semble être du texte UTF-16 sans l’indicateur d’ordre des octets qui dit quel octet vient en premier ; enregistrez-le au format « CSV UTF-8 », ou depuis Excel en « Texte Unicode », qui écrit cet indicateur
import-error-old-workbook = le fichier est un classeur Excel 97–2003 (.xls), que Tandem ne lit pas ; enregistrez-le en classeur Excel (.xlsx) ou au format « CSV UTF-8 »
import-error-read-as = Lu comme texte { $encoding }.
import-error-read-as-guessed = Le fichier n’est pas en UTF-8, il a donc été lu en { $encoding } (le CSV d’Excel sous Windows) : vérifiez que les lettres accentuées des commentaires sont arrivées telles qu’elles ont été écrites.
import-error-empty = le fichier est vide ; il faut une ligne d’en-tête et une ligne par réponse
import-error-unreadable = ne peut pas être lue : { $error }
import-error-unclosed-quote = un champ entre guillemets n’est jamais fermé (il manque un ")
import-error-sheet-on-csv = --sheet "{ $sheet }" désigne une feuille, mais le fichier est un CSV, qui n’en a pas
import-error-no-responses = le fichier a un en-tête, mais aucune réponse
import-error-dropped-time = `{ $header }` (dit quand quelqu’un a répondu)
import-error-dropped-identity = `{ $header }` (pourrait dire qui a répondu)
import-error-dropped-metadata = `{ $header }` (l’enregistrement de la réponse par l’outil d’enquête, pas une réponse)
import-error-dropped = { $count ->
    [one] { $count } colonne écartée, jamais enregistrée, pour garder les réponses anonymes : { $columns }.
   *[other] { $count } colonnes écartées, jamais enregistrées, pour garder les réponses anonymes : { $columns }.
}
import-error-nothing-imported = { $path } : { $error } ; rien n’a été importé
file-error-read = { $path } : impossible de lire le fichier : { $error }
file-error-empty = { $path } : le fichier est vide
file-error-too-large = { $path } : le fichier fait { $size } Mo, plus qu’aucun fichier Tandem (au plus { $limit } Mo) ; est-ce le bon fichier ?
file-error-not-text = { $path }:{ $line }:{ $column }: ce n’est pas un fichier texte (les octets à cet endroit ne sont pas de l’UTF-8) ; est-ce le bon fichier ?
file-error-syntax = { $path }:{ $line }:{ $column }: { $message }
file-error-no-format-version = { $path } : ce n’est pas un atelier Tandem : il n’a pas de `format_version` (ou 0, qui n’a jamais existé) ; les fichiers d’atelier Tandem commencent par `format_version: 1`
file-error-not-a-workshop = { $path } : ce n’est pas un atelier Tandem : c’est du RON valide, mais un fichier d’atelier a la forme `(format_version: 1, workshop: (...))`
file-error-no-fields = { $path }:{ $line }:{ $column } : ce n’est pas un atelier Tandem : le fichier ne commence pas par les champs d’un atelier ; un fichier d’atelier commence par `(format_version: 1, workshop: (`
file-error-newer-version = { $path } : cet atelier a été écrit par une version plus récente de Tandem (format de fichier { $found }) ; cette version lit les formats jusqu’à { $supported }. Mettez Tandem à jour pour l’ouvrir ; le fichier reste intact.
file-error-invalid = { $path } : le fichier a pu être lu, mais son contenu n’est pas valide :
file-error-not-saved = impossible d’enregistrer { $path } : échec lors de l’étape « { $step } » : { $error }
file-error-step-temporary = création d’un fichier temporaire dans { $folder }
file-error-step-permissions = copie des droits du fichier
file-error-step-writing = écriture du fichier temporaire
file-error-step-flushing = écriture du fichier temporaire sur le disque
file-error-step-replacing = remplacement du fichier
file-error-step-flushing-folder = écriture du dossier { $folder } sur le disque
file-error-step-removing-recovery = suppression du fichier de récupération après l’enregistrement
file-error-step-to-text = conversion de l’atelier en texte
file-error-time-not-kept = { $error }. Le temps passé sur cette étape n’a pas pu être enregistré.
file-error-rules-outside = { $path } désigne le fichier de règles « { $name } », qui n’est pas dans le dossier de l’atelier : un fichier de règles doit se trouver à côté de l’atelier (pas de chemin absolu, pas de ..).
rules-problem-no-rules = le fichier ne contient aucune règle
rules-problem-id-used = l’identifiant `{ $id }` est déjà utilisé par une règle précédente ; les identifiants doivent être uniques
rules-problem-id-form = l’identifiant ne doit contenir que des minuscules, des chiffres et _, et commencer par une lettre
rules-problem-id-overall = l’identifiant `overall` est réservé au verdict global, dont les notes sont rangées sous ce nom : donnez un autre identifiant à cette règle
rules-problem-texts-empty = la source (citation), l’explication (explanation) et la question (prompt) doivent chacune dire quelque chose
rules-problem-threshold = le seuil de { $metric } n’est pas un nombre
rules-problem-unknown-statement = `{ $key }` n’est pas une affirmation du questionnaire « { $questionnaire } »
rules-problem-unknown-source = `{ $key }` n’est pas une source de friction du questionnaire « { $questionnaire } »
rules-problem-empty-group = `{ $kind }([])` est vide : donnez-lui au moins une condition
rules-problem-either-in-either = `either_function` à l’intérieur de `either_function` n’a pas de sens
rules-problem-gap-in-either = l’écart de perception compare les deux fonctions : il ne peut pas être mesuré `in either function`
rules-problem-translation-lacks = il manque à la règle `{ $id }` en { $language } : { $lacking }
rules-problem-translation-unknown = `{ $id }` n’est pas une règle de ce fichier : une traduction garde les identifiants des règles
rules-error-built-in = Les règles intégrées de Tandem n’ont pas pu être lues (ligne { $line }, colonne { $column } : { $message }). Cette copie de Tandem est endommagée : choisissez un fichier de règles dans la préparation, ou réinstallez Tandem.
file-error-autosave-failed = { $error }. Vos modifications sont toujours là ; enregistrez, ou utilisez « Enregistrer une copie ailleurs… » en haut si ce dossier n’est pas accessible en écriture.
import-error-bad-map = --map "{ $map }" demande un en-tête et une clé : --map "En-tête=clé" ; rien n’a été importé
import-error-cannot-read-file = impossible de lire { $path }
import-error-exists = { $path } existe déjà ; utilisez --into pour y ajouter des réponses
import-error-say-where = indiquez où vont les réponses : --into FICHIER, ou --new --title T --out FICHIER
import-error-imported = { $count ->
    [one] { $count } réponse importée dans { $path } (désormais { $sales } Ventes, { $product } Produit)
   *[other] { $count } réponses importées dans { $path } (désormais { $sales } Ventes, { $product } Produit)
}

# Le fichier sur le disque fait foi : parties d'un atelier, verrous, conflits, imports répétés.
part-title = le titre
part-organisation = l’organisation
part-date = la date
part-facilitator = le nom de l’animateur
part-expected = les nombres de personnes attendues
part-language = la langue des participants
part-settings = le seuil d’anonymat ou les règles
part-time-boxes = les durées prévues
part-questionnaire = le questionnaire
part-answers-added = { $count ->
    [one] 1 réponse ajoutée
   *[other] { $count } réponses ajoutées
}
part-answers-removed = { $count ->
    [one] 1 réponse retirée
   *[other] { $count } réponses retirées
}
part-held-back = { $count ->
    [one] 1 réponse mise en attente
   *[other] { $count } réponses mises en attente
}
part-revealed = la révélation
part-notes = les notes sur les constats
part-agreements = les accords
part-actions = les actions
part-participant-mode = le mode participant
part-time-spent = le temps passé sur les étapes
part-imports = la liste des fichiers importés
lock-program-app = une autre fenêtre Tandem
lock-program-import = « tandem import »
lock-program-room = « tandem room »
lock-unknown-computer = un ordinateur sans nom
lock-holder = { $program } sur { $computer }, depuis { $since }
lock-someone = une autre fenêtre ou un autre programme Tandem
lock-taken-from-crash = Cet atelier était encore marqué comme ouvert par { $holder }, qui ne tourne plus ; cette fenêtre l’a maintenant.
lock-read-only = Cet atelier est ouvert dans { $holder }. Cette fenêtre ne fait que l’afficher ; reprenez-le pour le modifier ici (ce que l’autre fenêtre n’a pas encore enregistré n’atteindra plus le fichier depuis là-bas).
lock-this-computer = cet ordinateur
file-kept-mine = Enregistré : votre version de ce que les deux ont modifié, et tout le reste des deux.
lock-taken-over-merged = Cette fenêtre a maintenant l’atelier ; ses modifications non enregistrées ont été posées sur ce que l’autre fenêtre avait enregistré.
lock-not-made = Impossible de signaler aux autres fenêtres et programmes que cet atelier est ouvert ici ({ $error }) ; l’enregistrement peut aussi échouer dans ce dossier.
lock-take-over = Reprendre
lock-take-over-failed = Impossible de reprendre l’atelier : { $error }
lock-taken-over = Cette fenêtre a maintenant l’atelier, relu depuis son fichier. L’autre fenêtre ne peut plus l’enregistrer.
cli-lock-failed = impossible de créer le fichier de verrou { $path }
cli-lock-taken-over = note : l’atelier était encore marqué comme ouvert par { $holder }, qui ne tourne plus
cli-lock-held = { $path } est ouvert dans { $holder } ; rien n’a été modifié. Fermez-le d’abord, ou importez depuis l’application.
import-error-imported-before = { $count ->
    [one] { $path } : ces lignes (1 réponse) ont déjà été importées dans { $workshop } ; rien n’a été importé. Pour les importer encore une fois, ajoutez --again.
   *[other] { $path } : ces lignes ({ $count } réponses) ont déjà été importées dans { $workshop } ; rien n’a été importé. Pour les importer encore une fois, ajoutez --again.
}
import-held-after-reveal = { $count ->
    [one] Les résultats étaient déjà révélés : 1 réponse est mise en attente.
   *[other] Les résultats étaient déjà révélés : { $count } réponses sont mises en attente.
}
import-error-changed-meanwhile = { $path } a été modifié ailleurs aux mêmes endroits pendant l’import ; rien n’a été importé. Réessayez.
file-error-step-checking = la relecture du fichier pour vérifier que rien d’autre ne l’a modifié
file-conflict-short = Le fichier a été modifié ailleurs aux mêmes endroits ({ $parts })
file-conflict-unreadable-short = Le fichier a été modifié ailleurs et n’est plus lisible
file-read-only-short = Cette fenêtre ne peut pas enregistrer : l’atelier est tenu par { $holder }
file-merged = Le fichier avait été modifié ailleurs entre-temps ; ces modifications ont été gardées : { $parts }.
file-conflict-gone = Il n’y a plus rien à décider.
file-kept-theirs = Enregistré : la version du fichier pour ce que les deux ont modifié, et tout le reste des deux.
file-copy-exists = { $path } existe déjà ; rien n’a été écrasé. Choisissez un autre nom.
file-copy-saved = Enregistré sous { $path } ; cette fenêtre continue là. Le premier fichier est inchangé.
file-read-only-refused = Cette fenêtre ne fait qu’afficher l’atelier : reprenez-le (en haut) pour le modifier.
file-status-read-only = lecture seule
file-status-not-saved = non enregistré : { $why }
file-save-copy = Enregistrer une copie ailleurs…
file-why-cannot-write = le dossier n’est pas accessible en écriture
file-why-full = le disque est plein
file-why-folder-gone = le dossier a disparu
file-why-changed = le fichier a été modifié ailleurs
file-why-taken-over = une autre fenêtre a repris l’atelier
file-conflict-title = Le fichier a été modifié ailleurs
file-conflict-other-file = Un autre fichier porte maintenant ce nom, pas cet atelier. Rien n’a été écrasé.
file-conflict-text = Une autre fenêtre, « tandem import » ou un outil de synchronisation a modifié le fichier de cet atelier pendant qu’il était ouvert ici, aux mêmes endroits que cette fenêtre : { $parts }. Quelle version le fichier doit-il garder ? Tout le reste des deux est gardé de toute façon.
file-conflict-unreadable = Le fichier de l’atelier a été modifié ailleurs et n’est plus lisible ({ $error }). Rien n’a été écrasé.
file-keep-theirs = Prendre la version du fichier
file-keep-mine = Prendre la mienne
file-save-mine-as-copy = Enregistrer la mienne comme copie
import-again-title = Ces lignes ont déjà été importées
import-again-text = { $count ->
    [one] { $path } contient la même ligne (1 réponse) qu’un import précédent dans cet atelier. L’importer à nouveau compte cette réponse deux fois.
   *[other] { $path } contient les mêmes lignes ({ $count } réponses) qu’un import précédent dans cet atelier. Les importer à nouveau compte ces réponses deux fois.
}
import-again-yes = Les importer à nouveau
import-again-no = Ne pas importer
import-undone = { $count ->
    [one] Import de { $path } annulé (1 réponse).
   *[other] Import de { $path } annulé ({ $count } réponses).
}
import-not-undone-changed = L’import ne peut plus être annulé : l’atelier a changé depuis aux mêmes endroits.
import-not-undone = { $error }. L’import reste.
capture-undo-import = { $count ->
    [one] Annuler l’import de { $file } (1 réponse)
   *[other] Annuler l’import de { $file } ({ $count } réponses)
}
workshop-restored-nothing = Le fichier de récupération ne contenait rien de plus que le fichier de l’atelier ; rien n’a changé.
dialog-save-copy = Enregistrer une copie de l’atelier

# La vue du public : ce que la salle voit au projecteur.
audience-window = Fenêtre du public
audience-window-title = Tandem — vue du public
audience-on-projector = Afficher au projecteur
audience-on-projector-hint = Ouvre la vue du public en plein écran sur le second écran (le projecteur), s’il y en a un. Les flèches parcourent les constats, B masque l’écran, F11 ou Échap dessus quitte le plein écran.
audience-waiting = L’atelier commence bientôt.
audience-capture-title = Vos réponses, anonymes
audience-answered = { $count ->
    [one] { $team } : 1 réponse
   *[other] { $team } : { $count } réponses
}
audience-minutes-left = { $minutes ->
    [one] encore 1 minute
   *[other] encore { $minutes } minutes
}
audience-results-soon = Les résultats arrivent dans un instant.
audience-ask = Question à la salle : { $question }
audience-ask-sales = Question aux Ventes : { $question }
audience-ask-product = Question au Produit : { $question }
audience-findings = Ce que les règles ont trouvé
audience-agreements = Nos accords
audience-actions = Nos actions
audience-none-yet = Aucun pour l’instant.
audience-more = { $count ->
    [one] et 1 de plus
   *[other] et { $count } de plus
}
audience-leaving-with = { $agreements ->
    [one] 1 accord
   *[other] { $agreements } accords
} et { $actions ->
    [one] 1 action
   *[other] { $actions } actions
} à rapporter à nos équipes.
audience-thanks = Merci !
diagnose-show-on-screen = Afficher à l’écran
diagnose-on-screen = À l’écran
diagnose-audience-keys = Dans la vue du public : « Afficher à l’écran » y montre un constat en grand, avec sa question ; les flèches les parcourent, B masque l’écran.
audience-team-finding = { $team } : { $title }
audience-blanked = Vue du public masquée (B)
audience-late = En retard ? Scannez pour répondre
