<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reflect</source>
        <translation>Acerca de Reflect</translation>
    </message>
    <message>
        <source>A private journal for reflective practice, for infant and early childhood mental health home visitors.</source>
        <translation>Un diario privado para la práctica reflexiva, para quienes hacen visitas domiciliarias de salud mental infantil y de la primera infancia.</translation>
    </message>
    <message>
        <source>Where your journal is kept</source>
        <translation>Dónde se guarda su diario</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <source>This is the usual place for it on this computer.</source>
        <translation>Es el lugar de siempre para el diario en esta computadora.</translation>
    </message>
    <message>
        <source>This folder was chosen for it, not the usual place.</source>
        <translation>Esta carpeta se eligió para el diario; no es el lugar de siempre.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Reflect is free software under the {licence} License: you may use it, copy it, change it and share it.</source>
        <translation>Reflect es software libre bajo la licencia {licence}: puede usarlo, copiarlo, cambiarlo y compartirlo.</translation>
    </message>
    <message>
        <source>What the cards draw on</source>
        <translation>En qué se basan las tarjetas</translation>
    </message>
    <message>
        <source>The cards put these sources in their own words, and each card credits the ones it uses:</source>
        <translation>Las tarjetas cuentan estas fuentes con sus propias palabras, y cada tarjeta menciona las que usa:</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Datos para el soporte técnico</translation>
    </message>
    <message>
        <source>If something goes wrong, whoever helps you may ask for these. They say which Reflect and which system you have: nothing from your journal, and not its folder.</source>
        <translation>Si algo falla, quien le ayude puede pedirle estos datos. Dicen qué versión de Reflect y qué sistema tiene: nada de su diario, y tampoco su carpeta.</translation>
    </message>
    <message>
        <source>Copy details for support</source>
        <translation>Copiar los datos para el soporte técnico</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reflect&apos;s icon</source>
        <translation>Ícono de Reflect</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Copied. Paste them into your message to whoever helps you.</source>
        <translation>Copiados. Péguelos en su mensaje para quien le ayude.</translation>
    </message>
</context>
<context>
    <name>AgencySettings</name>
    <message>
        <source>Your agency&apos;s questions</source>
        <translation>Las preguntas de su agencia</translation>
    </message>
    <message>
        <source>Optional. If your agency gives you sets of questions of its own (template files ending in .toml), choose the folder they are in: they are offered beside Reflect&apos;s own when you start a reflection. They are read each time you unlock your journal.</source>
        <translation>Opcional. Si su agencia le da sus propios conjuntos de preguntas (archivos de plantilla que terminan en .toml), elija la carpeta donde están: se le ofrecerán junto a los de Reflect cuando empiece una reflexión. Se leen cada vez que usted desbloquea su diario.</translation>
    </message>
    <message>
        <source>Agency&apos;s templates folder</source>
        <translation>Carpeta de plantillas de la agencia</translation>
    </message>
    <message>
        <source>No agency folder</source>
        <translation>Sin carpeta de la agencia</translation>
    </message>
    <message>
        <source>Choose &amp;agency folder…</source>
        <translation>Elegir la carpeta de la &amp;agencia…</translation>
    </message>
    <message>
        <source>Choose agency&apos;s templates folder</source>
        <translation>Elegir la carpeta de plantillas de la agencia</translation>
    </message>
    <message>
        <source>Stop using the agency folder</source>
        <translation>Dejar de usar la carpeta de la agencia</translation>
    </message>
    <message>
        <source>Stop using the agency&apos;s templates folder</source>
        <translation>Dejar de usar la carpeta de plantillas de la agencia</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be reached right now, so its sets of questions are not offered. Reflections written with them still open. Connect the drive; Reflect looks again the next time you unlock.</source>
        <translation>No se puede acceder a la carpeta {folder} en este momento, así que sus conjuntos de preguntas no se ofrecen. Las reflexiones escritas con ellos se siguen abriendo. Conecte la unidad; Reflect volverá a buscar la próxima vez que usted desbloquee.</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of questions offered from this folder.</source>
        <translation>
            <numerusform>Se ofrece %n conjunto de preguntas de esta carpeta.</numerusform>
            <numerusform>Se ofrecen %n conjuntos de preguntas de esta carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} was not used: {problem}.</source>
        <translation>No se usó {file}: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}, was not used: {problem}.</source>
        <translation>No se usó {file} (línea {line}): {problem}.</translation>
    </message>
    <message>
        <source>Only the first 100 files of the folder were read.</source>
        <translation>Solo se leyeron los primeros 100 archivos de la carpeta.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s templates folder</source>
        <translation>Elija la carpeta de plantillas de su agencia</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Leyendo la carpeta…</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Like my computer (light or dark)</source>
        <translation>Como mi computadora (clara u oscura)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>When your computer is set to high contrast, Reflect uses its colours instead.</source>
        <translation>Cuando su computadora usa alto contraste, Reflect usa esos colores.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Reflect takes a backup each day you open it, and before big changes such as a restore or a new passphrase. Backups are encrypted like your journal and are kept for about five weeks.</source>
        <translation>Reflect hace una copia de seguridad cada día que usted lo abre, y antes de cambios grandes, como una restauración o una nueva frase de contraseña. Las copias de seguridad están cifradas igual que su diario y se guardan unas cinco semanas.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>There are no backups yet. Choose Back up now to take the first one.</source>
        <translation>Todavía no hay copias de seguridad. Elija “Hacer una copia ahora” para hacer la primera.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un archi&amp;vo…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Also keep backups in…</source>
        <translation>Guardar también copias de seguridad en…</translation>
    </message>
    <message>
        <source>If this computer is lost, backups on it are lost too. Choose a folder on a USB stick or an agency drive: each daily backup and each Back up now is also copied there, encrypted, with what your passphrase of that day needs to open it. Your recovery key opens every copy.</source>
        <translation>Si se pierde esta computadora, también se pierden las copias de seguridad que hay en ella. Elija una carpeta en una memoria USB o en una unidad de su agencia: cada copia diaria y cada “Hacer una copia ahora” también se copian allí, cifradas, junto con lo que su frase de contraseña de ese día necesita para abrirlas. Su clave de recuperación abre todas las copias.</translation>
    </message>
    <message>
        <source>Folder that also keeps backups</source>
        <translation>Carpeta que también guarda copias de seguridad</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Solo en esta computadora</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder that also keeps backups</source>
        <translation>Elegir una carpeta que también guarde copias de seguridad</translation>
    </message>
    <message>
        <source>Stop &amp;copying</source>
        <translation>De&amp;jar de copiar</translation>
    </message>
    <message>
        <source>Stop copying backups to that folder</source>
        <translation>Dejar de enviar copias de seguridad a esa carpeta</translation>
    </message>
    <message>
        <source>Copies of backups</source>
        <translation>Copias en otra carpeta</translation>
    </message>
    <message>
        <source>{when} — {why}</source>
        <translation>{when} — {why}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Taken with Back up now</source>
        <translation>Hecha con “Hacer una copia ahora”</translation>
    </message>
    <message>
        <source>Before an update of Reflect</source>
        <translation>Antes de una actualización de Reflect</translation>
    </message>
    <message>
        <source>Before a passphrase change</source>
        <translation>Antes de un cambio de frase de contraseña</translation>
    </message>
    <message>
        <source>Before deleting a reflection</source>
        <translation>Antes de eliminar una reflexión</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before a new recovery key</source>
        <translation>Antes de una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before forgetting a family</source>
        <translation>Antes de olvidar a una familia</translation>
    </message>
    <message>
        <source>After forgetting a family</source>
        <translation>Después de olvidar a una familia</translation>
    </message>
    <message>
        <source>Your journal will go back to how it was on {when}. Anything written after that is not lost: the journal as it is now is kept as a new backup first.</source>
        <translation>Su diario volverá a estar como estaba el {when}. Nada de lo que escribió después se pierde: primero se guarda el diario tal como está ahora en una nueva copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Reflect backups ({pattern})</source>
        <translation>Copias de seguridad de Reflect ({pattern})</translation>
    </message>
    <message>
        <source>Your journal will go back to how it was in {file}, if that backup belongs to this journal. Anything written since is not lost: the journal as it is now is kept as a new backup first.</source>
        <translation>Su diario volverá a estar como estaba en {file}, si esa copia de seguridad es de este diario. Nada de lo que escribió desde entonces se pierde: primero se guarda el diario tal como está ahora en una nueva copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>The last copy was made on {when}.</source>
        <translation>La última copia se hizo el {when}.</translation>
    </message>
    <message>
        <source>No copy has been made there yet.</source>
        <translation>Todavía no se ha hecho ninguna copia allí.</translation>
    </message>
    <message>
        <source>That folder cannot be reached now (is the USB stick or drive plugged in?). Backups on this computer go on as usual. {last}</source>
        <translation>No se puede acceder a esa carpeta en este momento (¿está conectada la memoria USB o la unidad?). Las copias de seguridad en esta computadora siguen como siempre. {last}</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Close card</source>
        <translation>Cerrar la tarjeta</translation>
    </message>
    <message>
        <source>Close the card panel</source>
        <translation>Cerrar el panel de la tarjeta</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the previous card</source>
        <translation>Volver a la tarjeta anterior</translation>
    </message>
    <message>
        <source>Choose a card to read it here.</source>
        <translation>Elija una tarjeta para leerla aquí.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texto de la tarjeta</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Related cards</source>
        <translation>Tarjetas relacionadas</translation>
    </message>
    <message>
        <source>Back to “{title}” ({keys})</source>
        <translation>Volver a “{title}” ({keys})</translation>
    </message>
    <message>
        <source>Card: {title}</source>
        <translation>Tarjeta: {title}</translation>
    </message>
    <message>
        <source>“{where}”, drawing on {original}</source>
        <translation>“{where}”, basado en {original}</translation>
    </message>
    <message>
        <source>“{where}”</source>
        <translation>“{where}”</translation>
    </message>
    <message>
        <source>Related card: {title}</source>
        <translation>Tarjeta relacionada: {title}</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Cards by theme</source>
        <translation>Tarjetas por tema</translation>
    </message>
    <message>
        <source>Reflections that used this card</source>
        <translation>Reflexiones que usaron esta tarjeta</translation>
    </message>
    <message>
        <source>No reflections use this card yet.</source>
        <translation>Todavía ninguna reflexión usa esta tarjeta.</translation>
    </message>
    <message>
        <source>No cards match “{text}”. Try other words, or press Esc to see them all.</source>
        <translation>Ninguna tarjeta coincide con “{text}”. Pruebe con otras palabras, o presione Esc para verlas todas.</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(todavía no hay nada escrito)</translation>
    </message>
    <message>
        <source>{date} · {family} · {preview}</source>
        <translation>{date} · {family} · {preview}</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>{author} · {date}</source>
        <translation>{author} · {date}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Comentario nuevo</translation>
    </message>
    <message>
        <source>Comment from {author}, {date}</source>
        <translation>Comentario de {author}, {date}</translation>
    </message>
    <message>
        <source>New comment from {author}, {date}</source>
        <translation>Comentario nuevo de {author}, {date}</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase locks your journal. A short sentence you will remember is easier to type and harder to guess than a single word. Next you will get a recovery key, in case you ever forget it.</source>
        <translation>Su frase de contraseña cierra su diario con llave. Una oración corta que usted recuerde es más fácil de escribir y más difícil de adivinar que una sola palabra. Después recibirá una clave de recuperación, por si alguna vez olvida su frase de contraseña.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Volver a la página de bienvenida</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Creando su diario…</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete this reflection?</source>
        <translation>¿Eliminar esta reflexión?</translation>
    </message>
    <message>
        <source>It will be gone from your journal and from search. A backup from just before is kept for about five weeks (Settings, Backups) in case you change your mind.</source>
        <translation>Desaparecerá de su diario y de la búsqueda. Se guarda una copia de seguridad de justo antes durante unas cinco semanas (Configuración, Copias de seguridad), por si cambia de opinión.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reflection deleted.</source>
        <translation>Reflexión eliminada.</translation>
    </message>
</context>
<context>
    <name>DiscussedList</name>
    <message>
        <source>Find by date, family code or words</source>
        <translation>Buscar por fecha, código de la familia o palabras</translation>
    </message>
    <message>
        <source>Find a reflection to tick</source>
        <translation>Busque una reflexión para marcarla</translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation>Reflexiones tratadas</translation>
    </message>
    <message>
        <source>a supervisee</source>
        <translation>una persona que usted supervisa</translation>
    </message>
    <message>
        <source>Shared by {who}: {words}</source>
        <translation>Compartida por {who}: {words}</translation>
    </message>
    <message>
        <source>A reflection no longer here</source>
        <translation>Una reflexión que ya no está aquí</translation>
    </message>
    <message>
        <source>There are no reflections in this journal yet.</source>
        <translation>Todavía no hay reflexiones en este diario.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) ticked.</source>
        <translation>
            <numerusform>%n reflexión marcada.</numerusform>
            <numerusform>%n reflexiones marcadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Kind of reflection</source>
        <translation>Tipo de reflexión</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Family code</source>
        <translation>Código de la familia</translation>
    </message>
    <message>
        <source>A family code, never a name</source>
        <translation>Un código de la familia, nunca un nombre</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Visit length in minutes</source>
        <translation>Duración de la visita en minutos</translation>
    </message>
    <message>
        <source>Bring to supervision</source>
        <translation>Llevar a supervisión</translation>
    </message>
    <message>
        <source>Bring this reflection to supervision</source>
        <translation>Llevar esta reflexión a supervisión</translation>
    </message>
    <message>
        <source>Marks it for your next supervision. Private answers are always left out.</source>
        <translation>La marca para su próxima supervisión. Las respuestas privadas siempre quedan fuera.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>Dura&amp;ción</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This is your private reflective-practice journal, not the case record. Use a family code, never a name, and no initials: they can identify a family on a small or rural caseload. Follow your agency&apos;s policy.</source>
        <translation>Este es su diario privado de práctica reflexiva, no el expediente del caso. Use un código de la familia, nunca un nombre, y no use iniciales: pueden identificar a una familia en una carga de casos pequeña o rural. Siga la política de su agencia.</translation>
    </message>
    <message>
        <source>{next}: next question · F1: its card · F2: keep the answer private</source>
        <translation>{next}: siguiente pregunta · F1: su tarjeta · F2: mantener privada la respuesta</translation>
    </message>
    <message>
        <source>Keys for the form</source>
        <translation>Teclas del formulario</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita al hogar</translation>
    </message>
    <message>
        <source>Virtual visit</source>
        <translation>Visita virtual</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your journal is ready</source>
        <translation>Su diario está listo</translation>
    </message>
    <message>
        <source>After a visit, a few quiet minutes of writing can help you see the family, the baby and yourself more clearly. No reflections yet: choose New reflection to write about a visit.</source>
        <translation>Después de una visita, unos minutos tranquilos de escritura pueden ayudarle a ver con más claridad a la familia, al bebé y a usted misma. Todavía no hay reflexiones: elija “Nueva reflexión” para escribir sobre una visita.</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nueva reflexión</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>No reflections match. Try other words, or clear the filters.</source>
        <translation>Ninguna reflexión coincide. Pruebe con otras palabras, o quite los filtros.</translation>
    </message>
    <message>
        <source>Show all reflections</source>
        <translation>Mostrar todas las reflexiones</translation>
    </message>
