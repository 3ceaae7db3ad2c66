# Los textos en español de Tandem. Mismos identificadores y variables que en.ftl.

## Dates

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }
date-no-such-day = No existe el { $date }: ese mes tiene { $days } días.
date-no-such-month = No existe el mes { $month }: los meses van del 01 al 12.

## Answers, as the kiosk, the phones and the exports name them

function-sales = Ventas
function-product = Producto
scale-1 = totalmente en desacuerdo
scale-2 = en desacuerdo
scale-3 = neutral
scale-4 = de acuerdo
scale-5 = totalmente de acuerdo
skip = Omitir
skipped = omitida
none = ninguna
button-back = Atrás
button-next = Siguiente
button-submit = Enviar

## The phone pages of room mode

phone-language = Idioma
phone-step = Paso { $number } de { $total }
phone-team-title = ¿En qué equipo está?
phone-welcome = ¡Bienvenido! Sus respuestas son anónimas: no se guarda ningún nombre, dispositivo ni hora.
phone-choose-one = Elija una respuesta
phone-choose-any = Elija las que quiera, o ninguna
phone-comments-title = ¿Algo que añadir? (opcional)
phone-comments-note = Los comentarios se muestran a la sala agrupados y mezclados, sin el nombre de su equipo. Evite detalles que le identifiquen.
phone-review-title = Revise sus respuestas
phone-review-team = Equipo
phone-review-relationship = Relación
phone-review-sources = Fuentes de fricción
phone-review-note = Una vez enviadas, sus respuestas no se pueden cambiar ni volver a ver en este teléfono.
phone-hint-team = Elija su equipo.
phone-hint-relationship = Elija una respuesta para continuar.
phone-hint-statements = { $count ->
    [one] Una afirmación aún no tiene respuesta: valórela o elija Omitir.
   *[other] { $count } afirmaciones aún no tienen respuesta: valore cada una o elija Omitir.
}
phone-hint-send-again = Esta página llevaba mucho tiempo abierta y la sala la renovó. Sus respuestas se conservan: pulse Enviar una vez más.
phone-thanks-title = ¡Gracias! Sus respuestas están guardadas.
phone-thanks-text = Ya puede cerrar esta página. La persona que facilita mostrará los resultados a la sala.
phone-answered-title = Ya ha respondido
phone-answered-text = Las respuestas de este teléfono están guardadas, y cada teléfono responde una vez. ¡Gracias! Puede cerrar esta página.
phone-start-again = Empezar de nuevo
phone-full-title = La sala está llena
phone-full-text = Esta sala no admite más teléfonos. Pregunte a la persona que facilita.
phone-not-form-title = Esta página solo acepta respuestas de su propio formulario
phone-not-form-text = Empiece de nuevo desde el enlace.
phone-too-long-title = Su respuesta es demasiado larga
phone-too-long-text = Acorte sus comentarios e inténtelo de nuevo.
phone-comment-too-long-text = Cada comentario admite como máximo 2.000 caracteres. Vuelva atrás, acórtelo y envíe su respuesta de nuevo: todavía no se ha contado nada.
phone-too-slow-title = Su respuesta tardó demasiado en llegar
phone-too-slow-text = La conexión es lenta. Inténtelo de nuevo.
phone-expired-title = Esta página ha caducado
phone-expired-text = Su navegador no devolvió la papeleta de esta sala: puede que no guarde cookies o que la sala se haya abierto de nuevo. Abra el enlace otra vez.
phone-refused-title = Esta respuesta no se puede contar
phone-refused-text = Algo no está bien: { $why }. No se ha contado nada.
phone-refused-incomplete = la respuesta no indica equipo o no responde a la pregunta sobre la relación
phone-refused-damaged = la respuesta llegó dañada
phone-refused-foreign = la respuesta no vino de las páginas de esta sala
phone-refused-does-not-fit = la respuesta no encaja con las preguntas de este taller
phone-not-saved-title = Su respuesta no se ha guardado
phone-not-saved-text = El portátil no pudo guardarla ({ $reason }), así que no se ha contado. Vuelva atrás y pulse Enviar de nuevo en un momento, o avise a quien facilita.
phone-reason-closed = la sala se cerró
phone-reason-late = el portátil no respondió a tiempo
phone-reason-not-written = no se pudo escribir el archivo del taller
phone-reason-workshop-closed = el taller se cerró antes de que llegaran sus respuestas
phone-reason-refused = el taller ya no acepta esta respuesta (sus preguntas cambiaron)

## kiosk, setup, capture, room and the app's frame

