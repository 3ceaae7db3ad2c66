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
date-no-such-day = Den { $date } gibt es nicht: Dieser Monat hat { $days } Tage.
date-no-such-month = Einen Monat { $month } gibt es nicht: Die Monate gehen von 01 bis 12.

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
phone-hint-send-again = Diese Seite war lange offen, deshalb hat der Raum sie erneuert. Ihre Antworten sind erhalten: Tippen Sie noch einmal auf Absenden.
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
phone-comment-too-long-text = Jeder Kommentar darf höchstens 2.000 Zeichen lang sein. Gehen Sie zurück, kürzen Sie ihn und senden Sie Ihre Antwort erneut: Noch wurde nichts gezählt.
phone-too-slow-title = Ihre Antwort kam zu langsam an
phone-too-slow-text = Die Verbindung ist langsam. Bitte versuchen Sie es erneut.
phone-expired-title = Diese Seite ist abgelaufen
phone-expired-text = Ihr Browser hat den Stimmzettel dieses Raums nicht zurückgeschickt: Vielleicht speichert er keine Cookies, oder der Raum wurde neu geöffnet. Bitte öffnen Sie den Link noch einmal.
phone-refused-title = Diese Antwort kann nicht gezählt werden
phone-refused-text = Etwas stimmt damit nicht: { $why }. Nichts wurde gezählt.
phone-refused-incomplete = die Antwort nennt kein Team oder keine Antwort auf die Frage nach der Beziehung
phone-refused-damaged = die Antwort kam beschädigt an
phone-refused-foreign = die Antwort kam nicht von den Seiten dieses Raums
phone-refused-does-not-fit = die Antwort passt nicht zu den Fragen dieses Workshops
phone-not-saved-title = Ihre Antwort wurde nicht gespeichert
phone-not-saved-text = Der Laptop konnte sie nicht speichern ({ $reason }), daher wurde sie nicht gezählt. Bitte gehen Sie zurück und tippen Sie gleich noch einmal auf Absenden, oder sagen Sie der Moderation Bescheid.
phone-reason-closed = der Raum wurde geschlossen
phone-reason-late = der Laptop hat nicht rechtzeitig geantwortet
phone-reason-not-written = die Workshop-Datei konnte nicht geschrieben werden
phone-reason-workshop-closed = der Workshop wurde geschlossen, bevor Ihre Antworten ankamen
phone-reason-refused = der Workshop nimmt diese Antwort nicht mehr an (seine Fragen haben sich geändert)

## kiosk, setup, capture, room and the app's frame

stage-setup = Vorbereitung
stage-framing = Einordnung
stage-capture = Erfassung
stage-reveal = Ergebnisse
stage-diagnose = Diagnose
stage-agree = Vereinbaren
stage-close = Abschluss
stage-time-left = ⏱ noch { $time }
stage-time-over = ⏱ { $time } überzogen
kiosk-anonymous = Ihre Antworten sind anonym: Es wird kein Name, kein Gerät und keine Uhrzeit gespeichert.
kiosk-facilitator = Moderation
kiosk-back = ⬅ Zurück
kiosk-next = Weiter ➡
kiosk-to-review = Überprüfen ➡
kiosk-choose-or-skip = Wählen Sie eine Antwort, oder überspringen Sie diese Aussage.
kiosk-submit = Meine Antworten absenden
kiosk-welcome = Willkommen! In welchem Team sind Sie?
kiosk-statement-of = Aussage { $number } von { $total }
kiosk-skip-choice = Überspringen: Das kann ich nicht beurteilen
kiosk-skip-name = { $statement } — überspringen
kiosk-pass-on = Bitte geben Sie den Laptop an die nächste Person weiter.
kiosk-next-participant = Ich bin die nächste Person
kiosk-not-saved = Ihre Antworten konnten nicht gespeichert werden. Bitte rufen Sie die Moderation; Ihre Antworten sind noch da.
kiosk-review-team = Team: { $team }
kiosk-review-relationship = Beziehung: { $answer }
kiosk-review-skipped = { $total ->
    [one] Sie haben { $skipped } von { $total } Aussage übersprungen: Übersprungene zählen nicht.
   *[other] Sie haben { $skipped } von { $total } Aussagen übersprungen: Übersprungene zählen nicht.
}
kiosk-not-answered = nicht beantwortet
kiosk-rate-now = Jetzt bewerten
kiosk-rate-now-name = Jetzt bewerten: { $statement }
kiosk-review-sources = Ursachen der Reibung: { $sources }
kiosk-review-comment = { $prompt } { $comment }
kiosk-unlock-title = Moderation: Geben Sie Ihre PIN ein, um den Teilnahmemodus zu verlassen
kiosk-pin = PIN
kiosk-wrong-pins = { $count ->
    [one] Eine falsche PIN. Sie können es in { $seconds } s erneut versuchen.
   *[other] { $count } falsche PINs. Sie können es in { $seconds } s erneut versuchen.
}
kiosk-wrong-pin = Falsche PIN.
kiosk-unlock = Entsperren
setup-title = Titel
setup-title-hint = Abstimmung Vertrieb & Produkt, Q3
setup-title-missing = Geben Sie dem Workshop einen Titel, damit Sie ihn wiederfinden.
setup-organisation = Organisation oder Team
setup-date = Datum
setup-date-hint = TT.MM.JJJJ
setup-date-invalid = Schreiben Sie das Datum als TT.MM.JJJJ oder JJJJ-MM-TT; es bleibt beim { $date }.
setup-date-impossible = { $reason } Es bleibt beim { $date }.
setup-file = Datei: { $file }
setup-facilitator = Moderation
setup-facilitator-hint = Ihr Name
setup-language = Teilnehmende antworten, und die Zusammenfassung wird geschrieben, auf
setup-built-in-rules = Stattdessen gelten die eingebauten Regeln.
setup-next = Weiter: Einordnung ➡
setup-expected-sales = Erwartete Teilnehmende (Vertrieb)
setup-expected-product = Erwartete Teilnehmende (Produkt)
setup-floor = Anonymitätsschwelle (Antworten je Funktion)
setup-floor-note = Kein Ergebnis wird gezeigt, bevor jede Funktion mindestens so viele Antworten hat. Sie liegt nie unter 3.
setup-floor-unreachable-sales = { $expected ->
    [one] Vertrieb: nur eine Person erwartet, weniger als die Schwelle von { $floor }: Ergebnisse würden nie angezeigt.
   *[other] Vertrieb: nur { $expected } Teilnehmende erwartet, weniger als die Schwelle von { $floor }: Ergebnisse würden nie angezeigt.
}
setup-floor-unreachable-product = { $expected ->
    [one] Produkt: nur eine Person erwartet, weniger als die Schwelle von { $floor }: Ergebnisse würden nie angezeigt.
   *[other] Produkt: nur { $expected } Teilnehmende erwartet, weniger als die Schwelle von { $floor }: Ergebnisse würden nie angezeigt.
}
setup-questionnaire = { $count ->
    [one] Fragebogen: { $name } ({ $count } Aussage)
   *[other] Fragebogen: { $name } ({ $count } Aussagen)
}
setup-questionnaire-file = Fragebogen-Datei…
setup-default-questionnaire = Standard-Fragebogen
setup-questionnaire-fixed = Sobald Antworten vorliegen, steht der Fragebogen fest.
setup-rules = { $count ->
    [one] Regeln: { $name } ({ $count } Regel, { $source })
   *[other] Regeln: { $name } ({ $count } Regeln, { $source })
}
setup-rules-built-in = eingebaut
setup-rules-file = Regel-Datei…
setup-default-rules = Standardregeln
setup-time-boxes = Zeitrahmen (Minuten; 0 für keinen)
capture-intro = Alle antworten allein und anonym: auf ihrem Telefon oder an diesem Laptop.
capture-responses = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
capture-responses-of-expected = { $count ->
    [one] { $count } Antwort von { $expected } erwarteten
   *[other] { $count } Antworten von { $expected } erwarteten
}
capture-held-until = { $count ->
    [one] 1 zurückgehalten, bis { $floor } da sind
   *[other] { $count } zurückgehalten, bis { $floor } da sind
}
capture-floor-reached = ✔ Schwelle erreicht
capture-more-needed = Noch { $count } nötig, bevor Ergebnisse gezeigt werden können
capture-over-headcount-sales = Vertrieb: { $given } Antworten, aber nur { $expected } Personen erwartet: Prüfen Sie die Teilnehmerzahl (eine Antwort je Telefon beruht auf einem Cookie).
capture-over-headcount-product = Produkt: { $given } Antworten, aber nur { $expected } Personen erwartet: Prüfen Sie die Teilnehmerzahl (eine Antwort je Telefon beruht auf einem Cookie).
capture-survey-title = Antworten aus einer Umfrage
capture-survey-text = Importieren Sie die Antworten einer Umfrage, die vor dem Workshop verschickt wurde: eine CSV- oder Excel-Datei, wie Google Forms, Microsoft Forms, Typeform oder SurveyMonkey sie exportieren. Namen, E-Mail-Adressen und Zeitangaben darin werden verworfen und nie gespeichert. Eine Datei mit einer fehlerhaften Zeile wird ganz abgelehnt.
capture-import = Antworten aus CSV importieren…
capture-next = Weiter: Ergebnisse ➡
capture-participant-title = Teilnahmemodus
capture-participant-text = Teilnehmende antworten nacheinander an diesem Laptop. Wählen Sie eine PIN: Nur mit ihr lässt sich der Teilnahmemodus verlassen, so erreichen Teilnehmende nie Ergebnisse oder andere Antworten.
capture-pin = PIN der Moderation
capture-pin-rules = Mindestens { $digits } Ziffern, nur Ziffern.
capture-pin-problem = Wählen Sie eine PIN aus mindestens { $digits } Ziffern (nur Ziffern).
capture-pin-again = PIN wiederholen
capture-pin-mismatch = Die beiden PINs stimmen nicht überein: Geben Sie in beide Felder dieselbe PIN ein.
capture-pin-again-missing = Geben Sie die PIN zur Bestätigung ein zweites Mal ein.
capture-start-participant = Teilnahmemodus starten…
capture-projector-title = Zeigt ein Projektor diesen Bildschirm?
capture-projector-risk = Im Teilnahmemodus antworten alle an diesem Laptop. Spiegelt ein Projektor diesen Bildschirm, sieht der Raum die Antworten jeder Person, während sie sie gibt.
capture-projector-advice = Schalten Sie den Projektor schwarz oder aus (oder zeigen Sie darauf einen anderen Bildschirm), bevor Sie beginnen. Oder nutzen Sie stattdessen den Raummodus: Alle antworten auf ihrem eigenen Telefon, und der Projektor zeigt nur den Code und die Zahlen.
capture-projector-start = Kein Projektor zeigt ihn: starten
capture-use-room = Stattdessen Raummodus nutzen
room-title = Antworten per Telefon
room-intro = Alle antworten gleichzeitig im Browser ihres Telefons, im Netzwerk dieses Raums: keine App, kein Konto, nichts verlässt den Raum.
room-network = Netzwerk
room-no-network-found = kein Netzwerk gefunden
room-network-choice = { $name } — { $address } ({ $kind })
room-kind-network = Netzwerk
room-kind-vpn = VPN
room-kind-container = Container / virtuelle Maschine
room-kind-loopback = nur dieser Laptop
room-look-again = Erneut nach Netzwerken suchen
room-kept-missing = Das Netzwerk, das dieser Workshop zuletzt genutzt hat ({ $address }), ist gerade nicht verfügbar: Stattdessen ist das Standardnetzwerk gewählt.
room-unreachable = Telefone im Raum erreichen dieses Netzwerk nicht: Wählen Sie das WLAN des Raums.
room-loopback-only = In diesem Netzwerk kann nur dieser Laptop den Raum öffnen.
room-open = Raum öffnen
room-scan = Scannen Sie den Code, oder öffnen Sie diese Adresse:
room-same-wifi = Dasselbe WLAN wie dieser Laptop. Jedes Telefon antwortet einmal; niemand sieht die Antworten anderer.
room-present = Präsentieren
room-close = Raum schließen
room-leave-home = Raum und Workshop schließen
room-still-open = Der Raum ist noch offen
room-still-open-line = { $count ->
    [one] Der Raum ist offen: Telefone können unter { $address } weiter antworten (bisher 1 Antwort).
   *[other] Der Raum ist offen: Telefone können unter { $address } weiter antworten (bisher { $count } Antworten).
}
room-leave-warning = Das Schließen des Workshops schließt den Raum: Telefone, die noch nicht auf Absenden getippt haben, verlieren ihre Antworten, und der Code auf dem Bildschirm funktioniert nicht mehr.
room-stay = Workshop offen lassen
room-present-title = Antworten Sie auf Ihrem Telefon
room-present-held = { $count ->
    [one] Eine Antwort kam nach dem Zeigen der Ergebnisse: Sie ist gespeichert und wird mitgezählt, sobald genug Antworten aus ihrem Team da sind, um sie anonym zu halten.
   *[other] { $count } Antworten kamen nach dem Zeigen der Ergebnisse: Sie sind gespeichert und werden mitgezählt, sobald genug Antworten aus ihrem Team da sind, um sie anonym zu halten.
}
room-no-network = Kein Netzwerk, in dem sich der Raum öffnen lässt. Verbinden Sie sich mit dem WLAN des Raums (oder starten Sie den Hotspot des Laptops) und suchen Sie dann erneut nach Netzwerken.
room-no-code = Die Beitrittsadresse lässt sich nicht als QR-Code zeichnen: { $error }
room-answer-not-counted = Eine Antwort von einem Telefon wurde nicht gezählt: { $error }