</context>
<context>
    <name>EntryFlow</name>
    <message>
        <source>Type your passphrase first, then choose Restore from a backup.</source>
        <translation>Primero escriba su frase de contraseña y luego elija “Restaurar desde una copia de seguridad”.</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>No hay copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this journal in its folder yet.</source>
        <translation>Todavía no hay copias de seguridad de este diario en su carpeta.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Which backup should replace the journal? The damaged file, if any, is kept beside it under another name.</source>
        <translation>¿Qué copia de seguridad debe reemplazar al diario? El archivo dañado, si lo hay, se guarda al lado con otro nombre.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Your journal is back, as it was in that backup.</source>
        <translation>Su diario está de vuelta, tal como estaba en esa copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Errands</name>
    <message>
        <source>Something unexpected stopped that from finishing. Nothing you wrote is lost; please try again.</source>
        <translation>Algo inesperado impidió que eso terminara. Nada de lo que escribió se ha perdido; por favor, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ErrorSentences</name>
    <message>
        <source>Something went wrong. Your text is still here; please try again.</source>
        <translation>Algo salió mal. Su texto sigue aquí; por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least 8 characters.</source>
        <translation>Elija una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Esa frase de contraseña no abre este diario. Revise que la tecla Bloq Mayús no esté activada e inténtelo de nuevo, o use su clave de recuperación.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake. Check each group of letters and numbers against your printed copy.</source>
        <translation>Esa clave de recuperación tiene un error de escritura. Compare cada grupo de letras y números con su copia impresa.</translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. Check that it is the key printed for this journal.</source>
        <translation>Esa clave de recuperación no abre este diario. Revise que sea la clave que se imprimió para este diario.</translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened. It has not been changed. You can restore it from a backup.</source>
        <translation>El archivo del diario está dañado y no se puede abrir. No se ha cambiado nada en él. Puede restaurarlo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal file is missing or empty. Nothing has been changed. You can restore it from a backup.</source>
        <translation>Falta el archivo del diario o está vacío. No se ha cambiado nada. Puede restaurarlo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>There is already a journal (or another file) in this folder, so a new one was not created. Open it, or choose another folder.</source>
        <translation>Ya hay un diario (u otro archivo) en esta carpeta, así que no se creó uno nuevo. Ábralo, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file that lets your passphrase open the journal is missing. Use your recovery key to open it and set a passphrase again.</source>
        <translation>Falta el archivo que permite que su frase de contraseña abra el diario. Use su clave de recuperación para abrirlo y elija de nuevo una frase de contraseña.</translation>
    </message>
    <message>
        <source>This journal was made by a newer version of Reflect. Please update Reflect to open it; the journal has not been changed.</source>
        <translation>Este diario se creó con una versión más nueva de Reflect. Actualice Reflect para abrirlo; el diario no se ha cambiado.</translation>
    </message>
    <message>
        <source>The journal can be read but not saved: its file or folder is read-only. Check the folder&apos;s permissions, or copy the journal somewhere you can write.</source>
        <translation>El diario se puede leer, pero no guardar: su archivo o su carpeta son de solo lectura. Revise los permisos de la carpeta, o copie el diario a un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Your text is still here.</source>
        <translation>No se guardó: el disco está lleno. Su texto sigue aquí.</translation>
    </message>
    <message>
        <source>Not saved: the journal file could not be written. Your text is still here; please try again in a moment.</source>
        <translation>No se guardó: no se pudo escribir en el archivo del diario. Su texto sigue aquí; por favor, inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window. Close that one first, then try again.</source>
        <translation>Este diario ya está abierto en otra ventana de Reflect. Primero cierre esa ventana y luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation>El diario está bloqueado. Desbloquéelo para continuar.</translation>
    </message>
    <message>
        <source>Reflect is restoring your journal. Please wait a moment, then try again.</source>
        <translation>Reflect está restaurando su diario. Espere un momento y luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That item is no longer in the journal; it may have been deleted.</source>
        <translation>Eso ya no está en el diario; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>This packet is damaged or not addressed to you. Nothing was imported.</source>
        <translation>Este paquete está dañado o no es para usted. No se importó nada.</translation>
    </message>
    <message>
        <source>You have already imported this packet. Nothing changed.</source>
        <translation>Usted ya importó este paquete. Nada cambió.</translation>
    </message>
    <message>
        <source>This packet is older than one you already imported from the same person. Nothing was imported; ask them for their newest packet.</source>
        <translation>Este paquete es más antiguo que otro que ya importó de la misma persona. No se importó nada; pídale a esa persona su paquete más reciente.</translation>
    </message>
    <message>
        <source>The file that lets your passphrase open the journal is damaged. Use your recovery key to open the journal and set a passphrase again.</source>
        <translation>El archivo que permite que su frase de contraseña abra el diario está dañado. Use su clave de recuperación para abrir el diario y elija de nuevo una frase de contraseña.</translation>
    </message>
    <message>
        <source>The key file beside this journal belongs to another journal. Open this journal with its own recovery key, then set your passphrase again; the other key file is kept aside, not deleted.</source>
        <translation>El archivo de clave que está junto a este diario es de otro diario. Abra este diario con su propia clave de recuperación y luego elija de nuevo su frase de contraseña; el otro archivo de clave se guarda aparte, sin eliminarlo.</translation>
    </message>
    <message>
        <source>The packet could not be saved. Check the folder, then try again. Nothing was marked shared.</source>
        <translation>No se pudo guardar el paquete. Revise la carpeta y vuelva a intentarlo. No se marcó nada como compartido.</translation>
    </message>
    <message>
        <source>This packet is from someone you removed under People. Nothing was imported. If you work together again, add their exchange key under People, then import it again.</source>
        <translation>Este paquete es de alguien que usted quitó de la lista de Personas. No se importó nada. Si vuelven a trabajar en equipo, agregue la clave de intercambio de esa persona en Personas y luego vuelva a importar el paquete.</translation>
    </message>
    <message>
        <source>The export was stopped before it was finished. No file was written.</source>
        <translation>La exportación se detuvo antes de terminar. No se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>The import was stopped before it was finished. Nothing was added to your journal.</source>
        <translation>La importación se detuvo antes de terminar. No se agregó nada a su diario.</translation>
    </message>
    <message>
        <source>That folder already holds a Reflect journal, or its backups. Your journal is still where it was. Choose another folder.</source>
        <translation>Esa carpeta ya tiene un diario de Reflect, o sus copias de seguridad. Su diario sigue donde estaba. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Reflect cannot keep your journal in that folder: it cannot make its files there. Choose another folder.</source>
        <translation>Reflect no puede guardar su diario en esa carpeta: no puede crear allí sus archivos. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Your journal could not be moved to that folder: it may be full, or not one you can write in. It is still where it was, whole. Choose another folder.</source>
        <translation>No se pudo mover su diario a esa carpeta: puede que esté llena, o que usted no pueda escribir en ella. Su diario sigue donde estaba, completo. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>A portfolio holds at most 10 reflections. Untick some, then export it again.</source>
        <translation>Un portafolio lleva como máximo 10 reflexiones. Desmarque algunas y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>A background task of the journal could not finish.</source>
        <translation>Una tarea del diario que se hacía en segundo plano no pudo terminar.</translation>
    </message>
    <message>
        <source>{folder} is not a folder that can be reached now. Plug in the drive or choose another folder.</source>
        <translation>No se puede llegar a la carpeta {folder} en este momento. Conecte la unidad o elija otra carpeta.</translation>
    </message>
    <message>
        <source>That folder is inside Reflect&apos;s own data folder, on this computer. Choose a folder on a USB stick or another drive.</source>
        <translation>Esa carpeta está dentro de la propia carpeta de datos de Reflect, en esta computadora. Elija una carpeta en una memoria USB o en otra unidad.</translation>
    </message>
    <message>
        <source>The backup could not be copied to {folder}. Check that there is room there and that you can write to it; your backups on this computer are fine.</source>
        <translation>No se pudo copiar la copia de seguridad a {folder}. Revise que haya espacio allí y que usted pueda guardar archivos en esa carpeta; sus copias de seguridad en esta computadora están bien.</translation>
    </message>
    <message>
        <source>That backup is no longer there. Choose another one from the list.</source>
        <translation>Esa copia de seguridad ya no está. Elija otra de la lista.</translation>
    </message>
    <message>
        <source>The journal could not finish tidying its files just now. Nothing is lost; close and reopen Reflect to finish.</source>
        <translation>El diario no pudo terminar de ordenar sus archivos en este momento. No se ha perdido nada; cierre Reflect y ábralo de nuevo para terminar.</translation>
    </message>
    <message>
        <source>The journal could not be read just now. Nothing has been changed; please try again.</source>
        <translation>No se pudo leer el diario en este momento. No se ha cambiado nada; por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not saved: the journal refused this change. Your text is still here; try saving again, and if it keeps happening, copy your text somewhere safe.</source>
        <translation>No se guardó: el diario no aceptó este cambio. Su texto sigue aquí; intente guardar otra vez y, si sigue pasando, copie su texto en un lugar seguro.</translation>
    </message>
    <message>
        <source>The journal file could not be opened. Check that its folder still exists and that you can write to it.</source>
        <translation>No se pudo abrir el archivo del diario. Revise que su carpeta todavía exista y que usted pueda escribir en ella.</translation>
    </message>
    <message>
        <source>Not saved: Reflect could not write to the journal file. Your text is still here. Check that the disk has free space, then try again.</source>
        <translation>No se guardó: Reflect no pudo escribir en el archivo del diario. Su texto sigue aquí. Revise que haya espacio libre en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That could not be saved: some of the text has characters Reflect cannot store. Your text is still here; retype the last few characters.</source>
        <translation>No se pudo guardar: parte del texto tiene caracteres que Reflect no puede guardar. Su texto sigue aquí; vuelva a escribir los últimos caracteres.</translation>
    </message>
    <message>
        <source>Please give this person a name, so you know who they are.</source>
        <translation>Dele un nombre a esta persona, para saber quién es.</translation>
    </message>
    <message>
        <source>You already have this exchange key under People. Nothing was added.</source>
        <translation>Esta clave de intercambio ya está en Personas. No se agregó nada.</translation>
    </message>
    <message>
        <source>The family you chose to forget was not forgotten: the journal was locked before it was finished. Its reflections are still in your journal; choose Forget this family again if you still want them gone.</source>
        <translation>La familia que eligió olvidar no se olvidó: el diario se bloqueó antes de terminar. Sus reflexiones siguen en su diario; elija otra vez Olvidar a esta familia si todavía quiere que desaparezcan.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: in its folder, journal.reflect is not a file (it is a folder, a device or a pipe). Nothing has been changed. Move it away, then restore the journal from a backup.</source>
        <translation>No se puede abrir el diario: en su carpeta, journal.reflect no es un archivo (es una carpeta, un dispositivo o una tubería). No se cambió nada. Muévalo a otro lugar y después restaure el diario desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>That backup could not be brought up to date for this version of Reflect, so your journal was put back as it was. Nothing is lost.</source>
        <translation>No se pudo actualizar esa copia de seguridad para esta versión de Reflect, así que su diario volvió a estar como estaba. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>That recovery key matches the key file beside this journal but does not open the journal file: either both come from another journal (then use the recovery key printed for this journal), or the journal file is damaged (then restore a backup).</source>
        <translation>Esa clave de recuperación corresponde al archivo de clave que está junto a este diario, pero no abre el archivo del diario: o los dos vienen de otro diario (entonces use la clave de recuperación que imprimió para este diario), o el archivo del diario está dañado (entonces restaure una copia de seguridad).</translation>
    </message>
    <message>
        <source>That recovery key does not open this journal, or the journal file is damaged. Check the key, or restore a backup.</source>
        <translation>Esa clave de recuperación no abre este diario, o el archivo del diario está dañado. Revise la clave o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal&apos;s key file. Check Caps Lock and try again. If the key file was copied from another journal, open with your recovery key instead.</source>
        <translation>Esa frase de contraseña no abre el archivo de clave de este diario. Revise la tecla Bloq Mayús e intente de nuevo. Si el archivo de clave se copió de otro diario, abra con su clave de recuperación.</translation>
    </message>
    <message>
        <source>That recovery key was replaced by a newer one: it opens only backups taken before then. Use the newest recovery key you printed for this journal.</source>
        <translation>Esa clave de recuperación fue reemplazada por una más nueva: solo abre copias de seguridad hechas antes de ese cambio. Use la clave de recuperación más reciente que imprimió para este diario.</translation>
    </message>
    <message>
        <source>Your passphrase opens the key file beside this journal, but not the journal file: either that key file comes from another journal, or the journal file is damaged. Open with your recovery key; if it does not open either, restore a backup.</source>
        <translation>Su frase de contraseña abre el archivo de clave que está junto a este diario, pero no el archivo del diario: o ese archivo de clave viene de otro diario, o el archivo del diario está dañado. Abra con su clave de recuperación; si tampoco abre, restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>That recovery key belongs to the key file beside this journal, but that key file comes from another journal: the key opens neither this journal nor its backups. Use the recovery key printed for this journal.</source>
        <translation>Esa clave de recuperación pertenece al archivo de clave que está junto a este diario, pero ese archivo de clave viene de otro diario: la clave no abre ni este diario ni sus copias de seguridad. Use la clave de recuperación que imprimió para este diario.</translation>
    </message>
    <message>
        <source>The file that lets your passphrase open the journal cannot be read. Use your recovery key to open the journal and set a passphrase again.</source>
        <translation>No se puede leer el archivo que permite que su frase de contraseña abra el diario. Use su clave de recuperación para abrir el diario y elija de nuevo una frase de contraseña.</translation>
    </message>
    <message>
        <source>A family code is 1 to {most} characters: a short code from your agency, never a name and no initials.</source>
        <translation>Un código de la familia tiene de 1 a {most} caracteres: un código corto de su agencia, nunca un nombre ni iniciales.</translation>
    </message>
    <message>
        <source>An empty comment was not saved. Write something, then save.</source>
        <translation>No se guardó el comentario porque está vacío. Escriba algo y luego guárdelo.</translation>
    </message>
    <message>
        <source>A session lasts between 1 and 1440 minutes.</source>
        <translation>Una sesión dura entre 1 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Please name who provided the supervision.</source>
        <translation>Escriba quién dio la supervisión.</translation>
    </message>
    <message>
        <source>Heaviness and energy are on a scale from 0 to 10.</source>
        <translation>El peso del trabajo y la energía van en una escala de 0 a 10.</translation>
    </message>
    <message>
        <source>The reflection you deleted just before locking was not deleted: the journal was locked before its backup was finished. It is still in your journal; delete it again if you still want it gone.</source>
        <translation>La reflexión que eliminó justo antes de bloquear no se eliminó: el diario se bloqueó antes de que terminara su copia de seguridad. Todavía está en su diario; elimínela otra vez si todavía quiere quitarla.</translation>
    </message>
    <message>
        <source>Family codes are at most {most} characters: a short code, no initials.</source>
        <translation>Los códigos de la familia tienen como máximo {most} caracteres: un código corto, sin iniciales.</translation>
    </message>
    <message>
        <source>The visit length should be between 0 and 1440 minutes.</source>
        <translation>La duración de la visita debe estar entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Each question can have only one answer.</source>
        <translation>Cada pregunta puede tener una sola respuesta.</translation>
    </message>
    <message>
        <source>A reflection with this identifier is already in the journal.</source>
        <translation>Ya hay en el diario una reflexión con este identificador.</translation>
    </message>
    <message>
        <source>That reflection has a broken identifier and was not saved.</source>
        <translation>Esa reflexión tiene un identificador dañado y no se guardó.</translation>
    </message>
    <message>
        <source>That backup cannot be read (it is damaged, belongs to another journal, or was taken before a new recovery key was made). Nothing has been changed; choose another backup.</source>
        <translation>No se puede leer esa copia de seguridad (está dañada, es de otro diario, o se hizo antes de crear una nueva clave de recuperación). No se ha cambiado nada; elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>part of it cannot be read by Reflect</source>
        <translation>Reflect no puede leer una parte</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Reflect. Update Reflect to restore it; nothing has been changed.</source>
        <translation>Esa copia de seguridad se hizo con una versión más nueva de Reflect. Actualice Reflect para restaurarla; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is no key file beside this backup, so a passphrase cannot open it. Use your recovery key instead, or put the backup&apos;s .keys file beside it.</source>
        <translation>No hay un archivo de clave junto a esta copia de seguridad, así que una frase de contraseña no puede abrirla. Use su clave de recuperación, o ponga junto a ella el archivo .keys de la copia.</translation>
    </message>
    <message>
        <source>This backup does not open with this journal&apos;s key: it belongs to another journal, was taken before you made a new recovery key, or is damaged. It was not restored and nothing has changed. To open it, start Reflect with a new data folder and choose Restore from a backup file there, with the passphrase or recovery key of its time.</source>
        <translation>Esta copia de seguridad no se abre con la clave de este diario: pertenece a otro diario, se hizo antes de que usted creara una nueva clave de recuperación, o está dañada. No se restauró y nada cambió. Para abrirla, inicie Reflect con una carpeta de datos nueva y elija ahí Restaurar desde un archivo de copia de seguridad, con la frase de contraseña o la clave de recuperación de esa fecha.</translation>
    </message>
    <message>
        <source>That is not a backup file Reflect can read (it may be a folder, a device, or gone). Choose a file whose name ends in .reflect-backup.</source>
        <translation>Ese no es un archivo de copia de seguridad que Reflect pueda leer (puede ser una carpeta, un dispositivo, o ya no estar). Elija un archivo cuyo nombre termine en .reflect-backup.</translation>
    </message>
    <message>
        <source>A training lasts from a minute to 500 hours. Check the hours, then save.</source>
        <translation>Una capacitación dura de un minuto a 500 horas. Revise las horas y luego guarde.</translation>
    </message>
    <message>
        <source>Please give the training a title of at most 300 characters.</source>
        <translation>Por favor, póngale a la capacitación un título de 300 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The provider&apos;s name is at most 300 characters. Shorten it, then save.</source>
        <translation>El nombre de quien la ofreció puede tener 300 caracteres como máximo. Acórtelo y luego guarde.</translation>
    </message>
    <message>
        <source>The imported folder is full of packets with this name. Tidy it, please.</source>
        <translation>La carpeta “imported” está llena de paquetes con este nombre. Por favor, ordénela.</translation>
    </message>
    <message>
        <source>The exchange folder {folder} could not be opened. Check that the drive is plugged in, or choose the folder again in Settings.</source>
        <translation>No se pudo abrir la carpeta de intercambio {folder}. Revise que la unidad esté conectada, o vuelva a elegir la carpeta en Configuración.</translation>
    </message>
    <message>
        <source>The packet was imported, but could not be moved into the imported folder. You can move it yourself; importing it again changes nothing.</source>
        <translation>El paquete se importó, pero no se pudo mover a la carpeta “imported”. Puede moverlo usted; importarlo otra vez no cambia nada.</translation>
    </message>
    <message>
        <source>Check-ins are exported only in a JSON export of the whole journal. Choose that, or leave check-ins out.</source>
        <translation>Los chequeos solo se exportan en una exportación JSON de todo el diario. Elija esa opción o deje fuera los chequeos.</translation>
    </message>
    <message>
        <source>There are no reflections to export. Choose some, or widen the dates.</source>
        <translation>No hay reflexiones para exportar. Elija algunas o amplíe las fechas.</translation>
    </message>
    <message>
        <source>That folder already has files with the names Reflect&apos;s would take (such as settings.ini), so your journal was not moved there: nothing in it was changed. Your journal is still where it was. Choose an empty folder, or make a new one.</source>
        <translation>Esa carpeta ya tiene archivos con los nombres que usarían los de Reflect (como settings.ini), así que su diario no se movió allí: no se cambió nada en ella. Su diario sigue donde estaba. Elija una carpeta vacía, o cree una nueva.</translation>
    </message>
    <message>
        <source>The export could not be saved as {file}: the disk is full. Make room, or choose another place, then try again.</source>
        <translation>No se pudo guardar la exportación como {file}: el disco está lleno. Libere espacio o elija otro lugar, y después intente de nuevo.</translation>
    </message>
    <message>
        <source>The export could not be saved as {file}. Check that its folder is there and that you can save files in it, then try again.</source>
        <translation>No se pudo guardar la exportación como {file}. Revise que su carpeta exista y que usted pueda guardar archivos en ella, y después intente de nuevo.</translation>
    </message>
    <message>
        <source>PDF export is not available here. Choose Markdown or JSON instead.</source>
        <translation>Aquí no se puede exportar a PDF. Elija Markdown o JSON.</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose a name for the file to export to.</source>
        <translation>{file} es una carpeta. Elija un nombre para el archivo de la exportación.</translation>
    </message>
    <message>
        <source>{file} already has files in it, so nothing was exported there. Choose a new or empty folder.</source>
        <translation>{file} ya tiene archivos, así que no se exportó nada ahí. Elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>{file} is a file. Choose a new or empty folder for the export.</source>
        <translation>{file} es un archivo. Elija una carpeta nueva o vacía para la exportación.</translation>
    </message>
    <message>
        <source>A family code for imported entries is 1 to 16 characters: a short code, never a name and no initials.</source>
        <translation>El código de la familia para las entradas importadas tiene de 1 a 16 caracteres: un código corto, nunca un nombre y sin iniciales.</translation>
    </message>
    <message>
        <source>That file does not hold a Reflect exchange key. Ask for the contact file again.</source>
        <translation>Ese archivo no contiene una clave de intercambio de Reflect. Pida otra vez el archivo de contacto.</translation>
    </message>
    <message>
        <source>That is not a Reflect exchange key. Copy the whole line from the other person&apos;s Settings, then paste it again.</source>
        <translation>Esa no es una clave de intercambio de Reflect. Copie la línea completa desde la Configuración de la otra persona y péguela de nuevo.</translation>
    </message>
    <message>
        <source>That exchange key is incomplete or was changed on the way: its first part (age1…) does not check out. Ask the other person to copy the whole line again from Supervision, People, then paste it again. Nothing was added.</source>
        <translation>Esa clave de intercambio está incompleta o cambió en el camino: su primera parte (age1…) no es válida. Pida a la otra persona que copie de nuevo la línea completa desde Supervisión, Personas, y péguela otra vez. No se agregó nada.</translation>
    </message>
    <message>
        <source>That exchange key is incomplete or was changed on the way: its last part (after the last colon) is not a signing key. Ask the other person to copy the whole line again from Supervision, People, then paste it again. Nothing was added.</source>
        <translation>Esa clave de intercambio está incompleta o cambió en el camino: su última parte (después de los últimos dos puntos) no es una clave de firma. Pida a la otra persona que copie de nuevo la línea completa desde Supervisión, Personas, y péguela otra vez. No se agregó nada.</translation>
    </message>
    <message>
        <source>That is not a file Reflect can read (it is a folder, a device or a pipe). Choose the contact file itself.</source>
        <translation>Eso no es un archivo que Reflect pueda leer (es una carpeta, un dispositivo o una canalización). Elija el archivo de contacto en sí.</translation>
    </message>
    <message>
        <source>That file is too large to be a Reflect contact file. Ask for the contact file again.</source>
        <translation>Ese archivo es demasiado grande para ser un archivo de contacto de Reflect. Pida otra vez el archivo de contacto.</translation>
    </message>
    <message>
        <source>That file is no longer there. Choose the contact file again.</source>
        <translation>Ese archivo ya no está allí. Vuelva a elegir el archivo de contacto.</translation>
    </message>
    <message>
        <source>That contact file could not be read. Check that it is still there, then try again.</source>
        <translation>No se pudo leer ese archivo de contacto. Revise que todavía esté allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Reflect: update Reflect, then import it again. Nothing was imported.</source>
        <translation>Este paquete se hizo con una versión más nueva de Reflect: actualice Reflect y luego vuelva a importarlo. No se importó nada.</translation>
    </message>
    <message>
        <source>This file is too large to be a Reflect packet. Nothing was imported.</source>
        <translation>Este archivo es demasiado grande para ser un paquete de Reflect. No se importó nada.</translation>
    </message>
    <message>
        <source>This packet is not signed by one of your contacts. Nothing was imported; check with the person who sent it.</source>
        <translation>Este paquete no está firmado por una de sus personas. No se importó nada; consulte con la persona que lo envió.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Reflect. It needs Reflect {needs} or later: update Reflect, then import it again. Nothing was imported.</source>
        <translation>Este paquete se hizo con una versión más nueva de Reflect. Necesita Reflect {needs} o una versión posterior: actualice Reflect y luego vuelva a importarlo. No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was shared: the exchange key kept for this person is damaged (an older version of Reflect accepted it). Remove them under People, then add their exchange key again.</source>
        <translation>No se compartió nada: la clave de intercambio guardada para esta persona está dañada (una versión anterior de Reflect la aceptó). Quítela en Personas y después agregue de nuevo su clave de intercambio.</translation>
    </message>
    <message>
        <source>The exchange folder {folder} could not be found. Plug in the drive or choose the folder again in Settings. {then}</source>
        <translation>No se encontró la carpeta de intercambio {folder}. Conecte la unidad o vuelva a elegir la carpeta en Configuración. {then}</translation>
    </message>
    <message>
        <source>The folder {folder} could not be found. Plug in the drive or choose another place to save it. {then}</source>
        <translation>No se encontró la carpeta {folder}. Conecte la unidad o elija otro lugar donde guardarlo. {then}</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Please choose the folder again in Settings. {then}</source>
        <translation>{folder} es un archivo, no una carpeta. Vuelva a elegir la carpeta en Configuración. {then}</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Please choose another place to save it. {then}</source>
        <translation>{folder} es un archivo, no una carpeta. Elija otro lugar donde guardarlo. {then}</translation>
    </message>
    <message>
        <source>The exchange folder {folder} is full. Make room on that drive, or choose another folder in Settings. {then}</source>
        <translation>La carpeta de intercambio {folder} está llena. Libere espacio en esa unidad, o elija otra carpeta en Configuración. {then}</translation>
    </message>
    <message>
        <source>The folder {folder} is full. Make room on that drive, or choose another place to save it. {then}</source>
        <translation>La carpeta {folder} está llena. Libere espacio en esa unidad, o elija otro lugar donde guardarlo. {then}</translation>
    </message>
    <message>
        <source>Reflect cannot save files in the exchange folder {folder}: it is read-only or you may not write there. Check it, or choose the folder again in Settings. {then}</source>
        <translation>Reflect no puede guardar archivos en la carpeta de intercambio {folder}: es de solo lectura o usted no tiene permiso para guardar allí. Revísela, o vuelva a elegir la carpeta en Configuración. {then}</translation>
    </message>
    <message>
        <source>Reflect cannot save files in the folder {folder}: it is read-only or you may not write there. Check it, or choose another place to save it. {then}</source>
        <translation>Reflect no puede guardar archivos en la carpeta {folder}: es de solo lectura o usted no tiene permiso para guardar allí. Revísela, o elija otro lugar donde guardarlo. {then}</translation>
    </message>
    <message>
        <source>The packet could not be saved in {folder}. Check that the folder is still there and that you can save files in it. {then}</source>
        <translation>No se pudo guardar el paquete en {folder}. Revise que la carpeta siga allí y que usted pueda guardar archivos en ella. {then}</translation>
    </message>
    <message>
        <source>Then share again. Nothing was marked shared.</source>
        <translation>Luego vuelva a compartir. No se marcó nada como compartido.</translation>
    </message>
    <message>
        <source>Then send again. Nothing was marked sent.</source>
        <translation>Luego vuelva a enviar. No se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>That file could not be read. Check that it is still there, then try again.</source>
        <translation>No se pudo leer ese archivo. Revise que todavía esté allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file is a jrnl journal, not a Day One export. Choose jrnl as the kind of journal, then try again.</source>
        <translation>Este archivo es un diario de jrnl, no una exportación de Day One. Elija jrnl como tipo de diario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file is not a Day One export. Export your journal from Day One as JSON, then choose the .zip file or the .json file inside it.</source>
        <translation>Este archivo no es una exportación de Day One. Exporte su diario desde Day One en formato JSON y luego elija el archivo .zip o el archivo .json que viene dentro.</translation>
    </message>
    <message>
        <source>An entry of this Day One export is missing its date or its id. Export the journal from Day One again, then try again.</source>
        <translation>A una entrada de esta exportación de Day One le falta la fecha o su identificador. Exporte otra vez el diario desde Day One y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The date of this entry could not be read. Export the journal again, then try again.</source>
        <translation>No se pudo leer la fecha de esta entrada. Exporte otra vez el diario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file is larger than 50 MB, far more than a journal&apos;s text, so it was not read. Check that you chose the journal file.</source>
        <translation>Este archivo pesa más de 50 MB, mucho más que el texto de un diario, así que no se leyó. Revise que haya elegido el archivo del diario.</translation>
    </message>
    <message>
        <source>This .zip file is larger than 200 MB, so it was not read. Export the journal again without photos, or export its JSON file alone.</source>
        <translation>Este archivo .zip pesa más de 200 MB, así que no se leyó. Exporte otra vez el diario sin fotos, o exporte solo su archivo JSON.</translation>
    </message>
    <message>
        <source>This .zip file holds more files than a Day One export does, so it was not opened. Check that you chose the export.</source>
        <translation>Este archivo .zip contiene más archivos de los que tiene una exportación de Day One, así que no se abrió. Revise que haya elegido la exportación.</translation>
    </message>
    <message>
        <source>This .zip file would unpack to far more than a journal&apos;s text, so it was not opened. Export the journal from Day One again.</source>
        <translation>Al descomprimirse, este archivo .zip ocuparía mucho más que el texto de un diario, así que no se abrió. Exporte otra vez el diario desde Day One.</translation>
    </message>
    <message>
        <source>This .zip file is damaged or cut short, so it was not read. Export the journal from Day One again, then try again.</source>
        <translation>Este archivo .zip está dañado o incompleto, así que no se leyó. Exporte otra vez el diario desde Day One y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This .zip file holds no Day One journal (no .json file). Export your journal from Day One as JSON, then try again.</source>
        <translation>Este archivo .zip no contiene ningún diario de Day One (no tiene un archivo .json). Exporte su diario desde Day One en formato JSON y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a .zip file, not a jrnl journal. If it is a Day One export, choose Day One as the kind of journal; if not, unzip it and choose the journal file inside.</source>
        <translation>Este es un archivo .zip, no un diario de jrnl. Si es una exportación de Day One, elija Day One como tipo de diario; si no, descomprímalo y elija el archivo del diario que viene dentro.</translation>
    </message>
    <message>
        <source>This file is a Day One export, not a jrnl journal. Choose Day One as the kind of journal, then try again.</source>
        <translation>Este archivo es una exportación de Day One, no un diario de jrnl. Elija Day One como tipo de diario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This JSON file is not a jrnl export. Export the journal with jrnl --format json, or choose the journal file itself.</source>
        <translation>Este archivo JSON no es una exportación de jrnl. Exporte el diario con jrnl --format json, o elija el archivo del diario en sí.</translation>
    </message>
    <message>
        <source>An entry of this jrnl export is missing its date, title or text. Export the journal again with jrnl --format json, then try again.</source>
        <translation>A una entrada de esta exportación de jrnl le falta la fecha, el título o el texto. Exporte otra vez el diario con jrnl --format json y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This line comes before the first entry&apos;s date, so the file does not read as a jrnl journal. Each entry should start with a date in brackets, like [2024-03-05 09:30].</source>
        <translation>Esta línea está antes de la fecha de la primera entrada, así que el archivo no se puede leer como un diario de jrnl. Cada entrada debe empezar con una fecha entre corchetes, como [2024-03-05 09:30].</translation>
    </message>
    <message>
        <source>This file is not a jrnl journal: its entries should each start with a date in brackets, like [2024-03-05 09:30]. Check that you chose the journal file.</source>
        <translation>Este archivo no es un diario de jrnl: cada entrada debería empezar con una fecha entre corchetes, como [2024-03-05 09:30]. Revise que haya elegido el archivo del diario.</translation>
    </message>
    <message>
        <source>The date on this line could not be read. Write it as jrnl does, like [2024-03-05 09:30] or [2024-03-05 09:30:00 AM], then try again.</source>
        <translation>No se pudo leer la fecha de esta línea. Escríbala como lo hace jrnl, por ejemplo [2024-03-05 09:30] o [2024-03-05 09:30:00 AM], y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This note has no date. Add a line date: 2024-03-05 to its front matter, or start its file name with the date, like 2024-03-05.md, then try again.</source>
        <translation>Esta nota no tiene fecha. Agregue una línea date: 2024-03-05 a su encabezado (front matter), o haga que el nombre del archivo empiece con la fecha, como 2024-03-05.md, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This folder holds more than 100,000 files and folders, so it was not read. Choose the folder that holds only your notes.</source>
        <translation>Esta carpeta contiene más de 100,000 archivos y carpetas, así que no se leyó. Elija la carpeta que contiene solo sus notas.</translation>
    </message>
    <message>
        <source>The date on this line could not be read. Write it like date: 2024-03-05 or date: 2024-03-05 14:30, then try again.</source>
        <translation>No se pudo leer la fecha de esta línea. Escríbala así: date: 2024-03-05 o date: 2024-03-05 14:30, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Markdown notes in this folder come to more than 50 MB, so none were read. Choose a smaller folder, or import it a part at a time.</source>
        <translation>Las notas Markdown de esta carpeta pesan en total más de 50 MB, así que no se leyó ninguna. Elija una carpeta más pequeña, o impórtela por partes.</translation>
    </message>
    <message>
        <source>This folder has folders inside folders more than 32 deep, so it was not read. Choose the folder that holds only your notes.</source>
        <translation>Esta carpeta tiene más de 32 niveles de carpetas dentro de carpetas, así que no se leyó. Elija la carpeta que contiene solo sus notas.</translation>
    </message>
    <message>
        <source>This file could not be read, so nothing was imported from it.</source>
        <translation>No se pudo leer este archivo, así que no se importó nada de él.</translation>
    </message>
    <message>
        <source>This file or folder is not there any more. Check where it is, then choose it again.</source>
        <translation>Este archivo o carpeta ya no está allí. Revise dónde está y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Reflect could not open this file. Check that you may open it and that its disk is still connected, then try again.</source>
        <translation>Reflect no pudo abrir este archivo. Revise que tenga permiso para abrirlo y que su disco siga conectado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the journal file inside it, then try again.</source>
        <translation>Esto es una carpeta, no un archivo. Elija el archivo del diario que está dentro y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose the folder that holds your Markdown notes, then try again.</source>
        <translation>Esto es un archivo, no una carpeta. Elija la carpeta que contiene sus notas Markdown y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file is not text (it may be a picture, a program or a damaged file), so it was not read. Check that you chose the journal file.</source>
        <translation>Este archivo no es texto (puede ser una imagen, un programa o un archivo dañado), así que no se leyó. Revise que haya elegido el archivo del diario.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text, so the file was not read. Open the file in a text editor, save it as UTF-8, then try again.</source>
        <translation>Esta línea no es texto UTF-8, así que no se leyó el archivo. Abra el archivo en un editor de texto, guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This jrnl journal is encrypted. Decrypt it with jrnl first (jrnl --decrypt), then choose the decrypted file.</source>
        <translation>Este diario de jrnl está cifrado. Primero descífrelo con jrnl (jrnl --decrypt) y luego elija el archivo descifrado.</translation>
    </message>
    <message>
        <source>This .zip file holds names that point outside it, which a Day One export never does, so it was not opened.</source>
        <translation>Este archivo .zip contiene nombres que apuntan fuera de él, algo que una exportación de Day One nunca tiene, así que no se abrió.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (it is a device or a pipe), so it was not read. Choose the journal file itself.</source>
        <translation>Este no es un archivo común (es un dispositivo o una canalización), así que no se leyó. Elija el archivo del diario en sí.</translation>
    </message>
    <message>
        <source>This JSON file is damaged or cut short (it may not have finished copying), so it was not read. Export the journal again, then try again.</source>
        <translation>Este archivo JSON está dañado o incompleto (puede que no haya terminado de copiarse), así que no se leyó. Exporte otra vez el diario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file is not text, so it was not read. If it is an encrypted jrnl journal, decrypt it with jrnl first (jrnl --decrypt), then choose the decrypted file.</source>
        <translation>Este archivo no es texto, así que no se leyó. Si es un diario de jrnl cifrado, primero descífrelo con jrnl (jrnl --decrypt) y luego elija el archivo descifrado.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} is not a journal exported by Reflect. Choose a file Reflect exported as JSON.</source>
        <translation>No se importó nada: {file} no es un diario exportado por Reflect. Elija un archivo que Reflect exportó como JSON.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} was exported by a newer version of Reflect. Update Reflect, then import it again.</source>
        <translation>No se importó nada: {file} se exportó con una versión más nueva de Reflect. Actualice Reflect y después impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} is not a file. Choose the file Reflect exported.</source>
        <translation>No se importó nada: {file} no es un archivo. Elija el archivo que Reflect exportó.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} is larger than Reflect reads (256 MB).</source>
        <translation>No se importó nada: {file} es más grande de lo que Reflect puede leer (256 MB).</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} could not be opened. Check that it is still there.</source>
        <translation>No se importó nada: no se pudo abrir {file}. Revise que todavía esté ahí.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} is damaged, or was changed after Reflect exported it. Export it again, then import the new file.</source>
        <translation>No se importó nada: {file} está dañado o cambió después de que Reflect lo exportó. Expórtelo de nuevo y después importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>Nothing was imported: reflection {place} in {file} is damaged, or was changed after Reflect exported it. Export it again, then import the new file.</source>
        <translation>No se importó nada: la reflexión {place} de {file} está dañada o cambió después de que Reflect la exportó. Exporte de nuevo y después importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>Nothing was imported: supervision session {place} in {file} is damaged, or was changed after Reflect exported it. Export it again, then import the new file.</source>
        <translation>No se importó nada: la sesión de supervisión {place} de {file} está dañada o cambió después de que Reflect la exportó. Exporte de nuevo y después importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>Nothing was imported: check-in {place} in {file} is damaged, or was changed after Reflect exported it. Export it again, then import the new file.</source>
        <translation>No se importó nada: el chequeo {place} de {file} está dañado o cambió después de que Reflect lo exportó. Exporte de nuevo y después importe el archivo nuevo.</translation>
    </message>
    <message>
        <source>At most {most} reflections go in one packet. Untick some, share these, then share the rest. Nothing was marked shared.</source>
        <translation>Un paquete lleva como máximo {most} reflexiones. Desmarque algunas, comparta estas y luego comparta las demás. No se marcó nada como compartido.</translation>
    </message>
    <message>
        <source>These reflections cannot be shared as they are: {which}. Shorten or correct them, or untick them, then share again. Nothing was marked shared.</source>
        <translation>Estas reflexiones no se pueden compartir tal como están: {which}. Acórtelas o corríjalas, o desmárquelas, y luego vuelva a compartir. No se marcó nada como compartido.</translation>
    </message>
    <message>
        <source>At most {most} comments go in one reply. Nothing was marked sent.</source>
        <translation>Una respuesta lleva como máximo {most} comentarios. No se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>This reply cannot be sent as it is: {which}. Shorten that comment, then send again. Nothing was marked sent.</source>
        <translation>Esta respuesta no se puede enviar tal como está: {which}. Acorte ese comentario y luego vuelva a enviar. No se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>That is too much for one packet. Share fewer reflections at once. Nothing was marked shared.</source>
        <translation>Es demasiado para un solo paquete. Comparta menos reflexiones a la vez. Nada se marcó como compartido.</translation>
    </message>
    <message>
        <source>That is too much for one reply. Nothing was marked sent.</source>
        <translation>Es demasiado para una sola respuesta. Nada se marcó como enviado.</translation>
    </message>
    <message>
        <source>That is your own exchange key. Paste the key from the other person&apos;s Settings.</source>
        <translation>Esa es su propia clave de intercambio. Pegue la clave que la otra persona tiene en su Configuración.</translation>
    </message>
    <message>
        <source>That folder could not be found. Choose another one.</source>
        <translation>No se encontró esa carpeta. Elija otra.</translation>
    </message>
    <message>
        <source>Choose at least one reflection to share.</source>
        <translation>Elija al menos una reflexión para compartir.</translation>
    </message>
    <message>
        <source>This comment is longer than {most} characters, too long to send. Shorten it or split it in two, then save again. Your text is still here.</source>
        <translation>Este comentario tiene más de {most} caracteres, demasiado largo para enviarlo. Acórtelo o divídalo en dos, y luego vuelva a guardar. Su texto sigue aquí.</translation>
    </message>
    <message>
        <source>There are no new comments to send. Write a comment first.</source>
        <translation>No hay comentarios nuevos para enviar. Primero escriba un comentario.</translation>
    </message>
    <message>
        <source>That is too much for one reply: some comments are very long. Shorten the longest, then send again. Nothing was marked sent.</source>
        <translation>Es demasiado para una sola respuesta: algunos comentarios son muy largos. Acorte los más largos y envíe de nuevo. Nada se marcó como enviado.</translation>
    </message>
    <message>
        <source>This packet does not fit how you are paired with its sender: reflections come from people you supervise, replies from your supervisor. Nothing was imported; check their role under People.</source>
        <translation>Este paquete no corresponde a su relación con quien lo envió: las reflexiones vienen de las personas que usted supervisa y las respuestas, de su supervisor o supervisora. No se importó nada; revise su función en Personas.</translation>
    </message>
    <message>
        <source>The packet {name} was saved, but the journal could not note what it carried, so it will be offered again. Sending it again is safe.</source>
        <translation>El paquete {name} se guardó, pero el diario no pudo anotar lo que llevaba, así que se le ofrecerá otra vez. Es seguro volver a enviarlo.</translation>
    </message>
    <message>
        <source>That folder cannot be reached now. Plug in the drive or connect to the network, then choose it again.</source>
        <translation>No se puede acceder a esa carpeta en este momento. Conecte la unidad o conéctese a la red, y luego vuelva a elegirla.</translation>
    </message>
    <message>
        <source>Your own sets of questions could not be read, so nothing was changed. Restore yesterday&apos;s backup from Settings, or tell your agency&apos;s IT person.</source>
        <translation>No se pudieron leer sus propios conjuntos de preguntas, así que no se cambió nada. Restaure la copia de seguridad de ayer desde Configuración, o avísele a la persona de soporte técnico (IT) de su agencia.</translation>
    </message>
