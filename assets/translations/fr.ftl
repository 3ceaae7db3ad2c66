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
phone-welcome = Bienvenue ! Vos réponses sont anonymes : aucun nom, aucun appareil, aucune heure n'est conservé.
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
phone-too-slow-title = Votre réponse a mis trop de temps à arriver
phone-too-slow-text = La connexion est lente. Réessayez.
phone-expired-title = Cette page a expiré
phone-expired-text = Votre navigateur n'a pas renvoyé le bulletin de cette salle : il ne garde peut-être pas les cookies, ou la salle a été rouverte. Ouvrez à nouveau le lien.
phone-refused-title = Cette réponse ne peut pas être comptée
phone-refused-text = Quelque chose ne va pas : { $why }. Rien n'a été compté.
phone-refused-incomplete = la réponse n'indique pas d'équipe, ou pas de réponse à la question sur la relation
phone-not-saved-title = Votre réponse n'a pas été enregistrée
phone-not-saved-text = L'ordinateur n'a pas pu l'enregistrer ({ $reason }), elle n'a donc pas été comptée. Revenez en arrière et appuyez de nouveau sur Envoyer dans un instant, ou prévenez l'animation.
phone-reason-closed = la salle a été fermée
phone-reason-late = l'ordinateur n'a pas répondu à temps

## stages, library, comparison and import

workshop-verdict-healthy = Saine
workshop-verdict-toxic = Toxique
workshop-verdict-insufficient = Trop peu de réponses
workshop-scope-overall = Ensemble
workshop-owner-joint = Commun
workshop-owner-executive-sponsor = Sponsor de la direction
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
framing-agenda-capture = Chacun répond, à tour de rôle, anonymement
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
reveal-ready-text = Les révéler les montre à la salle. Les réponses données ensuite sont retenues jusqu’à ce qu’au moins { $floor } d’une même fonction soient arrivées, afin que les réponses d’un retardataire ne puissent jamais être distinguées.
reveal-button = Révéler les résultats
reveal-held-back-sales = { $count ->
    [one] 1 réponse des Ventes retenue : elle s’affichera quand il y en aura { $floor }.
   *[other] { $count } réponses des Ventes retenues : elles s’afficheront quand il y en aura { $floor }.
}
reveal-held-back-product = { $count ->
    [one] 1 réponse du Produit retenue : elle s’affichera quand il y en aura { $floor }.
   *[other] { $count } réponses du Produit retenues : elles s’afficheront quand il y en aura { $floor }.
}
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
diagnose-findings = Constats : les règles déclenchées
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
agree-due-invalid = Écrivez la date sous la forme AAAA-MM-JJ, ou choisissez-la dans le calendrier.
agree-answers = Répond à
agree-no-finding = aucun constat
agree-did-not-fire = { $title } (non déclenchée)
agree-question = Question pour la salle : { $prompt }
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
close-notes = Notes : { $note }
workshop-export-html = Exporter le rapport HTML…
workshop-export-markdown = Exporter en Markdown…
workshop-export-responses = Exporter les réponses (CSV)…
workshop-export-metrics = Exporter les indicateurs (CSV)…
workshop-copy-markdown = Copier le Markdown
workshop-exporting = Export en cours…
workshop-cannot-remove = Impossible de supprimer { $path } : { $error }
workshop-reveal-not-saved = { $error }. Les résultats restent masqués tant que la révélation ne peut pas être enregistrée.
workshop-saved = Enregistré : { $path }
workshop-not-saved = { $error }. L’atelier reste ouvert avec toutes ses modifications.
workshop-restored = Les modifications non enregistrées ont été restaurées. Enregistrez pour les conserver dans le fichier de l’atelier.
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
compare-no-clear-change = { $change }, pas de changement net
compare-better = { $arrow } { $change }, mieux
compare-worse = { $arrow } { $change }, moins bien
compare-library = ⬅ Bibliothèque
compare-title = Comparaison de { $count } ateliers
compare-export-html = Exporter la comparaison (HTML)…
compare-export-markdown = Exporter la comparaison (Markdown)…
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
import-title = À quelle question chaque colonne répond-elle ?
import-unknown = { $file } contient des colonnes que Tandem ne reconnaît pas. Indiquez ce qu’est chacune ; Tandem retient votre choix pour les fichiers ayant les mêmes colonnes.
import-choose = Choisir…
import-import = Importer
import-cancel = Annuler