stage-setup = Preparación
stage-framing = Encuadre
stage-capture = Recogida
stage-reveal = Resultados
stage-diagnose = Diagnóstico
stage-agree = Acuerdos
stage-close = Cierre
stage-time-left = ⏱ quedan { $time }
stage-time-over = ⏱ excedido en { $time }
kiosk-anonymous = Sus respuestas son anónimas: no se guarda ningún nombre, dispositivo ni hora.
kiosk-facilitator = Facilitación
kiosk-back = ⬅ Atrás
kiosk-next = Siguiente ➡
kiosk-to-review = Revisar ➡
kiosk-choose-or-skip = Elija una respuesta, u omita esta afirmación.
kiosk-submit = Enviar mis respuestas
kiosk-welcome = ¡Bienvenido! ¿En qué equipo está?
kiosk-statement-of = Afirmación { $number } de { $total }
kiosk-skip-choice = Omitir: no puedo juzgarlo
kiosk-skip-name = { $statement } — omitir
kiosk-pass-on = Por favor, pase el portátil a la siguiente persona.
kiosk-next-participant = Soy la siguiente persona
kiosk-not-saved = No se pudieron guardar sus respuestas. Por favor, avise a la persona que facilita; sus respuestas siguen aquí.
kiosk-review-team = Equipo: { $team }
kiosk-review-relationship = Relación: { $answer }
kiosk-review-skipped = { $total ->
    [one] Omitió { $skipped } de { $total } afirmación: las omitidas no cuentan.
   *[other] Omitió { $skipped } de { $total } afirmaciones: las omitidas no cuentan.
}
kiosk-not-answered = sin responder
kiosk-rate-now = Valorar ahora
kiosk-rate-now-name = Valorar ahora: { $statement }
kiosk-review-sources = Fuentes de fricción: { $sources }
kiosk-review-comment = { $prompt } { $comment }
kiosk-unlock-title = Facilitación: introduzca su PIN para salir del modo participante
kiosk-pin = PIN
kiosk-wrong-pins = { $count ->
    [one] Un PIN incorrecto. Puede volver a intentarlo en { $seconds } s.
   *[other] { $count } PIN incorrectos. Puede volver a intentarlo en { $seconds } s.
}
kiosk-wrong-pin = PIN incorrecto.
kiosk-unlock = Desbloquear
setup-title = Título
setup-title-hint = Alineación Ventas y Producto, T3
setup-title-missing = Dé un título al taller para poder encontrarlo de nuevo.
setup-organisation = Organización o equipo
setup-date = Fecha
setup-date-hint = AAAA-MM-DD
setup-date-invalid = Escriba la fecha como AAAA-MM-DD; se mantiene el { $date }.
setup-date-impossible = { $reason } Se mantiene el { $date }.
setup-file = Archivo: { $file }
setup-facilitator = Quien facilita
setup-facilitator-hint = Su nombre
setup-language = Los participantes responden, y el resumen se redacta, en
setup-built-in-rules = Se usan en su lugar las reglas integradas.
setup-next = Siguiente: Encuadre ➡
setup-expected-sales = Participantes esperados (Ventas)
setup-expected-product = Participantes esperados (Producto)
setup-floor = Umbral de anonimato (respuestas por función)
setup-floor-note = No se muestra ningún resultado hasta que cada función tenga al menos este número de respuestas. Nunca puede ser menor que 3.
setup-floor-unreachable-sales = { $expected ->
    [one] Ventas: solo se espera una persona, menos que el umbral de { $floor }: los resultados nunca se mostrarían.
   *[other] Ventas: solo se esperan { $expected } participantes, menos que el umbral de { $floor }: los resultados nunca se mostrarían.
}
setup-floor-unreachable-product = { $expected ->
    [one] Producto: solo se espera una persona, menos que el umbral de { $floor }: los resultados nunca se mostrarían.
   *[other] Producto: solo se esperan { $expected } participantes, menos que el umbral de { $floor }: los resultados nunca se mostrarían.
}
setup-questionnaire = { $count ->
    [one] Cuestionario: { $name } ({ $count } afirmación)
   *[other] Cuestionario: { $name } ({ $count } afirmaciones)
}
setup-questionnaire-file = Archivo de cuestionario…
setup-default-questionnaire = Cuestionario predeterminado
setup-questionnaire-fixed = El cuestionario queda fijado en cuanto llegan respuestas.
setup-rules = { $count ->
    [one] Reglas: { $name } ({ $count } regla, { $source })
   *[other] Reglas: { $name } ({ $count } reglas, { $source })
}
setup-rules-built-in = integradas
setup-rules-file = Archivo de reglas…
setup-default-rules = Reglas predeterminadas
setup-time-boxes = Tiempos (minutos; 0 para ninguno)
capture-intro = Cada persona responde sola y de forma anónima: desde su teléfono o en este portátil.
capture-responses = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
capture-responses-of-expected = { $count ->
    [one] { $count } respuesta de { $expected } esperadas
   *[other] { $count } respuestas de { $expected } esperadas
}
capture-held-until = { $count ->
    [one] 1 retenida hasta que haya { $floor }
   *[other] { $count } retenidas hasta que haya { $floor }
}
capture-floor-reached = ✔ umbral alcanzado
capture-more-needed = faltan { $count } para poder mostrar resultados
capture-over-headcount-sales = Ventas: { $given } respuestas, pero se esperaban { $expected } personas: revise el número de asistentes (una respuesta por teléfono depende de una cookie).
capture-over-headcount-product = Producto: { $given } respuestas, pero se esperaban { $expected } personas: revise el número de asistentes (una respuesta por teléfono depende de una cookie).
capture-survey-title = Respuestas de una encuesta
capture-survey-text = Importe las respuestas de una encuesta enviada antes del taller: un archivo CSV o Excel tal como lo exportan Google Forms, Microsoft Forms, Typeform o SurveyMonkey. Los nombres, las direcciones de correo y las horas que contenga se descartan y nunca se guardan. Un archivo con alguna fila incorrecta se rechaza entero.
capture-import = Importar respuestas desde CSV…
capture-next = Siguiente: Resultados ➡
capture-participant-title = Modo participante
capture-participant-text = Los participantes responden de uno en uno en este portátil. Elija un PIN: hace falta para salir del modo participante, así que los participantes nunca llegan a los resultados ni a otras respuestas.
capture-pin = PIN de quien facilita
capture-pin-rules = Al menos { $digits } dígitos, solo dígitos.
capture-pin-problem = Elija un PIN de al menos { $digits } dígitos (solo dígitos).
capture-pin-again = Repita el PIN
capture-pin-mismatch = Los dos PIN no coinciden: escriba el mismo PIN en ambos campos.
capture-pin-again-missing = Escriba el PIN una segunda vez para confirmarlo.
capture-start-participant = Iniciar el modo participante…
capture-projector-title = ¿Muestra un proyector esta pantalla?
capture-projector-risk = En el modo participante todos responden en este portátil. Si un proyector refleja esta pantalla, la sala ve las respuestas de cada persona mientras las da.
capture-projector-advice = Oscurezca o apague el proyector (o muestre otra pantalla en él) antes de empezar. O use en su lugar el modo sala: cada persona responde en su propio teléfono y el proyector solo muestra el código y los recuentos.
capture-projector-start = Ningún proyector la muestra: empezar
capture-use-room = Usar el modo sala en su lugar
room-title = Responder desde los teléfonos
room-intro = Todos responden a la vez en el navegador de su teléfono, en la red de esta sala: sin aplicación, sin cuenta, nada sale de la sala.
room-network = Red
room-no-network-found = no se encontró ninguna red
room-network-choice = { $name } — { $address } ({ $kind })
room-kind-network = red
room-kind-vpn = VPN
room-kind-container = contenedor / máquina virtual
room-kind-loopback = solo este portátil
room-look-again = Buscar redes de nuevo
room-kept-missing = La red que este taller usó la última vez ({ $address }) no está disponible ahora: se ha elegido la red predeterminada.
room-unreachable = Los teléfonos de la sala no pueden llegar a esta red: elija el wifi de la sala.
room-loopback-only = En esta red, solo este portátil puede abrir la sala.
room-open = Abrir la sala
room-scan = Escanee el código, o abra esta dirección:
room-same-wifi = El mismo wifi que este portátil. Cada teléfono responde una vez; nadie ve las respuestas de nadie.
room-present = Presentar
room-close = Cerrar la sala
room-leave-home = Cerrar la sala y el taller
room-still-open = La sala sigue abierta
room-still-open-line = { $count ->
    [one] La sala está abierta: los teléfonos aún pueden responder en { $address } (1 respuesta hasta ahora).
   *[other] La sala está abierta: los teléfonos aún pueden responder en { $address } ({ $count } respuestas hasta ahora).
}
room-leave-warning = Cerrar el taller cierra la sala: los teléfonos que aún no han pulsado Enviar pierden sus respuestas, y el código de la pantalla deja de funcionar.
room-stay = Mantener el taller abierto
room-present-title = Responda en su teléfono
room-present-held = { $count ->
    [one] Una respuesta llegó después de mostrar los resultados: está guardada y se contará en cuanto su equipo haya enviado suficientes respuestas para mantenerla anónima.
   *[other] { $count } respuestas llegaron después de mostrar los resultados: están guardadas y se contarán en cuanto su equipo haya enviado suficientes respuestas para mantenerlas anónimas.
}
room-no-network = No hay ninguna red en la que abrir la sala. Conéctese al wifi de la sala (o active el punto de acceso del portátil) y vuelva a buscar redes.
room-no-code = No se puede dibujar la dirección de acceso como código QR: { $error }
room-answer-not-counted = La respuesta de un teléfono no se contó: { $error }

## Modo sala y sistema operativo: su cortafuegos, el wifi de invitados

room-firewall = La primera vez que se abre una sala, Windows o macOS pueden preguntar si Tandem puede aceptar conexiones entrantes. Permítalo en las redes privadas: así llegan los teléfonos a este portátil.
room-guest-wifi = El wifi de invitados suele aislar los dispositivos entre sí. Si los teléfonos no pueden abrir la dirección, use el punto de acceso de un teléfono o de este portátil.

app-back = ⬅ Atrás
app-home = ⬅ Inicio
app-save = Guardar
app-unsaved = cambios sin guardar
app-saved = guardado
app-dark-theme = Tema oscuro
app-presentation = ⛶ Modo presentación (F11)
app-close-title = ¿Guardar los cambios antes de cerrar?
app-close-text = El taller tiene cambios que aún no están en su archivo.
app-save-and-close = Guardar y cerrar
app-discard-and-close = Descartar y cerrar
app-cancel = Cancelar
app-dismiss = Cerrar
app-path-save-as = Guardar como (un nombre libre en la carpeta de talleres; cámbielo si quiere)
app-path-save-here = Guardar aquí
app-path-open-as = Ruta del archivo (escríbala o péguela)
app-path-open = Abrir este archivo
app-markdown-copied = El resumen en Markdown está en el portapapeles.
app-recovery-not-removed = No se pudo eliminar el archivo de recuperación: { $error }
app-recovery-found = Hay cambios sin guardar de una sesión anterior en { $path }: { $parts }.
app-recovery-restore = Restaurarlos
app-recovery-discard = Descartarlos
app-untitled = Taller sin título
app-file-not-named = No se pudo nombrar el archivo según el taller: { $error }
app-old-file-kept = El taller está ahora en { $path }; su archivo anterior { $old } no se pudo eliminar: { $error }
app-folder-not-created = No se pudo crear la carpeta de talleres { $folder }: { $error }
app-compare-two = Elija al menos dos talleres para comparar.
app-compare-locked = «{ $title }» está en modo participante: ábralo y desbloquéelo con el PIN antes de compararlo.
app-compare-built-in-rules = { $error }; comparado con las reglas integradas.
app-participant-needs-save = { $error }. El modo participante necesita un taller que se pueda guardar.
app-participant-no-random = El modo participante no se inició: el sistema operativo no dio números aleatorios ({ $error }), y el bloqueo con PIN los necesita.
app-saved-path = Guardado { $path }
app-still-open = { $error }. El taller sigue abierto con todos sus cambios.
app-stays-open = { $error }. El taller sigue abierto con todos sus cambios.
app-no-dialog = No se pudo abrir un diálogo de archivos: { $error }.
app-dialog-silent = El diálogo de archivos no ha respondido en { $seconds } segundos. Si está abierto detrás de esta ventana, aún puede usarlo. Si no apareció ninguno, este escritorio no puede mostrarlo: instalar xdg-desktop-portal con un backend como xdg-desktop-portal-gtk (o el programa zenity) hace que los diálogos funcionen.
app-exporting = Exportando: { $format }…
app-exporting-comparison = Exportando la comparación…
app-export-failed = No se pudo exportar: { $error }
app-exported = Exportado { $path }

## Acerca de Tandem: versión, licencia, dónde se guardan los talleres, el estudio

app-about = Acerca de
about-title = Acerca de Tandem
about-version = Versión { $version }
about-licence = Licencia: { $licence }. Tandem es software libre.
about-folder = Los talleres se guardan en esta carpeta, cada uno en un archivo .ron:
about-study-title = De dónde viene la pregunta
about-study = Actuation Consulting, Study of Product Team Performance, 2014. El estudio preguntó a equipos de producto: «¿Cómo describiría la relación entre la organización de ventas y el equipo de producto?» (traducido del inglés). Más de una cuarta parte (26,59 %) respondió que había una fricción importante o constante. Tandem hace la misma pregunta a los dos equipos, ventas y producto.
about-close = Cerrar

## exports, sentences, comparison report and command line