</context>
<context>
    <name>ExchangeSettings</name>
    <message>
        <source>My exchange key</source>
        <translation>Mi clave de intercambio</translation>
    </message>
    <message>
        <source>Give this line to your supervisor or supervisees so you can exchange packets. Read the fingerprint aloud to each other before the first one.</source>
        <translation>Dé esta línea a su supervisor o supervisora, o a las personas que usted supervisa, para poder intercambiar paquetes. Antes del primer paquete, léanse en voz alta la huella digital.</translation>
    </message>
    <message>
        <source>My fingerprint</source>
        <translation>Mi huella digital</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Copiar la clave</translation>
    </message>
    <message>
        <source>Copy my exchange key</source>
        <translation>Copiar mi clave de intercambio</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Carpeta de intercambio</translation>
    </message>
    <message>
        <source>Optional. If your agency already syncs a folder, choose it: packets you send are saved there, and packets for you are picked up from it. Packets are encrypted; imported ones move into an “imported” folder inside it, and nothing is deleted.</source>
        <translation>Opcional. Si su agencia ya sincroniza una carpeta, elíjala: los paquetes que usted envía se guardan allí, y los paquetes para usted se recogen de ella. Los paquetes están cifrados; los importados pasan a una carpeta llamada “imported” dentro de ella, y nada se elimina.</translation>
    </message>
    <message>
        <source>No exchange folder</source>
        <translation>Sin carpeta de intercambio</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>Ele&amp;gir carpeta…</translation>
    </message>
    <message>
        <source>Choose exchange folder</source>
        <translation>Elegir la carpeta de intercambio</translation>
    </message>
    <message>
        <source>Stop &amp;using it</source>
        <translation>&amp;Ya no usarla</translation>
    </message>
    <message>
        <source>Stop using the exchange folder</source>
        <translation>Dejar de usar la carpeta de intercambio</translation>
    </message>
    <message>
        <source>Fingerprint: {f}</source>
        <translation>Huella digital: {f}</translation>
    </message>
    <message>
        <source>The exchange folder {folder} cannot be found right now. Plug in the drive, or choose the folder again.</source>
        <translation>No se encuentra la carpeta de intercambio {folder} en este momento. Conecte la unidad, o vuelva a elegir la carpeta.</translation>
    </message>
    <message>
        <source>Your exchange key is copied.</source>
        <translation>Su clave de intercambio está copiada.</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>Elija la carpeta de intercambio</translation>
    </message>
    <message>
        <source>Packets will be saved in and picked up from this folder.</source>
        <translation>Los paquetes se guardarán en esta carpeta y se recogerán de ella.</translation>
    </message>
    <message>
        <source>No exchange folder: you choose where each packet goes.</source>
        <translation>Sin carpeta de intercambio: usted elige adónde va cada paquete.</translation>
    </message>
