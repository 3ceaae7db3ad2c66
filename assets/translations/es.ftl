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