## Raummodus und Betriebssystem: die Firewall, Gäste-WLAN

room-firewall = Wenn zum ersten Mal ein Raum geöffnet wird, fragt Windows oder macOS vielleicht, ob Tandem eingehende Verbindungen annehmen darf. Erlauben Sie es für private Netzwerke: So erreichen die Telefone diesen Laptop.
room-guest-wifi = Gäste-WLANs trennen die Geräte oft voneinander. Können die Telefone die Adresse nicht öffnen, nutzen Sie den Hotspot eines Telefons oder dieses Laptops.

app-back = ⬅ Zurück
app-home = ⬅ Start
app-save = Speichern
app-unsaved = ungespeicherte Änderungen
app-saved = gespeichert
app-dark-theme = Dunkles Design
app-presentation = ⛶ Präsentationsmodus (F11)
app-close-title = Änderungen vor dem Schließen speichern?
app-close-text = Der Workshop hat Änderungen, die noch nicht in seiner Datei stehen.
app-save-and-close = Speichern und schließen
app-discard-and-close = Verwerfen und schließen
app-cancel = Abbrechen
app-dismiss = Schließen
app-path-save-as = Speichern unter (ein freier Name im Workshop-Ordner; ändern Sie ihn nach Belieben)
app-path-save-here = Hier speichern
app-path-open-as = Pfad der Datei (tippen oder einfügen)
app-path-open = Diese Datei öffnen
app-markdown-copied = Die Markdown-Zusammenfassung liegt in der Zwischenablage.
app-recovery-not-removed = Die Wiederherstellungsdatei ließ sich nicht entfernen: { $error }
app-recovery-found = Ungespeicherte Änderungen aus einer früheren Sitzung liegen in { $path }: { $parts }.
app-recovery-restore = Wiederherstellen
app-recovery-discard = Verwerfen
app-untitled = Workshop ohne Titel
app-file-not-named = Die Datei ließ sich nicht nach dem Workshop benennen: { $error }
app-old-file-kept = Der Workshop liegt jetzt in { $path }; die alte Datei { $old } ließ sich nicht entfernen: { $error }
app-folder-not-created = Der Workshop-Ordner { $folder } ließ sich nicht anlegen: { $error }
app-compare-two = Wählen Sie mindestens zwei Workshops zum Vergleichen.
app-compare-locked = „{ $title }“ ist im Teilnahmemodus: Öffnen Sie ihn und entsperren Sie ihn mit der PIN, bevor Sie ihn vergleichen.
app-compare-built-in-rules = { $error }; mit den eingebauten Regeln verglichen.
app-participant-needs-save = { $error }. Der Teilnahmemodus braucht einen Workshop, der sich speichern lässt.
app-participant-no-random = Der Teilnahmemodus wurde nicht gestartet: Das Betriebssystem hat keine Zufallszahlen geliefert ({ $error }), und die PIN-Sperre braucht sie.
app-saved-path = { $path } gespeichert
app-still-open = { $error }. Der Workshop ist weiter offen, mit allen Änderungen.
app-stays-open = { $error }. Der Workshop bleibt offen, mit allen Änderungen.
app-no-dialog = Es ließ sich kein Dateidialog öffnen: { $error }.
app-dialog-silent = Der Dateidialog hat seit { $seconds } Sekunden nicht geantwortet. Ist er hinter diesem Fenster offen, können Sie ihn weiter nutzen. Ist keiner erschienen, kann dieser Desktop keinen zeigen: Mit xdg-desktop-portal und einem Backend wie xdg-desktop-portal-gtk (oder dem Programm zenity) funktionieren die Dialoge.
app-exporting = { $format } wird exportiert…
app-exporting-comparison = Der Vergleich wird exportiert…
app-export-failed = Export nicht möglich: { $error }
app-exported = { $path } exportiert

## Über Tandem: Version, Lizenz, wo die Workshops liegen, die Studie

app-about = Über Tandem
about-title = Über Tandem
about-version = Version { $version }
about-licence = Lizenz: { $licence }. Tandem ist freie Software.
about-folder = Die Workshops liegen in diesem Ordner, jeder in einer .ron-Datei:
about-study-title = Woher die Frage stammt
about-study = Actuation Consulting, Study of Product Team Performance, 2014. Die Studie fragte Produktteams: „Wie würden Sie die Beziehung zwischen der Vertriebsorganisation und dem Produktteam beschreiben?“ (aus dem Englischen übersetzt). Über ein Viertel von ihnen (26,59 %) antwortete mit erheblicher oder ständiger Reibung. Tandem stellt beiden Teams dieselbe Frage, dem Vertrieb wie dem Produkt.
about-close = Schließen

## exports, sentences, comparison report and command line