</context>
<context>
    <name>ExportCheckDialog</name>
    <message>
        <source>Check before exporting</source>
        <translation>Revisar antes de exportar</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may identify someone</source>
        <translation>
            <numerusform>%n parte puede identificar a alguien</numerusform>
            <numerusform>%n partes pueden identificar a alguien</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not encrypted, so look at each one before it is written. Edit it, or export anyway if it is fine as it is, such as a made-up name or a public place.</source>
        <translation>El archivo no estará cifrado, así que revise cada una antes de que se guarde. Edítela, o exporte de todos modos si está bien así, por ejemplo un nombre inventado o un lugar público.</translation>
    </message>
    <message numerus="yes">
        <source>%n more place(s) were found and are not listed here.</source>
        <translation>
            <numerusform>Se encontró %n parte más que no aparece aquí.</numerusform>
            <numerusform>Se encontraron %n partes más que no aparecen aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Export anyway, as it is</source>
        <translation>Exportar de todos modos, tal como está</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Which reflections</source>
        <translation>Qué reflexiones</translation>
    </message>
    <message>
        <source>The reflection se&amp;lected in the list</source>
        <translation>La reflexión se&amp;leccionada en la lista</translation>
    </message>
    <message numerus="yes">
        <source>The %n reflections se&amp;lected in the list</source>
        <translation>
            <numerusform>La %n reflexión se&amp;leccionada en la lista</numerusform>
            <numerusform>Las %n reflexiones se&amp;leccionadas en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>The reflections the list s&amp;hows now, with its search and filters</source>
        <translation>Las reflexiones que la lista &amp;muestra ahora, con su búsqueda y sus filtros</translation>
    </message>
    <message>
        <source>Those &amp;visited between two dates</source>
        <translation>Las de &amp;visitas hechas entre dos fechas</translation>
    </message>
    <message>
        <source>First visit date</source>
        <translation>Primera fecha de visita</translation>
    </message>
    <message>
        <source>Last visit date</source>
        <translation>Última fecha de visita</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Everything in your journal</source>
        <translation>&amp;Todo su diario</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>P&amp;DF, to print or hand in</source>
        <translation>P&amp;DF, para imprimir o entregar</translation>
    </message>
    <message>
        <source>&amp;Markdown, in one file</source>
        <translation>Markdown, en un solo arc&amp;hivo</translation>
    </message>
    <message>
        <source>Markdown, a f&amp;older with a file for each reflection</source>
        <translation>Markdown, una &amp;carpeta con un archivo por reflexión</translation>
    </message>
    <message>
        <source>&amp;JSON, complete: to move to another computer, or to keep</source>
        <translation>&amp;JSON, completo: para pasarlo a otra computadora o para guardarlo</translation>
    </message>
    <message>
        <source>Include &amp;private answers</source>
        <translation>Incluir las respuestas &amp;privadas</translation>
    </message>
    <message>
        <source>Include private answers</source>
        <translation>Incluir las respuestas privadas</translation>
    </message>
    <message>
        <source>Include self-care chec&amp;k-ins</source>
        <translation>Incluir los chequeos de a&amp;utocuidado</translation>
    </message>
    <message>
        <source>Include self-care check-ins</source>
        <translation>Incluir los chequeos de autocuidado</translation>
    </message>
    <message>
        <source>Check-ins go only into a JSON export of everything in your journal.</source>
        <translation>Los chequeos solo van en una exportación JSON de todo su diario.</translation>
    </message>
    <message>
        <source>Check for &amp;names and other identifying details first</source>
        <translation>Revisar primero si hay &amp;nombres u otros datos que identifiquen a alguien</translation>
    </message>
    <message>
        <source>Check for names and other identifying details first</source>
        <translation>Revisar primero si hay nombres u otros datos que identifiquen a alguien</translation>
    </message>
    <message>
        <source>Those visited from {first} to {last}</source>
        <translation>Las de visitas hechas del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export reflections</source>
        <translation>Exportar reflexiones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Cerrar sin exportar</translation>
    </message>
    <message>
        <source>Con&amp;tinue…</source>
        <translation>C&amp;ontinuar…</translation>
    </message>
    <message>
        <source>Continue: choose where the export goes</source>
        <translation>Continuar: elegir dónde se guarda la exportación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the choices</source>
        <translation>Volver a las opciones</translation>
    </message>
    <message>
        <source>C&amp;hoose another place…</source>
        <translation>Elegir &amp;otro lugar…</translation>
    </message>
    <message>
        <source>Choose another place for the export</source>
        <translation>Elegir otro lugar para la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Exportar ahora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window; the export goes on</source>
        <translation>Cerrar esta ventana; la exportación sigue</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder the export is in</source>
        <translation>Abrir la carpeta donde está la exportación</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>The first date is after the last. Choose the dates again.</source>
        <translation>La primera fecha es posterior a la última. Vuelva a elegir las fechas.</translation>
    </message>
    <message>
        <source>Checking for names and other identifying details…</source>
        <translation>Revisando si hay nombres u otros datos que identifiquen a alguien…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Dejar de revisar</translation>
    </message>
    <message>
        <source>Nothing that looks like a name or other identifying detail was found.</source>
        <translation>No se encontró nada que parezca un nombre u otro dato que identifique a alguien.</translation>
    </message>
    <message>
        <source>You looked at what the check found.</source>
        <translation>Usted ya revisó lo que se encontró.</translation>
    </message>
    <message>
        <source>Choose the folder to put the export&apos;s folder in</source>
        <translation>Elija la carpeta donde se creará la carpeta de la exportación</translation>
    </message>
    <message>
        <source>Export reflections as</source>
        <translation>Exportar reflexiones como</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>You can close this window and go on writing: the export goes on, and the status bar shows how far it has gone.</source>
        <translation>Puede cerrar esta ventana y seguir escribiendo: la exportación sigue, y la barra de estado muestra cuánto lleva.</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n reflexión en {path}.</numerusform>
            <numerusform>Se guardaron %n reflexiones en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private answer(s) left out.</source>
        <translation>
            <numerusform>Quedó fuera %n respuesta privada.</numerusform>
            <numerusform>Quedaron fuera %n respuestas privadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReady</name>
    <message>
        <source>Ready to export</source>
        <translation>Todo listo para exportar</translation>
    </message>
    <message>
        <source>Include &amp;private answers</source>
        <translation>Incluir las respuestas &amp;privadas</translation>
    </message>
    <message>
        <source>Include private answers</source>
        <translation>Incluir las respuestas privadas</translation>
    </message>
    <message>
        <source>Private answers are left out unless you tick this.</source>
        <translation>Las respuestas privadas quedan fuera, a menos que usted marque esta casilla.</translation>
    </message>
    <message>
        <source>{which}, as {format}.</source>
        <translation>{which}, como {format}.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Exported from Reflect on {date}.</source>
        <translation>Exportado desde Reflect el {date}.</translation>
    </message>
    <message>
        <source>Private answers are not included.</source>
        <translation>Las respuestas privadas no están incluidas.</translation>
    </message>
    <message>
        <source>Private answers are included and marked private.</source>
        <translation>Las respuestas privadas están incluidas y marcadas como privadas.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Comments from supervision</source>
        <translation>Comentarios de la supervisión</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>no family code</source>
        <translation>sin código de la familia</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita al hogar</translation>
    </message>
    <message>
        <source>Virtual visit</source>
        <translation>Visita virtual</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>On: {question}</source>
        <translation>Sobre: {question}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>FamilyFilter</name>
    <message>
        <source>Closed families are listed at the end.</source>
        <translation>Las familias cerradas aparecen al final.</translation>
    </message>
    <message>
        <source>Closed families are hidden.</source>
        <translation>Las familias cerradas están ocultas.</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Todas las familias</translation>
    </message>
    <message>
        <source>{code} (closed)</source>
        <translation>{code} (cerrada)</translation>
    </message>
    <message>
        <source>Hide closed families</source>
        <translation>Ocultar las familias cerradas</translation>
    </message>
    <message>
        <source>Show closed families ({count})</source>
        <translation>Mostrar las familias cerradas ({count})</translation>
    </message>
</context>
<context>
    <name>FamilyFlows</name>
    <message>
        <source>{code} is open again: it is offered when you write and filter.</source>
        <translation>La familia {code} está abierta otra vez: se ofrece cuando usted escribe y filtra.</translation>
    </message>
    <message>
        <source>{code} is closed: it is no longer offered when you write or filter. Its reflections stay, and still open from the list.</source>
        <translation>La familia {code} está cerrada: ya no se ofrece cuando usted escribe o filtra. Sus reflexiones se quedan y se siguen abriendo desde la lista.</translation>
    </message>
    <message>
        <source>Your latest words could not be saved, so nothing was forgotten. Copy them somewhere safe, then try again.</source>
        <translation>No se pudieron guardar sus últimas palabras, así que no se olvidó nada. Cópielas en un lugar seguro y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Forgetting {code}…</source>
        <translation>Olvidando {code}…</translation>
    </message>
    <message>
        <source>Family {code} is forgotten.</source>
        <translation>La familia {code} quedó olvidada.</translation>
    </message>
    <message>
        <source>Family forgotten</source>
        <translation>Familia olvidada</translation>
    </message>
</context>
<context>
    <name>FamilySettings</name>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>When a family leaves your program, close its code: it leaves the lists you choose from, and its reflections stay. When your agency&apos;s rules say a family&apos;s notes must go, forget the family: everything under its code is deleted, and Reflect tells you which backups still hold it.</source>
        <translation>Cuando una familia deja su programa, cierre su código: sale de las listas de las que usted elige, y sus reflexiones se quedan. Cuando las reglas de su agencia dicen que las notas de una familia deben eliminarse, olvide a la familia: se borra todo lo que está bajo su código, y Reflect le dice qué copias de seguridad todavía la contienen.</translation>
    </message>
    <message>
        <source>Family codes</source>
        <translation>Códigos de las familias</translation>
    </message>
    <message>
        <source>&amp;Close this family</source>
        <translation>&amp;Cerrar esta familia</translation>
    </message>
    <message>
        <source>Close this family</source>
        <translation>Cerrar esta familia</translation>
    </message>
    <message>
        <source>&amp;Forget this family…</source>
        <translation>&amp;Olvidar a esta familia…</translation>
    </message>
    <message>
        <source>Forget this family</source>
        <translation>Olvidar a esta familia</translation>
    </message>
    <message>
        <source>Re&amp;open this family</source>
        <translation>&amp;Reabrir esta familia</translation>
    </message>
    <message>
        <source>Reopen this family</source>
        <translation>Reabrir esta familia</translation>
    </message>