words-quoted = «{ $text }»
words-metric-respondents = el número de participantes que respondieron
words-metric-share = la proporción que responde { $answer }
words-metric-aligned-share = la proporción que describe poca fricción o fricción ocasional
words-metric-dysfunction-share = la proporción que describe fricción significativa o constante
words-metric-friction-level = el nivel medio de fricción (0 a 3)
words-metric-mean = la media de { $statement }
words-metric-spread = la dispersión de las valoraciones de { $statement }
words-metric-spillover = la proporción que valora tanto { $debate } como { $personal } con 4 o más (de quienes valoraron ambas)
words-metric-source-share = la proporción que menciona { $source }
words-metric-perception-gap = la brecha de percepción (nivel medio de fricción de Ventas menos el de Producto)
words-metric-statement-gap = la brecha en { $statement } (media de Ventas menos la de Producto)
words-subject-overall = { $metric }
words-subject-sales = { $metric } (Ventas)
words-subject-product = { $metric } (Producto)
words-percentage-points = { $points } puntos porcentuales
words-sentence-at-or-above = { $subject } es { $value }, igual o superior a { $threshold }
words-sentence-at-or-below = { $subject } es { $value }, igual o inferior a { $threshold }
words-sentence-above = { $subject } es { $value }, superior a { $threshold }
words-sentence-below = { $subject } es { $value }, inferior a { $threshold }
words-sentence-just-below = { $subject } es { $value }, justo por debajo de { $threshold }
words-sentence-just-above = { $subject } es { $value }, justo por encima de { $threshold }
words-no-value = { $subject } no tiene valor: no hay suficientes respuestas
words-part-holds = { $sentence }: esta parte se cumple
words-distance-at-least = { $subject } es { $value }; la regla se activa con { $threshold } o más — { $away }
words-distance-at-most = { $subject } es { $value }; la regla se activa con { $threshold } o menos — { $away }
words-distance-above = { $subject } es { $value }; la regla se activa por encima de { $threshold } — { $away }
words-distance-below = { $subject } es { $value }; la regla se activa por debajo de { $threshold } — { $away }
words-away = a { $distance }
words-just-short = por muy poco
words-evidence-together = Todos estos a la vez:
words-evidence-each = Cada uno de estos basta por sí solo:
stability-one-of = una de { $answers } respuestas
stability-any-of-all = cualquiera de las { $answers } respuestas
stability-any-of-some = cualquiera de { $changes } de las { $answers } respuestas
stability-unchecked = no se puede comprobar quitando una respuesta: con una respuesta menos, un equipo quedaría por debajo del umbral de anonimato
stability-holds = se mantiene, se deje fuera a quien se deje
stability-one-decides = la respuesta de una sola persona lo decide
stability-verdict-changes = cambiaría si se quitara { $which }: trátelo como una pregunta para la sala, no como un hallazgo
stability-still-not = no se activa, se deje fuera a quien se deje
stability-hinges = la regla no se activaría si se quitara { $which }: trátelo como una pregunta para la sala, no como un hallazgo
stability-one-away = la regla se activaría si se quitara { $which }
study-column = Estudio (2014)
study-legend = Estudio 2014
study-note-label = Estudio (2014):
study-note = El estudio da 23,70 % y 2,89 % para las dos últimas respuestas y 73,41 % para las dos primeras juntas, con «algo más del 9 %» completamente alineado; 9,25 % es nuestra lectura de «algo más del 9 %», y 64,16 % es 73,41 % menos 9,25 %.
export-label-colon = { $label }:
export-withheld = Los resultados se ocultan hasta que cada equipo tenga al menos { $floor } respuestas (Ventas tiene { $sales }, Producto tiene { $product }).
export-organisation = Organización:
export-date = Fecha:
export-facilitator = Facilitación:
export-respondents = Participantes:
export-respondents-value = { $sales } de Ventas, { $product } de Producto (umbral de anonimato { $floor })
export-held-back = Aún sin mostrar:
held-back-sales = { $count ->
    [one] 1 respuesta de Ventas queda retenida hasta que haya { $floor } para mostrar juntas.
   *[other] { $count } respuestas de Ventas quedan retenidas hasta que haya { $floor } para mostrar juntas.
}
held-back-product = { $count ->
    [one] 1 respuesta de Producto queda retenida hasta que haya { $floor } para mostrar juntas.
   *[other] { $count } respuestas de Producto quedan retenidas hasta que haya { $floor } para mostrar juntas.
}
export-rules = Reglas:
export-follow-up = Taller de seguimiento:
export-summary = Resumen
export-key-findings = Lo más importante
export-more-findings = { $count ->
    [one] Hay un hallazgo más en los detalles.
   *[other] Hay { $count } hallazgos más en los detalles.
}
export-details = Detalles
export-verdict = Veredicto
export-scope-overall = Global
export-scope-sales = Ventas
export-scope-product = Producto
export-verdict-healthy = Sana
export-verdict-toxic = Tóxica
export-verdict-insufficient = Muy pocas respuestas
export-weights = peso tóxico { $toxic }, peso sano { $healthy }
export-verdict-detail = El veredicto en detalle
export-weighing = { $scope }: los hallazgos tóxicos pesan { $toxic } en total, los sanos { $healthy }.
export-perception-gap = Brecha de percepción (nivel medio de fricción Ventas − Producto, 0–3):
export-relationship-heading = ¿Cómo describiría la relación?
export-answer = Respuesta
export-sales = Ventas
export-product = Producto
export-overall = Global
export-statements-heading = Afirmaciones (valoración media, 1–5)
export-statements = Afirmaciones
export-statement = Afirmación
export-gap-sales-product = Brecha (Ventas − Producto)
export-gap = Brecha
statement-rated = { $count ->
    [one] { $count } valoración
   *[other] { $count } valoraciones
}
statement-floor-note = Una media solo se muestra cuando al menos { $floor } personas de una función valoraron la afirmación; si no, solo cuántas lo hicieron, porque la media de tan pocas personas es su propia respuesta. Una brecha necesita las dos medias.
export-friction-sources = Fuentes de fricción
export-source = Fuente
export-total = Total
export-distribution-caption = Proporción de cada respuesta entre participantes de Ventas y de Producto, junto al Study of Product Team Performance de Actuation Consulting (2014).
export-gap-caption = Valoración media de Ventas menos la de Producto, por afirmación (1 = totalmente en desacuerdo, 5 = totalmente de acuerdo).
export-chart-distribution-title = Proporción de cada respuesta sobre la relación: Ventas, Producto y el estudio de 2014
export-chart-bar = { $who }, { $answer }: { $share }
export-chart-completely-1 = Totalmente
export-chart-completely-2 = alineados
export-chart-mostly-1 = Mayormente
export-chart-mostly-2 = alineados
export-chart-lacking-1 = Falta de
export-chart-lacking-2 = alineación
export-chart-constant-1 = Fricción
export-chart-constant-2 = constante
export-chart-gap-title = Brecha de la valoración media por afirmación, Ventas menos Producto
export-chart-product-agrees = Producto más alto
export-chart-sales-agrees = Ventas más alto
export-findings = Hallazgos
export-no-rule-fired = No se activó ninguna regla.
export-function-findings = Hallazgos solo con las respuestas de un equipo
export-function-findings-note = Estas reglas se activaron con las respuestas de un equipo, pero no con las de todos juntos: cuentan en el veredicto de ese equipo, no en el global.
export-fired-on-sales = Activada solo con las respuestas de Ventas
export-fired-on-product = Activada solo con las respuestas de Producto
export-fired-on-sales-inline = activada solo con las respuestas de Ventas
export-fired-on-product-inline = activada solo con las respuestas de Producto
export-scope-inline-overall = global
export-scope-inline-sales = Ventas
export-scope-inline-product = Producto
export-signal-healthy = ✔ sana
export-signal-toxic = ⚠ tóxica
export-weight = peso { $weight }
export-question-for-the-room = Pregunta para la sala:
export-question-for-sales = Pregunta para Ventas:
export-question-for-product = Pregunta para Producto:
export-source-label = Fuente:
export-nearly-fired = Casi activadas
export-comments = Comentarios (agrupados y mezclados)
export-no-comments = (ninguno)
export-method = Método
export-method-rules = Reglas usadas: { $rules }. Cada regla pesa de 1 a 5. Un veredicto es tóxico cuando las reglas tóxicas activadas pesan al menos tanto como las sanas y se activó al menos una regla tóxica; si no, es sano.
export-method-floor = Los resultados solo se muestran cuando cada función tiene al menos { $floor } respuestas, y la media de una función para una afirmación solo cuando al menos { $floor } de sus personas la valoraron. Los comentarios se agrupan y se mezclan, nunca se atribuyen a una función.
export-method-stability = «Se mantiene, se deje fuera a quien se deje» significa que un veredicto o hallazgo sigue igual se deje fuera la respuesta que se deje; «La respuesta de una sola persona lo decide» significa que dejar fuera una sola respuesta lo cambiaría.
export-page = Página { $page } de { $pages }
export-agreements = Acuerdos
export-none-yet = Ninguno todavía.
export-answers-finding = responde a: { $finding }
export-the-overall-verdict = el veredicto global
export-actions = Acciones
export-status = Estado
export-action = Acción
export-owner = Responsable
export-due = Fecha límite
export-answers = Responde a
export-status-done = hecha
export-status-open = pendiente
owner-sales = Ventas
owner-product = Producto
owner-joint = Conjunta
owner-executive-sponsor = Patrocinio ejecutivo
compare-report-title = { $count ->
    [one] Comparación de { $count } taller
   *[other] Comparación de { $count } talleres
}
compare-report-date = Fecha
compare-report-workshop = Taller
compare-report-sales = Ventas
compare-report-product = Producto
compare-report-verdict = Veredicto
compare-report-sales-verdict = Veredicto de Ventas
compare-report-product-verdict = Veredicto de Producto
compare-report-weights = Peso tóxico / sano
compare-report-withheld = oculto
compare-report-below-floor = El taller { $number } está por debajo del umbral de anonimato: solo se comparan sus recuentos.
compare-report-hinge-question = ¿Depende un veredicto de una sola respuesta?
compare-report-friction-heading = Nivel de fricción (0–3) y brecha de percepción
compare-report-perception-gap = Brecha de percepción
compare-report-sales-change = Cambio en Ventas
compare-report-product-change = Cambio en Producto
compare-report-gap-change = Cambio en la brecha
compare-report-better = mejor
compare-report-worse = peor
compare-report-chance-cell = { $change } (podría ser azar)
compare-report-chance-method = Un cambio se llama probablemente real cuando menos de 5 de cada 100 maneras de repartir de nuevo las respuestas de las personas entre los dos talleres (las de cada equipo dentro del equipo) lo mueven tanto; si no, podría ser azar con ese número de respuestas, y no se llama ni mejor ni peor.
compare-report-relationship-heading = Respuestas sobre la relación (proporción de participantes)
compare-report-answer = Respuesta
compare-report-number-sales = n.º { $number } Ventas
compare-report-number-product = n.º { $number } Producto
compare-report-changes-heading = Qué cambió de un taller al siguiente
compare-report-verdict-change = Veredicto: { $before } → { $after }
compare-report-moved = Media de «{ $statement }»: { $from } → { $to } ({ $direction })
compare-report-level-sales = Nivel de fricción de Ventas: { $from } → { $to } ({ $direction })
compare-report-level-product = Nivel de fricción de Producto: { $from } → { $to } ({ $direction })
compare-report-gap-step = Brecha de percepción: { $from } → { $to } ({ $direction })
compare-report-festering = Enquistado (tóxico en ambos): { $rules }
compare-report-actions-done = Acciones del n.º { $number }: { $done } de { $count } hechas
compare-report-left-out = Los talleres usaron cuestionarios distintos. Comparadas: las { $shared } afirmaciones que comparten. Omitidas: { $left }.
compare-report-trend-title = Nivel de fricción y brecha de percepción a lo largo del tiempo
compare-report-trend-axis = Nivel de fricción (0–3) · brecha
compare-report-trend-caption = Nivel medio de fricción (0–3) de Ventas y de Producto, y la brecha de percepción, taller a taller.
compare-report-gap = Brecha
compare-report-details = Detalles
compare-report-workshops = Talleres
compare-brief-span = { $count ->
    [one] Un taller, el { $first }
   *[other] { $count } talleres, del { $first } al { $last }
}
compare-brief-same = igual que antes
compare-brief-was = antes: { $before }
compare-brief-trail = en los { $count } talleres: { $trail }
compare-brief-latest = Desde el taller anterior ({ $from } → { $to })
compare-brief-series = Del primer taller al más reciente ({ $from } → { $to })
compare-brief-below-floor = El taller del { $date } está por debajo del umbral de anonimato: sus resultados no se muestran, así que en este paso no se compara nada.
compare-brief-no-real-move = Ninguna media de una afirmación cambió más de lo que podría cambiar por azar con este número de respuestas.
compare-brief-more-moves = { $count ->
    [one] Otra afirmación probablemente cambió de verdad: véanse los detalles.
   *[other] Otras { $count } afirmaciones probablemente cambiaron de verdad: véanse los detalles.
}
compare-brief-actions = Acciones acordadas el { $date }: { $done } de { $count } hechas
compare-brief-no-actions = No se acordaron acciones el { $date }.
compare-brief-still-open = Pendientes de talleres anteriores
compare-brief-agreed = Acordada
compare-brief-newest-actions = Acordadas en el taller más reciente ({ $date })
compare-brief-more-open = { $count ->
    [one] Otra acción sigue abierta: los detalles enumeran las acciones de cada taller.
   *[other] Otras { $count } acciones siguen abiertas: los detalles enumeran las acciones de cada taller.
}
compare-brief-was-unknown = antes: muy pocas respuestas para un veredicto
cli-note-withheld = nota: resultados ocultos por debajo del umbral de anonimato; solo se exportaron los recuentos
cli-raw-responses = nota: cada fila de este CSV une un equipo con las valoraciones y los comentarios de una persona; en un equipo pequeño, un comentario puede delatar quién lo escribió. Es para quien facilita, no para la sala: todas las demás exportaciones agrupan los comentarios
cli-raw-held = { $count ->
    [one] nota: 1 respuesta dada después de la revelación está retenida y no está en este CSV
   *[other] nota: { $count } respuestas dadas después de la revelación están retenidas y no están en este CSV
}
cli-note-recovery = nota: { $path } contiene trabajo sin guardar más reciente que el archivo del taller
cli-room-open = Sala abierta para «{ $title }». Los teléfonos de la misma red responden en la dirección de arriba; Ctrl-C cierra la sala.
cli-room-closed = { $count ->
    [one] Sala cerrada. { $path } contiene { $count } respuesta.
   *[other] Sala cerrada. { $path } contiene { $count } respuestas.
}
cli-room-not-counted = { $error }; esa respuesta no se contó
cli-classify-withheld = Los resultados se ocultan hasta que cada equipo tenga al menos { $floor } respuestas (a Ventas le faltan { $sales }, a Producto { $product }).
cli-classify-verdict-stability = Veredicto de { $scope }: { $words }.
cli-classify-perception-gap = Brecha de percepción: { $gap } (nivel medio de fricción Ventas − Producto, 0–3)
cli-classify-fired = Reglas activadas, { $scope }:
cli-classify-none = ninguna
cli-classify-nearly-fired = casi activada: { $rule }
cli-classify-relationship = Relación