words-quoted = „{ $text }“
words-metric-respondents = die Zahl der Antwortenden
words-metric-share = der Anteil mit der Antwort { $answer }
words-metric-aligned-share = der Anteil mit wenig oder gelegentlicher Reibung
words-metric-dysfunction-share = der Anteil mit erheblicher oder ständiger Reibung
words-metric-friction-level = die mittlere Reibungsstufe (0 bis 3)
words-metric-mean = der Durchschnitt für { $statement }
words-metric-spread = die Streuung der Bewertungen für { $statement }
words-metric-spillover = der Anteil mit 4 oder höher sowohl bei { $debate } als auch bei { $personal } (unter allen mit Bewertungen für beide)
words-metric-source-share = der Anteil mit Nennung von { $source }
words-metric-perception-gap = die Wahrnehmungslücke (mittlere Reibungsstufe des Vertriebs minus die des Produkts)
words-metric-statement-gap = die Lücke bei { $statement } (Durchschnitt des Vertriebs minus der des Produkts)
words-subject-overall = { $metric }
words-subject-sales = { $metric } (Vertrieb)
words-subject-product = { $metric } (Produkt)
words-percentage-points = { $points } Prozentpunkte
words-sentence-at-or-above = { $subject } liegt bei { $value }, also bei oder über { $threshold }
words-sentence-at-or-below = { $subject } liegt bei { $value }, also bei oder unter { $threshold }
words-sentence-above = { $subject } liegt bei { $value }, also über { $threshold }
words-sentence-below = { $subject } liegt bei { $value }, also unter { $threshold }
words-sentence-just-below = { $subject } liegt bei { $value }, knapp unter { $threshold }
words-sentence-just-above = { $subject } liegt bei { $value }, knapp über { $threshold }
words-no-value = { $subject } hat keinen Wert: nicht genug Antworten
words-part-holds = { $sentence }: Dieser Teil ist erfüllt
words-distance-at-least = { $subject } liegt bei { $value }; die Regel greift ab { $threshold } — { $away }
words-distance-at-most = { $subject } liegt bei { $value }; die Regel greift bei { $threshold } oder weniger — { $away }
words-distance-above = { $subject } liegt bei { $value }; die Regel greift über { $threshold } — { $away }
words-distance-below = { $subject } liegt bei { $value }; die Regel greift unter { $threshold } — { $away }
words-away = noch { $distance } entfernt
words-just-short = knapp verfehlt
words-evidence-together = Alle diese Punkte zusammen:
words-evidence-each = Jeder dieser Punkte reicht für sich:
stability-one-of = eine von { $answers } Antworten
stability-any-of-all = eine beliebige der { $answers } Antworten
stability-any-of-some = eine beliebige von { $changes } der { $answers } Antworten
stability-unchecked = lässt sich nicht durch Weglassen einer Antwort prüfen: Mit einer Antwort weniger läge ein Team unter der Anonymitätsschwelle
stability-holds = hält, egal wessen Antwort man weglässt
stability-one-decides = die Antwort einer einzigen Person entscheidet das
stability-verdict-changes = es würde sich ändern, wenn { $which } weggelassen würde: Besprechen Sie es als Frage an den Raum, nicht als Befund
stability-still-not = greift nicht, egal wessen Antwort man weglässt
stability-hinges = die Regel würde nicht greifen, wenn { $which } weggelassen würde: Besprechen Sie es als Frage an den Raum, nicht als Befund
stability-one-away = die Regel würde greifen, wenn { $which } weggelassen würde
study-column = Studie (2014)
study-legend = Studie 2014
study-note-label = Studie (2014):
study-note = Die Studie nennt 23,70 % und 2,89 % für die beiden letzten Antworten und 73,41 % für die ersten beiden zusammen, davon „etwas über 9 %“ völlig abgestimmt; 9,25 % ist unsere Lesart von „etwas über 9 %“, und 64,16 % sind 73,41 % minus 9,25 %.
export-label-colon = { $label }:
export-withheld = Die Ergebnisse bleiben verborgen, bis jedes Team mindestens { $floor } Antworten hat (Vertrieb hat { $sales }, Produkt hat { $product }).
export-organisation = Organisation:
export-date = Datum:
export-facilitator = Moderation:
export-respondents = Antwortende:
export-respondents-value = { $sales } Vertrieb, { $product } Produkt (Anonymitätsschwelle { $floor })
export-held-back = Noch nicht gezeigt:
held-back-sales = { $count ->
    [one] 1 Antwort des Vertriebs wird zurückgehalten, bis { $floor } zusammen gezeigt werden können.
   *[other] { $count } Antworten des Vertriebs werden zurückgehalten, bis { $floor } zusammen gezeigt werden können.
}
held-back-product = { $count ->
    [one] 1 Antwort des Produkts wird zurückgehalten, bis { $floor } zusammen gezeigt werden können.
   *[other] { $count } Antworten des Produkts werden zurückgehalten, bis { $floor } zusammen gezeigt werden können.
}
export-rules = Regeln:
export-follow-up = Folge-Workshop:
export-summary = Zusammenfassung
export-key-findings = Das Wichtigste
export-more-findings = { $count ->
    [one] Ein weiterer Befund steht in den Details.
   *[other] { $count } weitere Befunde stehen in den Details.
}
export-details = Details
export-verdict = Urteil
export-scope-overall = Gesamt
export-scope-sales = Vertrieb
export-scope-product = Produkt
export-verdict-healthy = Gesund
export-verdict-toxic = Toxisch
export-verdict-insufficient = Zu wenige Antworten
export-weights = toxisches Gewicht { $toxic }, gesundes Gewicht { $healthy }
export-verdict-detail = Das Urteil im Einzelnen
export-weighing = { $scope }: Die toxischen Befunde wiegen zusammen { $toxic }, die gesunden { $healthy }.
export-perception-gap = Wahrnehmungslücke (mittlere Reibungsstufe Vertrieb − Produkt, 0–3):
export-relationship-heading = Wie würden Sie die Beziehung beschreiben?
export-answer = Antwort
export-sales = Vertrieb
export-product = Produkt
export-overall = Gesamt
export-statements-heading = Aussagen (mittlere Bewertung, 1–5)
export-statements = Aussagen
export-statement = Aussage
export-gap-sales-product = Lücke (Vertrieb − Produkt)
export-gap = Lücke
statement-rated = { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}
statement-floor-note = Ein Durchschnitt wird nur gezeigt, wenn mindestens { $floor } Personen einer Funktion die Aussage bewertet haben; sonst nur, wie viele es waren, denn der Durchschnitt so weniger ist ihre eigene Antwort. Eine Lücke braucht beide Durchschnitte.
export-friction-sources = Reibungsquellen
export-source = Quelle
export-total = Summe
export-distribution-caption = Anteil jeder Antwort unter den Antwortenden aus Vertrieb und Produkt, neben der Study of Product Team Performance von Actuation Consulting (2014).
export-gap-caption = Mittlere Bewertung des Vertriebs minus die des Produkts, je Aussage (1 = stimme überhaupt nicht zu, 5 = stimme voll und ganz zu).
export-chart-distribution-title = Anteil jeder Antwort zur Beziehung: Vertrieb, Produkt und die Studie von 2014
export-chart-bar = { $who }, { $answer }: { $share }
export-chart-completely-1 = Vollständig
export-chart-completely-2 = abgestimmt
export-chart-mostly-1 = Weitgehend
export-chart-mostly-2 = abgestimmt
export-chart-lacking-1 = Wenig
export-chart-lacking-2 = abgestimmt
export-chart-constant-1 = Ständige
export-chart-constant-2 = Reibung
export-chart-gap-title = Lücke der mittleren Bewertung je Aussage, Vertrieb minus Produkt
export-chart-product-agrees = Produkt höher
export-chart-sales-agrees = Vertrieb höher
export-findings = Befunde
export-no-rule-fired = Keine Regel hat gegriffen.
export-function-findings = Befunde allein aus den Antworten eines Teams
export-function-findings-note = Diese Regeln haben bei den Antworten eines Teams gegriffen, aber nicht bei allen Antworten zusammen: Sie zählen für das Urteil dieses Teams, nicht für das Gesamturteil.
export-fired-on-sales = Greift allein bei den Antworten des Vertriebs
export-fired-on-product = Greift allein bei den Antworten des Produkts
export-fired-on-sales-inline = greift allein bei den Antworten des Vertriebs
export-fired-on-product-inline = greift allein bei den Antworten des Produkts
export-scope-inline-overall = gesamt
export-scope-inline-sales = Vertrieb
export-scope-inline-product = Produkt
export-signal-healthy = ✔ gesund
export-signal-toxic = ⚠ toxisch
export-weight = Gewicht { $weight }
export-question-for-the-room = Frage an den Raum:
export-question-for-sales = Frage an den Vertrieb:
export-question-for-product = Frage an das Produktteam:
export-source-label = Quelle:
export-nearly-fired = Beinahe gegriffen
export-comments = Kommentare (gesammelt und gemischt)
export-no-comments = (keine)
export-method = Methode
export-method-rules = Verwendete Regeln: { $rules }. Jede Regel wiegt 1 bis 5. Ein Urteil ist toxisch, wenn die toxischen Regeln, die greifen, mindestens so viel wiegen wie die gesunden und mindestens eine toxische Regel greift; sonst ist es gesund.
export-method-floor = Ergebnisse werden nur gezeigt, wenn jede Funktion mindestens { $floor } Antworten hat, und der Durchschnitt einer Funktion für eine Aussage nur, wenn mindestens { $floor } ihrer Leute sie bewertet haben. Kommentare werden gemischt und nie einer Funktion zugeordnet.
export-method-stability = „Hält, wer auch immer weggelassen wird“ heißt: Ein Urteil oder Befund bleibt gleich, welche einzelne Antwort man auch weglässt; „Die Antwort einer einzigen Person entscheidet das“ heißt: Ohne eine Antwort fiele es anders aus.
export-page = Seite { $page } von { $pages }
export-agreements = Vereinbarungen
export-none-yet = Noch keine.
export-answers-finding = zu: { $finding }
export-the-overall-verdict = das Gesamturteil
export-actions = Maßnahmen
export-status = Stand
export-action = Maßnahme
export-owner = Verantwortlich
export-due = Fällig
export-answers = Bezug
export-status-done = erledigt
export-status-open = offen
owner-sales = Vertrieb
owner-product = Produkt
owner-joint = Gemeinsam
owner-executive-sponsor = Sponsor (Geschäftsleitung)
compare-report-title = { $count ->
    [one] Vergleich von { $count } Workshop
   *[other] Vergleich von { $count } Workshops
}
compare-report-date = Datum
compare-report-workshop = Workshop
compare-report-sales = Vertrieb
compare-report-product = Produkt
compare-report-verdict = Urteil
compare-report-sales-verdict = Urteil Vertrieb
compare-report-product-verdict = Urteil Produkt
compare-report-weights = Gewicht toxisch / gesund
compare-report-withheld = verborgen
compare-report-below-floor = Workshop { $number } liegt unter der Anonymitätsschwelle: Nur seine Anzahlen werden verglichen.
compare-report-hinge-question = Hängt ein Urteil an einer einzigen Antwort?
compare-report-friction-heading = Reibungsstufe (0–3) und Wahrnehmungslücke
compare-report-perception-gap = Wahrnehmungslücke
compare-report-sales-change = Änderung Vertrieb
compare-report-product-change = Änderung Produkt
compare-report-gap-change = Änderung Lücke
compare-report-better = besser
compare-report-worse = schlechter
compare-report-chance-cell = { $change } (könnte Zufall sein)
compare-report-chance-method = Eine Veränderung heißt wahrscheinlich echt, wenn weniger als 5 von 100 Möglichkeiten, die Antworten der Leute neu auf die beiden Workshops zu verteilen (jedes Team nur unter sich), sie so weit verschieben; sonst könnte sie bei so vielen Antworten Zufall sein, und sie heißt weder besser noch schlechter.
compare-report-relationship-heading = Antworten zur Beziehung (Anteil der Antwortenden)
compare-report-answer = Antwort
compare-report-number-sales = #{ $number } Vertrieb
compare-report-number-product = #{ $number } Produkt
compare-report-changes-heading = Was sich von einem Workshop zum nächsten geändert hat
compare-report-verdict-change = Urteil: { $before } → { $after }
compare-report-moved = Durchschnitt für „{ $statement }“: { $from } → { $to } ({ $direction })
compare-report-level-sales = Reibungsstufe Vertrieb: { $from } → { $to } ({ $direction })
compare-report-level-product = Reibungsstufe Produkt: { $from } → { $to } ({ $direction })
compare-report-gap-step = Wahrnehmungslücke: { $from } → { $to } ({ $direction })
compare-report-festering = Verschleppt (in beiden toxisch): { $rules }
compare-report-actions-done = Maßnahmen aus #{ $number }: { $done } von { $count } erledigt
compare-report-left-out = Die Workshops nutzten verschiedene Fragebögen. Verglichen: die { $shared } Aussagen, die sie gemeinsam haben. Weggelassen: { $left }.
compare-report-trend-title = Reibungsstufe und Wahrnehmungslücke im Zeitverlauf
compare-report-trend-axis = Reibungsstufe (0–3) · Lücke
compare-report-trend-caption = Mittlere Reibungsstufe (0–3) von Vertrieb und Produkt und die Wahrnehmungslücke, Workshop für Workshop.
compare-report-gap = Lücke
compare-report-details = Details
compare-report-workshops = Workshops
compare-brief-span = { $count ->
    [one] Ein Workshop, { $first }
   *[other] { $count } Workshops, { $first } bis { $last }
}
compare-brief-same = wie zuvor
compare-brief-was = zuvor { $before }
compare-brief-trail = über die { $count } Workshops: { $trail }
compare-brief-latest = Seit dem vorigen Workshop ({ $from } → { $to })
compare-brief-series = Vom ersten bis zum neuesten Workshop ({ $from } → { $to })
compare-brief-below-floor = Der Workshop vom { $date } liegt unter der Anonymitätsschwelle: Seine Ergebnisse bleiben verborgen, daher wird in diesem Schritt nichts verglichen.
compare-brief-no-real-move = Kein Durchschnitt einer Aussage hat sich stärker verändert, als es bei dieser Zahl von Antworten auch der Zufall könnte.
compare-brief-more-moves = { $count ->
    [one] Eine weitere Aussage hat sich wahrscheinlich wirklich verändert: siehe Details.
   *[other] { $count } weitere Aussagen haben sich wahrscheinlich wirklich verändert: siehe Details.
}
compare-brief-actions = Maßnahmen vom { $date }: { $done } von { $count } erledigt
compare-brief-no-actions = Am { $date } wurden keine Maßnahmen vereinbart.
compare-brief-still-open = Noch offen aus früheren Workshops
compare-brief-agreed = Vereinbart
compare-brief-newest-actions = Vereinbart beim neuesten Workshop ({ $date })
compare-brief-more-open = { $count ->
    [one] Eine weitere Maßnahme ist noch offen: Die Details führen die Maßnahmen jedes Workshops auf.
   *[other] { $count } weitere Maßnahmen sind noch offen: Die Details führen die Maßnahmen jedes Workshops auf.
}
compare-brief-was-unknown = zuvor zu wenige Antworten für ein Urteil
cli-note-withheld = Hinweis: Ergebnisse unter der Anonymitätsschwelle verborgen; nur die Anzahlen wurden exportiert
cli-raw-responses = Hinweis: Jede Zeile dieser CSV verbindet ein Team mit den Bewertungen und Kommentaren einer Person; in einem kleinen Team kann ein Kommentar verraten, wer ihn geschrieben hat. Sie ist für die Moderation, nicht für den Raum: Alle anderen Exporte fassen die Kommentare zusammen
cli-raw-held = { $count ->
    [one] Hinweis: 1 Antwort nach der Enthüllung wird zurückgehalten und steht nicht in dieser CSV
   *[other] Hinweis: { $count } Antworten nach der Enthüllung werden zurückgehalten und stehen nicht in dieser CSV
}
cli-note-recovery = Hinweis: { $path } enthält ungespeicherte Arbeit, die neuer ist als die Workshop-Datei
cli-room-open = Raum für „{ $title }“ geöffnet. Telefone im selben Netz antworten unter der Adresse oben; Strg-C schließt den Raum.
cli-room-closed = { $count ->
    [one] Raum geschlossen. { $path } enthält { $count } Antwort.
   *[other] Raum geschlossen. { $path } enthält { $count } Antworten.
}
cli-room-not-counted = { $error }; diese Antwort wurde nicht gezählt
cli-classify-withheld = Die Ergebnisse bleiben verborgen, bis jedes Team mindestens { $floor } Antworten hat (dem Vertrieb fehlen { $sales }, dem Produkt { $product }).
cli-classify-verdict-stability = Urteil { $scope }: { $words }.
cli-classify-perception-gap = Wahrnehmungslücke: { $gap } (mittlere Reibungsstufe Vertrieb − Produkt, 0–3)
cli-classify-fired = Regeln, die gegriffen haben, { $scope }:
cli-classify-none = keine
cli-classify-nearly-fired = beinahe gegriffen: { $rule }
cli-classify-relationship = Beziehung