</context>
<context>
    <name>FamilyWords</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} · {count}</source>
        <translation>{code} · {count}</translation>
    </message>
    <message>
        <source>{code} · closed · {count}</source>
        <translation>{code} · cerrada · {count}</translation>
    </message>
    <message>
        <source> (a visit on {day})</source>
        <translation> (una visita el {day})</translation>
    </message>
    <message>
        <source> (visits from {first} to {last})</source>
        <translation> (visitas del {first} al {last})</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) from supervision</source>
        <translation>
            <numerusform>%n comentario de la supervisión</numerusform>
            <numerusform>%n comentarios de la supervisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-care check-in(s) written about them</source>
        <translation>
            <numerusform>%n chequeo rápido escrito sobre ellas</numerusform>
            <numerusform>%n chequeos rápidos escritos sobre ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}; and the code {code} itself</source>
        <translation>{list}; y el propio código {code}</translation>
    </message>
    <message numerus="yes">
        <source>Your logged supervision sessions stay, with their hours; %n of them will no longer list these reflections as discussed.</source>
        <translation>
            <numerusform>Las sesiones de supervisión que registró se quedan, con sus horas; %n de ellas ya no mostrará estas reflexiones entre las conversadas.</numerusform>
            <numerusform>Las sesiones de supervisión que registró se quedan, con sus horas; %n de ellas ya no mostrarán estas reflexiones entre las conversadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) of this family went to your supervisor. What they received is kept in their own journal, not in yours: ask them to delete it there.</source>
        <translation>
            <numerusform>%n reflexión de esta familia se envió a su supervisor o supervisora. Lo que recibió se guarda en su propio diario, no en el suyo: pídale que lo borre allí.</numerusform>
            <numerusform>%n reflexiones de esta familia se enviaron a su supervisor o supervisora. Lo que recibió se guarda en su propio diario, no en el suyo: pídale que lo borre allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>copies written up to {day}</source>
        <translation>copias hechas hasta el {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of {day}</source>
        <translation>
            <numerusform>%n copia de seguridad del {day}</numerusform>
            <numerusform>%n copias de seguridad del {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n copia de seguridad del {first} al {last}</numerusform>
            <numerusform>%n copias de seguridad del {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer: {count}.</source>
        <translation>En esta computadora: {count}.</translation>
    </message>
    <message>
        <source>In {folder}: {count}.</source>
        <translation>En {folder}: {count}.</translation>
    </message>
    <message>
        <source>In {folder}, which cannot be reached now: {count}.</source>
        <translation>En {folder}, a la que no se puede acceder ahora: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Rotation removes the last of them from this computer after %n more day(s) with a backup: around {day} if you open Reflect every day, later if you do not (a backup is taken only on days Reflect is opened).</source>
        <translation>
            <numerusform>La rotación quita la última de ellas de esta computadora después de %n día más con copia de seguridad: hacia el {day} si usted abre Reflect todos los días, más tarde si no (solo se hace una copia los días en que se abre Reflect).</numerusform>
            <numerusform>La rotación quita la última de ellas de esta computadora después de %n días más con copia de seguridad: hacia el {day} si usted abre Reflect todos los días, más tarde si no (solo se hace una copia los días en que se abre Reflect).</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget family {code}?</source>
        <translation>¿Olvidar a la familia {code}?</translation>
    </message>
    <message>
        <source>This deletes from your journal everything under {code}: {goes}. It is for when your agency&apos;s rules say a family&apos;s notes must go; to keep them but stop seeing the code, close the family instead.</source>
        <translation>Esto borra de su diario todo lo que está bajo {code}: {goes}. Es para cuando las reglas de su agencia dicen que las notas de una familia deben eliminarse; para conservarlas pero dejar de ver el código, mejor cierre la familia.</translation>
    </message>
    <message>
        <source>A backup is taken just before, so a mistake can be undone by restoring it. Until rotation removes them, your backups still hold this family:</source>
        <translation>Justo antes se hace una copia de seguridad, para que un error se pueda deshacer restaurándola. Hasta que la rotación las quite, sus copias de seguridad todavía contienen a esta familia:</translation>
    </message>
    <message>
        <source>And the backup taken just before.</source>
        <translation>Y la copia de seguridad hecha justo antes.</translation>
    </message>
    <message>
        <source>Copies kept in another folder are rotated the same way, whenever Reflect can reach that folder.</source>
        <translation>Las copias guardadas en otra carpeta rotan de la misma manera, siempre que Reflect pueda acceder a esa carpeta.</translation>
    </message>
    <message>
        <source>Reflect takes a new backup without this family, reads it back to check it, and only then removes the backups that hold it:</source>
        <translation>Reflect hace una nueva copia de seguridad sin esta familia, la vuelve a leer para revisarla, y solo entonces quita las copias de seguridad que la contienen:</translation>
    </message>
    <message>
        <source>(none hold it now)</source>
        <translation>(ninguna la contiene ahora)</translation>
    </message>
    <message>
        <source>These cannot be reached now and still hold it until Reflect opens with them in reach (then they are removed):</source>
        <translation>A estas no se puede acceder ahora, y la siguen conteniendo hasta que Reflect se abra con ellas a su alcance (entonces se quitan):</translation>
    </message>
    <message>
        <source>Family {code} is forgotten. Deleted from your journal: {goes}.</source>
        <translation>La familia {code} quedó olvidada. Se borró de su diario: {goes}.</translation>
    </message>
    <message>
        <source>The backups that still hold it are not removed yet: Reflect finishes that the next time you open your journal.</source>
        <translation>Las copias de seguridad que todavía la contienen aún no se han quitado: Reflect lo termina la próxima vez que usted abra su diario.</translation>
    </message>
    <message>
        <source>A new backup without it was taken and checked.</source>
        <translation>Se hizo y se revisó una nueva copia de seguridad sin ella.</translation>
    </message>
    <message numerus="yes">
        <source>Removed from this computer: %n older backup(s) that held it.</source>
        <translation>
            <numerusform>Se quitó de esta computadora: %n copia de seguridad anterior que la contenía.</numerusform>
            <numerusform>Se quitaron de esta computadora: %n copias de seguridad anteriores que la contenían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from your other backup folder: %n backup(s) that held it.</source>
        <translation>
            <numerusform>Se quitó de su otra carpeta de copias: %n copia de seguridad que la contenía.</numerusform>
            <numerusform>Se quitaron de su otra carpeta de copias: %n copias de seguridad que la contenían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still holding it:</source>
        <translation>Todavía la contienen:</translation>
    </message>
    <message>
        <source>Reflect removes them the next time it opens with that folder in reach.</source>
        <translation>Reflect las quita la próxima vez que se abra con esa carpeta a su alcance.</translation>
    </message>
    <message>
        <source>To undo this, restore the backup taken just before (Settings, Backups).</source>
        <translation>Para deshacerlo, restaure la copia de seguridad hecha justo antes (Configuración, Copias de seguridad).</translation>
    </message>
</context>
<context>
    <name>ForgetFamilyDialog</name>
    <message>
        <source>&amp;Also remove it from my backups</source>
        <translation>&amp;Quitarla también de mis copias de seguridad</translation>
    </message>
    <message>
        <source>Also remove this family from my backups</source>
        <translation>Quitar también a esta familia de mis copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Forget this family</source>
        <translation>&amp;Olvidar a esta familia</translation>
    </message>
    <message>
        <source>Forget this family</source>
        <translation>Olvidar a esta familia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message numerus="yes">
        <source>Go deeper: %n more question(s)</source>
        <translation>
            <numerusform>Profundizar: %n pregunta más</numerusform>
            <numerusform>Profundizar: %n preguntas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Go deeper in {section}</source>
        <translation>Profundizar en {section}</translation>
    </message>
    <message>
        <source>More questions, for when there is time and reason.</source>
        <translation>Más preguntas, para cuando haya tiempo y motivo.</translation>
    </message>
</context>
<context>
    <name>GrowingTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation>Agregar «{word}» a mis palabras</translation>
    </message>
</context>
<context>
    <name>HeavyNote</name>
    <message>
        <source>That sounds like a heavy one. Be gentle with yourself today, and think about talking it over with your supervisor now rather than waiting for your next session. This note stays here; it is never shared.</source>
        <translation>Eso suena pesado. Trátese con cuidado hoy, y piense en hablarlo con su supervisor o supervisora ahora, en lugar de esperar a su próxima sesión. Esta nota se queda aquí; nunca se comparte.</translation>
    </message>
    <message>
        <source>A note after a heavy visit</source>
        <translation>Una nota después de una visita pesada</translation>
    </message>
    <message>
        <source>Open the card {title}</source>
        <translation>Abrir la tarjeta {title}</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message numerus="yes">
        <source>{hours} hour(s)</source>
        <translation>
            <numerusform>{hours} hora</numerusform>
            <numerusform>{hours} horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Por video</translation>
    </message>
    <message>
        <source>{format}, {mode}</source>
        <translation>{format}, {mode}</translation>
    </message>
    <message>
        <source>Infant mental health</source>
        <translation>Salud mental infantil</translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <translation>Práctica reflexiva</translation>
    </message>
    <message>
        <source>Diversity, equity and inclusion</source>
        <translation>Diversidad, equidad e inclusión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro tema</translation>
    </message>
</context>
<context>
    <name>HoursBox</name>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> hora</numerusform>
            <numerusform> horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursExport</name>
    <message>
        <source>Export the hours log as CSV</source>
        <translation>Exportar el registro de horas como CSV</translation>
    </message>
    <message>
        <source>Supervision hours.csv</source>
        <translation>Horas de supervisión.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the hours log as PDF</source>
        <translation>Exportar el registro de horas como PDF</translation>
    </message>
    <message>
        <source>Supervision hours.pdf</source>
        <translation>Horas de supervisión.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder, or check that there is space on the disk.</source>
        <translation>No se pudo guardar el archivo allí. Elija otra carpeta, o revise que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>Saved {name}. It holds dates, hours and providers only: no notes and no reflections.</source>
        <translation>Se guardó {name}. Solo contiene fechas, horas y quién dio la supervisión: ni notas ni reflexiones.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Endorsement hours</source>
        <translation>Horas para el Endorsement</translation>
    </message>
    <message>
        <source>Export a p&amp;ortfolio…</source>
        <translation>Exportar un p&amp;ortafolio…</translation>
    </message>
    <message>
        <source>Export a portfolio for your endorsement</source>
        <translation>Exportar un portafolio para su Endorsement</translation>
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation>S&amp;upervisión</translation>
    </message>
    <message>
        <source>&amp;Training and renewal</source>
        <translation>Capaci&amp;tación y renovación</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: {sessions}, {hours}.</source>
        <translation>En total: {sessions}, {hours}.</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of {date} with {provider} (%n minute(s))? Its notes go with it. The reflections discussed stay in your journal.</source>
        <translation>
            <numerusform>¿Eliminar la sesión del {date} con {provider} (%n minuto)? Sus notas se eliminan con ella. Las reflexiones tratadas se quedan en su diario.</numerusform>
            <numerusform>¿Eliminar la sesión del {date} con {provider} (%n minutos)? Sus notas se eliminan con ella. Las reflexiones tratadas se quedan en su diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation>Eliminar una sesión</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Sesión eliminada.</translation>
    </message>
</context>
<context>
    <name>HoursProgress</name>
    <message>
        <source>Endorsement goal</source>
        <translation>Meta de Endorsement</translation>
    </message>
    <message>
        <source>Count hours from this date</source>
        <translation>Contar las horas desde esta fecha</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Counting &amp;from</source>
        <translation>Co&amp;ntar desde</translation>
    </message>
    <message>
        <source>Hours toward the goal</source>
        <translation>Horas hacia la meta</translation>
    </message>
    <message>
        <source>Progress toward the goal</source>
        <translation>Avance hacia la meta</translation>
    </message>
    <message>
        <source>Things to check about your providers</source>
        <translation>Cosas que revisar sobre quién le dio supervisión</translation>
    </message>
    <message>
        <source>This is a way to keep track, not a ruling: check your endorsement guidelines for which hours count.</source>
        <translation>Esto es una forma de llevar la cuenta, no una decisión oficial: revise las pautas de su Endorsement para saber qué horas cuentan.</translation>
    </message>
    <message>
        <source>Infant Family Specialist: 24 hours within 1 to 2 years</source>
        <translation>Infant Family Specialist: 24 horas en un plazo de 1 a 2 años</translation>
    </message>
    <message>
        <source>Infant Mental Health Specialist: 50 hours within 1 to 2 years</source>
        <translation>Infant Mental Health Specialist: 50 horas en un plazo de 1 a 2 años</translation>
    </message>
    <message>
        <source>Infant Mental Health Mentor – Clinical: 50 hours within 1 to 2 years</source>
        <translation>Infant Mental Health Mentor – Clinical: 50 horas en un plazo de 1 a 2 años</translation>
    </message>
    <message numerus="yes">
        <source>Renewal: %n hour(s) each year</source>
        <translation>
            <numerusform>Renovación: %n hora cada año</numerusform>
            <numerusform>Renovación: %n horas cada año</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These hours come from %n provider(s), more than two. Check your endorsement guidelines for how hours from several providers count.</source>
        <translation>
            <numerusform>Estas horas de supervisión vienen de %n persona, más de dos. Revise las pautas de su Endorsement para saber cómo cuentan las horas de varias personas.</numerusform>
            <numerusform>Estas horas de supervisión vienen de %n personas, más de dos. Revise las pautas de su Endorsement para saber cómo cuentan las horas de varias personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one provider gave most of these hours (the most from one is {percent}%). Check your endorsement guidelines for where most hours should come from.</source>
        <translation>Ninguna persona dio la mayoría de estas horas (la que más dio llega al {percent}%). Revise las pautas de su Endorsement para saber de quién debe venir la mayoría de las horas.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n hour(s)</source>
        <translation>
            <numerusform>{done} de %n hora</numerusform>
            <numerusform>{done} de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>This renewal year runs from {first} to {last}.</source>
        <translation>Este año de renovación va del {first} al {last}.</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last} count toward this goal.</source>
        <translation>Las sesiones del {first} al {last} cuentan para esta meta.</translation>
    </message>
    <message>
        <source>The goal&apos;s hours are logged.</source>
        <translation>Las horas de la meta ya están registradas.</translation>
    </message>
    <message>
        <source>{hours} to go by {day}.</source>
        <translation>Por completar: {hours}, antes del {day}.</translation>
    </message>
    <message>
        <source>{hours} to go.</source>
        <translation>Por completar: {hours}.</translation>
    </message>
    <message>
        <source>This period ended on {last}. To count a new one, choose a later start date.</source>
        <translation>Este periodo terminó el {last}. Para contar uno nuevo, elija una fecha de inicio posterior.</translation>
    </message>
</context>
<context>
    <name>HoursReport</name>
    <message>
        <source>Made with Reflect on {date}. It lists sessions only: no notes and nothing from any reflection.</source>
        <translation>Hecho con Reflect el {date}. Solo incluye las sesiones: ni notas ni nada de ninguna reflexión.</translation>
    </message>
    <message numerus="yes">
        <source>From {first} to {last}: {done} of %n hour(s) ({percent}%).</source>
        <translation>
            <numerusform>Del {first} al {last}: {done} de %n hora ({percent}%).</numerusform>
            <numerusform>Del {first} al {last}: {done} de %n horas ({percent}%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in this period.</source>
        <translation>
            <numerusform>%n sesión en este periodo.</numerusform>
            <numerusform>%n sesiones en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuales</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupales</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quién supervisó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individual o grupal</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Provider category</source>
        <translation>Categoría de quien supervisó</translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation>Reflexiones tratadas</translation>
    </message>
    <message>
        <source>Reflective supervision hours</source>
        <translation>Horas de supervisión reflexiva</translation>
    </message>
</context>
<context>
    <name>IdentifierCheckDialog</name>
    <message>
        <source>Check before sharing</source>
        <translation>Revisar antes de compartir</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may identify someone</source>
        <translation>
            <numerusform>%n parte puede identificar a alguien</numerusform>
            <numerusform>%n partes pueden identificar a alguien</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at each one before it leaves this computer. Edit it, or share anyway if it is fine as it is, such as a made-up name or a public place.</source>
        <translation>Revise cada una antes de que salga de esta computadora. Edítela, o compártala de todos modos si está bien así, por ejemplo un nombre inventado o un lugar público.</translation>
    </message>
    <message>
        <source>{kind}:&lt;br&gt;“{context}”</source>
        <translation>{kind}:&lt;br&gt;“{context}”</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit {where}: {kind}</source>
        <translation>Editar {where}: {kind}</translation>
    </message>
    <message>
        <source>Open this reflection at this answer</source>
        <translation>Abrir esta reflexión en esta respuesta</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Volver y editar</translation>
    </message>
    <message>
        <source>Go back and edit the first place</source>
        <translation>Volver y editar la primera parte</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Compartir de todos modos</translation>
    </message>
    <message>
        <source>Share anyway, as it is</source>
        <translation>Compartir de todos modos, tal como está</translation>
    </message>
</context>
<context>
    <name>IdentifierHint</name>
    <message>
        <source>May identify someone</source>
        <translation>Puede identificar a alguien</translation>
    </message>
    <message>
        <source>{kind} ({words})</source>
        <translation>{kind} ({words})</translation>
    </message>
    <message numerus="yes">
        <source>{found} and %n more</source>
        <translation>
            <numerusform>{found} y %n más</numerusform>
            <numerusform>{found} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>This may identify someone: {found}.</source>
        <translation>Esto puede identificar a alguien: {found}.</translation>
    </message>
</context>
<context>
    <name>IdentifierWords</name>
    <message>
        <source>Family code</source>
        <translation>Código de la familia</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>A comment from supervision</source>
        <translation>Un comentario de la supervisión</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>Una respuesta</translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation>todavía sin código</translation>
    </message>
    <message>
        <source>{day} · {code} — {what}</source>
        <translation>{day} · {code} — {what}</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>un correo electrónico</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>una dirección</translation>
    </message>
    <message>
        <source>a date that may be a birth date</source>
        <translation>una fecha que puede ser de nacimiento</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>un número de identificación</translation>
    </message>
    <message>
        <source>a word you chose never to share</source>
        <translation>una palabra que usted eligió no compartir nunca</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from another journal</source>
        <translation>Importar de otro diario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <source>&amp;Show what it holds</source>
        <translation>Mo&amp;strar lo que contiene</translation>
    </message>
    <message>
        <source>Read it and show what it holds</source>
        <translation>Leerlo y mostrar lo que contiene</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to choose another file</source>
        <translation>Volver para elegir otro archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import into your journal</source>
        <translation>Importar a su diario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Choose the file or folder to import first.</source>
        <translation>Primero elija el archivo o la carpeta que quiere importar.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Importing (a backup comes first)…</source>
        <translation>Importando (primero se hace una copia de seguridad)…</translation>
    </message>
    <message>
        <source>Cancel stops it at once, and nothing is added.</source>
        <translation>Cancelar lo detiene enseguida, y no se agrega nada.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The first of them:</source>
        <translation>Las primeras:</translation>
    </message>
    <message>
        <source>&amp;Family code for these reflections</source>
        <translation>&amp;Código de la familia para estas reflexiones</translation>
    </message>
    <message>
        <source>Family code for these reflections</source>
        <translation>Código de la familia para estas reflexiones</translation>
    </message>
    <message>
        <source>Other journals have no family codes, so every reflection brought in gets this one: a short code, never a name and no initials.</source>
        <translation>Los otros diarios no tienen códigos de la familia, así que cada reflexión que entra recibe este: un código corto, nunca un nombre y sin iniciales.</translation>
    </message>
    <message>
        <source>{source} ({kind})</source>
        <translation>{source} ({kind})</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>New to your journal</source>
        <translation>Nuevas en su diario</translation>
    </message>
    <message>
        <source>Already in your journal</source>
        <translation>Ya están en su diario</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Sesiones de supervisión</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Chequeos</translation>
    </message>
    <message>
        <source>Private answers</source>
        <translation>Respuestas privadas</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>There is nothing in it to import.</source>
        <translation>No contiene nada que se pueda importar.</translation>
    </message>
    <message>
        <source>Your journal already has all of them: importing again adds none.</source>
        <translation>Su diario ya las tiene todas: si importa otra vez, no se agrega ninguna.</translation>
    </message>
    <message>
        <source>Only what your journal does not have yet is added; nothing is changed.</source>
        <translation>Solo se agrega lo que su diario todavía no tiene; no se cambia nada.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Bring in the entries of another journal, or a Reflect export. You see what it holds first; nothing is added until you choose Import.</source>
        <translation>Traiga las entradas de otro diario, o una exportación de Reflect. Primero verá lo que contiene; no se agrega nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>Kind of journal</source>
        <translation>Tipo de diario</translation>
    </message>
    <message>
        <source>File or &amp;folder</source>
        <translation>Archivo o car&amp;peta</translation>
    </message>
    <message>
        <source>The file or folder to import</source>
        <translation>El archivo o la carpeta que quiere importar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the file or folder to import</source>
        <translation>Elegir el archivo o la carpeta que quiere importar</translation>
    </message>
    <message>
        <source>Choose the folder of notes</source>
        <translation>Elija la carpeta de notas</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que quiere importar</translation>
    </message>
    <message>
        <source>Journal files (*.txt *.json *.zip);;All files (*)</source>
        <translation>Archivos de diario (*.txt *.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reflect could not tell what kind of journal this is: choose its kind.</source>
        <translation>Reflect no pudo saber qué tipo de diario es: elija su tipo.</translation>
    </message>
    <message>
        <source>This looks like a {kind}. Choose another kind if it is not.</source>
        <translation>Esto parece {kind}. Elija otro tipo si no lo es.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>jrnl journal</source>
        <translation>un diario de jrnl</translation>
    </message>
    <message>
        <source>Day One export</source>
        <translation>una exportación de Day One</translation>
    </message>
    <message>
        <source>folder of Markdown notes</source>
        <translation>una carpeta de notas en Markdown</translation>
    </message>
    <message>
        <source>Reflect export</source>
        <translation>una exportación de Reflect</translation>
    </message>
    <message>
        <source>&amp;jrnl: its journal file, or its JSON export</source>
        <translation>&amp;jrnl: su archivo de diario, o su exportación JSON</translation>
    </message>
    <message>
        <source>&amp;Day One: an export (.zip or .json)</source>
        <translation>&amp;Day One: una exportación (.zip o .json)</translation>
    </message>
    <message>
        <source>A folder of &amp;Markdown notes</source>
        <translation>Una carpeta de notas en &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Reflect: a JSON export from Reflect</source>
        <translation>&amp;Reflect: una exportación JSON de Reflect</translation>
    </message>
    <message>
        <source>Photos left out (Reflect imports the text)</source>
        <translation>Fotos que quedan fuera (Reflect importa el texto)</translation>
    </message>
    <message>
        <source>Photos and other attachments left out (Reflect imports the text)</source>
        <translation>Fotos y otros adjuntos que quedan fuera (Reflect importa el texto)</translation>
    </message>
    <message>
        <source>Parts left out (Reflect imports the text)</source>
        <translation>Partes que quedan fuera (Reflect importa el texto)</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}, entrada {entry}</translation>
    </message>
    <message>
        <source>{where}: {sentence}</source>
        <translation>{where}: {sentence}</translation>
    </message>
    <message>
        <source>Nothing was added: your journal already has everything in it.</source>
        <translation>No se agregó nada: su diario ya lo tiene todo.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n reflection(s) to your journal.</source>
        <translation>
            <numerusform>Se agregó %n reflexión a su diario.</numerusform>
            <numerusform>Se agregaron %n reflexiones a su diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments added with them: %n.</source>
        <translation>
            <numerusform>Comentarios agregados con ellas: %n.</numerusform>
            <numerusform>Comentarios agregados con ellas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New comments on reflections already here: %n.</source>
        <translation>
            <numerusform>Comentarios nuevos en reflexiones que ya estaban aquí: %n.</numerusform>
            <numerusform>Comentarios nuevos en reflexiones que ya estaban aquí: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supervision sessions added: %n.</source>
        <translation>
            <numerusform>Sesiones de supervisión agregadas: %n.</numerusform>
            <numerusform>Sesiones de supervisión agregadas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins added: %n.</source>
        <translation>
            <numerusform>Chequeos agregados: %n.</numerusform>
            <numerusform>Chequeos agregados: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) were already here, and were left as they were.</source>
        <translation>
            <numerusform>%n reflexión ya estaba aquí, y se dejó como estaba.</numerusform>
            <numerusform>%n reflexiones ya estaban aquí, y se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup was taken first.</source>
        <translation>Antes se hizo una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Packets for you</source>
        <translation>Paquetes para usted</translation>
    </message>
    <message>
        <source>A packet holds reflections shared with you, or comments on yours. Open one you were given, or import those waiting in your exchange folder. Importing only adds: it never changes or removes what you wrote.</source>
        <translation>Un paquete contiene reflexiones que le compartieron, o comentarios sobre las suyas. Abra uno que le hayan dado, o importe los que esperan en su carpeta de intercambio. Importar solo agrega: nunca cambia ni quita lo que usted escribió.</translation>
    </message>
    <message>
        <source>Open a packet file…</source>
        <translation>Abrir un archivo de paquete…</translation>
    </message>
    <message>
        <source>Open a packet file</source>
        <translation>Abrir un archivo de paquete</translation>
    </message>
    <message>
        <source>In your exchange folder</source>
        <translation>En su carpeta de intercambio</translation>
    </message>
    <message>
        <source>Packets waiting in your exchange folder</source>
        <translation>Paquetes que esperan en su carpeta de intercambio</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar otra vez</translation>
    </message>
    <message>
        <source>Look in the exchange folder again</source>
        <translation>Buscar otra vez en la carpeta de intercambio</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Importar todos</translation>
    </message>
    <message>
        <source>Import every waiting packet</source>
        <translation>Importar todos los paquetes en espera</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Dismiss the chosen packet that was not imported</source>
        <translation>Quitar de la lista el paquete elegido que no se importó</translation>
    </message>
    <message>
        <source>No exchange folder is chosen. You can choose one in Settings.</source>
        <translation>No hay ninguna carpeta de intercambio elegida. Puede elegir una en Configuración.</translation>
    </message>
    <message>
        <source>Looking in {folder}</source>
        <translation>Buscando en {folder}</translation>
    </message>
    <message>
        <source>Looking for packets…</source>
        <translation>Buscando paquetes…</translation>
    </message>
    <message>
        <source>Cannot be imported: {file}</source>
        <translation>No se puede importar: {file}</translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation>Reflexiones compartidas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>{what} from {name}</source>
        <translation>{what} de {name}</translation>
    </message>
    <message>
        <source>Waiting: {packet}</source>
        <translation>En espera: {packet}</translation>
    </message>
    <message>
        <source>Choose Import all, or press Enter on it to import only this one.</source>
        <translation>Elija «Importar todos», o presione Enter sobre este para importar solo este.</translation>
    </message>
    <message>
        <source>Not imported: {file}</source>
        <translation>No se importó: {file}</translation>
    </message>
    <message>
        <source>{reason} Dismiss takes it off this list.</source>
        <translation>{reason} «Quitar de la lista» lo saca de aquí.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nada nuevo.</translation>
    </message>
    <message>
        <source>Packets come from your supervisor, or from the people you supervise, when they share with you. They appear here from your exchange folder; a packet given to you as a file opens with “Open a packet file”.</source>
        <translation>Los paquetes llegan de su supervisor o supervisora, o de las personas que usted supervisa, cuando comparten algo con usted. Aparecen aquí desde su carpeta de intercambio; si le dieron un paquete como archivo, ábralo con “Abrir un archivo de paquete”.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation>No se importó nada nuevo.</translation>
    </message>
    <message>
        <source>You had already imported this packet. Nothing changed.</source>
        <translation>Usted ya había importado este paquete. Nada cambió.</translation>
    </message>
    <message>
        <source>Nothing new from {name}: you already have everything in this packet.</source>
        <translation>Nada nuevo de {name}: ya tiene todo lo que hay en este paquete.</translation>
    </message>
    <message numerus="yes">
        <source>Under “Shared with me”: %n reflection(s) from {name}.</source>
        <translation>
            <numerusform>En “Compartidas conmigo”: %n reflexión de {name}.</numerusform>
            <numerusform>En “Compartidas conmigo”: %n reflexiones de {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) from {name}, beside your reflections in the Journal.</source>
        <translation>
            <numerusform>%n comentario nuevo de {name}, junto a sus reflexiones en el Diario.</numerusform>
            <numerusform>%n comentarios nuevos de {name}, junto a sus reflexiones en el Diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a reflection on the left, or choose New reflection to write about a visit.</source>
        <translation>Elija una reflexión a la izquierda, o elija “Nueva reflexión” para escribir sobre una visita.</translation>
    </message>
    <message>
        <source>Quick check-in: it saves itself as you answer.</source>
        <translation>Chequeo rápido: se guarda solo mientras usted responde.</translation>
    </message>
    <message>
        <source>New reflection: it saves itself as you write.</source>
        <translation>Nueva reflexión: se guarda sola mientras usted escribe.</translation>
    </message>
    <message>
        <source>Please add a family code before marking this complete: a short code, never a name and no initials.</source>
        <translation>Agregue un código de la familia antes de marcarla como completa: un código corto, nunca un nombre ni iniciales.</translation>
    </message>
    <message>
        <source>Marked complete and saved.</source>
        <translation>Marcada como completa y guardada.</translation>
    </message>
    <message>
        <source>Marked as a draft again and saved.</source>
        <translation>Marcada otra vez como borrador y guardada.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As my computer speaks ({language})</source>
        <translation>Como mi computadora ({language})</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Cuando cambia el idioma</translation>
    </message>
    <message>
        <source>&amp;Restart Reflect now</source>
        <translation>&amp;Reiniciar Reflect ahora</translation>
    </message>
    <message>
        <source>Restart Reflect now</source>
        <translation>Reiniciar Reflect ahora</translation>
    </message>
    <message>
        <source>Saves what you are writing and opens it again after you unlock.</source>
        <translation>Guarda lo que está escribiendo y lo vuelve a abrir cuando usted desbloquee.</translation>
    </message>
    <message>
        <source>Spelling is checked as you type, in English and Spanish. Right-click a word underlined in red for suggestions, or to add it to your words (they are kept in your encrypted journal).</source>
        <translation>La ortografía se revisa mientras escribe, en inglés y en español. Haga clic derecho en una palabra subrayada en rojo para ver sugerencias o para agregarla a sus palabras (se guardan en su diario cifrado).</translation>
    </message>
    <message>
        <source>Spell checking is off on this computer: its word lists are missing. Everything else works as usual.</source>
        <translation>La revisión de ortografía está apagada en esta computadora: faltan sus listas de palabras. Todo lo demás funciona como siempre.</translation>
    </message>
    <message>
        <source>Reflect will speak {language} the next time it starts, or now if you restart it. What you are writing is saved as you type, and opens again in place.</source>
        <translation>Reflect hablará {language} la próxima vez que se abra, o ahora si lo reinicia. Lo que está escribiendo se guarda mientras escribe y se vuelve a abrir donde lo dejó.</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <source>Filter by family code</source>
        <translation>Filtrar por código de la familia</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Todas las familias</translation>
    </message>
    <message>
        <source>Filter by theme or card</source>
        <translation>Filtrar por tema o tarjeta</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completas</translation>
    </message>
    <message>
        <source>Filter by sharing</source>
        <translation>Filtrar según si se compartieron</translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation>Compartidas o no</translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation>Para llevar a supervisión</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartidas</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartidas</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>All themes and cards</source>
        <translation>Todos los temas y tarjetas</translation>
    </message>
    <message>
        <source>Theme: {title}</source>
        <translation>Tema: {title}</translation>
    </message>
    <message>
        <source>Card: {title}</source>
        <translation>Tarjeta: {title}</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>New reflection</source>
        <translation>Nueva reflexión</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>Chequeo rápido</translation>
    </message>
    <message>
        <source>Write about a visit ({keys})</source>
        <translation>Escribir sobre una visita ({keys})</translation>
    </message>
    <message>
        <source>A minute with yourself: energy, heaviness, one word ({keys})</source>
        <translation>Un minuto para usted: energía, peso del trabajo, una palabra ({keys})</translation>
    </message>
    <message>
        <source>Search your reflections ({keys})</source>
        <translation>Buscar en sus reflexiones ({keys})</translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation>Buscar reflexiones</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar u ocultar los filtros</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filtros ({count})</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message numerus="yes">
        <source>%n matching reflection(s).</source>
        <translation>
            <numerusform>%n reflexión coincide.</numerusform>
            <numerusform>%n reflexiones coinciden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Nueva reflexión</translation>
    </message>
    <message>
        <source>Quick &amp;check-in</source>
        <translation>&amp;Chequeo rápido</translation>
    </message>
    <message>
        <source>Your &amp;own questions…</source>
        <translation>Sus &amp;propias preguntas…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>&amp;Export reflections…</source>
        <translation>E&amp;xportar reflexiones…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>&amp;Import from another journal…</source>
        <translation>Importar de &amp;otro diario…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Delete reflection…</source>
        <translation>&amp;Eliminar reflexión…</translation>
    </message>
    <message>
        <source>Next &amp;question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervisión</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>How I&apos;ve &amp;been</source>
        <translation>&amp;Cómo he estado</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Share with my supervisor</source>
        <translation>&amp;Compartir con mi supervisor o supervisora</translation>
    </message>
    <message>
        <source>&amp;Import a packet…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>Shared &amp;with me</source>
        <translation>Compartidas con&amp;migo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Log a supervision session…</source>
        <translation>&amp;Registrar una sesión de supervisión…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Card for this &amp;question</source>
        <translation>&amp;Tarjeta de esta pregunta</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Reflect</source>
        <translation>&amp;Acerca de Reflect</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>How I&apos;ve been</source>
        <translation>Cómo he estado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Todo está guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Your latest words could not be saved. Quit anyway and lose them?</source>
        <translation>Sus últimas palabras no se pudieron guardar. ¿Salir de todos modos y perderlas?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Whatever you typed is still on screen. If it happens again, close and reopen Reflect. A short note about the problem, with nothing from your journal in it, was saved in {folder}.</source>
        <translation>Algo inesperado salió mal. Todo lo que escribió sigue en la pantalla. Si vuelve a pasar, cierre Reflect y ábralo de nuevo. Se guardó una nota breve sobre el problema, sin nada de su diario, en {folder}.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <source>← Your reflections</source>
        <translation>← Sus reflexiones</translation>
    </message>
    <message>
        <source>Back to the list of reflections</source>
        <translation>Volver a la lista de reflexiones</translation>
    </message>
    <message>
        <source>The list of reflections; this one stays open</source>
        <translation>La lista de reflexiones; esta sigue abierta</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock Reflect</source>
        <translation>Bloquear Reflect</translation>
    </message>
    <message>
        <source>Lock Reflect ({keys})</source>
        <translation>Bloquear Reflect ({keys})</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
</context>
<context>
    <name>NeedBox</name>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> hora</numerusform>
            <numerusform> horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeverWriteBox</name>
    <message>
        <source>One name or &amp;word on each line</source>
        <translation>Un nombre o &amp;palabra en cada línea</translation>
    </message>
    <message>
        <source>Words never to share, one on each line</source>
        <translation>Palabras que nunca se comparten, una en cada línea</translation>
    </message>
    <message>
        <source>For example a first name, a street, a workplace</source>
        <translation>Por ejemplo, un nombre de pila, una calle, un lugar de trabajo</translation>
    </message>
    <message>
        <source>Words never to share: save status</source>
        <translation>Palabras que nunca se comparten: estado del guardado</translation>
    </message>
</context>
<context>
    <name>NewCommentsNote</name>
    <message>
        <source>Show me</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Go to the first new comment</source>
        <translation>Ir al primer comentario nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) from supervision.</source>
        <translation>
            <numerusform>%n comentario nuevo de la supervisión.</numerusform>
            <numerusform>%n comentarios nuevos de la supervisión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnQuestionsDialog</name>
    <message>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Name of your set of questions</source>
        <translation>Nombre de su conjunto de preguntas</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Partir de</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Space: ask it or not · F2: change its words · {up}, {down}: move it. Reflect is a journal for your reflective practice, not a case record: ask what helps you reflect.</source>
        <translation>Espacio: hacerla o no · F2: cambiar sus palabras · {up}, {down}: moverla. Reflect es un diario para su práctica reflexiva, no un expediente del caso: haga las preguntas que le ayuden a reflexionar.</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Agregar una pregunta</translation>
    </message>
    <message>
        <source>&amp;Offer this set for new reflections</source>
        <translation>&amp;Ofrecer este conjunto para reflexiones nuevas</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Lo que hay que cambiar</translation>
    </message>
    <message>
        <source>{title} (my own)</source>
        <translation>{title} (mi versión)</translation>
    </message>
    <message>
        <source>Your changes are saved to this set of your own.</source>
        <translation>Sus cambios se guardan en este conjunto suyo.</translation>
    </message>
    <message>
        <source>Reflect&apos;s own set stays as it is: you are making a copy to change.</source>
        <translation>El conjunto de Reflect se queda como está: usted está haciendo una copia para cambiarla.</translation>
    </message>
    <message>
        <source>Give your set of questions a name, so you can find it.</source>
        <translation>Dele un nombre a su conjunto de preguntas, para poder encontrarlo.</translation>
    </message>
    <message>
        <source>Tick at least one question to ask (with Space).</source>
        <translation>Marque al menos una pregunta para hacer (con la barra espaciadora).</translation>
    </message>
</context>
<context>
    <name>PacketFiles</name>
    <message>
        <source>Reflect packet (*%1)</source>
        <translation>Paquete de Reflect (*%1)</translation>
    </message>
    <message>
        <source>Open a packet</source>
        <translation>Abrir un paquete</translation>
    </message>
</context>
<context>
    <name>PacketScan</name>
    <message>
        <source>The exchange folder could not be looked through. Try again in a moment.</source>
        <translation>No se pudo revisar la carpeta de intercambio. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>PageCounts</name>
    <message numerus="yes">
        <source>%n reflection(s) with new comments</source>
        <translation>
            <numerusform>%n reflexión con comentarios nuevos</numerusform>
            <numerusform>%n reflexiones con comentarios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) waiting</source>
        <translation>
            <numerusform>%n paquete esperando</numerusform>
            <numerusform>%n paquetes esperando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Escriba otra vez la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbala otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation>Si las frases de contraseña coinciden</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>&amp;Mostrar las frases de contraseña</translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation>Mostrar las frases de contraseña</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Elija una nueva frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>The new passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La nueva frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La nueva frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please type the new passphrase a second time.</source>
        <translation>Escriba la nueva frase de contraseña una segunda vez.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña son diferentes.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A short sentence you will remember works well.</source>
        <translation>
            <numerusform>Al menos %n carácter. Una oración corta que usted recuerde funciona bien.</numerusform>
            <numerusform>Al menos %n caracteres. Una oración corta que usted recuerde funciona bien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short — at least %n character(s).</source>
        <translation>
            <numerusform>Demasiado corta — al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta — al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Easy to guess — a short sentence of a few words is much stronger.</source>
        <translation>Fácil de adivinar — una oración corta de unas cuantas palabras es mucho más fuerte.</translation>
    </message>
    <message>
        <source>OK — longer is stronger: try a short sentence.</source>
        <translation>Aceptable — más larga es más fuerte: pruebe con una oración corta.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Your exchange key</source>
        <translation>Su clave de intercambio</translation>
    </message>
    <message>
        <source>Give this line to your supervisor, or to the people you supervise. Before your first exchange, read your fingerprints to each other, in person or by phone: if they match, packets can only come from each other.</source>
        <translation>Dé esta línea a su supervisor o supervisora, o a las personas que usted supervisa. Antes de su primer intercambio, léanse sus huellas digitales, en persona o por teléfono: si coinciden, los paquetes solo pueden venir de ustedes dos.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Su huella digital</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Su huella digital:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy your exchange key</source>
        <translation>Copiar su clave de intercambio</translation>
    </message>
    <message>
        <source>Save as a contact file…</source>
        <translation>Guardar como archivo de contacto…</translation>
    </message>
    <message>
        <source>Save your key as a contact file</source>
        <translation>Guardar su clave como archivo de contacto</translation>
    </message>
    <message>
        <source>People you exchange with</source>
        <translation>Personas con quienes intercambia</translation>
    </message>
    <message>
        <source>No one here yet</source>
        <translation>Todavía no hay nadie aquí</translation>
    </message>
    <message>
        <source>To add your supervisor, ask them for their exchange key: they find it here, under Supervision, People. Type their name below, paste their key (or open the contact file they gave you), and choose Add. Then give them your key from above, so they can add you too.</source>
        <translation>Para agregar a su supervisor o supervisora, pídale su clave de intercambio: la encuentra aquí mismo, en Supervisión, Personas. Escriba su nombre abajo, pegue su clave (o abra el archivo de contacto que le dio) y elija Agregar. Luego dele su propia clave, la de arriba, para que también pueda agregarle a usted.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparada</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>We compared fingerprints</source>
        <translation>Comparamos las huellas digitales</translation>
    </message>
    <message>
        <source>Record that you compared fingerprints with this person</source>
        <translation>Anotar que usted comparó las huellas digitales con esta persona</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Quitar a esta persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Agregar a una persona</translation>
    </message>
    <message>
        <source>Their name, as you want to see it</source>
        <translation>El nombre de la persona, como usted quiere verlo</translation>
    </message>
    <message>
        <source>Name of the person to add</source>
        <translation>Nombre de la persona que va a agregar</translation>
    </message>
    <message>
        <source>My supervisor</source>
        <translation>Mi supervisor o supervisora</translation>
    </message>
    <message>
        <source>Someone I supervise</source>
        <translation>Alguien a quien superviso</translation>
    </message>
    <message>
        <source>This person is my supervisor</source>
        <translation>Esta persona es mi supervisor o supervisora</translation>
    </message>
    <message>
        <source>This person is someone I supervise</source>
        <translation>Esta persona es alguien a quien superviso</translation>
    </message>
    <message>
        <source>Paste their exchange key here (reflect-contact:…)</source>
        <translation>Pegue aquí la clave de intercambio de la persona (reflect-contact:…)</translation>
    </message>
    <message>
        <source>Their exchange key</source>
        <translation>La clave de intercambio de la persona</translation>
    </message>
    <message>
        <source>Open a contact file…</source>
        <translation>Abrir un archivo de contacto…</translation>
    </message>
    <message>
        <source>Open a contact file</source>
        <translation>Abrir un archivo de contacto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Agregar a esta persona</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor o supervisora</translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation>Persona supervisada</translation>
    </message>
    <message>
        <source>Your exchange key is copied. Paste it into a message.</source>
        <translation>Su clave de intercambio está copiada. Péguela en un mensaje.</translation>
    </message>
    <message>
        <source>Save your contact file</source>
        <translation>Guarde su archivo de contacto</translation>
    </message>
    <message>
        <source>my-exchange-key</source>
        <translation>mi-clave-de-intercambio</translation>
    </message>
    <message>
        <source>Reflect contact (*%1)</source>
        <translation>Contacto de Reflect (*%1)</translation>
    </message>
    <message>
        <source>Saved. Give this file to the other person.</source>
        <translation>Guardado. Dé este archivo a la otra persona.</translation>
    </message>
    <message>
        <source>Added {name}. Before your first exchange, check that {name} sees this fingerprint for you: {mine}. Theirs should read: {theirs}.</source>
        <translation>Se agregó a {name}. Antes de su primer intercambio, revise que {name} vea esta huella digital para usted: {mine}. La de {name} debe ser: {theirs}.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing {name} (a backup comes first)…</source>
        <translation>Quitando a {name} (primero se hace una copia de seguridad)…</translation>
    </message>
    <message>
        <source>{name} is removed. A backup from just before is under Settings, Backups.</source>
        <translation>Se quitó a {name}. Hay una copia de seguridad de justo antes en Configuración, Copias de seguridad.</translation>
    </message>
    <message>
        <source>Mark as not compared</source>
        <translation>Marcar como no comparada</translation>
    </message>
