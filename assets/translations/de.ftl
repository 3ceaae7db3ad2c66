# Tandems deutsche Texte. Dieselben Nachrichten-IDs und Variablen wie en.ftl.

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-long = { $day }. { $month } { $year }

## Answers, as the kiosk, the phones and the exports name them

function-sales = Vertrieb
function-product = Produkt
scale-1 = stimme überhaupt nicht zu
scale-2 = stimme nicht zu
scale-3 = neutral
scale-4 = stimme zu
scale-5 = stimme voll und ganz zu
skip = Überspringen
skipped = übersprungen
none = keine
button-back = Zurück
button-next = Weiter
button-submit = Absenden

## The phone pages of room mode

phone-language = Sprache
phone-step = Schritt { $number } von { $total }
phone-team-title = In welchem Team sind Sie?
phone-welcome = Willkommen! Ihre Antworten sind anonym: Es wird kein Name, kein Gerät und keine Uhrzeit gespeichert.
phone-choose-one = Wählen Sie eine Antwort
phone-choose-any = Wählen Sie beliebig viele oder keine
phone-comments-title = Möchten Sie etwas ergänzen? (freiwillig)
phone-comments-note = Kommentare werden dem Raum gesammelt und gemischt gezeigt, ohne den Namen Ihres Teams. Vermeiden Sie Details, die Sie erkennbar machen.
phone-review-title = Prüfen Sie Ihre Antworten
phone-review-team = Team
phone-review-relationship = Beziehung
phone-review-sources = Ursachen der Reibung
phone-review-note = Nach dem Absenden können Ihre Antworten auf diesem Telefon weder geändert noch wieder angezeigt werden.
phone-hint-team = Bitte wählen Sie Ihr Team.
phone-hint-relationship = Bitte wählen Sie eine Antwort, um weiterzugehen.
phone-hint-statements = { $count ->
    [one] Eine Aussage ist noch unbeantwortet: Bewerten Sie sie oder wählen Sie Überspringen.
   *[other] { $count } Aussagen sind noch unbeantwortet: Bewerten Sie jede oder wählen Sie Überspringen.
}
phone-thanks-title = Danke! Ihre Antworten sind gespeichert.
phone-thanks-text = Sie können diese Seite jetzt schließen. Die Moderation zeigt dem Raum die Ergebnisse.
phone-answered-title = Sie haben bereits geantwortet
phone-answered-text = Die Antworten dieses Telefons sind gespeichert, und jedes Telefon antwortet einmal. Danke! Sie können diese Seite schließen.
phone-start-again = Neu beginnen
phone-full-title = Der Raum ist voll
phone-full-text = Dieser Raum nimmt keine weiteren Telefone an. Bitte wenden Sie sich an die Moderation.
phone-not-form-title = Diese Seite nimmt nur Antworten aus ihrem eigenen Formular an
phone-not-form-text = Bitte beginnen Sie noch einmal über den Link.
phone-too-long-title = Ihre Antwort ist zu lang
phone-too-long-text = Bitte kürzen Sie Ihre Kommentare und versuchen Sie es erneut.
phone-too-slow-title = Ihre Antwort kam zu langsam an
phone-too-slow-text = Die Verbindung ist langsam. Bitte versuchen Sie es erneut.
phone-expired-title = Diese Seite ist abgelaufen
phone-expired-text = Ihr Browser hat den Stimmzettel dieses Raums nicht zurückgeschickt: Vielleicht speichert er keine Cookies, oder der Raum wurde neu geöffnet. Bitte öffnen Sie den Link noch einmal.
phone-refused-title = Diese Antwort kann nicht gezählt werden
phone-refused-text = Etwas stimmt damit nicht: { $why }. Nichts wurde gezählt.
phone-refused-incomplete = die Antwort nennt kein Team oder keine Antwort auf die Frage nach der Beziehung
phone-not-saved-title = Ihre Antwort wurde nicht gespeichert
phone-not-saved-text = Der Laptop konnte sie nicht speichern ({ $reason }), daher wurde sie nicht gezählt. Bitte gehen Sie zurück und tippen Sie gleich noch einmal auf Absenden, oder sagen Sie der Moderation Bescheid.
phone-reason-closed = der Raum wurde geschlossen
phone-reason-late = der Laptop hat nicht rechtzeitig geantwortet