## stages, library, comparison and import

workshop-verdict-healthy = Gesund
workshop-verdict-toxic = Toxisch
workshop-verdict-insufficient = Zu wenige Antworten
workshop-scope-overall = Gesamt
framing-title = Warum wir hier sind
framing-quotation = „Wie würden Sie die Beziehung zwischen der Vertriebsorganisation und dem Produktteam beschreiben?“ – gefragt wurden Produktteams, Study of Product Team Performance, Actuation Consulting 2014 (aus dem Englischen übersetzt)
framing-quotation-translated = „Wie würden Sie die Beziehung zwischen der Vertriebsorganisation und dem Produktteam beschreiben?“ – gefragt wurden Produktteams, Study of Product Team Performance, Actuation Consulting 2014 (aus dem Englischen übersetzt)
framing-bar = { $answer }: { $share }
framing-study = Die Studie von 2014
framing-axis = % der Produktteams
framing-study-note = Die Studie nennt 23,70 % und 2,89 % für die letzten beiden Antworten und 73,41 % für die ersten beiden zusammen, davon „etwas über 9 %“ völlig abgestimmt; 9,25 % ist unsere Lesart von „etwas über 9 %“, und 64,16 % sind 73,41 % minus 9,25 %.
framing-quarter = Über ein Viertel (26,59 %) berichtet von erheblicher oder ständiger Reibung. Wie sieht es der Vertrieb? Heute fragen wir beide Seiten.
framing-healthy = ✔ Gesunde Reibung
framing-healthy-text = Entsteht aus unterschiedlichen Blickwinkeln: eine 12-Monats-Roadmap gegen Quartalsziele. Wir streiten über die Sache – Prioritäten, Umfang, Zeitplan – und klären sie durch einen Kompromiss oder eine Entscheidung der Geschäftsleitung.
framing-toxic = ⚠ Toxische Reibung
framing-toxic-text = Bleibt sie liegen, wird sie persönlich: Schuldzuweisungen, Frust, Misstrauen, und niemand weiß, wer entscheidet. Genau das wollen wir finden und beheben.
framing-agenda = Ablauf
framing-agenda-line = { $number }. { $line }
framing-agenda-timed = { $number }. { $line } ({ $minutes } Min.)
framing-agenda-capture = Alle antworten allein und anonym, am Telefon oder an diesem Laptop
framing-agenda-reveal = Wir sehen uns die Ergebnisse nebeneinander an
framing-agenda-diagnose = Gesund oder toxisch, und warum
framing-agenda-agree = Vereinbarungen und Maßnahmen
framing-agenda-close = Zusammenfassung und nächster Workshop
framing-promise = Unser Versprechen: Ihre Antworten sind anonym
framing-promise-text = Zu Ihren Antworten werden weder Name noch Gerät noch Uhrzeit gespeichert. Nichts wird gezeigt, bevor Vertrieb und Produkt jeweils mindestens { $floor } Antworten abgegeben haben. Kommentare werden gesammelt und gemischt gezeigt, nie mit dem Namen eines Teams.
framing-next = Weiter: Erfassung ➡
reveal-title = Ergebnisse
reveal-withheld = Die Ergebnisse werden zurückgehalten
reveal-withheld-text = Nichts wird gezeigt, bevor Vertrieb und Produkt jeweils mindestens { $floor } Antworten abgegeben haben, damit niemand erkennbar wird.
reveal-count-enough = { $count ->
    [one] { $team }: 1 Antwort (genug)
   *[other] { $team }: { $count } Antworten (genug)
}
reveal-count-needed = { $count ->
    [one] { $team }: 1 Antwort ({ $needed } fehlen noch)
   *[other] { $team }: { $count } Antworten ({ $needed } fehlen noch)
}
reveal-ready = Die Ergebnisse liegen vor
reveal-ready-counts = { $sales } Antworten aus dem Vertrieb und { $product } aus dem Produktteam liegen vor.
reveal-ready-of-expected = { $missing ->
    [0] { $team }: { $count } haben geantwortet, { $expected } erwartet
    [one] { $team }: { $count } von { $expected } erwarteten Personen haben geantwortet (1 fehlt noch)
   *[other] { $team }: { $count } von { $expected } erwarteten Personen haben geantwortet ({ $missing } fehlen noch)
}
reveal-ready-text = Beim Aufdecken sieht der Raum sie. Spätere Antworten werden zurückgehalten, bis mindestens { $floor } einer Funktion vorliegen, damit sich die Antworten von Nachzüglern nie zuordnen lassen.
reveal-button = Ergebnisse aufdecken
reveal-not-revealed = Die Ergebnisse sind noch nicht aufgedeckt
reveal-not-revealed-text = Decken Sie sie zuerst in der Phase „Ergebnisse“ für den Raum auf.
reveal-go = Zu den Ergebnissen
reveal-summary = { $sales } Antworten aus dem Vertrieb, { $product } aus dem Produktteam. Wahrnehmungslücke (Reibungsstufe Vertrieb − Produkt, 0–3): { $gap }
reveal-next = Weiter: Diagnose ➡
reveal-comments = Kommentare (gesammelt und gemischt)
reveal-no-comments = Keine Kommentare.
reveal-relationship = Wie würden Sie die Beziehung beschreiben?
reveal-study = Studie 2014
reveal-axis-respondents = % der Antwortenden
reveal-answer = Antwort
reveal-study-note = Studie 2014: Die Studie nennt 23,70 % und 2,89 % für die letzten beiden Antworten und 73,41 % für die ersten beiden zusammen, davon „etwas über 9 %“ völlig abgestimmt; 9,25 % ist unsere Lesart von „etwas über 9 %“, und 64,16 % sind 73,41 % minus 9,25 %.
reveal-statements = Aussagen: Vertrieb und Produkt nebeneinander
reveal-axis-gap = Differenz der mittleren Bewertung: ⬅ Produkt stimmt eher zu · Vertrieb stimmt eher zu ➡
reveal-gap-series = Vertrieb − Produkt
reveal-statement = Aussage
reveal-gap = Differenz
reveal-sources = Die meistgenannten Reibungsquellen
reveal-source = Quelle
diagnose-title = Diagnose
diagnose-next = Weiter: Vereinbaren ➡
diagnose-weights = toxisches Gewicht { $toxic } · gesundes Gewicht { $healthy }
diagnose-how = Toxisch, wenn die ausgelösten toxischen Regeln mindestens so schwer wiegen wie die gesunden. Jedes Urteil und jeder Befund wird erneut geprüft, jeweils ohne eine einzelne Antwort; welche Antwort es ändern könnte, wird nie gezeigt.
diagnose-overall-notes = Notizen zum Gesamturteil
diagnose-findings = Was wir gefunden haben
diagnose-none-fired = Keine Regel wurde ausgelöst.
diagnose-alone = Befunde allein aus den Antworten einer Funktion
diagnose-alone-note = Diese Regeln wurden von den Antworten einer Funktion ausgelöst, aber nicht von allen zusammen: Sie zählen im Urteil dieser Funktion, nicht im Gesamturteil.
diagnose-nearly = Fast ausgelöst
diagnose-nearly-line = { $signal } { $title } – { $explanation }
diagnose-signal-toxic = ⚠ toxisch
diagnose-signal-healthy = ✔ gesund
diagnose-fired-sales = Allein von den Antworten des Vertriebs ausgelöst
diagnose-fired-product = Allein von den Antworten des Produkts ausgelöst
diagnose-finding = { $signal } (Gewicht { $weight }) · { $title }
diagnose-finding-alone = { $signal } (Gewicht { $weight }) · { $title } · { $scope }
diagnose-ask = Fragen Sie den Raum: { $prompt }
diagnose-ask-sales = Fragen Sie den Vertrieb: { $prompt }
diagnose-ask-product = Fragen Sie das Produktteam: { $prompt }
diagnose-source = Quelle: { $citation }
diagnose-notes = Notizen zu „{ $title }“
diagnose-notes-sales = Notizen zu „{ $title }“ (Antworten des Vertriebs)
diagnose-notes-product = Notizen zu „{ $title }“ (Antworten des Produkts)
agree-title = Vereinbaren
agree-rules-of-engagement = Vereinbarungen für die Zusammenarbeit
agree-actions = Maßnahmen
agree-add-action = + Maßnahme hinzufügen
agree-next = Weiter: Abschluss ➡
agree-what = Worauf wir antworten
agree-not-revealed = Die Befunde erscheinen hier, sobald die Ergebnisse aufgedeckt sind.
agree-none-fired = Kein Befund ausgelöst: Vereinbaren Sie, was die Reibung gesund hält.
agree-alone-sales = { $title } (allein bei den Antworten des Vertriebs)
agree-alone-product = { $title } (allein bei den Antworten des Produkts)
agree-alone-both = { $title } (allein bei den Antworten des Vertriebs und allein bei denen des Produkts)
agree-agreement = Vereinbarung { $number }
agree-remove-agreement = Vereinbarung { $number } entfernen
agree-add-agreement = + Vereinbarung hinzufügen
agree-action = Maßnahme { $number }
agree-action-hint = Was getan wird
agree-done = Erledigt
agree-remove-action = Maßnahme { $number } entfernen
agree-action-empty = Sagen Sie, was getan wird.
agree-owner = Verantwortlich
agree-person = Person
agree-person-hint = Name (optional)
agree-due = Fällig
agree-due-hint = TT.MM.JJJJ
agree-calendar = Kalender
calendar-previous-month = Voriger Monat
calendar-next-month = Nächster Monat
calendar-month = { $month } { $year }
calendar-weekdays = Mo Di Mi Do Fr Sa So
agree-due-invalid = Schreiben Sie das Datum als TT.MM.JJJJ oder JJJJ-MM-TT, oder wählen Sie es im Kalender.
agree-answers = Antwortet auf den Befund
agree-no-finding = kein Befund
agree-did-not-fire = { $title } (nicht ausgelöst)
agree-question = Frage an den Raum: { $prompt }
agree-question-sales = Frage an den Vertrieb: { $prompt }
agree-question-product = Frage an das Produktteam: { $prompt }
close-title = Abschluss
close-meta = { $organisation } · { $date } · Moderation: { $facilitator }
close-counts = { $sales } Antworten aus dem Vertrieb und { $product } aus dem Produktteam (Anonymitätsschwelle { $floor })
close-withheld = Ergebnisse zurückgehalten: Eine Funktion liegt unter der Anonymitätsschwelle.
close-not-revealed = Ergebnisse noch nicht aufgedeckt: Decken Sie sie in der Phase „Ergebnisse“ für den Raum auf.
close-scope = { $scope }:
close-agreements = Vereinbarungen
close-none = Keine.
close-actions = Maßnahmen
close-action = { $action } – { $owner }
close-action-due = { $action } – { $owner }, fällig am { $due }
close-follow-up = Vorgeschlagener Folge-Workshop: { $date } (ein Quartal später)
close-markdown = Die Zusammenfassung genau wie exportiert (Markdown)
close-save = Workshop speichern
close-close = Workshop schließen
close-unsaved = Ungespeicherte Änderungen
close-saved = Alle Änderungen gespeichert
close-findings = Befunde
close-none-fired = Keine Regel wurde ausgelöst.
close-finding = { $title }
close-finding-sales = { $title } · Allein von den Antworten des Vertriebs ausgelöst
close-finding-product = { $title } · Allein von den Antworten des Produkts ausgelöst
close-ask = Fragen Sie den Raum: { $prompt }
close-ask-sales = Fragen Sie den Vertrieb: { $prompt }
close-ask-product = Fragen Sie das Produktteam: { $prompt }
close-notes = Notizen: { $note }
workshop-export-html = HTML-Bericht exportieren…
workshop-export-pdf = PDF-Bericht exportieren…
workshop-export-markdown = Markdown exportieren…
workshop-export-responses = Antworten als CSV exportieren…
workshop-export-metrics = Kennzahlen als CSV exportieren…
workshop-copy-markdown = Markdown kopieren
workshop-exporting = Wird exportiert…
raw-export-title = Die Rohantworten: eine Zeile pro Person
raw-export-text = Jede Zeile verbindet ein Team mit den Bewertungen und Kommentaren einer Person. In einem kleinen Team kann ein Kommentar verraten, wer ihn geschrieben hat. Diese Datei ist für Sie, die moderierende Person (zum Aufbewahren oder erneuten Importieren), nicht für den Raum, eine Führungskraft oder einen geteilten Ordner. Alle anderen Exporte fassen die Kommentare zusammen, wie die Bildschirme.
raw-export-held = { $count ->
    [one] 1 Antwort nach der Enthüllung wird zurückgehalten: Sie steht erst in dieser Datei, wenn genug zum Zeigen vorliegen.
   *[other] { $count } Antworten nach der Enthüllung werden zurückgehalten: Sie stehen erst in dieser Datei, wenn genug zum Zeigen vorliegen.
}
raw-export-yes = Speicherort wählen…
raw-export-no = Abbrechen
workshop-cannot-remove = { $path } konnte nicht entfernt werden: { $error }
workshop-reveal-not-saved = { $error }. Die Ergebnisse bleiben verborgen, bis das Aufdecken gespeichert werden kann.
workshop-saved = Gespeichert: { $path }
workshop-not-saved = { $error }. Der Workshop bleibt mit allen Änderungen geöffnet.
workshop-restored = Die ungespeicherten Änderungen wurden wiederhergestellt: { $parts }. Speichern Sie, um sie in der Workshop-Datei zu behalten.
workshop-using-rules = { $count ->
    [one] Es gelten die Regeln „{ $name }“ (1 Regel).
   *[other] Es gelten die Regeln „{ $name }“ ({ $count } Regeln).
}
workshop-rules-kept = { $error }
    Der Workshop behält seine bisherigen Regeln.