</context>
<context>
    <name>PlainFile</name>
    <message>
        <source>This file is not encrypted: it goes to {path}, where anyone who can open that folder can read it.</source>
        <translation>Este archivo no está cifrado: se guardará en {path}, y cualquier persona que pueda abrir esa carpeta podrá leerlo.</translation>
    </message>
    <message>
        <source>These files are not encrypted: they go to the new folder {path}, where anyone who can open that folder can read them.</source>
        <translation>Estos archivos no están cifrados: se guardarán en la carpeta nueva {path}, y cualquier persona que pueda abrir esa carpeta podrá leerlos.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Guardarlo</translation>
    </message>
</context>
<context>
    <name>PortableScreens</name>
    <message>
        <source>&amp;Export the selected reflections…</source>
        <translation>&amp;Exportar las reflexiones seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Print the selected reflections…</source>
        <translation>&amp;Imprimir las reflexiones seleccionadas…</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Export a portfolio</source>
        <translation>Exportar un portafolio</translation>
    </message>
    <message>
        <source>Supervision hours by month and provider, training hours by category, and the list of trainings. Notes are never included.</source>
        <translation>Las horas de supervisión por mes y por quien supervisó, las horas de capacitación por tema y la lista de capacitaciones. Las notas nunca se incluyen.</translation>
    </message>
    <message>
        <source>First day of the portfolio</source>
        <translation>Primer día del portafolio</translation>
    </message>
    <message>
        <source>Last day of the portfolio</source>
        <translation>Último día del portafolio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>P&amp;DF, to read and print</source>
        <translation>&amp;PDF, para leer e imprimir</translation>
    </message>
    <message>
        <source>&amp;CSV, for a spreadsheet</source>
        <translation>&amp;CSV, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Include a few reflections</source>
        <translation>&amp;Incluir algunas reflexiones</translation>
    </message>
    <message>
        <source>Include a few reflections</source>
        <translation>Incluir algunas reflexiones</translation>
    </message>
    <message>
        <source>Only the ones you tick, at most {n}: their answers and themes, without the family code, notes or private answers. Each is checked for names and other details before the file is written.</source>
        <translation>Solo las que usted marque, {n} como máximo: sus respuestas y temas, sin el código de familia, las notas ni las respuestas privadas. Antes de guardar el archivo, se revisa cada una por si tiene nombres u otros datos que identifiquen a alguien.</translation>
    </message>
    <message>
        <source>Reflections to include</source>
        <translation>Reflexiones para incluir</translation>
    </message>
    <message>
        <source>Endorsement portfolio.pdf</source>
        <translation>Portafolio de Endorsement.pdf</translation>
    </message>
    <message>
        <source>Where the file goes</source>
        <translation>Dónde se guarda el archivo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose where the file goes</source>
        <translation>Elegir dónde se guarda el archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Exportar el portafolio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without exporting</source>
        <translation>Cancelar sin exportar</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Guardar c&amp;omo</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the portfolio as</source>
        <translation>Guardar el portafolio como</translation>
    </message>
    <message>
        <source>The first day is after the last. Choose the dates again.</source>
        <translation>El primer día es posterior al último. Vuelva a elegir las fechas.</translation>
    </message>
    <message>
        <source>Choose where the file goes, then export again.</source>
        <translation>Elija dónde se guarda el archivo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>No reflection is ticked. Tick the ones to include, or untick Include a few reflections.</source>
        <translation>No hay ninguna reflexión marcada. Marque las que quiere incluir, o desmarque “Incluir algunas reflexiones”.</translation>
    </message>
</context>
<context>
    <name>PortfolioExport</name>
    <message>
        <source>The file could not be written there. Choose another folder, or check that there is space on the disk.</source>
        <translation>No se pudo guardar el archivo allí. Elija otra carpeta, o revise que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>Saved {name}, with the reflections you chose. It is not encrypted.</source>
        <translation>Se guardó {name}, con las reflexiones que usted eligió. No está cifrado.</translation>
    </message>
    <message>
        <source>Saved {name}. It holds no notes and no reflections.</source>
        <translation>Se guardó {name}. No contiene notas ni reflexiones.</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Endorsement portfolio</source>
        <translation>Portafolio de Endorsement</translation>
    </message>
    <message numerus="yes">
        <source>It holds hours, providers and trainings, and %n reflection(s) chosen to include, without family codes, notes or private answers.</source>
        <translation>
            <numerusform>Contiene horas, quién supervisó y capacitaciones, y %n reflexión elegida para incluir, sin códigos de familia, notas ni respuestas privadas.</numerusform>
            <numerusform>Contiene horas, quién supervisó y capacitaciones, y %n reflexiones elegidas para incluir, sin códigos de familia, notas ni respuestas privadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds hours, providers and trainings: no notes and no reflections.</source>
        <translation>Contiene horas, quién supervisó y capacitaciones: ninguna nota y ninguna reflexión.</translation>
    </message>
    <message>
        <source>From {first} to {last}. Made with Reflect on {date}.</source>
        <translation>Del {first} al {last}. Hecho con Reflect el {date}.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Reflective supervision by month and provider</source>
        <translation>Supervisión reflexiva por mes y por quien supervisó</translation>
    </message>
    <message>
        <source>Training by category</source>
        <translation>Capacitación por tema</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflective supervision ({sessions})</source>
        <translation>Supervisión reflexiva ({sessions})</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Of the training, on diversity, equity and inclusion</source>
        <translation>De la capacitación, sobre diversidad, equidad e inclusión</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quién supervisó</translation>
    </message>
    <message>
        <source>Provider category</source>
        <translation>Categoría de quien supervisó</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>No trainings in this period.</source>
        <translation>No hay capacitaciones en este período.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation>Temas: {themes}</translation>
    </message>