## stages, library, comparison and import

workshop-verdict-healthy = Sana
workshop-verdict-toxic = Tóxica
workshop-verdict-insufficient = Muy pocas respuestas
workshop-scope-overall = Global
framing-title = Por qué estamos aquí
framing-quotation = «¿Cómo describiría la relación entre la organización de ventas y el equipo de producto?» — pregunta hecha a equipos de producto, Study of Product Team Performance, Actuation Consulting 2014 (traducido del inglés)
framing-quotation-translated = «¿Cómo describiría la relación entre la organización de ventas y el equipo de producto?» — pregunta hecha a equipos de producto, Study of Product Team Performance, Actuation Consulting 2014 (traducido del inglés)
framing-bar = { $answer }: { $share }
framing-study = El estudio de 2014
framing-axis = % de equipos de producto
framing-study-note = El estudio da 23,70 % y 2,89 % para las dos últimas respuestas y 73,41 % para las dos primeras juntas, con «algo más del 9 %» completamente alineados; 9,25 % es nuestra lectura de «algo más del 9 %», y 64,16 % es 73,41 % menos 9,25 %.
framing-quarter = Más de una cuarta parte (26,59 %) señala una fricción importante o constante. ¿Cómo lo ve Ventas? Hoy preguntamos a ambas partes.
framing-healthy = ✔ Fricción sana
framing-healthy-text = Surge de puntos de vista distintos: una hoja de ruta a 12 meses frente a objetivos trimestrales. Discrepamos sobre el trabajo —prioridades, alcance, plazos— y lo resolvemos con un compromiso o con una decisión de la dirección.
framing-toxic = ⚠ Fricción tóxica
framing-toxic-text = Si se deja enquistar, se vuelve personal: culpas, frustración, desconfianza, y nadie sabe quién decide. Eso es lo que queremos encontrar y corregir.
framing-agenda = Agenda
framing-agenda-line = { $number }. { $line }
framing-agenda-timed = { $number }. { $line } ({ $minutes } min)
framing-agenda-capture = Cada persona responde a solas y de forma anónima, en su teléfono o en este portátil
framing-agenda-reveal = Vemos los resultados lado a lado
framing-agenda-diagnose = Sana o tóxica, y por qué
framing-agenda-agree = Acuerdos y acciones
framing-agenda-close = Resumen y próximo taller
framing-promise = Nuestra promesa: sus respuestas son anónimas
framing-promise-text = Con sus respuestas no se guarda ningún nombre, dispositivo ni hora. No se muestra nada hasta que Ventas y Producto tengan cada uno al menos { $floor } respuestas. Los comentarios se muestran agrupados y mezclados, nunca con el nombre de un equipo.
framing-next = Siguiente: Recogida ➡
reveal-title = Resultados
reveal-withheld = Los resultados están retenidos
reveal-withheld-text = No se muestra nada hasta que Ventas y Producto tengan cada uno al menos { $floor } respuestas, para que nadie pueda ser identificado.
reveal-count-enough = { $count ->
    [one] { $team }: 1 respuesta (suficientes)
   *[other] { $team }: { $count } respuestas (suficientes)
}
reveal-count-needed = { $count ->
    [one] { $team }: 1 respuesta (faltan { $needed })
   *[other] { $team }: { $count } respuestas (faltan { $needed })
}
reveal-ready = Los resultados están listos
reveal-ready-counts = Han llegado { $sales } respuestas de Ventas y { $product } de Producto.
reveal-ready-of-expected = { $missing ->
    [0] { $team }: han respondido { $count }, se esperaban { $expected }
    [one] { $team }: han respondido { $count } de las { $expected } personas esperadas (falta 1)
   *[other] { $team }: han respondido { $count } de las { $expected } personas esperadas (faltan { $missing })
}
reveal-ready-text = Al revelarlos, la sala los ve. Las respuestas dadas después se retienen hasta que haya al menos { $floor } de una misma función, para que nunca se puedan distinguir las respuestas de quien llega tarde.
reveal-button = Revelar los resultados
reveal-not-revealed = Los resultados aún no se han revelado
reveal-not-revealed-text = Revélelos primero a la sala en la etapa Resultados.
reveal-go = Ir a Resultados
reveal-summary = { $sales } respuestas de Ventas y { $product } de Producto. Brecha de percepción (nivel de fricción Ventas − Producto, 0–3): { $gap }
reveal-next = Siguiente: Diagnóstico ➡
reveal-comments = Comentarios (agrupados y mezclados)
reveal-no-comments = Sin comentarios.
reveal-relationship = ¿Cómo describiría la relación?
reveal-study = Estudio 2014
reveal-axis-respondents = % de quienes respondieron
reveal-answer = Respuesta
reveal-study-note = Estudio 2014: el estudio da 23,70 % y 2,89 % para las dos últimas respuestas y 73,41 % para las dos primeras juntas, con «algo más del 9 %» completamente alineados; 9,25 % es nuestra lectura de «algo más del 9 %», y 64,16 % es 73,41 % menos 9,25 %.
reveal-statements = Afirmaciones: Ventas y Producto lado a lado
reveal-axis-gap = diferencia en la valoración media: ⬅ Producto está más de acuerdo · Ventas está más de acuerdo ➡
reveal-gap-series = Ventas − Producto
reveal-statement = Afirmación
reveal-gap = Diferencia
reveal-sources = Fuentes de fricción más citadas
reveal-source = Fuente
diagnose-title = Diagnóstico
diagnose-next = Siguiente: Acuerdos ➡
diagnose-weights = peso tóxico { $toxic } · peso sano { $healthy }
diagnose-how = Tóxica cuando las reglas tóxicas que se activaron pesan al menos tanto como las sanas. Cada veredicto y cada hallazgo se comprueba de nuevo quitando cada respuesta por separado; nunca se muestra qué respuesta podría cambiarlo.
diagnose-overall-notes = Notas sobre el veredicto global
diagnose-findings = Lo que encontramos
diagnose-none-fired = No se activó ninguna regla.
diagnose-alone = Hallazgos solo con las respuestas de una función
diagnose-alone-note = Estas reglas se activaron con las respuestas de una función, pero no con las de todos juntos: cuentan en el veredicto de esa función, no en el global.
diagnose-nearly = A punto de activarse
diagnose-nearly-line = { $signal } { $title } — { $explanation }
diagnose-signal-toxic = ⚠ tóxica
diagnose-signal-healthy = ✔ sana
diagnose-fired-sales = Activada solo con las respuestas de Ventas
diagnose-fired-product = Activada solo con las respuestas de Producto
diagnose-finding = { $signal } (peso { $weight }) · { $title }
diagnose-finding-alone = { $signal } (peso { $weight }) · { $title } · { $scope }
diagnose-ask = Pregunte a la sala: { $prompt }
diagnose-ask-sales = Pregunte a Ventas: { $prompt }
diagnose-ask-product = Pregunte a Producto: { $prompt }
diagnose-source = Fuente: { $citation }
diagnose-notes = Notas sobre «{ $title }»
diagnose-notes-sales = Notas sobre «{ $title }» (respuestas de Ventas)
diagnose-notes-product = Notas sobre «{ $title }» (respuestas de Producto)
agree-title = Acuerdos
agree-rules-of-engagement = Acuerdos de colaboración
agree-actions = Acciones
agree-add-action = + Añadir acción
agree-next = Siguiente: Cierre ➡
agree-what = A qué responder
agree-not-revealed = Los hallazgos aparecen aquí cuando se revelan los resultados.
agree-none-fired = No se activó ningún hallazgo: acuerden qué mantiene sana la fricción.
agree-alone-sales = { $title } (solo con las respuestas de Ventas)
agree-alone-product = { $title } (solo con las respuestas de Producto)
agree-alone-both = { $title } (solo con las respuestas de Ventas y solo con las de Producto)
agree-agreement = Acuerdo { $number }
agree-remove-agreement = Quitar el acuerdo { $number }
agree-add-agreement = + Añadir acuerdo
agree-action = Acción { $number }
agree-action-hint = Qué se hará
agree-done = Hecha
agree-remove-action = Quitar la acción { $number }
agree-action-empty = Indique qué se hará.
agree-owner = Responsable
agree-person = Persona
agree-person-hint = nombre (opcional)
agree-due = Fecha límite
agree-due-hint = AAAA-MM-DD
agree-calendar = Calendario
calendar-previous-month = Mes anterior
calendar-next-month = Mes siguiente
calendar-month = { $month } de { $year }
calendar-weekdays = Lu Ma Mi Ju Vi Sá Do
agree-due-invalid = Escriba la fecha como AAAA-MM-DD o elíjala en el calendario.
agree-answers = Responde al hallazgo
agree-no-finding = ningún hallazgo
agree-did-not-fire = { $title } (no se activó)
agree-question = Pregunta para la sala: { $prompt }
agree-question-sales = Pregunta para Ventas: { $prompt }
agree-question-product = Pregunta para Producto: { $prompt }
close-title = Cierre
close-meta = { $organisation } · { $date } · facilitado por { $facilitator }
close-counts = { $sales } respuestas de Ventas y { $product } de Producto (umbral de anonimato { $floor })
close-withheld = Resultados retenidos: una función está por debajo del umbral de anonimato.
close-not-revealed = Resultados aún no revelados: revélelos a la sala en la etapa Resultados.
close-scope = { $scope }:
close-agreements = Acuerdos
close-none = Ninguno.
close-actions = Acciones
close-action = { $action } — { $owner }
close-action-due = { $action } — { $owner }, fecha límite { $due }
close-follow-up = Taller de seguimiento sugerido: { $date } (un trimestre después)
close-markdown = El resumen tal como se exporta (Markdown)
close-save = Guardar el taller
close-close = Cerrar el taller
close-unsaved = Cambios sin guardar
close-saved = Todos los cambios guardados
close-findings = Hallazgos
close-none-fired = No se activó ninguna regla.
close-finding = { $title }
close-finding-sales = { $title } · Activada solo con las respuestas de Ventas
close-finding-product = { $title } · Activada solo con las respuestas de Producto
close-ask = Pregunte a la sala: { $prompt }
close-ask-sales = Pregunte a Ventas: { $prompt }
close-ask-product = Pregunte a Producto: { $prompt }
close-notes = Notas: { $note }
workshop-export-html = Exportar informe HTML…
workshop-export-pdf = Exportar informe PDF…
workshop-export-markdown = Exportar Markdown…
workshop-export-responses = Exportar respuestas (CSV)…
workshop-export-metrics = Exportar métricas (CSV)…
workshop-copy-markdown = Copiar Markdown
workshop-exporting = Exportando…
raw-export-title = Las respuestas en bruto: una fila por persona
raw-export-text = Cada fila une un equipo con las valoraciones y los comentarios de una persona. En un equipo pequeño, un comentario puede delatar quién lo escribió. Este archivo es para usted, quien facilita (para guardarlo o importarlo de nuevo), no para la sala, un responsable ni una carpeta compartida. Todas las demás exportaciones agrupan los comentarios, como las pantallas.
raw-export-held = { $count ->
    [one] 1 respuesta dada después de la revelación está retenida: no está en este archivo hasta que haya suficientes para mostrar.
   *[other] { $count } respuestas dadas después de la revelación están retenidas: no están en este archivo hasta que haya suficientes para mostrar.
}
raw-export-yes = Elegir dónde guardar…
raw-export-no = Cancelar
workshop-cannot-remove = No se pudo eliminar { $path }: { $error }
workshop-reveal-not-saved = { $error }. Los resultados siguen ocultos hasta que se pueda guardar la revelación.
workshop-saved = Guardado: { $path }
workshop-not-saved = { $error }. El taller sigue abierto con todos sus cambios.
workshop-restored = Se restauraron los cambios sin guardar: { $parts }. Guarde para conservarlos en el archivo del taller.
workshop-using-rules = { $count ->
    [one] Se usan las reglas «{ $name }» (1 regla).
   *[other] Se usan las reglas «{ $name }» ({ $count } reglas).
}
workshop-rules-kept = { $error }
    El taller conserva las reglas que tenía.