workshop-questionnaire-fixed = Der Fragebogen kann nicht mehr geändert werden, sobald Antworten vorliegen: Sie beantworten diesen.
workshop-using-questionnaire = Es gilt der Fragebogen „{ $name }“.
workshop-questionnaire-kept = { $error }
    Der Workshop behält seinen bisherigen Fragebogen.
home-tagline = Workshops zur Abstimmung von Vertrieb und Produkt: anonyme Reibungsbewertungen beider Seiten, ein Urteil, das Sie von Hand nachprüfen können.
home-new = + Neuer Workshop
home-open-file = Datei öffnen…
home-waiting = Warten auf den Dateidialog…
home-rescan = Ordner neu einlesen
home-folder = Workshops in { $folder }
home-recent = Zuletzt geöffnet
library-scanning = Wird eingelesen… { $scanned } von { $total } Dateien
library-filter = Filter
library-filter-hint = Titel, Organisation oder Datum
library-compare-selected = Auswahl vergleichen ({ $count })
library-tick = Haken Sie zwei oder mehr Workshops an, um sie zu vergleichen.
library-empty = Hier gibt es noch keine Workshops. Beginnen Sie einen mit „Neuer Workshop“.
library-unreadable = { $count ->
    [one] { $count } Datei konnte nicht gelesen werden
   *[other] { $count } Dateien konnten nicht gelesen werden
}
library-compare-one = { $title } vergleichen
library-in-participant-mode = im Teilnahmemodus
library-not-revealed = nicht aufgedeckt
library-open = Öffnen
library-open-one = { $title } öffnen
library-recover = ungespeicherte Änderungen wiederherstellbar
library-date = Datum
library-title = Titel
library-organisation = Organisation
library-stage = Phase
library-verdict = Urteil
library-sort-date = Nach Datum sortieren
library-sort-title = Nach Titel sortieren
library-sort-organisation = Nach Organisation sortieren
library-sort-sales = Nach Vertrieb sortieren
library-sort-product = Nach Produkt sortieren
library-sort-stage = Nach Phase sortieren
library-sort-verdict = Nach Urteil sortieren
library-stage-setup = Vorbereitung
library-stage-framing = Einordnung
library-stage-capture = Erfassung
library-stage-reveal = Ergebnisse
library-stage-diagnose = Diagnose
library-stage-agree = Vereinbaren
library-stage-close = Abschluss
compare-no-clear-change = { $change }, keine klare Veränderung: { $chance }
compare-better = { $arrow } { $change }, besser: { $chance }
compare-worse = { $arrow } { $change }, schlechter: { $chance }
compare-real-change = { $change }, { $chance }
compare-chance-real = wahrscheinlich eine echte Veränderung
compare-chance-could-be = könnte Zufall sein bei { $before } und { $after } { $count ->
    [one] Antwort
   *[other] Antworten
}
compare-chance-note = „Wahrscheinlich eine echte Veränderung“: Weniger als 5 von 100 Möglichkeiten, dieselben Antworten neu auf die beiden Workshops zu verteilen (jedes Team nur unter sich), verschieben den Wert so weit. Sonst könnte eine Veränderung bei so vielen Antworten Zufall sein, und sie heißt weder besser noch schlechter.
compare-gap-closer = näher beieinander: { $chance }
compare-gap-apart = weiter auseinander: { $chance }
compare-gap-no-clear-change = keine klare Veränderung: { $chance }
compare-library = ⬅ Bibliothek
compare-title = Vergleich von { $count } Workshops
compare-export-pdf = PDF exportieren…
compare-export-html = HTML exportieren…
compare-export-markdown = Markdown exportieren…
compare-below-floor = Der Workshop vom { $date } liegt unter der Anonymitätsschwelle: Nur die Anzahl seiner Antworten wird gezeigt.
compare-left-out = Diese Workshops nutzten unterschiedliche Fragebögen: Verglichen werden die { $count } gemeinsamen Aussagen; ausgelassen: { $left }.
compare-all-hold = { $date }: Jedes Urteil hält, welche einzelne Antwort auch weggelassen wird.
compare-stability-overall = { $date }, Gesamturteil: { $words }.
compare-stability-sales = { $date }, Urteil des Vertriebs: { $words }.
compare-stability-product = { $date }, Urteil des Produkts: { $words }.
compare-trend = Reibungsstufe und Wahrnehmungslücke im Zeitverlauf
compare-trend-description = Diagramm: Reibungsstufe von Vertrieb und Produkt und die Wahrnehmungslücke am Datum jedes Workshops: { $dates }
compare-gap-series = Wahrnehmungslücke (Vertrieb − Produkt)
compare-axis-date = Datum des Workshops
compare-axis-level = Reibungsstufe (0–3) · Lücke
compare-step = Vom { $from } zum { $to }
compare-verdict-step = Urteil: { $before } ➡ { $after }
compare-level-step-sales = Reibungsstufe Vertrieb { $from } ➡ { $to } ({ $direction })
compare-level-step-product = Reibungsstufe Produkt { $from } ➡ { $to } ({ $direction })
compare-gap-step = Wahrnehmungslücke { $from } ➡ { $to } ({ $direction })
compare-movers = Die Aussagen mit der größten Bewegung (Mittelwert, 1–5)
compare-mover = { $statement }: { $from } ➡ { $to } ({ $direction })
compare-festering = ⚠ Schwelend (in beiden toxisch): { $rules }
compare-actions = Maßnahmen vom { $date }: { $done } von { $count } erledigt
compare-date = Datum
compare-workshop = Workshop
compare-sales-answers = Antworten Vertrieb
compare-product-answers = Antworten Produkt
compare-overall-verdict = Gesamturteil
compare-sales-verdict = Urteil Vertrieb
compare-product-verdict = Urteil Produkt
compare-weights = Gewicht toxisch / gesund
compare-withheld = zurückgehalten
compare-friction-title = Reibungsstufe (0–3) und Wahrnehmungslücke (Vertrieb − Produkt)
compare-sales-level = Reibungsstufe Vertrieb
compare-product-level = Reibungsstufe Produkt
compare-gap = Wahrnehmungslücke
compare-festering-column = Wieder toxisch (schwelend)
compare-shares-title = Antworten zur Beziehung (Anteil der Antwortenden)
compare-study = Studie (2014)
import-not-remembered = Die Antworten wurden importiert, aber die Zuordnung der Spalten konnte nicht gespeichert werden: { $error }
import-done = { $count ->
    [one] 1 Antwort aus { $path } importiert.{ $dropped }
   *[other] { $count } Antworten aus { $path } importiert.{ $dropped }
}
import-nothing = { $error }. Es wurde nichts importiert.
import-cannot-read = Die Datei kann nicht gelesen werden: { $error }
import-refused = { $path }: { $error }. Es wurde nichts importiert.
import-comment = Kommentar: { $prompt }
import-ignore = Diese Spalte ignorieren
import-statement = Aussage: { $text }
import-team = Team: Vertrieb oder Produkt
import-relationship = Beziehung: { $prompt }
import-sources = Reibungsquellen, beliebig viele in einer Zelle: { $prompt }
import-all-answered = Andere Spalten beantworten schon jede Frage; diese kann nur ignoriert werden.
import-title = Welche Frage beantwortet jede Spalte?
import-unknown = { $file } hat Spalten, die Tandem nicht erkennt. Sagen Sie, was jede davon ist; Tandem merkt sich Ihre Wahl für Dateien mit denselben Spalten.
import-choose = Auswählen…
import-import = Importieren
import-cancel = Abbrechen