</context>
<context>
    <name>PrivateAnswersQuestion</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message numerus="yes">
        <source>Print %n reflection(s).</source>
        <translation>
            <numerusform>Imprimir %n reflexión.</numerusform>
            <numerusform>Imprimir %n reflexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;private answers</source>
        <translation>Incluir las respuestas &amp;privadas</translation>
    </message>
    <message>
        <source>Include private answers</source>
        <translation>Incluir las respuestas privadas</translation>
    </message>
    <message>
        <source>Private answers are left out unless you tick this.</source>
        <translation>Las respuestas privadas quedan fuera, a menos que usted marque esta casilla.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation>Elegir una impresora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without printing</source>
        <translation>Cancelar sin imprimir</translation>
    </message>
</context>
<context>
    <name>PrivateMark</name>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Left out when you bring this reflection to supervision.</source>
        <translation>Se deja fuera cuando lleva esta reflexión a supervisión.</translation>
    </message>
    <message>
        <source>Private answer</source>
        <translation>Respuesta privada</translation>
    </message>
</context>
<context>
    <name>ProgressNote</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export or import</source>
        <translation>Cancelar la exportación o la importación</translation>
    </message>
    <message>
        <source>Backing up your journal…</source>
        <translation>Haciendo una copia de seguridad de su diario…</translation>
    </message>
    <message>
        <source>Checking your journal…</source>
        <translation>Revisando su diario…</translation>
    </message>
    <message>
        <source>Deleting (a backup comes first)…</source>
        <translation>Eliminando (primero se hace una copia de seguridad)…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Making your new recovery key (a backup comes first)…</source>
        <translation>Creando su nueva clave de recuperación (primero se hace una copia de seguridad)…</translation>
    </message>
</context>
<context>
    <name>PromptWidget</name>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Private (F2): leave out if I bring this to supervision</source>
        <translation>Privada (F2): dejarla fuera si llevo esto a supervisión</translation>
    </message>
    <message>
        <source>Keep this answer private</source>
        <translation>Mantener privada esta respuesta</translation>
    </message>
    <message>
        <source>A private answer stays on this computer, even when you share the reflection.</source>
        <translation>Una respuesta privada se queda en esta computadora, aunque usted comparta la reflexión.</translation>
    </message>
    <message>
        <source>Read more (F1):</source>
        <translation>Leer más (F1):</translation>
    </message>
    <message>
        <source>Open the card {title}</source>
        <translation>Abrir la tarjeta {title}</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>0 = {low}, 10 = {high}</source>
        <translation>0 = {low}, 10 = {high}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>Archivo %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>Folder &amp;name:</source>
        <translation>&amp;Nombre de carpeta:</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Abrir con su clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you created your journal (spaces, dashes and small letters are fine), then choose a new passphrase.</source>
        <translation>Escriba la clave de recuperación que imprimió o guardó cuando creó su diario (no importan los espacios, los guiones ni las minúsculas), y luego elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>for example 7QX2-…</source>
        <translation>por ejemplo 7QX2-…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Volver a la frase de contraseña</translation>
    </message>
    <message>
        <source>Open and set new passphrase</source>
        <translation>Abrir y guardar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Escriba su clave de recuperación.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Opened with your recovery key. Your new passphrase is set.</source>
        <translation>Se abrió con su clave de recuperación. Su nueva frase de contraseña ya está lista.</translation>
    </message>
    <message>
        <source>The old key file was damaged or belonged to another journal; it is kept aside as {name}.</source>
        <translation>El archivo de clave anterior estaba dañado o era de otro diario; se guardó aparte como {name}.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Guardar su clave de recuperación</translation>
    </message>
    <message>
        <source>Reflect recovery key.pdf</source>
        <translation>Clave de recuperación de Reflect.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way to open your journal. Reflect does not keep a copy and cannot show it again without your passphrase. Print it, or save it as a PDF on a USB stick, and keep it somewhere safe away from this computer.</source>
        <translation>Si alguna vez olvida su frase de contraseña, esta clave es la única forma de abrir su diario. Reflect no guarda una copia y no puede mostrarla otra vez sin su frase de contraseña. Imprímala, o guárdela como PDF en una memoria USB, y téngala en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>I have stored my recovery key safely</source>
        <translation>Guardé mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Continue to my journal</source>
        <translation>Continuar a mi diario</translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation>Clave de recuperación de Reflect</translation>
    </message>
    <message>
        <source>This key opens your Reflect journal if you forget your passphrase. Keep it somewhere safe, away from the computer.</source>
        <translation>Esta clave abre su diario de Reflect si olvida su frase de contraseña. Guárdela en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere safe, not on this computer.</source>
        <translation>Guardado. Guarde ese archivo en un lugar seguro, no en esta computadora.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Anything else you want to remember</source>
        <translation>Cualquier otra cosa que quiera recordar</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como completa</translation>
    </message>
    <message>
        <source>Mark this reflection complete</source>
        <translation>Marcar esta reflexión como completa</translation>
    </message>
    <message>
        <source>{keys}. A complete reflection can still be added to.</source>
        <translation>{keys}. A una reflexión completa todavía se le puede agregar algo.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Mark as draft again</source>
        <translation>Volver a marcar como borrador</translation>
    </message>
</context>
<context>
    <name>ReflectionGroup</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>ReflectionHtml</name>
    <message>
        <source>Home visit</source>
        <translation>Visita al hogar</translation>
    </message>
    <message>
        <source>Virtual visit</source>
        <translation>Visita virtual</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>todavía sin enviar</translation>
    </message>
    <message numerus="yes">
        <source> · %n minute(s)</source>
        <translation>
            <numerusform> · %n minuto</numerusform>
            <numerusform> · %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Comment on this answer</source>
        <translation>Comentar esta respuesta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message numerus="yes">
        <source>Not shared: %n private answer(s), kept on this computer.</source>
        <translation>
            <numerusform>No se comparte: %n respuesta privada, guardada en esta computadora.</numerusform>
            <numerusform>No se comparten: %n respuestas privadas, guardadas en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the whole reflection</source>
        <translation>Sobre toda la reflexión</translation>
    </message>
</context>
<context>
    <name>ReflectionPrinting</name>
    <message>
        <source>Open or select a reflection first, then print it.</source>
        <translation>Primero abra o seleccione una reflexión, y después imprímala.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reflection(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n reflexión a la impresora.</numerusform>
            <numerusform>Se enviaron %n reflexiones a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionRow</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation>Para llevar a supervisión</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Para supervisión</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n comentario nuevo</numerusform>
            <numerusform>%n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation>todavía sin código</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(todavía no hay nada escrito)</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar a {name}?</translation>
    </message>
    <message numerus="yes">
        <source> (%n not sent yet)</source>
        <translation>
            <numerusform> (%n todavía sin enviar)</numerusform>
            <numerusform> (%n todavía sin enviar)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, from People</source>
        <translation>{name}, de la lista de Personas</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) {name} shared with you</source>
        <translation>
            <numerusform>%n reflexión que {name} le compartió</numerusform>
            <numerusform>%n reflexiones que {name} le compartió</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) of yours, sent or not</source>
        <translation>
            <numerusform>%n comentario suyo, enviado o no</numerusform>
            <numerusform>%n comentarios suyos, enviados o no</numerusform>
        </translation>
    </message>
    <message>
        <source>the hours you logged, and {name}&apos;s own journal, which this does not change</source>
        <translation>las horas que usted registró, y el propio diario de {name}, que esto no cambia</translation>
    </message>
    <message>
        <source>{name}, from People: you can no longer share with {name}</source>
        <translation>{name}, de la lista de Personas: ya no podrá compartir con {name}</translation>
    </message>
    <message numerus="yes">
        <source>the %n comment(s) {name} sent on your reflections, which are part of your journal; your reflections; the hours you logged; and {name}&apos;s own journal, which this does not change</source>
        <translation>
            <numerusform>el %n comentario que {name} envió sobre sus reflexiones, que es parte de su diario; sus reflexiones; las horas que usted registró; y el propio diario de {name}, que esto no cambia</numerusform>
            <numerusform>los %n comentarios que {name} envió sobre sus reflexiones, que son parte de su diario; sus reflexiones; las horas que usted registró; y el propio diario de {name}, que esto no cambia</numerusform>
        </translation>
    </message>
    <message>
        <source>your reflections, the hours you logged, and {name}&apos;s own journal, which this does not change</source>
        <translation>sus reflexiones, las horas que usted registró, y el propio diario de {name}, que esto no cambia</translation>
    </message>
    <message>
        <source>What goes: {goes}.

What stays: {stays}. A backup is taken first.

Packets from {name} will be refused until you add {name} again.</source>
        <translation>Lo que se va: {goes}.

Lo que se queda: {stays}. Primero se hace una copia de seguridad.

Los paquetes de {name} se rechazarán hasta que vuelva a agregar a {name}.</translation>
    </message>
    <message>
        <source>Delete this shared reflection?</source>
        <translation>¿Eliminar esta reflexión compartida?</translation>
    </message>
    <message>
        <source>your supervisee</source>
        <translation>la persona que usted supervisa</translation>
    </message>
    <message>
        <source>this shared copy of {name}&apos;s reflection of {day}</source>
        <translation>esta copia compartida de la reflexión de {name} del {day}</translation>
    </message>
    <message numerus="yes">
        <source>, and %n comment(s) of yours on it, sent or not</source>
        <translation>
            <numerusform>, y %n comentario suyo sobre ella, enviado o no</numerusform>
            <numerusform>, y %n comentarios suyos sobre ella, enviados o no</numerusform>
        </translation>
    </message>
    <message>
        <source>, and the comment you are writing</source>
        <translation>, y el comentario que está escribiendo</translation>
    </message>
    <message>
        <source>What goes: {goes}.

What stays: {name}&apos;s own journal, which this does not change, and the hours you logged. A backup is taken first. If {name} changes this reflection and shares it again, it comes back.</source>
        <translation>Lo que se va: {goes}.

Lo que se queda: el propio diario de {name}, que esto no cambia, y las horas que usted registró. Primero se hace una copia de seguridad. Si {name} cambia esta reflexión y la vuelve a compartir, regresará.</translation>
    </message>
</context>
<context>
    <name>RenewalProgressView</name>
    <message>
        <source>This renewal year</source>
        <translation>Este año de renovación</translation>
    </message>
    <message>
        <source>Asked for each year</source>
        <translation>Lo que se pide cada año</translation>
    </message>
    <message>
        <source>Reflective super&amp;vision</source>
        <translation>Super&amp;visión reflexiva</translation>
    </message>
    <message>
        <source>Reflective supervision</source>
        <translation>Supervisión reflexiva</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>Capacitació&amp;n</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Of the training, on diversit&amp;y, equity and inclusion</source>
        <translation>De la capacitación, sobre diversidad, e&amp;quidad e inclusión</translation>
    </message>
    <message>
        <source>Training on diversity, equity and inclusion</source>
        <translation>Capacitación sobre diversidad, equidad e inclusión</translation>
    </message>
    <message>
        <source>{need}: hours asked for each year</source>
        <translation>{need}: horas que se piden cada año</translation>
    </message>
    <message>
        <source>{need}: part of the hours logged</source>
        <translation>{need}: parte registrada de las horas</translation>
    </message>
    <message>
        <source>This is a way to keep track, not a ruling: your endorsing organisation decides which trainings and hours it accepts. Set the hours it asks for each year above.</source>
        <translation>Esto es una forma de llevar la cuenta, no una decisión oficial: la organización que otorga su Endorsement decide qué capacitaciones y horas acepta. Arriba puede poner las horas que le pide cada año.</translation>
    </message>
    <message>
        <source>{done} logged; none asked for.</source>
        <translation>{done} registradas; no se pide ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n hour(s) logged.</source>
        <translation>
            <numerusform>{done} de %n hora registradas.</numerusform>
            <numerusform>{done} de %n horas registradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All the hours asked for are logged.</source>
        <translation>Ya están registradas todas las horas que se piden.</translation>
    </message>
    <message>
        <source>{hours} to go.</source>
        <translation>Por completar: {hours}.</translation>
    </message>
    <message>
        <source>This renewal year runs from {first} to {last}.</source>
        <translation>Este año de renovación va del {first} al {last}.</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
