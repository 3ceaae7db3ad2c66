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