workshop-questionnaire-fixed = El cuestionario no puede cambiar una vez que hay respuestas: responden a este.
workshop-using-questionnaire = Se usa el cuestionario «{ $name }».
workshop-questionnaire-kept = { $error }
    El taller conserva el cuestionario que tenía.
home-tagline = Talleres de alineación entre Ventas y Producto: valoraciones anónimas de la fricción de ambas partes y un veredicto que puede comprobar a mano.
home-new = + Nuevo taller
home-open-file = Abrir archivo…
home-waiting = Esperando el diálogo de archivos…
home-rescan = Volver a leer la carpeta
home-folder = Talleres en { $folder }
home-recent = Archivos recientes
library-scanning = Leyendo… { $scanned } de { $total } archivos
library-filter = Filtrar
library-filter-hint = título, organización o fecha
library-compare-selected = Comparar selección ({ $count })
library-tick = Marque dos o más talleres para compararlos.
library-empty = Aún no hay talleres aquí. Empiece uno con «Nuevo taller».
library-unreadable = { $count ->
    [one] No se pudo leer { $count } archivo
   *[other] No se pudieron leer { $count } archivos
}
library-compare-one = Comparar { $title }
library-in-participant-mode = en modo participante
library-not-revealed = sin revelar
library-open = Abrir
library-open-one = Abrir { $title }
library-recover = cambios sin guardar por recuperar
library-date = Fecha
library-title = Título
library-organisation = Organización
library-stage = Etapa
library-verdict = Veredicto
library-sort-date = Ordenar por fecha
library-sort-title = Ordenar por título
library-sort-organisation = Ordenar por organización
library-sort-sales = Ordenar por Ventas
library-sort-product = Ordenar por Producto
library-sort-stage = Ordenar por etapa
library-sort-verdict = Ordenar por veredicto
library-stage-setup = Preparación
library-stage-framing = Encuadre
library-stage-capture = Recogida
library-stage-reveal = Resultados
library-stage-diagnose = Diagnóstico
library-stage-agree = Acuerdos
library-stage-close = Cierre
compare-no-clear-change = { $change }, sin cambio claro: { $chance }
compare-better = { $arrow } { $change }, mejor: { $chance }
compare-worse = { $arrow } { $change }, peor: { $chance }
compare-real-change = { $change }, { $chance }
compare-chance-real = probablemente un cambio real
compare-chance-could-be = podría ser azar con { $before } y { $after } { $count ->
    [one] respuesta
   *[other] respuestas
}
compare-chance-note = «Probablemente un cambio real»: menos de 5 de cada 100 maneras de repartir de nuevo las mismas respuestas entre los dos talleres (las de cada equipo dentro del equipo) mueven la cifra tanto. Si no, un cambio podría ser azar con ese número de respuestas, y no se llama ni mejor ni peor.
compare-gap-closer = más cerca: { $chance }
compare-gap-apart = más lejos: { $chance }
compare-gap-no-clear-change = sin cambio claro: { $chance }
compare-library = ⬅ Biblioteca
compare-title = Comparación de { $count } talleres
compare-export-pdf = Exportar PDF…
compare-export-html = Exportar HTML…
compare-export-markdown = Exportar Markdown…
compare-below-floor = El taller del { $date } está por debajo del umbral de anonimato: solo se muestran sus recuentos.
compare-left-out = Estos talleres usaron cuestionarios distintos: se comparan las { $count } afirmaciones que comparten; quedan fuera: { $left }.
compare-all-hold = { $date }: todos los veredictos se mantienen sin importar qué respuesta se quite.
compare-stability-overall = { $date }, veredicto global: { $words }.
compare-stability-sales = { $date }, veredicto de Ventas: { $words }.
compare-stability-product = { $date }, veredicto de Producto: { $words }.
compare-trend = Nivel de fricción y brecha de percepción a lo largo del tiempo
compare-trend-description = Gráfico: nivel de fricción de Ventas y de Producto y brecha de percepción en la fecha de cada taller: { $dates }
compare-gap-series = Brecha de percepción (Ventas − Producto)
compare-axis-date = Fecha del taller
compare-axis-level = Nivel de fricción (0–3) · brecha
compare-step = Del { $from } al { $to }
compare-verdict-step = Veredicto: { $before } ➡ { $after }
compare-level-step-sales = Nivel de fricción de Ventas { $from } ➡ { $to } ({ $direction })
compare-level-step-product = Nivel de fricción de Producto { $from } ➡ { $to } ({ $direction })
compare-gap-step = Brecha de percepción { $from } ➡ { $to } ({ $direction })
compare-movers = Afirmaciones que más se movieron (media, 1–5)
compare-mover = { $statement }: { $from } ➡ { $to } ({ $direction })
compare-festering = ⚠ Enquistadas (tóxicas en ambos): { $rules }
compare-actions = Acciones del { $date }: { $done } de { $count } hechas
compare-date = Fecha
compare-workshop = Taller
compare-sales-answers = Respuestas de Ventas
compare-product-answers = Respuestas de Producto
compare-overall-verdict = Veredicto global
compare-sales-verdict = Veredicto de Ventas
compare-product-verdict = Veredicto de Producto
compare-weights = Peso tóxico / sano
compare-withheld = retenido
compare-friction-title = Nivel de fricción (0–3) y brecha de percepción (Ventas − Producto)
compare-sales-level = Nivel de fricción de Ventas
compare-product-level = Nivel de fricción de Producto
compare-gap = Brecha de percepción
compare-festering-column = Tóxica otra vez (enquistada)
compare-shares-title = Respuestas sobre la relación (porcentaje de quienes respondieron)
compare-study = Estudio (2014)
import-not-remembered = Las respuestas se importaron, pero no se pudo recordar la elección de columnas: { $error }
import-done = { $count ->
    [one] Se importó 1 respuesta de { $path }.{ $dropped }
   *[other] Se importaron { $count } respuestas de { $path }.{ $dropped }
}
import-nothing = { $error }. No se importó nada.
import-cannot-read = no se puede leer el archivo: { $error }
import-refused = { $path }: { $error }. No se importó nada.
import-comment = Comentario: { $prompt }
import-ignore = Ignorar esta columna
import-statement = Afirmación: { $text }
import-team = Equipo: Ventas o Producto
import-relationship = Relación: { $prompt }
import-sources = Fuentes de fricción, las que sean en una celda: { $prompt }
import-all-answered = Otras columnas ya responden a cada pregunta, así que esta solo puede ignorarse.
import-title = ¿A qué pregunta responde cada columna?
import-unknown = { $file } tiene columnas que Tandem no reconoce. Indique qué es cada una; Tandem recordará su elección para los archivos con las mismas columnas.
import-choose = Elegir…
import-import = Importar
import-cancel = Cancelar

