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
phone-too-slow-title = Su respuesta tardó demasiado en llegar
phone-too-slow-text = La conexión es lenta. Inténtelo de nuevo.
phone-expired-title = Esta página ha caducado
phone-expired-text = Su navegador no devolvió la papeleta de esta sala: puede que no guarde cookies o que la sala se haya abierto de nuevo. Abra el enlace otra vez.
phone-refused-title = Esta respuesta no se puede contar
phone-refused-text = Algo no está bien: { $why }. No se ha contado nada.
phone-refused-incomplete = la respuesta no indica equipo o no responde a la pregunta sobre la relación
phone-not-saved-title = Su respuesta no se ha guardado
phone-not-saved-text = El portátil no pudo guardarla ({ $reason }), así que no se ha contado. Vuelva atrás y pulse Enviar de nuevo en un momento, o avise a quien facilita.
phone-reason-closed = la sala se cerró
phone-reason-late = el portátil no respondió a tiempo

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
setup-facilitator = Quien facilita
setup-facilitator-hint = Su nombre
setup-language = Los participantes responden, y el resumen se redacta, en
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
room-unreachable = Los teléfonos de la sala no pueden llegar a esta red: elija el wifi de la sala.
room-loopback-only = En esta red, solo este portátil puede abrir la sala.
room-open = Abrir la sala
room-scan = Escanee el código, o abra esta dirección:
room-same-wifi = El mismo wifi que este portátil. Cada teléfono responde una vez; nadie ve las respuestas de nadie.
room-present = Presentar
room-close = Cerrar la sala
room-leave-to = Cerrar la sala e ir a { $stage }
room-leave-home = Cerrar la sala y el taller
room-still-open = La sala sigue abierta
room-leave-warning = Salir de la recogida la cierra: los teléfonos que aún no han pulsado Enviar pierden sus respuestas, y el código de la pantalla deja de funcionar.
room-stay = Quedarse en la recogida
room-present-title = Responda en su teléfono
room-present-held = { $count ->
    [one] Una respuesta llegó después de mostrar los resultados: está guardada y se contará en cuanto su equipo haya enviado suficientes respuestas para mantenerla anónima.
   *[other] { $count } respuestas llegaron después de mostrar los resultados: están guardadas y se contarán en cuanto su equipo haya enviado suficientes respuestas para mantenerlas anónimas.
}
room-no-network = No hay ninguna red en la que abrir la sala. Conéctese al wifi de la sala (o active el punto de acceso del portátil) y vuelva a buscar redes.
room-no-code = No se puede dibujar la dirección de acceso como código QR: { $error }
room-answer-not-counted = La respuesta de un teléfono no se contó: { $error }
room-reason-workshop-closed = el taller se cerró antes de que llegaran sus respuestas
room-reason-not-written = no se pudo escribir el archivo del taller
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
app-untitled = Taller sin título
app-folder-not-created = No se pudo crear la carpeta de talleres { $folder }: { $error }
app-compare-two = Elija al menos dos talleres para comparar.
app-compare-locked = «{ $title }» está en modo participante: ábralo y desbloquéelo con el PIN antes de compararlo.
app-compare-built-in-rules = { $error }; comparado con las reglas integradas.
app-participant-needs-save = { $error }. El modo participante necesita un taller que se pueda guardar.
app-saved-path = Guardado { $path }
app-still-open = { $error }. El taller sigue abierto con todos sus cambios.
app-stays-open = { $error }. El taller sigue abierto con todos sus cambios.
app-no-dialog = No se pudo abrir un diálogo de archivos: { $error }.
app-dialog-silent = El diálogo de archivos no ha respondido en { $seconds } segundos. Si está abierto detrás de esta ventana, aún puede usarlo. Si no apareció ninguno, este escritorio no puede mostrarlo: instalar xdg-desktop-portal con un backend como xdg-desktop-portal-gtk (o el programa zenity) hace que los diálogos funcionen.
app-exporting = Exportando: { $format }…
app-exporting-comparison = Exportando la comparación…
app-export-failed = No se pudo exportar: { $error }
app-exported = Exportado { $path }