## file dialogs and export formats

room-qr-name = QR-Code für { $address }
format-markdown = Markdown
format-html = HTML-Bericht
format-pdf = PDF-Bericht
format-responses-csv = Antworten als CSV
format-metrics-csv = Kennzahlen als CSV
dialog-open-workshop = Einen Tandem-Workshop öffnen
dialog-rules-file = Eine Regeldatei wählen
dialog-questionnaire-file = Eine Fragebogendatei wählen
dialog-import = Antworten einer Umfrage importieren (CSV oder Excel)
dialog-export = { $what } exportieren
dialog-export-comparison = Den Vergleich exportieren
dialog-kind-survey = eine Umfragedatei (CSV oder Excel)
dialog-kind-csv = eine CSV-Datei
dialog-kind-ron = eine Tandem-Datei (RON)
dialog-kind-html = eine HTML-Seite
dialog-kind-pdf = ein PDF-Dokument
dialog-kind-markdown = eine Markdown-Datei
dialog-none = Es konnte kein Dateidialog angezeigt werden: Dieser Desktop hat keinen Dienst für Dateidialoge. Mit xdg-desktop-portal und einem Backend wie xdg-desktop-portal-gtk (oder dem Programm zenity) funktionieren die Dialoge.
dialog-path-add-name = { $path } ist ein Ordner: Fügen Sie einen Dateinamen hinzu.
dialog-path-exists = Unter { $path } gibt es bereits eine Datei: Wählen Sie einen anderen Namen, damit nichts ersetzt wird.
dialog-path-no-folder = Den Ordner { $path } gibt es nicht.
dialog-path-missing = Unter { $path } gibt es keine Datei.
dialog-path-folder = { $path } ist ein Ordner, keine Datei.
dialog-path-wrong-kind = { $path } ist nicht { $kind }: Der Name sollte auf .{ $extension } enden.

## import and file errors