## file dialogs and export formats

room-qr-name = Código QR para { $address }
format-markdown = Markdown
format-html = informe HTML
format-pdf = informe PDF
format-responses-csv = respuestas en CSV
format-metrics-csv = indicadores en CSV
dialog-open-workshop = Abrir un taller de Tandem
dialog-rules-file = Elegir un archivo de reglas
dialog-questionnaire-file = Elegir un archivo de cuestionario
dialog-import = Importar las respuestas de una encuesta (CSV o Excel)
dialog-export = Exportar: { $what }
dialog-export-comparison = Exportar la comparación
dialog-kind-survey = un archivo de encuesta (CSV o Excel)
dialog-kind-csv = un archivo CSV
dialog-kind-ron = un archivo de Tandem (RON)
dialog-kind-html = una página HTML
dialog-kind-pdf = un documento PDF
dialog-kind-markdown = un archivo Markdown
dialog-none = No se pudo mostrar ningún diálogo de archivos: este escritorio no tiene un servicio para ellos. Instalar xdg-desktop-portal con un motor como xdg-desktop-portal-gtk (o el programa zenity) hace que funcionen.
dialog-path-add-name = { $path } es una carpeta: añada un nombre de archivo.
dialog-path-exists = Ya hay un archivo en { $path }: elija otro nombre, para que no se sustituya nada.
dialog-path-no-folder = No existe la carpeta { $path }.
dialog-path-missing = No hay ningún archivo en { $path }.
dialog-path-folder = { $path } es una carpeta, no un archivo.
dialog-path-wrong-kind = { $path } no es { $kind }: su nombre debería terminar en .{ $extension }.

## import and file errors