</context>
<context>
    <name>RestoreFilePage</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Your journal comes back from the backup file you chose, into this computer. Type the passphrase you used on the day of that backup, or use your recovery key and choose a new passphrase.</source>
        <translation>Su diario vuelve a esta computadora desde el archivo de copia de seguridad que usted eligió. Escriba la frase de contraseña que usaba el día de esa copia, o use su clave de recuperación y elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Elegir otro arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Elegir otro archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>With my &amp;passphrase of that day</source>
        <translation>Con mi &amp;frase de contraseña de ese día</translation>
    </message>
    <message>
        <source>With my passphrase of that day</source>
        <translation>Con mi frase de contraseña de ese día</translation>
    </message>
    <message>
        <source>With my &amp;recovery key</source>
        <translation>Con mi &amp;clave de recuperación</translation>
    </message>
    <message>
        <source>With my recovery key</source>
        <translation>Con mi clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase of the day of the backup</source>
        <translation>Frase de contraseña del día de la copia de seguridad</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Clave de rec&amp;uperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>for example 7QX2-…</source>
        <translation>por ejemplo 7QX2-…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation>Volver a la página de bienvenida</translation>
    </message>
    <message>
        <source>Restore my journal</source>
        <translation>Restaurar mi diario</translation>
    </message>
    <message>
        <source>Choose a backup of your journal</source>
        <translation>Elija una copia de seguridad de su diario</translation>
    </message>
    <message>
        <source>Reflect backups (*.reflect-backup);;All files (*)</source>
        <translation>Copias de seguridad de Reflect (*.reflect-backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup file: {name}</source>
        <translation>Archivo de copia de seguridad: {name}</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Escriba su clave de recuperación.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
</context>
<context>
    <name>SavePlaces</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Archivo JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown file (*.md)</source>
        <translation>Archivo Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved — {reason}</source>
        <translation>Sin guardar — {reason}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado: {time}</translation>
    </message>
</context>
<context>
    <name>SelfCarePage</name>
    <message>
        <source>How I&apos;ve been</source>
        <translation>Cómo he estado</translation>
    </message>
    <message>
        <source>Only for you. What you see here is never shared with your supervisor and never exported with your reflections.</source>
        <translation>Solo para usted. Lo que ve aquí nunca se comparte con su supervisor o supervisora y nunca se exporta con sus reflexiones.</translation>
    </message>
    <message>
        <source>This view is private</source>
        <translation>Esta vista es privada</translation>
    </message>
    <message>
        <source>Show the &amp;last</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>How far back to show</source>
        <translation>Cuánto tiempo atrás mostrar</translation>
    </message>
    <message>
        <source>Your first check-in</source>
        <translation>Su primer chequeo</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>Chequeo rápido</translation>
    </message>
    <message>
        <source>Start a quick check-in</source>
        <translation>Empezar un chequeo rápido</translation>
    </message>
    <message>
        <source>A minute with yourself ({keys})</source>
        <translation>Un minuto para usted ({keys})</translation>
    </message>
    <message>
        <source>Heaviness and energy over time</source>
        <translation>Peso del trabajo y energía a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Summary of the chart</source>
        <translation>Resumen de la gráfica</translation>
    </message>
    <message>
        <source>Words you chose most often</source>
        <translation>Las palabras que más eligió</translation>
    </message>
    <message>
        <source>Heaviness: 0 light, 10 very heavy</source>
        <translation>Peso del trabajo: 0 ligero, 10 muy pesado</translation>
    </message>
    <message>
        <source>Energy: 0 empty, 10 full</source>
        <translation>Energía: 0 ninguna, 10 mucha</translation>
    </message>
    <message>
        <source>Nothing in this range</source>
        <translation>Nada en este período</translation>
    </message>
    <message>
        <source>Nothing from {range}. Choose {longest} above to see your earlier check-ins.</source>
        <translation>Nada en {range}. Elija “{longest}” arriba para ver sus chequeos rápidos anteriores.</translation>
    </message>
    <message>
        <source>This view fills as you check in. After a hard visit, or at the end of a day, take a minute for a quick check-in: how heavy the work feels, how much energy you have, one word. Over the weeks you will see here how you have been, for you alone.</source>
        <translation>Esta vista se llena a medida que usted hace chequeos rápidos. Después de una visita difícil, o al final del día, tómese un minuto para un chequeo rápido: qué tan pesado se le hace el trabajo, cuánta energía tiene, una palabra. Con las semanas, aquí verá cómo ha estado, solo para usted.</translation>
    </message>
</context>
<context>
    <name>SelfCareWords</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>el último %n mes</numerusform>
            <numerusform>los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>la última %n semana</numerusform>
            <numerusform>las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Over {range}, heaviness averaged {heaviness} and energy {energy}.</source>
        <translation>En {range}, el peso del trabajo promedió {heaviness} y la energía {energy}.</translation>
    </message>
    <message>
        <source>Over {range}, heaviness averaged {heaviness}.</source>
        <translation>En {range}, el peso del trabajo promedió {heaviness}.</translation>
    </message>
    <message>
        <source>Over {range}, energy averaged {energy}.</source>
        <translation>En {range}, la energía promedió {energy}.</translation>
    </message>
    <message>
        <source>Over {range}, no heaviness or energy was rated.</source>
        <translation>En {range}, no se calificó el peso del trabajo ni la energía.</translation>
    </message>
    <message numerus="yes">
        <source>Both are on a scale of 0 to 10; %n reflection(s) rated them.</source>
        <translation>
            <numerusform>Los dos van en una escala de 0 a 10; %n reflexión los calificó.</numerusform>
            <numerusform>Los dos van en una escala de 0 a 10; %n reflexiones los calificaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: a quick check-in asks for one word for how you are.</source>
        <translation>Todavía ninguna: un chequeo rápido le pide una palabra para decir cómo está.</translation>
    </message>
    <message>
        <source>{word} ({times})</source>
        <translation>{word} ({times})</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Edit a session</source>
        <translation>Editar una sesión</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>G&amp;rupal</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>En &amp;persona</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Por &amp;teléfono</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>Por &amp;video</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Provider: who gave the supervision</source>
        <translation>Quién supervisó: la persona que dio la supervisión</translation>
    </message>
    <message>
        <source>Who gave the supervision</source>
        <translation>Quién dio la supervisión</translation>
    </message>
    <message>
        <source>P&amp;rovider</source>
        <translation>&amp;Quién supervisó</translation>
    </message>
    <message>
        <source>The provider&apos;s endorsement category</source>
        <translation>La categoría de Endorsement de quien supervisó</translation>
    </message>
    <message>
        <source>Their endorsement category, if you know it</source>
        <translation>Su categoría de Endorsement, si la sabe</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;category</source>
        <translation>&amp;Categoría de quien supervisó</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>&amp;Other notes</source>
        <translation>&amp;Otras notas</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation>Reflexiones tratadas</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation>Editar la sesión elegida</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Eliminar la sesión elegida</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the hours log as CSV</source>
        <translation>Exportar el registro de horas como CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the hours log as PDF</source>
        <translation>Exportar el registro de horas como PDF</translation>
    </message>
    <message>
        <source>No sessions logged yet. After each supervision session, choose Log a session.</source>
        <translation>Todavía no hay sesiones registradas. Después de cada sesión de supervisión, elija “Registrar una sesión”.</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions logged, newest first</source>
        <translation>Sesiones registradas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quién supervisó</translation>
    </message>
    <message>
        <source>Provider category</source>
        <translation>Categoría de quien supervisó</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation>Reflexiones tratadas</translation>
    </message>
</context>
<context>
    <name>SettingsFlows</name>
    <message>
        <source>Backup taken.</source>
        <translation>Copia de seguridad hecha.</translation>
    </message>
    <message>
        <source>Backups will also be kept in {folder}.</source>
        <translation>También se guardarán copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <source>Your latest words could not be saved, so nothing was restored. Copy them somewhere safe, then try again.</source>
        <translation>Sus últimas palabras no se pudieron guardar, así que no se restauró nada. Cópielas en algún lugar seguro y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one next time.</source>
        <translation>Frase de contraseña cambiada. Use la nueva la próxima vez.</translation>
    </message>
    <message>
        <source>Your new recovery key is set; the old one no longer opens this journal. Backups from before still open with the old key.</source>
        <translation>Su nueva clave de recuperación está lista; la anterior ya no abre este diario. Las copias de seguridad de antes todavía se abren con la clave anterior.</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>Guardado en su diario.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>When Reflect locks, your journal is hidden until you type your passphrase. You can also lock it yourself at any time with {keys}.</source>
        <translation>Cuando Reflect se bloquea, su diario queda oculto hasta que escriba su frase de contraseña. También puede bloquearlo en cualquier momento con {keys}.</translation>
    </message>
    <message>
        <source>Minutes without use before Reflect locks</source>
        <translation>Minutos sin uso antes de que Reflect se bloquee</translation>
    </message>
    <message>
        <source>&amp;Lock Reflect after</source>
        <translation>&amp;Bloquear Reflect después de</translation>
    </message>
    <message>
        <source>Words never to share</source>
        <translation>Palabras que nunca se comparten</translation>
    </message>
    <message>
        <source>Real names, street names, a workplace: words that would identify a family if someone else read them. Reflect points them out quietly as you write and checks for them before anything is shared. The list stays inside your encrypted journal.</source>
        <translation>Nombres reales, nombres de calles, un lugar de trabajo: palabras que identificarían a una familia si otra persona las leyera. Reflect se las señala discretamente mientras usted escribe y las busca antes de compartir cualquier cosa. La lista se queda dentro de su diario cifrado.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase opens your journal. Changing it does not change your recovery key.</source>
        <translation>Su frase de contraseña abre su diario. Cambiarla no cambia su clave de recuperación.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña ac&amp;tual</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Cambiar la &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase change</source>
        <translation>Cambio de frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Your recovery key was shown once, when you created your journal. It opens your journal if you ever forget your passphrase. Keep the printed copy somewhere safe, away from this computer.</source>
        <translation>Su clave de recuperación se mostró una sola vez, cuando creó su diario. Abre su diario si alguna vez olvida su frase de contraseña. Guarde la copia impresa en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>To see it again, or to make a new one, type your &amp;passphrase</source>
        <translation>Para verla &amp;otra vez, o para crear una nueva, escriba su frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase, to see the recovery key</source>
        <translation>Su frase de contraseña, para ver la clave de recuperación</translation>
    </message>
    <message>
        <source>Show my recovery &amp;key…</source>
        <translation>Mostrar mi clave de rec&amp;uperación…</translation>
    </message>
    <message>
        <source>Show my recovery key</source>
        <translation>Mostrar mi clave de recuperación</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery key…</source>
        <translation>Crear una nueva c&amp;lave de recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your journal and its backups are kept in this folder.</source>
        <translation>Su diario y sus copias de seguridad se guardan en esta carpeta.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>minute(s) without use</source>
        <translation>
            <numerusform>minuto sin uso</numerusform>
            <numerusform>minutos sin uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Escriba su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: your old key will no longer open your journal. Backups taken before now were locked with the old key, so they still open with it (and with your passphrase of their day). Keep the old printed key too until those backups are gone, in about five weeks.</source>
        <translation>Una nueva clave de recuperación reemplaza la que tiene: su clave anterior ya no abrirá su diario. Las copias de seguridad hechas antes de ahora se cerraron con la clave anterior, así que todavía se abren con ella (y con su frase de contraseña de ese día). Guarde también la clave anterior impresa hasta que esas copias desaparezcan, en unas cinco semanas.</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
</context>
<context>
    <name>ShareTab</name>
    <message>
        <source>Bring to supervision</source>
        <translation>Llevar a supervisión</translation>
    </message>
    <message>
        <source>Reflections you marked “Bring to supervision” are listed here. The preview shows exactly what your supervisor will receive: private answers never leave this computer. Reflect is a journal for reflective practice, not a case record, so share what helps you reflect.</source>
        <translation>Aquí aparecen las reflexiones que usted marcó con “Llevar a supervisión”. La vista previa muestra exactamente lo que recibirá su supervisor o supervisora: las respuestas privadas nunca salen de esta computadora. Reflect es un diario de práctica reflexiva, no un expediente del caso, así que comparta lo que le ayude a reflexionar.</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Compartir con</translation>
    </message>
    <message>
        <source>Share &amp;with</source>
        <translation>Compartir c&amp;on</translation>
    </message>
    <message>
        <source>Reflections to share</source>
        <translation>Reflexiones para compartir</translation>
    </message>
    <message>
        <source>What your supervisor will receive</source>
        <translation>Lo que recibirá su supervisor o supervisora</translation>
    </message>
    <message>
        <source>Check and share…</source>
        <translation>Revisar y compartir…</translation>
    </message>
    <message>
        <source>Check and share the chosen reflections</source>
        <translation>Revisar y compartir las reflexiones elegidas</translation>
    </message>
    <message>
        <source>The check finds common identifiers (phone numbers, addresses, birth dates, ID numbers and your never-share words), but it cannot find everything: read what you share.</source>
        <translation>La revisión encuentra datos comunes que identifican a alguien (números de teléfono, direcciones, fechas de nacimiento, números de identificación y sus palabras que nunca se comparten), pero no puede encontrarlo todo: lea lo que comparte.</translation>
    </message>
    <message>
        <source>What the check can find</source>
        <translation>Lo que la revisión puede encontrar</translation>
    </message>
    <message>
        <source>Nothing is marked to share yet. In a reflection, tick “Bring to supervision”, then come back here.</source>
        <translation>Todavía no hay nada marcado para compartir. En una reflexión, marque “Llevar a supervisión” y luego vuelva aquí.</translation>
    </message>
    <message>
        <source>Add your supervisor under People first, by pasting their exchange key.</source>
        <translation>Primero agregue a su supervisor o supervisora en Personas, pegando su clave de intercambio.</translation>
    </message>
    <message>
        <source>You have not compared fingerprints with {name} yet. Do it once, in person or by phone, before you share (see People).</source>
        <translation>Todavía no ha comparado las huellas digitales con {name}. Hágalo una vez, en persona o por teléfono, antes de compartir (vea Personas).</translation>
    </message>
    <message>
        <source>Nothing chosen.</source>
        <translation>No eligió nada.</translation>
    </message>
    <message>
        <source>Save the packet for your supervisor</source>
        <translation>Guardar el paquete para su supervisor o supervisora</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n reflection(s) with {name}</source>
        <translation>
            <numerusform>Se compartió %n reflexión con {name}</numerusform>
            <numerusform>Se compartieron %n reflexiones con {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>: {file}. Give the file to {name}, or let your synced folder carry it. Only {name} can open it.</source>
        <translation>: {file}. Dé el archivo a {name}, o deje que su carpeta sincronizada lo lleve. Solo {name} puede abrirlo.</translation>
    </message>
</context>
<context>
    <name>SharedWithMeTab</name>
    <message>
        <source>Shared with me</source>
        <translation>Compartidas conmigo</translation>
    </message>
    <message>
        <source>Reflections your supervisees shared with you, by person. They are read-only. Comment on a whole reflection or on one answer, then send your reply.</source>
        <translation>Reflexiones que le compartieron las personas que usted supervisa, por persona. Son de solo lectura. Comente toda la reflexión o una de sus respuestas, y luego envíe su respuesta.</translation>
    </message>
    <message>
        <source>Shared reflections, by supervisee</source>
        <translation>Reflexiones compartidas, por persona supervisada</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>The shared reflection</source>
        <translation>La reflexión compartida</translation>
    </message>
    <message>
        <source>Comment on</source>
        <translation>Comentar sobre</translation>
    </message>
    <message>
        <source>Comment &amp;on</source>
        <translation>Comen&amp;tar sobre</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <source>A question, a noticing, something to wonder about…</source>
        <translation>Una pregunta, algo que notó, algo sobre lo cual preguntarse…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this shared reflection</source>
        <translation>Eliminar esta reflexión compartida</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Guardar comentario</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet</source>
        <translation>Todavía nadie ha compartido nada con usted</translation>
    </message>
    <message>
        <source>When someone you supervise shares reflections with you, their packet arrives under Inbox. Import it there, and their reflections appear here, ready for your comments.</source>
        <translation>Cuando alguien a quien usted supervisa comparte reflexiones con usted, su paquete llega a la Bandeja de entrada. Impórtelo allí, y sus reflexiones aparecerán aquí, listas para sus comentarios.</translation>
    </message>
    <message>
        <source>Send reply…</source>
        <translation>Enviar respuesta…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Someone not in People</source>
        <translation>Alguien que no está en Personas</translation>
    </message>
    <message>
        <source>The whole reflection</source>
        <translation>Toda la reflexión</translation>
    </message>
    <message>
        <source>Send reply to {name}…</source>
        <translation>Enviar respuesta a {name}…</translation>
    </message>
    <message>
        <source>Comment saved. It goes out with your next reply.</source>
        <translation>Comentario guardado. Se envía con su próxima respuesta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting (a backup comes first)…</source>
        <translation>Eliminando (primero se hace una copia de seguridad)…</translation>
    </message>
    <message>
        <source>The shared reflection is deleted. A backup from just before is under Settings, Backups.</source>
        <translation>La reflexión compartida se eliminó. Hay una copia de seguridad de justo antes en Configuración, Copias de seguridad.</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Guardar la respuesta</translation>
    </message>
    <message>
        <source>Reply for {name} saved: {file}. Give the file to {name}, or let your synced folder carry it.</source>
        <translation>Se guardó la respuesta para {name}: {file}. Dé el archivo a {name}, o deje que su carpeta sincronizada lo lleve.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keep the answer being written private, or not</source>
        <translation>Mantener privada, o no, la respuesta que está escribiendo</translation>
    </message>
    <message>
        <source>Mark the reflection complete</source>
        <translation>Marcar la reflexión como completa</translation>
    </message>
    <message>
        <source>Next answer, previous answer</source>
        <translation>Respuesta siguiente, respuesta anterior</translation>
    </message>
    <message>
        <source>From the search box to the reflections found</source>
        <translation>Del cuadro de búsqueda a las reflexiones encontradas</translation>
    </message>
    <message>
        <source>Clear the search, or go back to it</source>
        <translation>Borrar la búsqueda, o volver a ella</translation>
    </message>
    <message>
        <source>In Your own questions: move a question</source>
        <translation>En Sus propias preguntas: mover una pregunta</translation>
    </message>
</context>
<context>
    <name>StatusVoice</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
</context>
<context>
    <name>SummaryTiles</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>By provider, toward the goal</source>
        <translation>Por proveedor, para la meta</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions counted yet.</source>
        <translation>Todavía no hay sesiones contadas.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more provider(s)</source>
        <translation>
            <numerusform>y %n proveedor más</numerusform>
            <numerusform>y %n proveedores más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Sh&amp;are</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>Shared with &amp;me</source>
        <translation>Compartidas con&amp;migo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
</context>
<context>
    <name>SupervisionSection</name>
    <message>
        <source>From supervision</source>
        <translation>De la supervisión</translation>
    </message>
</context>
<context>
    <name>SyncedFolderPage</name>
    <message>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <source>Your journal is encrypted, so that copy cannot be read without your passphrase or your recovery key. Still, your agency may ask you to keep it off the cloud, and if two computers open the same copy, one can undo what the other wrote. Follow your agency&apos;s policy.</source>
        <translation>Su diario está cifrado, así que esa copia no se puede leer sin su frase de contraseña o su clave de recuperación. Aun así, puede que su agencia le pida no guardarlo en la nube, y si dos computadoras abren la misma copia, una puede deshacer lo que escribió la otra. Siga la política de su agencia.</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Dejarlo aquí</translation>
    </message>
    <message>
        <source>Keep the journal in this folder</source>
        <translation>Dejar el diario en esta carpeta</translation>
    </message>
    <message>
        <source>If you choose another folder, Reflect keeps your journal in a folder named Reflect inside it, and finds it there from then on.</source>
        <translation>Si elige otra carpeta, Reflect guarda su diario en una carpeta llamada Reflect dentro de ella, y desde entonces lo encuentra allí.</translation>
    </message>
    <message>
        <source>This folder is copied to {service}</source>
        <translation>Esta carpeta se copia en {service}</translation>
    </message>
    <message>
        <source>Your journal is in this folder, and {service} copies what is in it to the cloud:</source>
        <translation>Su diario está en esta carpeta, y {service} copia lo que hay en ella en la nube:</translation>
    </message>
    <message>
        <source>Reflect is about to make your journal in this folder, and {service} copies what is in it to the cloud:</source>
        <translation>Reflect está por crear su diario en esta carpeta, y {service} copia lo que hay en ella en la nube:</translation>
    </message>
    <message>
        <source>Move it to this computer only</source>
        <translation>Moverlo solo a esta computadora</translation>
    </message>
    <message>
        <source>Keep it on this computer only</source>
        <translation>Guardarlo solo en esta computadora</translation>
    </message>
    <message>
        <source>Move it to another folder…</source>
        <translation>Moverlo a otra carpeta…</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Not now: ask again next time</source>
        <translation>Ahora no: volver a preguntar la próxima vez</translation>
    </message>
    <message>
        <source>Moving your journal…</source>
        <translation>Moviendo su diario…</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Choose a folder for your journal</source>
        <translation>Elija una carpeta para su diario</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Edit a training</source>
        <translation>Editar una capacitación</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Agregar una capacitación</translation>
    </message>
    <message>
        <source>Date of the training</source>
        <translation>Fecha de la capacitación</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Title of the training</source>
        <translation>Título de la capacitación</translation>
    </message>
    <message>
        <source>As the certificate names it</source>
        <translation>Como aparece en el certificado</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Provider: who offered the training</source>
        <translation>Quién ofreció la capacitación</translation>
    </message>
    <message>
        <source>Who offered it, if you like</source>
        <translation>Quién la ofreció, si quiere anotarlo</translation>
    </message>
    <message>
        <source>P&amp;rovider</source>
        <translation>&amp;Quién la ofreció</translation>
    </message>
    <message>
        <source>Length of the training in hours</source>
        <translation>Duración de la capacitación en horas</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>What the training was about</source>
        <translation>De qué trató la capacitación</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Notes for yourself</source>
        <translation>Notas para usted</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Save the training</source>
        <translation>Guardar la capacitación</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>&amp;Add a training…</source>
        <translation>A&amp;gregar una capacitación…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen training</source>
        <translation>Editar la capacitación elegida</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the chosen training</source>
        <translation>Eliminar la capacitación elegida</translation>
    </message>
    <message>
        <source>No trainings logged yet. After a training, choose Add a training.</source>
        <translation>Todavía no hay capacitaciones registradas. Después de una capacitación, elija “Agregar una capacitación”.</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n capacitación</numerusform>
            <numerusform>%n capacitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: {trainings}, {hours}.</source>
        <translation>En total: {trainings}, {hours}.</translation>
    </message>
    <message>
        <source>Training saved.</source>
        <translation>Capacitación guardada.</translation>
    </message>
    <message>
        <source>Delete the training “{title}” of {date} ({hours})? Its notes go with it.</source>
        <translation>¿Eliminar la capacitación “{title}” del {date} ({hours})? Sus notas también se eliminarán.</translation>
    </message>
    <message>
        <source>Delete a training</source>
        <translation>Eliminar una capacitación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Training deleted.</source>
        <translation>Capacitación eliminada.</translation>
    </message>
</context>
<context>
    <name>TrainingsTable</name>
    <message>
        <source>Trainings logged, newest first</source>
        <translation>Capacitaciones registradas, las más recientes primero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quién la ofreció</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Reflect is locked</source>
        <translation>Reflect está bloqueado</translation>
    </message>
    <message>
        <source>Type your passphrase to open your journal.</source>
        <translation>Escriba su frase de contraseña para abrir su diario.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation>¿Olvidó su frase de contraseña? Use su clave de recuperación</translation>
    </message>
    <message>
        <source>Use my recovery key</source>
        <translation>Usar mi clave de recuperación</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore the journal from a backup</source>
        <translation>Restaurar el diario desde una copia de seguridad</translation>
    </message>
    <message>
        <source>This is a demo journal with invented families. Its passphrase is: {p}</source>
        <translation>Este es un diario de demostración con familias inventadas. Su frase de contraseña es: {p}</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message numerus="yes">
        <source>%n packet(s) waiting for you under Supervision, Inbox.</source>
        <translation>
            <numerusform>%n paquete le espera en Supervisión, Bandeja de entrada.</numerusform>
            <numerusform>%n paquetes le esperan en Supervisión, Bandeja de entrada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Reflect</source>
        <translation>Le damos la bienvenida a Reflect</translation>
    </message>
    <message>
        <source>Missing journal</source>
        <translation>Falta el diario</translation>
    </message>
    <message>
        <source>Reflect is a private journal for your reflective practice. After a visit, take three to five minutes with a few gentle questions: what the baby communicated, the moments between caregiver and baby, and what you felt. Behind each question is a short card to read if you want to.</source>
        <translation>Reflect es un diario privado para su práctica reflexiva. Después de una visita, tómese de tres a cinco minutos con unas cuantas preguntas amables: lo que el bebé comunicó, los momentos entre el bebé y la persona que lo cuida, y lo que usted sintió. Detrás de cada pregunta hay una tarjeta corta para leer si quiere.</translation>
    </message>
    <message>
        <source>It is not a case record and not a clinical tool. Use a family code, never a name, and no initials: they can identify a family on a small or rural caseload. Follow your agency&apos;s policy.</source>
        <translation>No es un expediente del caso ni una herramienta clínica. Use un código de la familia, nunca un nombre, y no use iniciales: pueden identificar a una familia en una carga de casos pequeña o rural. Siga la política de su agencia.</translation>
    </message>
    <message>
        <source>Your journal is one encrypted file on this computer. Only your passphrase or your recovery key opens it, and nothing is ever sent over the internet. You choose what, if anything, to bring to supervision.</source>
        <translation>Su diario es un solo archivo cifrado en esta computadora. Solo su frase de contraseña o su clave de recuperación lo abren, y nunca se envía nada por internet. Usted elige qué llevar a supervisión, si es que lleva algo.</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>Restore from a backup file…</source>
        <translation>Restaurar desde un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Had Reflect on another computer? Restore your journal from a backup file (for example on your USB stick) with your passphrase or your recovery key.</source>
        <translation>¿Tenía Reflect en otra computadora? Restaure su diario desde un archivo de copia de seguridad (por ejemplo, en su memoria USB) con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>The journal file is missing from {folder}: only its key file is there. If you moved your journal, put journal.reflect back in that folder and start Reflect again. Creating a new journal here keeps the old key file aside, not deleted.</source>
        <translation>Falta el archivo del diario en {folder}: solo está su archivo de clave. Si movió su diario, vuelva a poner journal.reflect en esa carpeta y abra Reflect otra vez. Si crea un diario nuevo aquí, el archivo de clave anterior se guarda aparte, sin eliminarlo.</translation>
    </message>
</context>
</TS>