import-error-row = Zeile { $row }: { $message }
import-error-row-column = Zeile { $row }, Spalte `{ $column }`: { $message }
import-error-column = Spalte `{ $column }`: { $message }
import-error-unknown-columns = { $count ->
    [one] { $columns } ist keine Frage des Fragebogens; sagen Sie mit --map "Spaltenkopf=Schlüssel" oder --ignore "Spaltenkopf", was sie ist (in der App: im Schritt zur Zuordnung der Spalten wählen)
   *[other] { $columns } sind keine Fragen des Fragebogens; sagen Sie mit --map "Spaltenkopf=Schlüssel" oder --ignore "Spaltenkopf", was jede davon ist (in der App: im Schritt zur Zuordnung der Spalten wählen)
}
import-error-field-count = hat { $fields } Felder, die Kopfzeile aber { $header }
import-error-not-function = „{ $value }“ ist kein Team: verwenden Sie Sales oder Product (Groß- und Kleinschreibung egal)
import-error-not-relationship = „{ $value }“ ist keine Antwort zur Beziehung: verwenden Sie { $labels }, deren Schlüssel oder 0 bis 3
import-error-not-rating = „{ $value }“ ist keine Bewertung: verwenden Sie 1 bis 5 oder Strongly disagree, Disagree, Neither agree nor disagree, Agree oder Strongly agree; zum Überspringen leer lassen
import-error-not-agreement = „{ $value }“ ist keine Antwort auf einer Zustimmungsskala: verwenden Sie Strongly disagree, Disagree, Neither agree nor disagree (oder Neutral), Agree oder Strongly agree oder 1 bis 5; zum Überspringen leer lassen oder Skip, Don't know oder N/A schreiben
import-error-not-source = „{ $value }“ ist keine Reibungsquelle des Fragebogens: verwenden Sie { $sources }, getrennt durch ; oder ,
import-error-not-checkbox = „{ $value }“ ist keine Antwort für dieses Kästchen: leer lassen oder seine Beschriftung „{ $label }“ schreiben
import-error-needs-answers = braucht ein Team und eine Antwort zur Beziehung
import-error-mapped-missing = ist zugeordnet oder ignoriert, aber die Datei hat keine solche Spalte
import-error-twice = steht zweimal in der Kopfzeile
import-error-answered-twice = beantwortet { $question }, ebenso wie Spalte `{ $first }`; behalten Sie eine oder ignorieren Sie eine mit --ignore
import-error-question-team = die Frage nach dem Team
import-error-question-relationship = die Frage nach der Beziehung
import-error-question-statement = die Aussage `{ $key }`
import-error-question-sources = die Frage nach den Reibungsquellen
import-error-question-source = die Reibungsquelle `{ $key }`
import-error-question-friction-comment = den Kommentar zur Reibung
import-error-question-works-well-comment = den Kommentar dazu, was gut funktioniert
import-error-no-function-column = die Kopfzeile hat keine Spalte `function` (der Schlüssel von Tandem oder eine Frage wie „Which team are you in?“)
import-error-no-relationship-column = die Kopfzeile hat keine Spalte `relationship` (der Schlüssel von Tandem oder die Frage „{ $prompt }“)
import-error-unknown-key = „{ $value }“ ist kein Schlüssel, den Tandem kennt: verwenden Sie function, relationship, sources, friction_comment, works_well_comment, den Schlüssel einer Aussage ({ $statements }) oder einer Quelle ({ $sources })
import-error-not-workbook = die Datei ist keine Excel-Arbeitsmappe (.xlsx), die Tandem lesen kann: { $error }
import-error-no-such-sheet = die Arbeitsmappe hat kein Blatt „{ $sheet }“; ihre Blätter sind { $sheets }
import-error-no-sheet = die Arbeitsmappe hat kein Blatt
import-error-sheet-unreadable = das Blatt „{ $sheet }“ kann nicht gelesen werden: { $error }
import-error-sheet-empty = das Blatt „{ $sheet }“ ist leer; es braucht eine Kopfzeile und eine Zeile pro Antwort
import-error-cell-error = die Zelle in Spalte { $column } enthält den Tabellenfehler { $error }; beheben Sie ihn in der Tabelle
import-error-broken-utf8 = der Text ist bis hier UTF-8, danach folgen Bytes, die es nicht sind, und Tandem rät nicht, was sie bedeuten; speichern Sie die Datei erneut als „CSV UTF-8“
import-error-broken-utf16 = der { $encoding }-Text bricht hier mit einem halben Zeichen ab; speichern Sie die Datei erneut als „CSV UTF-8“
import-error-not-windows-1252 = das Byte { $byte } ist weder in Windows-1252 noch in UTF-8 ein Zeichen, die Datei hat also eine Kodierung, die Tandem nicht errät; speichern Sie sie als „CSV UTF-8“
import-error-not-text = das Byte { $byte } ist ein Steuerzeichen, das in keinem Text steht: Das ist keine Textdatei, die Tandem lesen kann; speichern Sie die Umfrage als „CSV UTF-8“ oder als Excel-Arbeitsmappe (.xlsx)
import-error-utf16-without-bom = die Datei sieht nach UTF-16-Text ohne die Byte-Reihenfolge-Markierung aus, die sagt, welches Byte zuerst kommt; speichern Sie sie als „CSV UTF-8“ oder in Excel als „Unicode-Text“, der die Markierung schreibt
import-error-old-workbook = die Datei ist eine Excel-97–2003-Arbeitsmappe (.xls), die Tandem nicht liest; speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als „CSV UTF-8“
import-error-read-as = Als { $encoding }-Text gelesen.
import-error-read-as-guessed = Die Datei ist kein UTF-8, daher wurde sie als { $encoding } gelesen (Excels CSV unter Windows): Prüfen Sie, ob Umlaute und Akzente in den Kommentaren so ankamen, wie sie geschrieben wurden.
import-error-empty = die Datei ist leer; sie braucht eine Kopfzeile und eine Zeile pro Antwort
import-error-unreadable = kann nicht gelesen werden: { $error }
import-error-unclosed-quote = ein Feld in Anführungszeichen wird nie geschlossen (ein " fehlt)
import-error-sheet-on-csv = --sheet "{ $sheet }" nennt ein Blatt, aber die Datei ist CSV und hat keine Blätter
import-error-no-responses = die Datei hat eine Kopfzeile, aber keine Antworten
import-error-dropped-time = `{ $header }` (sagt, wann jemand geantwortet hat)
import-error-dropped-identity = `{ $header }` (könnte sagen, wer geantwortet hat)
import-error-dropped-metadata = `{ $header }` (Angaben des Umfragewerkzeugs zur Antwort, keine Antwort)
import-error-dropped = { $count ->
    [one] { $count } Spalte wurde verworfen und nie gespeichert, damit die Antworten anonym bleiben: { $columns }.
   *[other] { $count } Spalten wurden verworfen und nie gespeichert, damit die Antworten anonym bleiben: { $columns }.
}
import-error-nothing-imported = { $path }: { $error }; es wurde nichts importiert
file-error-read = { $path }: Die Datei kann nicht gelesen werden: { $error }
file-error-empty = { $path }: Die Datei ist leer
file-error-too-large = { $path }: Die Datei ist { $size } MB groß, größer als jede Tandem-Datei sein kann (höchstens { $limit } MB); ist es die richtige Datei?
file-error-not-text = { $path }:{ $line }:{ $column }: Dies ist keine Textdatei (die Bytes dort sind kein UTF-8); ist es die richtige Datei?
file-error-syntax = { $path }:{ $line }:{ $column }: { $message }
file-error-no-format-version = { $path }: Dies ist kein Tandem-Workshop: Es fehlt `format_version` (oder sie ist 0, was es nie gab); Workshop-Dateien von Tandem beginnen mit `format_version: 1`
file-error-not-a-workshop = { $path }: Dies ist kein Tandem-Workshop: Die Datei ist gültiges RON, aber eine Workshop-Datei hat die Form `(format_version: 1, workshop: (...))`
file-error-no-fields = { $path }:{ $line }:{ $column }: Dies ist kein Tandem-Workshop: Die Datei beginnt nicht mit den Feldern eines Workshops; eine Workshop-Datei beginnt mit `(format_version: 1, workshop: (`
file-error-newer-version = { $path }: Dieser Workshop wurde von einer neueren Version von Tandem geschrieben (Dateiformat { $found }); diese Version liest Formate bis { $supported }. Aktualisieren Sie Tandem, um ihn zu öffnen; die Datei bleibt unverändert.
file-error-invalid = { $path }: Die Datei wurde gelesen, aber ihr Inhalt ist nicht gültig:
file-error-not-saved = { $path } konnte nicht gespeichert werden: { $step } ist fehlgeschlagen: { $error }
file-error-step-temporary = das Anlegen einer temporären Datei in { $folder }
file-error-step-permissions = das Übernehmen der Dateirechte
file-error-step-writing = das Schreiben der temporären Datei
file-error-step-flushing = das Schreiben der temporären Datei auf die Festplatte
file-error-step-replacing = das Ersetzen der Datei
file-error-step-flushing-folder = das Schreiben des Ordners { $folder } auf die Festplatte
file-error-step-removing-recovery = das Entfernen der Wiederherstellungsdatei nach dem Speichern
file-error-step-to-text = das Umwandeln des Workshops in Text
file-error-time-not-kept = { $error }. Die Zeit in dieser Phase konnte nicht gespeichert werden.
file-error-rules-outside = { $path } nennt die Regeldatei „{ $name }“, die nicht im Ordner des Workshops liegt: Eine Regeldatei muss neben dem Workshop liegen (kein absoluter Pfad, kein ..).
rules-problem-no-rules = die Datei enthält keine Regeln
rules-problem-id-used = die ID `{ $id }` wird schon von einer früheren Regel verwendet; IDs müssen eindeutig sein
rules-problem-id-form = die ID darf nur Kleinbuchstaben, Ziffern und _ enthalten und muss mit einem Buchstaben beginnen
rules-problem-id-overall = die ID `overall` ist dem Gesamturteil vorbehalten, dessen Notizen unter ihr stehen: Geben Sie dieser Regel eine andere ID
rules-problem-texts-empty = Quelle (citation), Erklärung (explanation) und Frage (prompt) müssen jeweils etwas sagen
rules-problem-threshold = der Schwellenwert von { $metric } ist keine Zahl
rules-problem-unknown-statement = `{ $key }` ist keine Aussage des Fragebogens „{ $questionnaire }“
rules-problem-unknown-source = `{ $key }` ist keine Reibungsquelle des Fragebogens „{ $questionnaire }“
rules-problem-empty-group = `{ $kind }([])` ist leer: Geben Sie mindestens eine Bedingung an
rules-problem-either-in-either = `either_function` innerhalb von `either_function` bedeutet nichts
rules-problem-gap-in-either = die Wahrnehmungslücke vergleicht die beiden Funktionen und kann daher nicht `in either function` gemessen werden
rules-problem-translation-lacks = der Regel `{ $id }` fehlt auf { $language }: { $lacking }
rules-problem-translation-unknown = `{ $id }` ist keine Regel dieser Datei: Eine Übersetzung behält die IDs der Regeln
rules-error-built-in = Die eingebauten Regeln von Tandem konnten nicht gelesen werden (Zeile { $line }, Spalte { $column }: { $message }). Diese Kopie von Tandem ist beschädigt: Wählen Sie in der Vorbereitung eine Regeldatei, oder installieren Sie Tandem neu.
file-error-autosave-failed = { $error }. Ihre Änderungen sind noch da; speichern Sie, oder nutzen Sie „Kopie anderswo speichern…“ oben, wenn dieser Ordner nicht beschreibbar ist.
import-error-bad-map = --map "{ $map }" braucht einen Spaltenkopf und einen Schlüssel: --map "Spaltenkopf=Schlüssel"; es wurde nichts importiert
import-error-cannot-read-file = { $path } kann nicht gelesen werden
import-error-exists = { $path } gibt es schon; verwenden Sie --into, um Antworten hinzuzufügen
import-error-say-where = Sagen Sie, wohin die Antworten gehen: --into DATEI oder --new --title T --out DATEI
import-error-imported = { $count ->
    [one] { $count } Antwort in { $path } importiert (jetzt { $sales } aus dem Vertrieb, { $product } aus dem Produktteam)
   *[other] { $count } Antworten in { $path } importiert (jetzt { $sales } aus dem Vertrieb, { $product } aus dem Produktteam)
}

# Die Datei auf der Platte gilt: Teile eines Workshops, Sperren, Konflikte, wiederholte Importe.
part-title = der Titel
part-organisation = die Organisation
part-date = das Datum
part-facilitator = der Name der Moderation
part-expected = die erwarteten Personenzahlen
part-language = die Sprache der Teilnehmenden
part-settings = die Anonymitätsschwelle oder die Regeln
part-time-boxes = die Zeitvorgaben
part-questionnaire = der Fragebogen
part-answers-added = { $count ->
    [one] 1 Antwort hinzugekommen
   *[other] { $count } Antworten hinzugekommen
}
part-answers-removed = { $count ->
    [one] 1 Antwort entfernt
   *[other] { $count } Antworten entfernt
}
part-held-back = { $count ->
    [one] 1 Antwort zurückgehalten
   *[other] { $count } Antworten zurückgehalten
}
part-revealed = die Enthüllung
part-notes = die Notizen zu den Befunden
part-agreements = die Vereinbarungen
part-actions = die Maßnahmen
part-participant-mode = der Teilnahmemodus
part-time-spent = die auf den Phasen verbrachte Zeit
part-imports = die Liste importierter Dateien
lock-program-app = einem anderen Tandem-Fenster
lock-program-import = „tandem import“
lock-program-room = „tandem room“
lock-unknown-computer = einem unbenannten Computer
lock-holder = { $program } auf { $computer }, seit { $since }
lock-someone = einem anderen Tandem-Fenster oder -Programm
lock-taken-from-crash = Dieser Workshop war noch als geöffnet vermerkt von { $holder }, das nicht mehr läuft; jetzt hat ihn dieses Fenster.
lock-read-only = Dieser Workshop ist in { $holder } geöffnet. Dieses Fenster zeigt ihn nur; übernehmen Sie ihn, um ihn hier zu ändern (was das andere Fenster noch nicht gespeichert hat, kommt von dort nicht mehr in die Datei).
lock-this-computer = diesem Computer
file-kept-mine = Gespeichert: Ihre Fassung dessen, was beide geändert haben, und alles andere von beiden.
lock-taken-over-merged = Dieses Fenster hat den Workshop jetzt; seine ungespeicherten Änderungen wurden über das gelegt, was das andere Fenster gespeichert hat.
lock-not-made = Anderen Fenstern und Programmen lässt sich nicht mitteilen, dass dieser Workshop hier geöffnet ist ({ $error }); auch das Speichern kann in diesem Ordner scheitern.
lock-take-over = Übernehmen
lock-take-over-failed = Der Workshop konnte nicht übernommen werden: { $error }
lock-taken-over = Dieses Fenster hat den Workshop jetzt, frisch aus seiner Datei gelesen. Das andere Fenster kann nicht mehr darin speichern.
cli-lock-failed = die Sperrdatei { $path } konnte nicht angelegt werden
cli-lock-taken-over = Hinweis: der Workshop war noch als geöffnet vermerkt von { $holder }, das nicht mehr läuft
cli-lock-held = { $path } ist in { $holder } geöffnet; nichts wurde geändert. Schließen Sie ihn dort zuerst, oder importieren Sie in der App.
import-error-imported-before = { $count ->
    [one] { $path }: diese Zeilen (1 Antwort) wurden schon in { $workshop } importiert; nichts wurde importiert. Um sie noch einmal zu importieren, fügen Sie --again hinzu.
   *[other] { $path }: diese Zeilen ({ $count } Antworten) wurden schon in { $workshop } importiert; nichts wurde importiert. Um sie noch einmal zu importieren, fügen Sie --again hinzu.
}
import-held-after-reveal = { $count ->
    [one] Die Ergebnisse waren schon enthüllt, daher wird 1 Antwort zurückgehalten.
   *[other] Die Ergebnisse waren schon enthüllt, daher werden { $count } Antworten zurückgehalten.
}
import-error-changed-meanwhile = { $path } wurde während des Imports anderswo an denselben Stellen geändert; nichts wurde importiert. Versuchen Sie es erneut.
file-error-step-checking = das erneute Lesen der Datei, um zu prüfen, dass nichts anderes sie geändert hat
file-conflict-short = Die Datei wurde anderswo an denselben Stellen geändert ({ $parts })
file-conflict-unreadable-short = Die Datei wurde anderswo geändert und ist nicht mehr lesbar
file-read-only-short = Dieses Fenster kann nicht speichern: der Workshop ist bei { $holder }
file-merged = Die Datei war inzwischen anderswo geändert worden; diese Änderungen blieben erhalten: { $parts }.
file-conflict-gone = Es gibt nichts mehr zu entscheiden.
file-kept-theirs = Gespeichert: die Fassung der Datei für das, was beide geändert haben, und alles andere von beiden.
file-copy-exists = { $path } gibt es schon; nichts wurde überschrieben. Wählen Sie einen anderen Namen.
file-copy-saved = Gespeichert als { $path }; dieses Fenster arbeitet dort weiter. Die erste Datei ist unverändert.
file-read-only-refused = Dieses Fenster zeigt den Workshop nur: Übernehmen Sie ihn (oben), um ihn zu ändern.
file-status-read-only = nur lesen
file-status-not-saved = nicht gespeichert: { $why }
file-save-copy = Kopie anderswo speichern…
file-why-cannot-write = der Ordner ist nicht beschreibbar
file-why-full = die Festplatte ist voll
file-why-folder-gone = der Ordner ist weg
file-why-changed = die Datei wurde anderswo geändert
file-why-taken-over = ein anderes Fenster hat den Workshop übernommen
file-conflict-title = Die Datei wurde anderswo geändert
file-conflict-other-file = Unter diesem Namen liegt jetzt eine andere Datei, nicht dieser Workshop. Nichts wurde überschrieben.
file-conflict-text = Ein anderes Fenster, „tandem import“ oder ein Sync-Programm hat die Datei dieses Workshops geändert, während er hier offen war, an denselben Stellen wie dieses Fenster: { $parts }. Welche Fassung davon soll die Datei behalten? Alles andere von beiden bleibt so oder so erhalten.
file-conflict-unreadable = Die Datei des Workshops wurde anderswo geändert und ist nicht mehr lesbar ({ $error }). Nichts wurde überschrieben.
file-keep-theirs = Die Fassung der Datei nehmen
file-keep-mine = Meine nehmen
file-save-mine-as-copy = Meine als Kopie speichern
import-again-title = Diese Zeilen wurden schon importiert
import-again-text = { $count ->
    [one] { $path } enthält dieselbe Zeile (1 Antwort) wie ein früherer Import in diesen Workshop. Ein erneuter Import zählt diese Antwort doppelt.
   *[other] { $path } enthält dieselben Zeilen ({ $count } Antworten) wie ein früherer Import in diesen Workshop. Ein erneuter Import zählt diese Antworten doppelt.
}
import-again-yes = Noch einmal importieren
import-again-no = Nicht importieren
import-undone = { $count ->
    [one] Der Import von { $path } wurde zurückgenommen (1 Antwort).
   *[other] Der Import von { $path } wurde zurückgenommen ({ $count } Antworten).
}
import-not-undone-changed = Der Import lässt sich nicht mehr zurücknehmen: der Workshop hat sich seitdem an denselben Stellen geändert.
import-not-undone = { $error }. Der Import bleibt.
capture-undo-import = { $count ->
    [one] Import von { $file } zurücknehmen (1 Antwort)
   *[other] Import von { $file } zurücknehmen ({ $count } Antworten)
}
workshop-restored-nothing = Die Wiederherstellungsdatei enthielt nichts, was nicht schon in der Workshop-Datei steht; nichts hat sich geändert.
dialog-save-copy = Eine Kopie des Workshops speichern

# Die Publikumsansicht: was der Raum auf dem Beamer sieht.
audience-window = Publikumsfenster
audience-window-title = Tandem — Publikumsansicht
audience-on-projector = Auf dem Beamer zeigen
audience-on-projector-hint = Öffnet die Publikumsansicht im Vollbild auf dem zweiten Bildschirm (dem Beamer), wo es einen gibt. Pfeiltasten blättern durch die Befunde, B macht den Bildschirm schwarz, F11 oder Esc darauf beendet das Vollbild.
audience-waiting = Der Workshop beginnt gleich.
audience-capture-title = Ihre Antworten, anonym
audience-answered = { $count ->
    [one] { $team }: 1 hat geantwortet
   *[other] { $team }: { $count } haben geantwortet
}
audience-minutes-left = { $minutes ->
    [one] noch 1 Minute
   *[other] noch { $minutes } Minuten
}
audience-results-soon = Die Ergebnisse kommen gleich zusammen.
audience-ask = Frage an den Raum: { $question }
audience-ask-sales = Frage an den Vertrieb: { $question }
audience-ask-product = Frage an das Produktteam: { $question }
audience-findings = Was die Regeln gefunden haben
audience-agreements = Unsere Vereinbarungen
audience-actions = Unsere Maßnahmen
audience-none-yet = Noch keine.
audience-more = { $count ->
    [one] und 1 weitere
   *[other] und { $count } weitere
}
audience-leaving-with = { $agreements ->
    [one] 1 Vereinbarung
   *[other] { $agreements } Vereinbarungen
} und { $actions ->
    [one] 1 Maßnahme
   *[other] { $actions } Maßnahmen
} nehmen wir mit in unsere Teams.
audience-thanks = Vielen Dank!
diagnose-show-on-screen = Auf dem Bildschirm zeigen
diagnose-on-screen = Auf dem Bildschirm
diagnose-audience-keys = In der Publikumsansicht: „Auf dem Bildschirm zeigen“ zeigt einen Befund groß, mit seiner Frage; die Pfeiltasten blättern durch die Befunde, B macht den Bildschirm schwarz.
audience-team-finding = { $team }: { $title }
audience-blanked = Publikumsansicht schwarz (B)
audience-late = Zu spät? Scannen und antworten