import-error-row = fila { $row }: { $message }
import-error-row-column = fila { $row }, columna `{ $column }`: { $message }
import-error-column = columna `{ $column }`: { $message }
import-error-unknown-columns = { $count ->
    [one] { $columns } no es una pregunta del cuestionario; indique qué es con --map "Encabezado=clave" o --ignore "Encabezado" (en la aplicación: elija en el paso de asignación de columnas)
   *[other] { $columns } no son preguntas del cuestionario; indique qué es cada una con --map "Encabezado=clave" o --ignore "Encabezado" (en la aplicación: elija en el paso de asignación de columnas)
}
import-error-field-count = tiene { $fields } campos, pero el encabezado tiene { $header }
import-error-not-function = «{ $value }» no es un equipo: use Sales o Product (en mayúsculas o minúsculas)
import-error-not-relationship = «{ $value }» no es una respuesta sobre la relación: use { $labels }, sus claves, o 0 a 3
import-error-not-rating = «{ $value }» no es una valoración: use 1 a 5, o Strongly disagree, Disagree, Neither agree nor disagree, Agree o Strongly agree; déjela vacía para omitirla
import-error-not-agreement = «{ $value }» no es una respuesta de la escala de acuerdo: use Strongly disagree, Disagree, Neither agree nor disagree (o Neutral), Agree o Strongly agree, o 1 a 5; para omitirla, déjela vacía o escriba Skip, Don't know o N/A
import-error-not-source = «{ $value }» no es una fuente de fricción del cuestionario: use { $sources }, separadas por ; o ,
import-error-not-checkbox = «{ $value }» no es una respuesta para esta casilla: déjela vacía o escriba su etiqueta «{ $label }»
import-error-needs-answers = necesita un equipo y una respuesta sobre la relación
import-error-mapped-missing = está asignada o ignorada, pero el archivo no tiene esa columna
import-error-twice = aparece dos veces en el encabezado
import-error-answered-twice = responde a { $question }, igual que la columna `{ $first }`; conserve una, o ignore una con --ignore
import-error-question-team = la pregunta sobre el equipo
import-error-question-relationship = la pregunta sobre la relación
import-error-question-statement = la afirmación `{ $key }`
import-error-question-sources = la pregunta sobre las fuentes de fricción
import-error-question-source = la fuente de fricción `{ $key }`
import-error-question-friction-comment = el comentario sobre la fricción
import-error-question-works-well-comment = el comentario sobre lo que funciona bien
import-error-no-function-column = el encabezado no tiene columna `function` (la clave de Tandem, o una pregunta como «Which team are you in?»)
import-error-no-relationship-column = el encabezado no tiene columna `relationship` (la clave de Tandem, o la pregunta «{ $prompt }»)
import-error-unknown-key = «{ $value }» no es una clave que Tandem conozca: use function, relationship, sources, friction_comment, works_well_comment, la clave de una afirmación ({ $statements }) o de una fuente ({ $sources })
import-error-not-workbook = el archivo no es un libro de Excel (.xlsx) que Tandem pueda leer: { $error }
import-error-no-such-sheet = el libro no tiene ninguna hoja «{ $sheet }»; sus hojas son { $sheets }
import-error-no-sheet = el libro no tiene ninguna hoja
import-error-sheet-unreadable = la hoja «{ $sheet }» no se puede leer: { $error }
import-error-sheet-empty = la hoja «{ $sheet }» está vacía; necesita una fila de encabezado y una fila por respuesta
import-error-cell-error = la celda de la columna { $column } contiene el error de hoja de cálculo { $error }; corríjalo en la hoja de cálculo
import-error-broken-utf8 = el texto es UTF-8 hasta aquí, luego tiene bytes que no lo son, y Tandem no adivina qué son; vuelva a guardar el archivo como «CSV UTF-8»
import-error-broken-utf16 = el texto { $encoding } se corta aquí con medio carácter; vuelva a guardar el archivo como «CSV UTF-8»
import-error-not-windows-1252 = el byte { $byte } no es un carácter ni en Windows-1252 ni en UTF-8, así que el archivo está en una codificación que Tandem no adivina; guárdelo como «CSV UTF-8»
import-error-not-text = el byte { $byte } es un carácter de control que ningún texto contiene: no es un archivo de texto que Tandem pueda leer; guarde la encuesta como «CSV UTF-8» o como libro de Excel (.xlsx)
import-error-utf16-without-bom = el archivo parece texto UTF-16 sin la marca de orden de bytes que dice qué byte va primero; guárdelo como «CSV UTF-8», o desde Excel como «Texto Unicode», que escribe la marca
import-error-old-workbook = el archivo es un libro de Excel 97–2003 (.xls), que Tandem no lee; guárdelo como libro de Excel (.xlsx) o como «CSV UTF-8»
import-error-read-as = Leído como texto { $encoding }.
import-error-read-as-guessed = El archivo no es UTF-8, así que se leyó como { $encoding } (el CSV de Excel en Windows): compruebe que las letras con acento de los comentarios llegaron tal como se escribieron.
import-error-empty = el archivo está vacío; necesita una fila de encabezado y una fila por respuesta
import-error-unreadable = no se puede leer: { $error }
import-error-unclosed-quote = un campo entre comillas nunca se cierra (falta una ")
import-error-sheet-on-csv = --sheet "{ $sheet }" nombra una hoja, pero el archivo es CSV, que no tiene hojas
import-error-no-responses = el archivo tiene encabezado, pero ninguna respuesta
import-error-dropped-time = `{ $header }` (dice cuándo respondió alguien)
import-error-dropped-identity = `{ $header }` (podría decir quién respondió)
import-error-dropped-metadata = `{ $header }` (el registro que la herramienta de encuestas guarda de la respuesta, no una respuesta)
import-error-dropped = { $count ->
    [one] Se descartó { $count } columna, nunca guardada, para mantener anónimas las respuestas: { $columns }.
   *[other] Se descartaron { $count } columnas, nunca guardadas, para mantener anónimas las respuestas: { $columns }.
}
import-error-nothing-imported = { $path }: { $error }; no se importó nada
file-error-read = { $path }: no se puede leer el archivo: { $error }
file-error-empty = { $path }: el archivo está vacío
file-error-too-large = { $path }: el archivo ocupa { $size } MB, más de lo que puede ocupar un archivo de Tandem (como máximo { $limit } MB); ¿es el archivo correcto?
file-error-not-text = { $path }:{ $line }:{ $column }: esto no es un archivo de texto (los bytes en ese punto no son UTF-8); ¿es el archivo correcto?
file-error-syntax = { $path }:{ $line }:{ $column }: { $message }
file-error-no-format-version = { $path }: esto no es un taller de Tandem: no tiene `format_version` (o es 0, que nunca existió); los archivos de taller de Tandem empiezan por `format_version: 1`
file-error-not-a-workshop = { $path }: esto no es un taller de Tandem: es RON válido, pero un archivo de taller tiene la forma `(format_version: 1, workshop: (...))`
file-error-no-fields = { $path }:{ $line }:{ $column }: esto no es un taller de Tandem: no empieza con los campos de un taller; un archivo de taller empieza por `(format_version: 1, workshop: (`
file-error-newer-version = { $path }: este taller lo escribió una versión más reciente de Tandem (formato de archivo { $found }); esta versión lee formatos hasta el { $supported }. Actualice Tandem para abrirlo; el archivo no se ha modificado.
file-error-invalid = { $path }: el archivo se ha leído, pero su contenido no es válido:
file-error-not-saved = no se pudo guardar { $path }: falló el paso «{ $step }»: { $error }
file-error-step-temporary = crear un archivo temporal en { $folder }
file-error-step-permissions = copiar los permisos del archivo
file-error-step-writing = escribir el archivo temporal
file-error-step-flushing = escribir el archivo temporal en el disco
file-error-step-replacing = reemplazar el archivo
file-error-step-flushing-folder = escribir la carpeta { $folder } en el disco
file-error-step-removing-recovery = eliminar el archivo de recuperación tras guardar
file-error-step-to-text = convertir el taller en texto
file-error-time-not-kept = { $error }. No se pudo guardar el tiempo dedicado a esta etapa.
file-error-rules-outside = { $path } nombra el archivo de reglas «{ $name }», que no está en la carpeta del taller: un archivo de reglas debe estar junto al taller (sin ruta absoluta, sin ..).
rules-problem-no-rules = el archivo no tiene reglas
rules-problem-id-used = el identificador `{ $id }` ya lo usa una regla anterior; los identificadores deben ser únicos
rules-problem-id-form = el identificador solo puede tener minúsculas, cifras y _, y debe empezar por una letra
rules-problem-id-overall = el identificador `overall` está reservado para el veredicto global, cuyas notas se guardan con ese nombre: dé otro identificador a esta regla
rules-problem-texts-empty = la fuente (citation), la explicación (explanation) y la pregunta (prompt) deben decir algo cada una
rules-problem-threshold = el umbral de { $metric } no es un número
rules-problem-unknown-statement = `{ $key }` no es una afirmación del cuestionario «{ $questionnaire }»
rules-problem-unknown-source = `{ $key }` no es una fuente de fricción del cuestionario «{ $questionnaire }»
rules-problem-empty-group = `{ $kind }([])` está vacío: dele al menos una condición
rules-problem-either-in-either = `either_function` dentro de `either_function` no tiene sentido
rules-problem-gap-in-either = la brecha de percepción compara las dos funciones, así que no puede medirse `in either function`
rules-problem-translation-lacks = a la regla `{ $id }` le falta en { $language }: { $lacking }
rules-problem-translation-unknown = `{ $id }` no es una regla de este archivo: una traducción conserva los identificadores de las reglas
rules-error-built-in = No se pudieron leer las reglas integradas de Tandem (línea { $line }, columna { $column }: { $message }). Esta copia de Tandem está dañada: elija un archivo de reglas en la preparación o vuelva a instalar Tandem.
file-error-autosave-failed = { $error }. Sus cambios siguen aquí; guarde, o use «Guardar una copia en otro lugar…» arriba si no se puede escribir en esta carpeta.
import-error-bad-map = --map "{ $map }" necesita un encabezado y una clave: --map "Encabezado=clave"; no se importó nada
import-error-cannot-read-file = no se puede leer { $path }
import-error-exists = { $path } ya existe; use --into para añadirle respuestas
import-error-say-where = indique adónde van las respuestas: --into ARCHIVO, o --new --title T --out ARCHIVO
import-error-imported = { $count ->
    [one] se importó { $count } respuesta en { $path } (ahora { $sales } de Ventas, { $product } de Producto)
   *[other] se importaron { $count } respuestas en { $path } (ahora { $sales } de Ventas, { $product } de Producto)
}

# El archivo en disco manda: partes de un taller, bloqueos, conflictos, importaciones repetidas.
part-title = el título
part-organisation = la organización
part-date = la fecha
part-facilitator = el nombre de quien facilita
part-expected = el número de personas esperadas
part-language = el idioma de los participantes
part-settings = el umbral de anonimato o las reglas
part-time-boxes = los tiempos previstos
part-questionnaire = el cuestionario
part-answers-added = { $count ->
    [one] 1 respuesta añadida
   *[other] { $count } respuestas añadidas
}
part-answers-removed = { $count ->
    [one] 1 respuesta retirada
   *[other] { $count } respuestas retiradas
}
part-held-back = { $count ->
    [one] 1 respuesta retenida
   *[other] { $count } respuestas retenidas
}
part-revealed = la revelación
part-notes = las notas sobre los hallazgos
part-agreements = los acuerdos
part-actions = las acciones
part-participant-mode = el modo participante
part-time-spent = el tiempo dedicado a las etapas
part-imports = la lista de archivos importados
lock-program-app = otra ventana de Tandem
lock-program-import = «tandem import»
lock-program-room = «tandem room»
lock-unknown-computer = un ordenador sin nombre
lock-holder = { $program } en { $computer }, desde { $since }
lock-someone = otra ventana u otro programa de Tandem
lock-taken-from-crash = Este taller seguía marcado como abierto por { $holder }, que ya no está en marcha; ahora lo tiene esta ventana.
lock-read-only = Este taller está abierto en { $holder }. Esta ventana solo lo muestra; tómelo para cambiarlo aquí (lo que la otra ventana aún no haya guardado ya no llegará al archivo desde allí).
lock-this-computer = este ordenador
file-kept-mine = Guardado: su versión de lo que ambos cambiaron, y todo lo demás de ambos.
lock-taken-over-merged = Esta ventana tiene ahora el taller; sus cambios sin guardar se aplicaron sobre lo que guardó la otra ventana.
lock-not-made = No se puede avisar a otras ventanas y programas de que este taller está abierto aquí ({ $error }); guardar también puede fallar en esta carpeta.
lock-take-over = Tomar el control
lock-take-over-failed = No se pudo tomar el taller: { $error }
lock-taken-over = Esta ventana tiene ahora el taller, leído de nuevo de su archivo. La otra ventana ya no puede guardarlo.
cli-lock-failed = no se pudo crear el archivo de bloqueo { $path }
cli-lock-taken-over = nota: el taller seguía marcado como abierto por { $holder }, que ya no está en marcha
cli-lock-held = { $path } está abierto en { $holder }; no se cambió nada. Ciérrelo allí primero, o importe desde la aplicación.
import-error-imported-before = { $count ->
    [one] { $path }: estas filas (1 respuesta) ya se importaron en { $workshop }; no se importó nada. Para importarlas otra vez, añada --again.
   *[other] { $path }: estas filas ({ $count } respuestas) ya se importaron en { $workshop }; no se importó nada. Para importarlas otra vez, añada --again.
}
import-held-after-reveal = { $count ->
    [one] Los resultados ya se habían revelado, así que 1 respuesta queda retenida.
   *[other] Los resultados ya se habían revelado, así que { $count } respuestas quedan retenidas.
}
import-error-changed-meanwhile = { $path } se cambió en otro lugar en los mismos puntos durante la importación; no se importó nada. Inténtelo de nuevo.
file-error-step-checking = volver a leer el archivo para comprobar que nada más lo cambió
file-conflict-short = El archivo se cambió en otro lugar en los mismos puntos ({ $parts })
file-conflict-unreadable-short = El archivo se cambió en otro lugar y ya no se puede leer
file-read-only-short = Esta ventana no puede guardar: el taller lo tiene { $holder }
file-merged = El archivo se había cambiado en otro lugar mientras tanto; esos cambios se conservaron: { $parts }.
file-conflict-gone = Ya no queda nada por decidir.
file-kept-theirs = Guardado: la versión del archivo de lo que ambos cambiaron, y todo lo demás de ambos.
file-copy-exists = { $path } ya existe; no se sobrescribió nada. Elija otro nombre.
file-copy-saved = Guardado como { $path }; esta ventana sigue allí. El primer archivo queda como estaba.
file-read-only-refused = Esta ventana solo muestra el taller: tómelo (arriba) para cambiarlo.
file-status-read-only = solo lectura
file-status-not-saved = sin guardar: { $why }
file-save-copy = Guardar una copia en otro lugar…
file-why-cannot-write = no se puede escribir en la carpeta
file-why-full = el disco está lleno
file-why-folder-gone = la carpeta ya no existe
file-why-changed = el archivo se cambió en otro lugar
file-why-taken-over = otra ventana tomó el taller
file-conflict-title = El archivo se cambió en otro lugar
file-conflict-other-file = Ahora hay otro archivo con este nombre, no este taller. No se sobrescribió nada.
file-conflict-text = Otra ventana, «tandem import» o una herramienta de sincronización cambió el archivo de este taller mientras estaba abierto aquí, en los mismos puntos que esta ventana: { $parts }. ¿Qué versión debe conservar el archivo? Todo lo demás de ambos se conserva en cualquier caso.
file-conflict-unreadable = El archivo del taller se cambió en otro lugar y ya no se puede leer ({ $error }). No se sobrescribió nada.
file-keep-theirs = Usar la versión del archivo
file-keep-mine = Usar la mía
file-save-mine-as-copy = Guardar la mía como copia
import-again-title = Estas filas ya se importaron
import-again-text = { $count ->
    [one] { $path } contiene la misma fila (1 respuesta) que una importación anterior en este taller. Importarla de nuevo cuenta esa respuesta dos veces.
   *[other] { $path } contiene las mismas filas ({ $count } respuestas) que una importación anterior en este taller. Importarlas de nuevo cuenta esas respuestas dos veces.
}
import-again-yes = Importarlas de nuevo
import-again-no = No importar
import-undone = { $count ->
    [one] Se deshizo la importación de { $path } (1 respuesta).
   *[other] Se deshizo la importación de { $path } ({ $count } respuestas).
}
import-not-undone-changed = La importación ya no se puede deshacer: el taller cambió desde entonces en los mismos puntos.
import-not-undone = { $error }. La importación se mantiene.
capture-undo-import = { $count ->
    [one] Deshacer la importación de { $file } (1 respuesta)
   *[other] Deshacer la importación de { $file } ({ $count } respuestas)
}
workshop-restored-nothing = El archivo de recuperación no tenía nada que no esté ya en el archivo del taller; no cambió nada.
dialog-save-copy = Guardar una copia del taller

# La vista del público: lo que la sala ve en el proyector.
audience-window = Ventana del público
audience-window-title = Tandem — vista del público
audience-on-projector = Mostrar en el proyector
audience-on-projector-hint = Abre la vista del público a pantalla completa en la segunda pantalla (el proyector), si la hay. Las flechas recorren los hallazgos, B oscurece la pantalla, F11 o Esc en ella sale de la pantalla completa.
audience-waiting = El taller empieza enseguida.
audience-capture-title = Sus respuestas, anónimas
audience-answered = { $count ->
    [one] { $team }: 1 respuesta
   *[other] { $team }: { $count } respuestas
}
audience-minutes-left = { $minutes ->
    [one] queda 1 minuto
   *[other] quedan { $minutes } minutos
}
audience-results-soon = Los resultados llegan en un momento.
audience-ask = Pregunta a la sala: { $question }
audience-ask-sales = Pregunta a Ventas: { $question }
audience-ask-product = Pregunta a Producto: { $question }
audience-findings = Lo que encontraron las reglas
audience-agreements = Nuestros acuerdos
audience-actions = Nuestras acciones
audience-none-yet = Ninguno todavía.
audience-more = { $count ->
    [one] y 1 más
   *[other] y { $count } más
}
audience-leaving-with = { $agreements ->
    [one] 1 acuerdo
   *[other] { $agreements } acuerdos
} y { $actions ->
    [one] 1 acción
   *[other] { $actions } acciones
} para llevar a nuestros equipos.
audience-thanks = ¡Gracias!
diagnose-show-on-screen = Mostrar en pantalla
diagnose-on-screen = En pantalla
diagnose-audience-keys = En la vista del público: «Mostrar en pantalla» muestra un hallazgo en grande, con su pregunta; las flechas los recorren, B oscurece la pantalla.
audience-team-finding = { $team }: { $title }
audience-blanked = Vista del público en negro (B)
audience-late = ¿Llega tarde? Escanee para responder
