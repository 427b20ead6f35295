<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About calaccess-desktop</source>
        <translation>Acerca de calaccess-desktop</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versión {0}</translation>
    </message>
    <message>
        <source>Prepare California campaign statements offline, check them, print them, and e-file them when you are online. Statements are written in the Secretary of State&apos;s CAL format 2.01; each .CAL file and printed page names this version.</source>
        <translation>Prepare declaraciones de campaña de California sin conexión, revíselas, imprímalas y preséntelas por vía electrónica cuando tenga conexión. Las declaraciones se escriben en el formato CAL 2.01 de la Secretaría de Estado; cada archivo .CAL y cada página impresa indican esta versión.</translation>
    </message>
    <message>
        <source>Data file: {0}</source>
        <translation>Archivo de datos: {0}</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. The printed forms use the DejaVu fonts (their licence is installed with the app). Python {0}, Qt for Python {1}.</source>
        <translation>Software libre con licencia MIT. Los formularios impresos usan las fuentes DejaVu (su licencia se instala con la aplicación). Python {0}, Qt for Python {1}.</translation>
    </message>
    <message>
        <source>The app never updates itself. Check for a newer version to see whether one is out; it reads a small file from the project&apos;s releases page and sends nothing about you.</source>
        <translation>La aplicación nunca se actualiza sola. Busque una versión más nueva para saber si ya salió; se lee un pequeño archivo de la página de versiones del proyecto y no se envía nada sobre usted.</translation>
    </message>
    <message>
        <source>Check for a newer version</source>
        <translation>Buscar una versión más nueva</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Buscando...</translation>
    </message>
    <message>
        <source>Checking for a newer version</source>
        <translation>Buscando una versión más nueva</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend statement</source>
        <translation>Enmendar la declaración</translation>
    </message>
    <message>
        <source>An amendment replaces &lt;b&gt;{title}&lt;/b&gt;. It starts as a copy with the same entries; change what was wrong, then file it. Say briefly what the amendment changes; it is printed on the cover page.</source>
        <translation>Una enmienda reemplaza &lt;b&gt;{title}&lt;/b&gt;. Empieza como una copia con los mismos registros; cambie lo que estaba mal y luego preséntela. Diga en pocas palabras qué cambia la enmienda; se imprime en la portada.</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo de la enmienda</translation>
    </message>
    <message>
        <source>e.g. Adds two contributions received in May that were left off Schedule A.</source>
        <translation>p. ej., Añade dos contribuciones recibidas en mayo que faltaban en el Anexo A.</translation>
    </message>
    <message>
        <source>Create amendment</source>
        <translation>Crear la enmienda</translation>
    </message>
    <message>
        <source>Reason (up to 300 characters)</source>
        <translation>Motivo (hasta 300 caracteres)</translation>
    </message>
    <message>
        <source>The reason is {n} characters; at most 300 fit on the cover page.</source>
        <translation>El motivo tiene {n} caracteres; en la portada caben como máximo 300.</translation>
    </message>
    <message>
        <source>Not amended: {why}</source>
        <translation>No se enmendó: {why}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>History of the committee profile and users</source>
        <translation>Historial del perfil del comité y de los usuarios</translation>
    </message>
    <message>
        <source>History of entry {tran}</source>
        <translation>Historial del registro {tran}</translation>
    </message>
    <message>
        <source>History of statement {n}</source>
        <translation>Historial de la declaración {n}</translation>
    </message>
    <message>
        <source>Loading the history...</source>
        <translation>Cargando el historial...</translation>
    </message>
    <message>
        <source>Changes, newest last</source>
        <translation>Cambios, los más recientes al final</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Guardar como &amp;PDF...</translation>
    </message>
    <message>
        <source>{heading}: nothing recorded yet.</source>
        <translation>{heading}: todavía no hay nada registrado.</translation>
    </message>
    <message>
        <source>Save the history as PDF</source>
        <translation>Guardar el historial como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the history</source>
        <translation>Guardando el historial</translation>
    </message>
    <message>
        <source>{heading} (saved to {path})</source>
        <translation>{heading} (guardado en {path})</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backed up to {path} (checked).</source>
        <translation>Copia de seguridad en {path} (verificada).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Falló la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Copia de seguridad automática</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups of the data file</source>
        <translation>Copias de seguridad del archivo de datos</translation>
    </message>
    <message>
        <source>Backups of {location}. One is made on its own after a while of changes (at most once an hour) and before every import, amendment and restore; the last 10 are kept, then one a day for a month and one a month for a year. Each is checked when it is made.</source>
        <translation>Copias de seguridad de {location}. Se hace una sola después de un rato de cambios (como mucho una vez por hora) y antes de cada importación, enmienda y restauración; se guardan las últimas 10, luego una por día durante un mes y una por mes durante un año. Cada una se verifica al hacerla.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>What restoring the chosen backup changes</source>
        <translation>Lo que cambia al restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Choose a backup to see what restoring it changes.</source>
        <translation>Elija una copia de seguridad para ver lo que cambia al restaurarla.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore this backup...</source>
        <translation>Restaurar esta copia...</translation>
    </message>
    <message>
        <source>What restoring it changes:</source>
        <translation>Lo que cambia al restaurarla:</translation>
    </message>
    <message>
        <source>Reading the backups</source>
        <translation>Leyendo las copias de seguridad</translation>
    </message>
    <message>
        <source>No backups yet. Back up now makes one.</source>
        <translation>Todavía no hay copias de seguridad. Hacer una copia ahora crea una.</translation>
    </message>
    <message>
        <source>Comparing the backup with the data file...</source>
        <translation>Comparando la copia con el archivo de datos...</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>Backing up the data file...</source>
        <translation>Haciendo la copia de seguridad del archivo de datos...</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Sin copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Restore the backup taken {taken}?</source>
        <translation>¿Restaurar la copia de seguridad tomada el {taken}?</translation>
    </message>
    <message>
        <source>The data file as it is now is kept as a backup first.</source>
        <translation>Antes se guarda como copia de seguridad el archivo de datos tal como está ahora.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Restaurando la copia de seguridad...</translation>
    </message>
    <message>
        <source>The file as it was is kept in {path}.</source>
        <translation>El archivo tal como estaba se guarda en {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored; the window reopens on it.</source>
        <translation>Se restauró la copia de seguridad; la ventana se vuelve a abrir con ella.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <source>Filing calendar - {name}</source>
        <translation>Calendario de presentación - {name}</translation>
    </message>
    <message>
        <source>Filing calendar</source>
        <translation>Calendario de presentación</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>What the committee files this year</source>
        <translation>Lo que el comité presenta este año</translation>
    </message>
    <message>
        <source>Deadlines on a weekend or state holiday are already moved to the next business day (never for a 24-hour Form 496, nor a Form 497 due the weekend before the election). A line that says &quot;only if&quot; is owed only when the committee does what it says. Add the elections you take part in (and the date the committee qualified, until it has an ID number) to the committee profile.</source>
        <translation>Las fechas límite que caen en fin de semana o en día festivo estatal ya se pasaron al siguiente día hábil (nunca para un Formulario 496 de 24 horas, ni para un Formulario 497 que vence el fin de semana antes de la elección). Una línea que dice &quot;only if&quot; se debe solo si el comité hace lo que dice. Añada al perfil del comité las elecciones en las que participa (y la fecha en que el comité calificó, hasta que tenga un número de identificación).</translation>
    </message>
    <message>
        <source>Elections: {days}</source>
        <translation>Elecciones: {days}</translation>
    </message>
    <message>
        <source>No elections on file: add them to the committee profile (Elections) to see pre-election statements and 24-hour windows.</source>
        <translation>No hay elecciones registradas: añádalas al perfil del comité (Elecciones) para ver las declaraciones preelectorales y los períodos de 24 horas.</translation>
    </message>
    <message>
        <source>for the {day} election</source>
        <translation>para la elección del {day}</translation>
    </message>
    <message>
        <source>, only {condition}</source>
        <translation>, solo {condition}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>each report within 24 hours</source>
        <translation>cada informe dentro de las 24 horas</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (atrasada)</translation>
    </message>
    <message>
        <source>statement {n}</source>
        <translation>declaración {n}</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>Actualizado con los cambios de {who}.</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <source>Nothing changes: this amendment would file exactly what was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the amendment is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary lines that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is added, changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: double-click one (or press Enter) to open it in its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished">Portada</translation>
    </message>
    <message>
        <source>Summary page, column A (this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare this statement with a filed one: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, filing {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (statement {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records, the cover page and the summary page are the same as in the filed report. Corrections you make on the schedules show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page: the same as filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page: {n} field changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page: {n} fields change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page: column A the same as filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page: {n} line changes in column A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page: {n} lines change in column A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed in this amendment, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no page of its own to open it on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeFinder</name>
    <message>
        <source>Your committee&apos;s name or ID</source>
        <translation>El nombre o el número de identificación de su comité</translation>
    </message>
    <message>
        <source>Type at least 3 letters of your committee&apos;s name, or its ID</source>
        <translation>Escriba al menos 3 letras del nombre de su comité, o su número de identificación</translation>
    </message>
    <message>
        <source>Committees found</source>
        <translation>Comités encontrados</translation>
    </message>
    <message>
        <source>No committee has that name or ID here. Check the spelling, or create the committee below.</source>
        <translation>Aquí no hay ningún comité con ese nombre o número. Revise cómo lo escribió, o cree el comité abajo.</translation>
    </message>
</context>
<context>
    <name>CommitteeListModel</name>
    <message>
        <source>Candidate committee</source>
        <translation>Comité de candidato</translation>
    </message>
    <message>
        <source>Primarily formed</source>
        <translation>Comité de formación principal</translation>
    </message>
    <message>
        <source>Ballot measure</source>
        <translation>Medida electoral</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>Comité de propósito general</translation>
    </message>
    <message>
        <source>{name}, {ids}, {n} statements</source>
        <translation>{name}, {ids}, {n} declaraciones</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>N.º {id}</translation>
    </message>
    <message>
        <source>ID pending</source>
        <translation>N.º pendiente</translation>
    </message>
</context>
<context>
    <name>CommitteePane</name>
    <message>
        <source>Find a committee by name or ID (Ctrl+F)</source>
        <translation>Buscar un comité por nombre o número (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a committee</source>
        <translation>Buscar un comité</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>New committee...</source>
        <translation>Nuevo comité...</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>Nuevo comité</translation>
    </message>
    <message>
        <source>Statements of the committee</source>
        <translation>Declaraciones del comité</translation>
    </message>
    <message>
        <source>New statement...</source>
        <translation>Nueva declaración...</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>What is due next</source>
        <translation>Lo próximo que vence</translation>
    </message>
    <message>
        <source>From the filing calendar: the committee&apos;s type and the elections of its statements and profile (calaccess-desktop calendar lists the whole year)</source>
        <translation>Según el calendario de presentación: el tipo de comité y las elecciones de sus declaraciones y de su perfil (calaccess-desktop calendar muestra el año entero)</translation>
    </message>
    <message>
        <source>Filing calendar...</source>
        <translation>Calendario...</translation>
    </message>
    <message>
        <source>Filing calendar</source>
        <translation>Calendario de presentación</translation>
    </message>
    <message>
        <source>What the committee files this year, with due dates</source>
        <translation>Lo que el comité presenta este año, con las fechas límite</translation>
    </message>
    <message>
        <source>Statements of {name}</source>
        <translation>Declaraciones de {name}</translation>
    </message>
    <message>
        <source>Delete statement...</source>
        <translation>Eliminar la declaración...</translation>
    </message>
    <message>
        <source>Delete the {statement} and all its entries (Edit &gt; Undo brings it back)</source>
        <translation>Eliminar la declaración {statement} y todos sus registros (Editar &gt; Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Late:</source>
        <translation>Atrasada:</translation>
    </message>
    <message>
        <source>and {n} more past their deadline.</source>
        <translation>y {n} más con la fecha límite vencida.</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Próxima fecha límite:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Nothing due on the filing calendar.</source>
        <translation>Nada pendiente en el calendario de presentación.</translation>
    </message>
</context>
<context>
    <name>ContributorPrompt</name>
    <message>
        <source>Question about the contributor</source>
        <translation>Pregunta sobre el contribuyente</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Employer (business name if self-employed)</source>
        <translation>Empleador (nombre del negocio si trabaja por cuenta propia)</translation>
    </message>
    <message>
        <source>Employer (or business name)</source>
        <translation>Empleador (o nombre del negocio)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the contributor&apos;s details</source>
        <translation>Guardar los datos del contribuyente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the question about the contributor</source>
        <translation>Omitir la pregunta sobre el contribuyente</translation>
    </message>
    <message>
        <source>This contributor</source>
        <translation>Este contribuyente</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}: {total} this calendar year.&lt;/b&gt; From {limit} a year the statement must show their occupation and employer (for the self-employed, the name of their business). Fill them in now, or skip: the check (F5) will remind you.</source>
        <translation>&lt;b&gt;{who}: {total} en este año calendario.&lt;/b&gt; A partir de {limit} al año, la declaración debe indicar su ocupación y su empleador (si trabaja por cuenta propia, el nombre de su negocio). Complételos ahora u omítalos: la revisión (F5) se lo recordará.</translation>
    </message>
    <message>
        <source>Save occupation and employer</source>
        <translation>Guardar ocupación y empleador</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} has 1 other entry on this statement with different details&lt;/b&gt; ({what}). Use the details you just saved there too?</source>
        <translation>&lt;b&gt;{who} tiene otro registro en esta declaración con datos distintos&lt;/b&gt; ({what}). ¿Usar allí también los datos que acaba de guardar?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} has {n} other entries on this statement with different details&lt;/b&gt; ({what}). Use the details you just saved there too?</source>
        <translation>&lt;b&gt;{who} tiene otros {n} registros en esta declaración con datos distintos&lt;/b&gt; ({what}). ¿Usar allí también los datos que acaba de guardar?</translation>
    </message>
    <message>
        <source>Apply to the other entry</source>
        <translation>Aplicar al otro registro</translation>
    </message>
    <message>
        <source>Apply to the other entries</source>
        <translation>Aplicar a los otros registros</translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation>Dejarlos como están</translation>
    </message>
    <message>
        <source>Skipped: {name}&apos;s occupation and employer are still missing; the check (F5) lists them.</source>
        <translation>Omitido: todavía faltan la ocupación y el empleador de {name}; la revisión (F5) lo indica.</translation>
    </message>
    <message>
        <source>{name}&apos;s other entries were left as they are.</source>
        <translation>Los otros registros de {name} quedaron como estaban.</translation>
    </message>
</context>
<context>
    <name>CoverTab</name>
    <message>
        <source>Treasurer&apos;s verification</source>
        <translation>Verificación del tesorero</translation>
    </message>
    <message>
        <source>Candidate&apos;s verification</source>
        <translation>Verificación del candidato</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Type of statement</source>
        <translation>Tipo de declaración</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period through</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Date of election (pre-election only)</source>
        <translation>Fecha de la elección (solo preelectoral)</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Save period and type</source>
        <translation>Guardar período y tipo</translation>
    </message>
    <message>
        <source>Save statement period and type</source>
        <translation>Guardar el período y el tipo de la declaración</translation>
    </message>
    <message>
        <source>Statement message</source>
        <translation>Mensaje de la declaración</translation>
    </message>
    <message>
        <source>Committee (from the committee profile)</source>
        <translation>Comité (del perfil del comité)</translation>
    </message>
    <message>
        <source>Committee information on the cover page</source>
        <translation>Datos del comité en la portada</translation>
    </message>
    <message>
        <source>Edit committee profile...</source>
        <translation>Editar el perfil del comité...</translation>
    </message>
    <message>
        <source>Edit committee profile</source>
        <translation>Editar el perfil del comité</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <source>Amendment {n}: {reason}</source>
        <translation>Enmienda {n}: {reason}</translation>
    </message>
    <message>
        <source>Original statement (not an amendment)</source>
        <translation>Declaración original (no es una enmienda)</translation>
    </message>
    <message>
        <source>Save election date</source>
        <translation>Guardar la fecha de la elección</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>N.º {id}</translation>
    </message>
    <message>
        <source>ID pending</source>
        <translation>N.º pendiente</translation>
    </message>
    <message>
        <source>No street address yet</source>
        <translation>Todavía sin dirección</translation>
    </message>
    <message>
        <source>Treasurer:</source>
        <translation>Tesorero:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Assistant treasurer:</source>
        <translation>Tesorero adjunto:</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <source>Ballot measure:</source>
        <translation>Medida electoral:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Banco:</translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation>tesorero</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>Verification: signed by the {who}</source>
        <translation>Verificación: firmada por el {who}</translation>
    </message>
    <message>
        <source>Verification: not signed yet by the {who}{name}. Fill in the date signed and save.</source>
        <translation>Verificación: todavía sin la firma del {who}{name}. Escriba la fecha de la firma y guarde.</translation>
    </message>
    <message>
        <source>Please fix the dates marked in red.</source>
        <translation>Corrija las fechas marcadas en rojo.</translation>
    </message>
    <message>
        <source>Saved. Note: {problem}</source>
        <translation>Guardado. Nota: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source> Their changes to fields you had not touched are filled in.</source>
        <translation> Sus cambios en los campos que usted no había tocado se completaron.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>{who} entry form</source>
        <translation>Formulario del registro: {who}</translation>
    </message>
    <message>
        <source>Entry form message</source>
        <translation>Mensaje del formulario</translation>
    </message>
    <message>
        <source>Calendar-year total</source>
        <translation>Total del año calendario</translation>
    </message>
    <message>
        <source>Computed: {how}.</source>
        <translation>Calculado: {how}.</translation>
    </message>
    <message>
        <source>Show {group}</source>
        <translation>Mostrar: {group}</translation>
    </message>
    <message>
        <source>Hide {group}</source>
        <translation>Ocultar: {group}</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Save {who} entry</source>
        <translation>Guardar el registro ({who})</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Vaciar el formulario sin guardar</translation>
    </message>
    <message>
        <source>Clear the form, or go back to the saved values (Esc)</source>
        <translation>Vaciar el formulario, o volver a los valores guardados (Esc)</translation>
    </message>
    <message>
        <source>Known {who}s matching the name</source>
        <translation>Nombres conocidos que coinciden ({who})</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Nuevo registro: {noun}</translation>
    </message>
    <message>
        <source>Start typing a name: a {who} you entered before is offered with their details. Press Enter to save.</source>
        <translation>Empiece a escribir un nombre: se le ofrecerá con sus datos si ya lo registró antes ({who}). Pulse Intro para guardar.</translation>
    </message>
    <message>
        <source> (sub-item of {id})</source>
        <translation> (subpartida de {id})</translation>
    </message>
    <message>
        <source>Please fix the fields marked in red, then save again.</source>
        <translation>Corrija los campos marcados en rojo y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Enter the next one, or pick a row to change it.</source>
        <translation>Escriba el siguiente, o elija una fila para cambiarla.</translation>
    </message>
    <message>
        <source>Saved {who}.</source>
        <translation>Guardado: {who}.</translation>
    </message>
    <message>
        <source>Saved the occupation and employer.</source>
        <translation>Se guardaron la ocupación y el empleador.</translation>
    </message>
    <message>
        <source>Updated the details on 1 other entry. Ctrl+Z undoes it.</source>
        <translation>Se actualizaron los datos en otro registro. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Updated the details on {n} other entries. Ctrl+Z undoes it.</source>
        <translation>Se actualizaron los datos en otros {n} registros. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
    <message>
        <source> Their changes to fields you had not touched are filled in.</source>
        <translation> Sus cambios en los campos que usted no había tocado se completaron.</translation>
    </message>
    <message>
        <source> (and {n} more: F5 lists them)</source>
        <translation> (y {n} más: F5 los muestra)</translation>
    </message>
    <message>
        <source>Still to do: {what}</source>
        <translation>Falta: {what}</translation>
    </message>
    <message>
        <source>Year to date from this {who}: shown once you type a name and amount.</source>
        <translation>Total del año de este {who}: se muestra cuando escriba un nombre y una cantidad.</translation>
    </message>
    <message>
        <source>itemized (listed by name): {limit} or more this year</source>
        <translation>detallada (con su nombre): {limit} o más este año</translation>
    </message>
    <message>
        <source>not itemized: under {limit} this year, counted in the unitemized total</source>
        <translation>no detallada: menos de {limit} este año, se suma al total no detallado</translation>
    </message>
    <message>
        <source>Year to date from this {who}, including this entry: {total} - {rule}.</source>
        <translation>Total del año de este {who}, con este registro: {total} - {rule}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All transactions ({total})</source>
        <translation>Todas las transacciones ({total})</translation>
    </message>
    <message>
        <source>{title} ({n} entry)</source>
        <translation>{title} ({n} entrada)</translation>
    </message>
    <message>
        <source>{title} ({n} entries)</source>
        <translation>{title} ({n} entradas)</translation>
    </message>
    <message>
        <source>Export for accountant</source>
        <translation>Exportar para el contador</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): all transactions come with each schedule on its own sheet</source>
        <translation>Libro de Excel (.xlsx): todas las transacciones, con cada anexo en su propia hoja</translation>
    </message>
    <message>
        <source>CSV file (.csv): one table, for any spreadsheet program</source>
        <translation>Archivo CSV (.csv): una tabla, para cualquier programa de hojas de cálculo</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribe</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Amounts are numbers in dollars (memo entries and sub-items are marked and not counted in totals); dates are dates. A name or description that starts like a spreadsheet formula (=, +, -, @) is shown with a leading &apos; so that it never runs.</source>
        <translation>Los importes son números en dólares (las entradas de memorando y las subpartidas van marcadas y no cuentan en los totales); las fechas son fechas. Un nombre o una descripción que empieza como una fórmula de hoja de cálculo (=, +, -, @) se muestra con un &apos; delante para que nunca se ejecute.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Say where to save the file.</source>
        <translation>Indique dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Reading the statement...</source>
        <translation>Leyendo la declaración...</translation>
    </message>
    <message>
        <source>Exporting for the accountant</source>
        <translation>Exportando para el contador</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>Escribiendo...</translation>
    </message>
    <message>
        <source>Wrote {rows} entries to {path}.</source>
        <translation>Se escribieron {rows} entradas en {path}.</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>No se escribió: {error}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Detenido; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>{field} problem</source>
        <translation>Problema en {field}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>{help}. Problem: {problem}</source>
        <translation>{help}. Problema: {problem}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in statement</source>
        <translation>Buscar en la declaración</translation>
    </message>
    <message>
        <source>Find text in the statement (Ctrl+F); Enter: next match, Shift+Enter: previous</source>
        <translation>Buscar texto en la declaración (Ctrl+F); Intro: siguiente coincidencia, Mayús+Intro: anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Coincidencias encontradas</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Buscando...</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La búsqueda falló</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{at} of {n}</source>
        <translation>{at} de {n}</translation>
    </message>
    <message>
        <source>page 1</source>
        <translation>la página 1</translation>
    </message>
    <message>
        <source>pages 1-{last}</source>
        <translation>las páginas 1-{last}</translation>
    </message>
    <message>
        <source>{count} on {where}</source>
        <translation>{count} en {where}</translation>
    </message>
    <message>
        <source>Only {where} is searched until every page is drawn.</source>
        <translation>Solo se busca en {where} hasta que se dibujen todas las páginas.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>{signer}&apos;s verification</source>
        <translation>verificación del {signer}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>línea {n}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation>tesorero</translation>
    </message>
    <message>
        <source>assistant treasurer</source>
        <translation>tesorero adjunto</translation>
    </message>
    <message>
        <source>responsible officer</source>
        <translation>funcionario responsable</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>proponent</source>
        <translation>proponente</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>patrocinador</translation>
    </message>
    <message>
        <source>date filed</source>
        <translation>fecha de presentación</translation>
    </message>
    <message>
        <source>period from</source>
        <translation>período desde</translation>
    </message>
    <message>
        <source>period through</source>
        <translation>período hasta</translation>
    </message>
    <message>
        <source>election date</source>
        <translation>fecha de la elección</translation>
    </message>
    <message>
        <source>statement type</source>
        <translation>tipo de declaración</translation>
    </message>
    <message>
        <source>amendment number</source>
        <translation>número de enmienda</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation>Página de resumen</translation>
    </message>
    <message>
        <source>Schedule {key}</source>
        <translation>Anexo {key}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>{kind} ({rule}) at {where}: {message}. {fix}</source>
        <translation>{kind} ({rule}) en {where}: {message}. {fix}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Check statement (F5)</source>
        <translation>Revisar la declaración (F5)</translation>
    </message>
    <message>
        <source>Check statement</source>
        <translation>Revisar la declaración</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Detener la revisión</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Avance de la revisión</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Resumen de las observaciones</translation>
    </message>
    <message>
        <source>Language of the findings</source>
        <translation>Idioma de las observaciones</translation>
    </message>
    <message>
        <source>Checking statements is not available in this version.</source>
        <translation>La revisión de declaraciones no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Press Check statement (F5) to look for problems before you file.</source>
        <translation>Pulse Revisar la declaración (F5) para buscar problemas antes de presentarla.</translation>
    </message>
    <message>
        <source>Checking the statement...</source>
        <translation>Revisando la declaración...</translation>
    </message>
    <message>
        <source>Checking the statement</source>
        <translation>Revisando la declaración</translation>
    </message>
    <message>
        <source>Check stopped before it finished. Press Check statement (F5) to check again.</source>
        <translation>La revisión se detuvo antes de terminar. Pulse Revisar la declaración (F5) para revisarla otra vez.</translation>
    </message>
    <message>
        <source>The findings below are from the last full check.</source>
        <translation>Las observaciones de abajo son de la última revisión completa.</translation>
    </message>
    <message>
        <source>No problems found. You can mark the statement ready to file.</source>
        <translation>No se encontraron problemas. Puede marcar la declaración como lista para presentar.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} errores</translation>
    </message>
    <message>
        <source>(must fix before filing)</source>
        <translation>(hay que corregirlos antes de presentar)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avisos</translation>
    </message>
    <message>
        <source>(check these). Double-click a line to go to the field.</source>
        <translation>(revíselos). Haga doble clic en una línea para ir al campo.</translation>
    </message>
</context>
<context>
    <name>HeldBox</name>
    <message>
        <source>Held: check the agency&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was received...</source>
        <translation>Se recibió...</translation>
    </message>
    <message>
        <source>It was received: enter its filing ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received: send again</source>
        <translation>No se recibió: enviar de nuevo</translation>
    </message>
    <message>
        <source>It was not received: send it again</source>
        <translation>No se recibió: enviarla de nuevo</translation>
    </message>
    <message>
        <source>Submission {id} ({form} {period}, filer ID {filer}) was sent, but no clear answer came back, and this agency&apos;s system cannot be asked whether it received it. So it is not sent again by itself.
Sign in to the agency&apos;s filing site as filer {filer} and look for a {form} for {period_or} received around {when}. If it is there, choose &quot;It was received&quot; and enter the filing ID it shows; if it is not, choose &quot;Not received: send again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period</source>
        <translation>este período</translation>
    </message>
    <message>
        <source>It was received</source>
        <translation>Se recibió</translation>
    </message>
    <message>
        <source>The filing ID the agency&apos;s site shows for this filing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as filed: {id}.</source>
        <translation>Registrada como presentada: {id}.</translation>
    </message>
    <message>
        <source>It will be sent again.</source>
        <translation>Se enviará de nuevo.</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>el último intento</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import, keep my newer versions</source>
        <translation>Importar, conservar mis versiones más nuevas</translation>
    </message>
    <message>
        <source>Hand off committee</source>
        <translation>Entregar el comité</translation>
    </message>
    <message>
        <source>Committee to hand off</source>
        <translation>Comité que se entrega</translation>
    </message>
    <message>
        <source>One file with everything about the committee: its profile, contacts, statements with all their entries, the .CAL files filed and each filing&apos;s attempt log. The next treasurer opens it with File &gt; Import hand-off bundle.</source>
        <translation>Un archivo con todo sobre el comité: su perfil, contactos, declaraciones con todas sus entradas, los archivos .CAL presentados y el registro de intentos de cada presentación. El próximo tesorero lo abre con Archivo &gt; Importar paquete de entrega.</translation>
    </message>
    <message>
        <source>Save bundle...</source>
        <translation>Guardar el paquete...</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Comité:</translation>
    </message>
    <message>
        <source>Import hand-off bundle</source>
        <translation>Importar paquete de entrega</translation>
    </message>
    <message>
        <source>Importing this bundle:</source>
        <translation>Al importar este paquete:</translation>
    </message>
    <message>
        <source>What the bundle adds or changes</source>
        <translation>Lo que el paquete añade o cambia</translation>
    </message>
    <message>
        <source>Your data file holds newer versions of some statements than the bundle. They are never replaced: import the rest and keep yours, or cancel.</source>
        <translation>Su archivo de datos tiene versiones más nuevas de algunas declaraciones que el paquete. Nunca se reemplazan: importe el resto y conserve las suyas, o cancele.</translation>
    </message>
    <message>
        <source>Nothing in your data file is replaced by an older version.</source>
        <translation>Nada de su archivo de datos se reemplaza por una versión más antigua.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>LateBanner</name>
    <message>
        <source>{form} owed: {message}</source>
        <translation>Se debe el {form}: {message}</translation>
    </message>
    <message>
        <source>Late reports owed</source>
        <translation>Informes de 24 horas pendientes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the entry that calls for this late report</source>
        <translation>Mostrar el registro que requiere este informe de 24 horas</translation>
    </message>
    <message>
        <source>Open the entry on its schedule</source>
        <translation>Abrir el registro en su anexo</translation>
    </message>
    <message>
        <source>Add to Form 497</source>
        <translation>Añadir al Formulario 497</translation>
    </message>
    <message>
        <source>List this contribution on the committee&apos;s Form 497</source>
        <translation>Incluir esta contribución en el Formulario 497 del comité</translation>
    </message>
    <message>
        <source>Put this contribution on the draft Form 497 for this election (a new one is started when there is none)</source>
        <translation>Poner esta contribución en el borrador del Formulario 497 de esta elección (se empieza uno nuevo si no hay ninguno)</translation>
    </message>
    <message>
        <source>More late reports owed</source>
        <translation>Más informes de 24 horas pendientes</translation>
    </message>
    <message>
        <source>Looking for late reports owed</source>
        <translation>Buscando informes de 24 horas pendientes</translation>
    </message>
    <message>
        <source>{form} owed:</source>
        <translation>Se debe el {form}:</translation>
    </message>
    <message>
        <source>Add to {form}</source>
        <translation>Añadir al {form}</translation>
    </message>
    <message>
        <source>List this expenditure on the committee&apos;s {form}</source>
        <translation>Incluir este gasto en el {form} del comité</translation>
    </message>
    <message>
        <source>List this contribution on the committee&apos;s {form}</source>
        <translation>Incluir esta contribución en el {form} del comité</translation>
    </message>
    <message>
        <source>Put this entry on the draft {form} for this election (a new one is started when there is none)</source>
        <translation>Poner este registro en el borrador del {form} de esta elección (se empieza uno nuevo si no hay ninguno)</translation>
    </message>
    <message>
        <source>... and 1 more late report owed: check the statement (F5) to see them all.</source>
        <translation>... y 1 informe de 24 horas pendiente más: revise la declaración (F5) para verlos todos.</translation>
    </message>
    <message>
        <source>... and {n} more late reports owed: check the statement (F5) to see them all.</source>
        <translation>... y {n} informes de 24 horas pendientes más: revise la declaración (F5) para verlos todos.</translation>
    </message>
    <message>
        <source>Listed on a new {form}: file it within the deadline (Statement list, {form}).</source>
        <translation>Incluido en un nuevo {form}: preséntelo dentro del plazo (lista de declaraciones, {form}).</translation>
    </message>
    <message>
        <source>Listed on the draft {form}: file it within the deadline (Statement list, {form}).</source>
        <translation>Incluido en el borrador del {form}: preséntelo dentro del plazo (lista de declaraciones, {form}).</translation>
    </message>
    <message>
        <source>Adding to the {form}</source>
        <translation>Añadiendo al {form}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>This counter locked after {minutes} minutes without use.
To continue this visit, a staff member types the PIN; otherwise start for the next visitor (what was saved stays in the data file).</source>
        <translation>Este mostrador se bloqueó tras {minutes} minutos sin uso.
Para continuar esta visita, un miembro del personal escribe el PIN; si no, empiece para el siguiente visitante (lo guardado queda en el archivo de datos).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue where you were</source>
        <translation>Continuar donde estaba</translation>
    </message>
    <message>
        <source>Next visitor</source>
        <translation>Siguiente visitante</translation>
    </message>
    <message>
        <source>Start for the next visitor</source>
        <translation>Empezar para el siguiente visitante</translation>
    </message>
    <message>
        <source>Why the counter stays locked</source>
        <translation>Por qué el mostrador sigue bloqueado</translation>
    </message>
    <message>
        <source>Type the staff PIN first.</source>
        <translation>Escriba primero el PIN del personal.</translation>
    </message>
    <message>
        <source>No staff PIN is set for this counter, so only Next visitor is offered. Staff set the PIN in Settings &gt; Public counter.</source>
        <translation>Este mostrador no tiene PIN del personal, así que solo se ofrece Siguiente visitante. El personal fija el PIN en Configuración &gt; Mostrador público.</translation>
    </message>
    <message>
        <source>Staff PIN, or the password of {name}</source>
        <translation>PIN del personal, o la contraseña de {name}</translation>
    </message>
    <message>
        <source>Password of {name}</source>
        <translation>Contraseña de {name}</translation>
    </message>
    <message>
        <source>That is not the staff PIN (or the password); the counter stays locked.</source>
        <translation>Ese no es el PIN del personal (ni la contraseña); el mostrador sigue bloqueado.</translation>
    </message>
    <message>
        <source>Too many wrong tries: try again in {n} seconds.</source>
        <translation>Demasiados intentos equivocados: vuelva a intentarlo en {n} segundos.</translation>
    </message>
    <message>
        <source>Type the staff PIN again.</source>
        <translation>Escriba de nuevo el PIN del personal.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This data file has users. Log in with your name and password; what you change is recorded under your name.</source>
        <translation>Este archivo de datos tiene usuarios. Inicie sesión con su nombre y contraseña; lo que cambie queda registrado con su nombre.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New entry on the current schedule&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the entry (in the form) / edit the row (in a table)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the form or go back to the saved entry&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected row (Ctrl+Z brings it back)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous schedule&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cover page, Summary, Schedule A ...&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Check the statement&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New statement&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Filing calendar of the committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print preview; in it, Ctrl+F finds text, F3 / Shift+F3 the next /
previous match&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;An amendment&apos;s last page, &quot;Changes since filed&quot;, lists what re-filing it changes.&lt;/p&gt;</source>
        <translation>&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cambiar de comité&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar un comité&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nuevo registro en el anexo actual&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Intro&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Guardar el registro (en el formulario) / editar la fila (en una tabla)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vaciar el formulario o volver al registro guardado&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Supr&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Eliminar la fila elegida (Ctrl+Z la recupera)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+AvPág / Ctrl+RePág&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Anexo siguiente / anterior&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Portada, Resumen, Anexo A ...&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deshacer / rehacer&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Revisar la declaración&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nueva declaración&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Calendario de presentación del comité&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vista previa de impresión; en ella, Ctrl+F busca texto, F3 / Shift+F3 la coincidencia siguiente /
anterior&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;La última página de una enmienda, &quot;Cambios desde la presentación&quot;, muestra lo que cambia al volver a presentarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings (problems to fix before filing)</source>
        <translation>Observaciones (problemas que corregir antes de presentar)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Outbox waiting for a password</source>
        <translation>Bandeja de salida esperando una contraseña</translation>
    </message>
    <message>
        <source>Outbox: {n} waiting for your password</source>
        <translation>Bandeja de salida: {n} esperando su contraseña</translation>
    </message>
    <message>
        <source>New &amp;committee...</source>
        <translation>Nuevo &amp;comité...</translation>
    </message>
    <message>
        <source>New &amp;statement...</source>
        <translation>Nueva &amp;declaración...</translation>
    </message>
    <message>
        <source>&amp;Import .CAL file...</source>
        <translation>&amp;Importar archivo .CAL...</translation>
    </message>
    <message>
        <source>Import &amp;earlier statements (folder)...</source>
        <translation>Importar declaraciones &amp;anteriores (carpeta)...</translation>
    </message>
    <message>
        <source>A folder of .CAL files from other software, imported in date order</source>
        <translation>Una carpeta de archivos .CAL de otro programa, importados en orden de fecha</translation>
    </message>
    <message>
        <source>Import &amp;spreadsheet...</source>
        <translation>Importar &amp;hoja de cálculo...</translation>
    </message>
    <message>
        <source>Contributions, payments, loans or contacts from a CSV or Excel file into the open statement</source>
        <translation>Contribuciones, pagos, préstamos o contactos de un archivo CSV o Excel a la declaración abierta</translation>
    </message>
    <message>
        <source>&amp;Export .CAL file...</source>
        <translation>&amp;Exportar archivo .CAL...</translation>
    </message>
    <message>
        <source>Export for &amp;accountant...</source>
        <translation>Exportar para el c&amp;ontador...</translation>
    </message>
    <message>
        <source>The statement&apos;s transactions, or one schedule, as an Excel workbook or a CSV file</source>
        <translation>Las transacciones de la declaración, o un anexo, como libro de Excel o archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <source>&amp;Back up data file...</source>
        <translation>Hacer copia de segu&amp;ridad del archivo de datos...</translation>
    </message>
    <message>
        <source>Save a checked copy of all your committees and statements</source>
        <translation>Guardar una copia verificada de todos sus comités y declaraciones</translation>
    </message>
    <message>
        <source>Bac&amp;kups...</source>
        <translation>Co&amp;pias de seguridad...</translation>
    </message>
    <message>
        <source>The automatic backups of the data file; restore one</source>
        <translation>Las copias de seguridad automáticas del archivo de datos; restaurar una</translation>
    </message>
    <message>
        <source>&amp;Hand off committee...</source>
        <translation>En&amp;tregar el comité...</translation>
    </message>
    <message>
        <source>One file with everything about a committee, for the next treasurer</source>
        <translation>Un archivo con todo lo del comité, para el siguiente tesorero</translation>
    </message>
    <message>
        <source>Import hand-off &amp;bundle...</source>
        <translation>Importar pa&amp;quete de entrega...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Con&amp;figuración...</translation>
    </message>
    <message>
        <source>Ne&amp;xt visitor</source>
        <translation>Siguie&amp;nte visitante</translation>
    </message>
    <message>
        <source>Put this visit away: nothing of this committee stays on the screen for the next visitor</source>
        <translation>Cerrar esta visita: nada de este comité queda en la pantalla para el siguiente visitante</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Putting the last visit away</source>
        <translation>Cerrando la visita anterior</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>New row on this schedule</source>
        <translation>Nueva fila en este anexo</translation>
    </message>
    <message>
        <source>Add &amp;sub-item</source>
        <translation>Añadir &amp;subpartida</translation>
    </message>
    <message>
        <source>&amp;Find committee</source>
        <translation>&amp;Buscar comité</translation>
    </message>
    <message>
        <source>S&amp;witch committee...</source>
        <translation>&amp;Cambiar de comité...</translation>
    </message>
    <message>
        <source>Filing &amp;calendar...</source>
        <translation>Calen&amp;dario de presentación...</translation>
    </message>
    <message>
        <source>What the chosen committee files this year, with due dates</source>
        <translation>Lo que el comité elegido presenta este año, con las fechas límite</translation>
    </message>
    <message>
        <source>&amp;Next schedule</source>
        <translation>&amp;Anexo siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous schedule</source>
        <translation>Anexo a&amp;nterior</translation>
    </message>
    <message>
        <source>Committee &amp;profile...</source>
        <translation>&amp;Perfil del comité...</translation>
    </message>
    <message>
        <source>&amp;Check statement</source>
        <translation>&amp;Revisar la declaración</translation>
    </message>
    <message>
        <source>Mark &amp;ready to file</source>
        <translation>Marcar como &amp;lista para presentar</translation>
    </message>
    <message>
        <source>&amp;Amend filed statement...</source>
        <translation>&amp;Enmendar una declaración presentada...</translation>
    </message>
    <message>
        <source>&amp;Delete statement...</source>
        <translation>Eli&amp;minar la declaración...</translation>
    </message>
    <message>
        <source>Delete this draft statement and all its entries (Edit &gt; Undo brings it back)</source>
        <translation>Eliminar este borrador de declaración y todos sus registros (Editar &gt; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>&amp;File with the filing officer...</source>
        <translation>Pre&amp;sentar ante el funcionario de registro...</translation>
    </message>
    <message>
        <source>Check, freeze and e-file the open statement</source>
        <translation>Revisar, fijar y presentar por vía electrónica la declaración abierta</translation>
    </message>
    <message>
        <source>&amp;Outbox...</source>
        <translation>&amp;Bandeja de salida...</translation>
    </message>
    <message>
        <source>Filing pac&amp;ket...</source>
        <translation>Pa&amp;quete para presentar...</translation>
    </message>
    <message>
        <source>Where and how to deliver this statement on paper or by e-mail, then the statement to sign, as one PDF</source>
        <translation>Dónde y cómo entregar esta declaración en papel o por correo electrónico, y luego la declaración para firmar, en un solo PDF</translation>
    </message>
    <message>
        <source>&amp;Mark filed on paper...</source>
        <translation>Marcar como presentada en p&amp;apel...</translation>
    </message>
    <message>
        <source>Record that this statement was delivered, mailed or e-mailed to its filing officer</source>
        <translation>Anotar que esta declaración se entregó, se envió por correo o por correo electrónico a su funcionario de registro</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>Who changed this statement, when, before and after</source>
        <translation>Quién cambió esta declaración, cuándo, antes y después</translation>
    </message>
    <message>
        <source>&amp;Entry history...</source>
        <translation>Historial del re&amp;gistro...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About calaccess-desktop...</source>
        <translation>A&amp;cerca de calaccess-desktop...</translation>
    </message>
    <message>
        <source>The version, the data file, the licences; check for a newer version</source>
        <translation>La versión, el archivo de datos, las licencias; buscar una versión más nueva</translation>
    </message>
    <message>
        <source>Go to tab {n}</source>
        <translation>Ir a la pestaña {n}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Declaración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Next visitor</source>
        <translation>Siguiente visitante</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Trabajando...</translation>
    </message>
    <message>
        <source>There is no statement {id}.</source>
        <translation>No existe la declaración {id}.</translation>
    </message>
    <message>
        <source>&amp;File with {officer}...</source>
        <translation>Pre&amp;sentar ante {officer}...</translation>
    </message>
    <message>
        <source>Mark as draft again</source>
        <translation>Volver a marcar como borrador</translation>
    </message>
    <message>
        <source>Choose a committee first.</source>
        <translation>Primero elija un comité.</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <source>Choose or create a committee first.</source>
        <translation>Primero elija o cree un comité.</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Enmendar</translation>
    </message>
    <message>
        <source>Only a filed statement can be amended; a draft can simply be changed.</source>
        <translation>Solo se puede enmendar una declaración presentada; un borrador simplemente se cambia.</translation>
    </message>
    <message>
        <source>Open the statement to delete first.</source>
        <translation>Primero abra la declaración que quiere eliminar.</translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation>Eliminar la declaración</translation>
    </message>
    <message>
        <source>Deleted {what}. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó {what}. Editar &gt; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>¿Eliminar {what}?</translation>
    </message>
    <message>
        <source>Its 1 entry is deleted with it. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Su único registro se elimina con ella. Editar &gt; Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Its {n} entries are deleted with it. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Sus {n} registros se eliminan con ella. Editar &gt; Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Fix the errors in Findings first.</source>
        <translation>Primero corrija los errores de Observaciones.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Creating the demo committee and its statements...</source>
        <translation>Creando el comité de demostración y sus declaraciones...</translation>
    </message>
    <message>
        <source>The demo committee is open: look around, change anything. It is a committee of its own in this data file.</source>
        <translation>El comité de demostración está abierto: explore y cambie lo que quiera. Es un comité aparte en este archivo de datos.</translation>
    </message>
    <message>
        <source>Creating the demo</source>
        <translation>Creando la demostración</translation>
    </message>
    <message>
        <source>Open a statement first.</source>
        <translation>Primero abra una declaración.</translation>
    </message>
    <message>
        <source>Open an entry first.</source>
        <translation>Primero abra un registro.</translation>
    </message>
    <message>
        <source>There is no committee to hand off yet.</source>
        <translation>Todavía no hay ningún comité que entregar.</translation>
    </message>
    <message>
        <source>Hand off committee</source>
        <translation>Entregar el comité</translation>
    </message>
    <message>
        <source>Hand-off bundles</source>
        <translation>Paquetes de entrega</translation>
    </message>
    <message>
        <source>Writing the hand-off bundle...</source>
        <translation>Escribiendo el paquete de entrega...</translation>
    </message>
    <message>
        <source>Wrote {path}: {committee}, {statements} statements, {records} entries, {submissions} filings.</source>
        <translation>Se escribió {path}: {committee}, {statements} declaraciones, {records} entradas, {submissions} presentaciones.</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>Paquete no escrito</translation>
    </message>
    <message>
        <source>Handing off</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>Import hand-off bundle</source>
        <translation>Importar paquete de entrega</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>Importando el paquete</translation>
    </message>
    <message>
        <source>Imported the hand-off bundle of {committee}.</source>
        <translation>Se importó el paquete de entrega de {committee}.</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paquete no importado</translation>
    </message>
    <message>
        <source>Reading the bundle</source>
        <translation>Leyendo el paquete</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <translation>Abriendo {name}...</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>Se abrió {path}.</translation>
    </message>
    <message>
        <source>The current data file stays open.</source>
        <translation>El archivo de datos actual sigue abierto.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
    <message>
        <source>Data file not opened</source>
        <translation>No se abrió el archivo de datos</translation>
    </message>
    <message>
        <source>{path} could not be opened, so the current data file stays open.</source>
        <translation>No se pudo abrir {path}, así que el archivo de datos actual sigue abierto.</translation>
    </message>
    <message>
        <source>Opening the data file</source>
        <translation>Abriendo el archivo de datos</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>El archivo de datos está dañado</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Wrote {rows} entries to {path} for the accountant.</source>
        <translation>Se escribieron {rows} entradas en {path} para el contador.</translation>
    </message>
    <message>
        <source>Import a .CAL file</source>
        <translation>Importar un archivo .CAL</translation>
    </message>
    <message>
        <source>CAL files</source>
        <translation>Archivos CAL</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Leyendo {name}...</translation>
    </message>
    <message>
        <source>Reading {name}: line {done} of {total}...</source>
        <translation>Leyendo {name}: línea {done} de {total}...</translation>
    </message>
    <message>
        <source>Saving {total} records from {name}...</source>
        <translation>Guardando {total} registros de {name}...</translation>
    </message>
    <message>
        <source>Imported {records} records from {name}.</source>
        <translation>Se importaron {records} registros de {name}.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was changed.</source>
        <translation>{name} no se importó; no se cambió nada.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Import earlier statements: choose the folder of .CAL files</source>
        <translation>Importar declaraciones anteriores: elija la carpeta de archivos .CAL</translation>
    </message>
    <message>
        <source>Importing {name} ({n} of {total})...</source>
        <translation>Importando {name} ({n} de {total})...</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Earlier statements imported</source>
        <translation>Declaraciones anteriores importadas</translation>
    </message>
    <message>
        <source>{name}: not imported.</source>
        <translation>{name}: no importado.</translation>
    </message>
    <message>
        <source>Importing earlier statements</source>
        <translation>Importando declaraciones anteriores</translation>
    </message>
    <message>
        <source>{count} problem found</source>
        <translation>Se encontró {count} problema</translation>
    </message>
    <message>
        <source>{count} problems found</source>
        <translation>Se encontraron {count} problemas</translation>
    </message>
    <message>
        <source>. The first ones:</source>
        <translation>. Los primeros:</translation>
    </message>
    <message>
        <source>Export as a .CAL file</source>
        <translation>Exportar como archivo .CAL</translation>
    </message>
    <message>
        <source>Writing the .CAL file...</source>
        <translation>Escribiendo el archivo .CAL...</translation>
    </message>
    <message>
        <source>{name} was not written: the statement has values the CAL format does not allow. Fix them and export again.</source>
        <translation>{name} no se escribió: la declaración tiene valores que el formato CAL no permite. Corríjalos y exporte de nuevo.</translation>
    </message>
    <message>
        <source>{name} was not written.</source>
        <translation>{name} no se escribió.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Wrote {n} bytes to {path}.</source>
        <translation>Se escribieron {n} bytes en {path}.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>Hacer una copia de seguridad del archivo de datos</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Archivos de datos</translation>
    </message>
    <message>
        <source>Copying the data file...</source>
        <translation>Copiando el archivo de datos...</translation>
    </message>
    <message>
        <source>Copying the data file: page {done} of {total}...</source>
        <translation>Copiando el archivo de datos: página {done} de {total}...</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size} bytes, checked). To restore it, open it in Settings &gt; Data file.</source>
        <translation>Copia de seguridad en {path} ({size} bytes, verificada). Para restaurarla, ábrala en Configuración &gt; Archivo de datos.</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Sin copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <source>Open a statement to print it.</source>
        <translation>Abra una declaración para imprimirla.</translation>
    </message>
    <message>
        <source>Open a statement to file it.</source>
        <translation>Abra una declaración para presentarla.</translation>
    </message>
    <message>
        <source>E-filing is not available in this version.</source>
        <translation>La presentación electrónica no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Mark filed on paper</source>
        <translation>Marcar como presentada en papel</translation>
    </message>
    <message>
        <source>Open a draft or a statement ready to file first; a filed statement is changed by amending it.</source>
        <translation>Abra primero un borrador o una declaración lista para presentar; una declaración presentada se cambia con una enmienda.</translation>
    </message>
    <message>
        <source>Marked filed with {officer} by {how} on {day}. Its receipt prints from the outbox.</source>
        <translation>Marcada como presentada ante {officer} por {how} el {day}. Su comprobante se imprime desde la bandeja de salida.</translation>
    </message>
    <message>
        <source>Open the statement to file on paper first.</source>
        <translation>Abra primero la declaración que va a presentar en papel.</translation>
    </message>
    <message>
        <source>Save the filing packet</source>
        <translation>Guardar el paquete de presentación</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <source>Drawing the filing packet...</source>
        <translation>Dibujando el paquete de presentación...</translation>
    </message>
    <message>
        <source>Saved the filing packet ({pages} pages) to {path}: the delivery instructions, then the statement to sign.</source>
        <translation>Se guardó el paquete de presentación ({pages} páginas) en {path}: las instrucciones de entrega y luego la declaración para firmar.</translation>
    </message>
    <message>
        <source>Filing packet</source>
        <translation>Paquete de presentación</translation>
    </message>
    <message>
        <source>File with warnings?</source>
        <translation>¿Presentar con advertencias?</translation>
    </message>
    <message>
        <source>Checking the statement before filing...</source>
        <translation>Revisando la declaración antes de presentarla...</translation>
    </message>
    <message>
        <source>Not filed: {n} error(s) must be fixed first; they are listed in Findings (double-click one to go to it).</source>
        <translation>No presentada: primero hay que corregir {n} error(es); están en Observaciones (haga doble clic en uno para ir a él).</translation>
    </message>
    <message>
        <source>{n} warning(s) were found (see Findings). File the statement anyway?</source>
        <translation>Se encontraron {n} advertencia(s) (vea Observaciones). ¿Presentar la declaración de todos modos?</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Revisando</translation>
    </message>
    <message>
        <source>Frozen for filing: the statement can no longer change. Sending...</source>
        <translation>Congelada para presentar: la declaración ya no puede cambiar. Enviando...</translation>
    </message>
    <message>
        <source>The committee&apos;s filer ID at this agency (like ABC-123456):</source>
        <translation>El número de identificación del comité en esta agencia (como ABC-123456):</translation>
    </message>
    <message>
        <source>The signer ID of each signer (separate several with commas):</source>
        <translation>La identificación de cada firmante (separe varias con comas):</translation>
    </message>
    <message>
        <source>E-filing with a local agency</source>
        <translation>Presentación electrónica ante una agencia local</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Accepted: filed as {id}.</source>
        <translation>Aceptada: presentada como {id}.</translation>
    </message>
    <message>
        <source>Rejected by the server; see the outbox for what it said.</source>
        <translation>Rechazada por el servidor; vea en la bandeja de salida lo que dijo.</translation>
    </message>
    <message>
        <source>Failed: {why}</source>
        <translation>Falló: {why}</translation>
    </message>
    <message>
        <source>Not filed yet ({state}); it stays in the outbox.</source>
        <translation>Aún no presentada ({state}); sigue en la bandeja de salida.</translation>
    </message>
    <message>
        <source>That statement is being sent already; the outbox shows how it goes.</source>
        <translation>Esa declaración ya se está enviando; la bandeja de salida muestra cómo va.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Laying out the pages...</source>
        <translation>Componiendo las páginas...</translation>
    </message>
    <message>
        <source>Drawing the first page...</source>
        <translation>Dibujando la primera página...</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Open a statement first: the rows go on it.</source>
        <translation>Abra primero una declaración: las filas van en ella.</translation>
    </message>
    <message>
        <source>Imported {n} row(s) from the spreadsheet (Edit &gt; Undo takes the whole import back).</source>
        <translation>Se importaron {n} fila(s) de la hoja de cálculo (Editar &gt; Deshacer revierte toda la importación).</translation>
    </message>
    <message>
        <source>Nothing new was found in the spreadsheet; nothing was changed.</source>
        <translation>No se encontró nada nuevo en la hoja de cálculo; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MarkFiledDialog</name>
    <message>
        <source>Mark filed on paper</source>
        <translation>Marcar como presentada en papel</translation>
    </message>
    <message>
        <source>Record that &lt;b&gt;{title}&lt;/b&gt; was filed on paper or by e-mail. It is then locked as filed, and its receipt can be printed from the outbox. Changes after this go into an amendment.</source>
        <translation>Registre que &lt;b&gt;{title}&lt;/b&gt; se presentó en papel o por correo electrónico. Queda bloqueada como presentada y su comprobante se puede imprimir desde la bandeja de salida. Los cambios posteriores van en una enmienda.</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation>Presentada ante</translation>
    </message>
    <message>
        <source>How it was filed</source>
        <translation>Cómo se presentó</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <source>Filing ID</source>
        <translation>Número de presentación</translation>
    </message>
    <message>
        <source>if the filing officer gave one</source>
        <translation>si la oficina de presentación le dio uno</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>On (delivery, postmark or e-mail day)</source>
        <translation>El (día de entrega, matasellos o correo electrónico)</translation>
    </message>
    <message>
        <source>Mark filed</source>
        <translation>Marcar como presentada</translation>
    </message>
    <message>
        <source>Not marked filed: {error}</source>
        <translation>No se marcó como presentada: {error}</translation>
    </message>
</context>
<context>
    <name>NewStatementDialog</name>
    <message>
        <source>Period does not fit the statement type</source>
        <translation>El período no corresponde al tipo de declaración</translation>
    </message>
    <message>
        <source>January to June</source>
        <translation>de enero a junio</translation>
    </message>
    <message>
        <source>July to December</source>
        <translation>de julio a diciembre</translation>
    </message>
    <message>
        <source>A {name} has no period: it lists the reports for one election, each due within 24 hours (or 10 business days) of its date.</source>
        <translation>Un {name} no tiene período: reúne los informes de una elección, cada uno con vencimiento dentro de las 24 horas (o 10 días hábiles) de su fecha.</translation>
    </message>
    <message>
        <source>A {name} has no period. Give the election if it is for one.</source>
        <translation>Un {name} no tiene período. Indique la elección si es para una.</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <source>A new draft statement for &lt;b&gt;{name}&lt;/b&gt;. The period starts the day after your last statement ended and ends on the day the filing schedule sets for the type of statement.</source>
        <translation>Un nuevo borrador de declaración para &lt;b&gt;{name}&lt;/b&gt;. El período empieza el día después de que terminó su última declaración y termina el día que el calendario de presentación fija para el tipo de declaración.</translation>
    </message>
    <message>
        <source>Next on the filing calendar</source>
        <translation>Lo siguiente en el calendario de presentación</translation>
    </message>
    <message>
        <source>Start the late statement instead</source>
        <translation>Empezar en su lugar la declaración atrasada</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Type of statement</source>
        <translation>Tipo de declaración</translation>
    </message>
    <message>
        <source>Semi-annual, pre-election, quarterly ...</source>
        <translation>Semestral, preelectoral, trimestral ...</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period through</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Election date (if pre-election)</source>
        <translation>Fecha de la elección (si es preelectoral)</translation>
    </message>
    <message>
        <source>Suggested period</source>
        <translation>Período sugerido</translation>
    </message>
    <message>
        <source>Create statement</source>
        <translation>Crear la declaración</translation>
    </message>
    <message>
        <source>Next on your filing calendar: {what}.</source>
        <translation>Lo siguiente en su calendario de presentación: {what}.</translation>
    </message>
    <message>
        <source>Not started and past its deadline: {what}.</source>
        <translation>Sin empezar y con la fecha límite vencida: {what}.</translation>
    </message>
    <message>
        <source>Today is in the window for {what}.</source>
        <translation>Hoy está dentro del plazo de {what}.</translation>
    </message>
    <message>
        <source>A {form} covers the calendar year: {start} to {end}.</source>
        <translation>Un {form} abarca el año calendario: del {start} al {end}.</translation>
    </message>
    <message>
        <source>Enter the date of the election: a pre-election period ends 45 or 17 days before it.</source>
        <translation>Escriba la fecha de la elección: un período preelectoral termina 45 o 17 días antes.</translation>
    </message>
    <message>
        <source>The pre-election periods for the {day} election have ended (the second ended {end}). Choose another type of statement.</source>
        <translation>Los períodos preelectorales de la elección del {day} ya terminaron (el segundo terminó el {end}). Elija otro tipo de declaración.</translation>
    </message>
    <message>
        <source>Suggested for a first {kind} statement (it ends {days} days before the {day} election): {start} to {end}</source>
        <translation>Sugerido para una primera declaración {kind} (termina {days} días antes de la elección del {day}): del {start} al {end}</translation>
    </message>
    <message>
        <source>Suggested for a second {kind} statement (it ends {days} days before the {day} election): {start} to {end}</source>
        <translation>Sugerido para una segunda declaración {kind} (termina {days} días antes de la elección del {day}): del {start} al {end}</translation>
    </message>
    <message>
        <source>Suggested for a {kind} statement: {start} to {end}</source>
        <translation>Sugerido para una declaración {kind}: del {start} al {end}</translation>
    </message>
    <message>
        <source>Suggested for a statement: {start} to {end}</source>
        <translation>Sugerido para una declaración: del {start} al {end}</translation>
    </message>
    <message>
        <source>, due {day}.</source>
        <translation>, vence el {day}.</translation>
    </message>
    <message>
        <source>Change the dates if your period is different.</source>
        <translation>Cambie las fechas si su período es distinto.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>A period that does not match the filing schedule may be rejected or filed late. Create the statement with this period anyway?</source>
        <translation>Un período que no corresponde al calendario de presentación puede ser rechazado o presentarse tarde. ¿Crear la declaración con este período de todos modos?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <source>Change the period</source>
        <translation>Cambiar el período</translation>
    </message>
    <message>
        <source>Please fix the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not created yet: change the period or the type of statement.</source>
        <translation>Todavía no se creó: cambie el período o el tipo de declaración.</translation>
    </message>
    <message>
        <source>Not created: {why}</source>
        <translation>No se creó: {why}</translation>
    </message>
</context>
<context>
    <name>OfficerPicker</name>
    <message>
        <source>  (primary)</source>
        <translation>  (principal)</translation>
    </message>
    <message>
        <source>SOS e-filing</source>
        <translation>presentación electrónica (SOS)</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papel</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source> [practice]</source>
        <translation> [práctica]</translation>
    </message>
    <message>
        <source> [example]</source>
        <translation> [ejemplo]</translation>
    </message>
    <message>
        <source>Where the committee files (filing officers)</source>
        <translation>Dónde presenta el comité (funcionarios de registro)</translation>
    </message>
    <message>
        <source>Find a city, county or code (e.g. San Francisco, PRAC)</source>
        <translation>Buscar una ciudad, un condado o un código (p. ej., San Francisco, PRAC)</translation>
    </message>
    <message>
        <source>Find a filing officer</source>
        <translation>Buscar un funcionario de registro</translation>
    </message>
    <message>
        <source>Filing officers the app knows</source>
        <translation>Funcionarios de registro que conoce la aplicación</translation>
    </message>
    <message>
        <source>Filing officers this committee files with</source>
        <translation>Funcionarios de registro ante los que presenta este comité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the selected filing officer</source>
        <translation>Añadir el funcionario de registro elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Hacer principal</translation>
    </message>
    <message>
        <source>Make the selected officer the primary one</source>
        <translation>Hacer principal al funcionario elegido</translation>
    </message>
    <message>
        <source>About the selected filing officer</source>
        <translation>Sobre el funcionario de registro elegido</translation>
    </message>
    <message>
        <source>Other filing officer&apos;s name</source>
        <translation>Nombre del otro funcionario de registro</translation>
    </message>
    <message>
        <source>Other filing officer&apos;s e-mail for filings</source>
        <translation>Correo electrónico del otro funcionario de registro para las presentaciones</translation>
    </message>
    <message>
        <source>Other filing officer&apos;s address</source>
        <translation>Dirección del otro funcionario de registro</translation>
    </message>
    <message>
        <source>separate lines with ;</source>
        <translation>separe las líneas con ;</translation>
    </message>
    <message>
        <source>Add other officer</source>
        <translation>Añadir otro funcionario</translation>
    </message>
    <message>
        <source>Known filing officers</source>
        <translation>Funcionarios de registro conocidos</translation>
    </message>
    <message>
        <source>This committee files with (the primary, first, is where its e-filing goes; none chosen: the Secretary of State)</source>
        <translation>Este comité presenta ante (el principal, el primero, es adonde va su presentación electrónica; si no elige ninguno: la Secretaría de Estado)</translation>
    </message>
    <message>
        <source>Other officer&apos;s name</source>
        <translation>Nombre del otro funcionario</translation>
    </message>
    <message>
        <source>E-mail for filings</source>
        <translation>Correo electrónico para las presentaciones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Not in the list? An other filing officer:</source>
        <translation>¿No está en la lista? Otro funcionario de registro:</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Could not do that</source>
        <translation type="unfinished">No se pudo hacer</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox: statements being e-filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements you file wait here until they are sent; this works offline. Select one to send it or see what the server said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s own words under each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing server names fields by record and number; the messages above say the same in the app&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password and send...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-filing password and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose statements are listed</source>
        <translation>De quién son las declaraciones listadas</translation>
    </message>
    <message>
        <source>Why you cannot send</source>
        <translation>Por qué no puede enviar</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public counter: only your committee&apos;s statements are listed.</source>
        <translation>Mostrador público: solo se listan las declaraciones de su comité.</translation>
    </message>
    <message>
        <source>Public counter: find your committee first; then its statements are listed here (no one else&apos;s).</source>
        <translation>Mostrador público: primero busque su comité; luego sus declaraciones se listan aquí (las de nadie más).</translation>
    </message>
    <message>
        <source>{n} statement waits for the e-filing password of filer {filers}: it is not saved on this computer, so it is sent once you enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} statements wait for the e-filing password of filer {filers}: it is not saved on this computer, so it is sent once you enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission {id}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server said: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Filing ID or problem</source>
        <translation>ID de presentación o problema</translation>
    </message>
    <message>
        <source>waiting: {why}</source>
        <translation>en espera: {why}</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Statement pages</source>
        <translation>Páginas de la declaración</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>E-filing password</source>
        <translation>Contraseña de presentación electrónica</translation>
    </message>
    <message>
        <source>The e-filing password for filer {filer} is needed: {why}.</source>
        <translation>Se necesita la contraseña de presentación electrónica del declarante {filer}: {why}.</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>Recordarla en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>At a public counter the window locks after some minutes without use; the staff PIN continues the visit. At least 4 digits or letters.</source>
        <translation>En un mostrador público la ventana se bloquea tras unos minutos sin uso; el PIN del personal continúa la visita. Al menos 4 dígitos o letras.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Cover page</source>
        <translation type="unfinished">Portada</translation>
    </message>
    <message>
        <source>Cover page, part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished">Página de resumen</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation type="unfinished">Texto informativo</translation>
    </message>
    <message>
        <source>Part {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview - {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Vista previa de impresión</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a part of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the cover page, the summary or a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} (page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus, or Ctrl and the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Detener</translation>
    </message>
    <message>
        <source>Stop drawing the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished">Imprimir...</translation>
    </message>
    <message>
        <source>Print the statement (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page. Page 1 is shown; the others are being drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages. Page 1 is shown; the others are being drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page {done} of {total}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page, ready to print or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages, ready to print or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: only page 1 is shown. Draw all pages to see, print or save the whole statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be drawn: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished">No se guardó: {why}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page {done} of {total}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {n} page to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New committee</source>
        <translation>Nuevo comité</translation>
    </message>
    <message>
        <source>Committee profile</source>
        <translation>Perfil del comité</translation>
    </message>
    <message>
        <source>This is printed on the cover page of every statement. Fields marked * are required. Problems show in red as you leave each field.</source>
        <translation>Esto se imprime en la portada de cada declaración. Los campos marcados con * son obligatorios. Los problemas se muestran en rojo al salir de cada campo.</translation>
    </message>
    <message>
        <source>Profile problems</source>
        <translation>Problemas del perfil</translation>
    </message>
    <message>
        <source>Terminate the committee (Form 410)...</source>
        <translation>Terminar el comité (Formulario 410)...</translation>
    </message>
    <message>
        <source>Terminate the committee with a Form 410</source>
        <translation>Terminar el comité con un Formulario 410</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Historial...</translation>
    </message>
    <message>
        <source>History of the profile and the users</source>
        <translation>Historial del perfil y de los usuarios</translation>
    </message>
    <message>
        <source>Please fix the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
    <message>
        <source> Their changes to fields you had not touched are filled in.</source>
        <translation> Sus cambios en los campos que usted no había tocado se completaron.</translation>
    </message>
    <message>
        <source>The profile is saved; the Form 410 was not: {why}</source>
        <translation>El perfil se guardó; el Formulario 410 no: {why}</translation>
    </message>
    <message>
        <source>Form 410</source>
        <translation>Formulario 410</translation>
    </message>
    <message>
        <source>Update the draft</source>
        <translation>Actualizar el borrador</translation>
    </message>
    <message>
        <source>Create the amendment</source>
        <translation>Crear la enmienda</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Form 410 amendment offer</source>
        <translation>Propuesta de enmienda del Formulario 410</translation>
    </message>
    <message>
        <source>Not terminated: {typed} is not a date like 12/31/2026.</source>
        <translation>No se terminó: {typed} no es una fecha como 12/31/2026.</translation>
    </message>
    <message>
        <source>Form 410 termination made (statement {n}), ending the committee on {day}. File every other statement first, with a termination Form 460, then sign and file the 410.</source>
        <translation>Se hizo la terminación en el Formulario 410 (declaración {n}), que termina el comité el {day}. Presente primero todas las demás declaraciones, con un Formulario 460 de terminación, y luego firme y presente el 410.</translation>
    </message>
    <message>
        <source>Not terminated: {why}</source>
        <translation>No se terminó: {why}</translation>
    </message>
    <message>
        <source>Terminate the committee</source>
        <translation>Terminar el comité</translation>
    </message>
    <message>
        <source>The committee ends on (MM/DD/YYYY). A Form 410 termination is made from the profile; file every other statement first.</source>
        <translation>El comité termina el (MM/DD/AAAA). La terminación en el Formulario 410 se hace desde el perfil; presente primero todas las demás declaraciones.</translation>
    </message>
    <message>
        <source>Fix: {field}.</source>
        <translation>Corrija: {field}.</translation>
    </message>
</context>
<context>
    <name>QuickSwitch</name>
    <message>
        <source>Switch committee</source>
        <translation>Cambiar de comité</translation>
    </message>
    <message>
        <source>Type part of a name or committee ID</source>
        <translation>Escriba parte de un nombre o ID de comité</translation>
    </message>
    <message>
        <source>Committee name or ID</source>
        <translation>Nombre o ID del comité</translation>
    </message>
    <message>
        <source>Matching committees</source>
        <translation>Comités que coinciden</translation>
    </message>
    <message>
        <source>Switch to committee (Enter to open, Esc to cancel):</source>
        <translation>Cambiar al comité (Intro para abrir, Esc para cancelar):</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt (proof of filing)</source>
        <translation>Comprobante (prueba de presentación)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Comprobante</translation>
    </message>
    <message>
        <source>The receipt of submission {id} ({pages} page): the filing officer, filing ID, date and time, the file&apos;s SHA-256 and every attempt. It is rebuilt from the data file, the same each time.</source>
        <translation>El comprobante del envío {id} ({pages} página): la oficina de presentación, el número de presentación, la fecha y la hora, el SHA-256 del archivo y cada intento. Se rehace a partir del archivo de datos, igual cada vez.</translation>
    </message>
    <message>
        <source>The receipt of submission {id} ({pages} pages): the filing officer, filing ID, date and time, the file&apos;s SHA-256 and every attempt. It is rebuilt from the data file, the same each time.</source>
        <translation>El comprobante del envío {id} ({pages} páginas): la oficina de presentación, el número de presentación, la fecha y la hora, el SHA-256 del archivo y cada intento. Se rehace a partir del archivo de datos, igual cada vez.</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Guardar como PDF...</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar el comprobante</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Archivos PDF</translation>
    </message>
    <message>
        <source>Saved the receipt to {path}.</source>
        <translation>Se guardó el comprobante en {path}.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Receipt {id}</source>
        <translation>Comprobante {id}</translation>
    </message>
    <message>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>Se enviaron {n} página(s) a la impresora.</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>No se imprimió: {error}</translation>
    </message>
    <message>
        <source>Select an accepted filing: a receipt is made once the filing officer accepts a statement, or once it is marked filed on paper.</source>
        <translation>Seleccione una presentación aceptada: el comprobante se hace cuando la oficina de presentación acepta una declaración, o cuando se marca como presentada en papel.</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>{title} table</source>
        <translation>Tabla: {title}</translation>
    </message>
    <message>
        <source>{title} entry form</source>
        <translation>Formulario: {title}</translation>
    </message>
    <message>
        <source>{title} count</source>
        <translation>Cantidad: {title}</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar un nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>New entry on {title}</source>
        <translation>Nuevo registro en {title}</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Añadir subpartida</translation>
    </message>
    <message>
        <source>Add a memo sub-item under the selected entry (e.g. what a credit card payment paid for)</source>
        <translation>Añadir una subpartida informativa bajo el registro elegido (p. ej., qué se pagó con un pago de tarjeta de crédito)</translation>
    </message>
    <message>
        <source>Add sub-item under the selected entry</source>
        <translation>Añadir una subpartida bajo el registro elegido</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key); Ctrl+Z undoes it</source>
        <translation>Eliminar el registro elegido (tecla Supr); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar el registro elegido</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Nuevo registro: {noun}</translation>
    </message>
    <message>
        <source>The entry you were changing is no longer on this schedule (undone or deleted). What you typed is kept: Save adds it as a new entry, Clear drops it.</source>
        <translation>El registro que estaba cambiando ya no está en este anexo (se deshizo o se eliminó). Lo que escribió se conserva: Guardar lo añade como registro nuevo, Vaciar lo descarta.</translation>
    </message>
    <message>
        <source>The entry you were looking at is no longer on this schedule (undone or deleted).</source>
        <translation>El registro que estaba viendo ya no está en este anexo (se deshizo o se eliminó).</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>What you typed in this {noun} ({id}) is not saved yet.</source>
        <translation>Lo que escribió en este registro ({noun}, {id}) todavía no está guardado.</translation>
    </message>
    <message>
        <source>What you typed in the new {noun} is not saved yet.</source>
        <translation>Lo que escribió en el nuevo registro ({noun}) todavía no está guardado.</translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation>Registro sin guardar</translation>
    </message>
    <message>
        <source>Save it, discard what you typed, or cancel to keep working on it.</source>
        <translation>Guárdelo, descarte lo que escribió, o cancele para seguir trabajando en él.</translation>
    </message>
    <message>
        <source>Select the entry the sub-item belongs to first.</source>
        <translation>Primero elija el registro al que pertenece la subpartida.</translation>
    </message>
    <message>
        <source>New sub-item of {id}</source>
        <translation>Nueva subpartida de {id}</translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation>Eliminado. Pulse Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unitemized total (as filed)</source>
        <translation>Total no detallado (como se presentó)</translation>
    </message>
    <message>
        <source>{name} (memo)</source>
        <translation>{name} (informativo)</translation>
    </message>
    <message>
        <source>The unitemized total of the statement as it was filed.</source>
        <translation>El total no detallado de la declaración tal como se presentó.</translation>
    </message>
    <message>
        <source>Sub-item of transaction {id}; not counted twice.</source>
        <translation>Subpartida de la transacción {id}; no se cuenta dos veces.</translation>
    </message>
    <message>
        <source>Memo entry: shown for information, not counted in totals.</source>
        <translation>Registro informativo: se muestra como información, no se suma en los totales.</translation>
    </message>
    <message>
        <source>Not itemized: under the $100 threshold for the calendar year; counted in the unitemized total.</source>
        <translation>No detallado: menos del umbral de $100 del año calendario; se suma al total no detallado.</translation>
    </message>
    <message>
        <source>Transaction {id}. Double-click or Enter to edit.</source>
        <translation>Transacción {id}. Doble clic o Intro para editarla.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>California state rules ($100 itemization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished">Elegir...</translation>
    </message>
    <message>
        <source>Choose an existing data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of the data file</source>
        <translation type="unfinished">Copias de seguridad del archivo de datos</translation>
    </message>
    <message>
        <source>About the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now (the window reopens on it; otherwise it is used from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Save writes these settings over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization threshold variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local ordinances with other thresholds come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation>Se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Check for a newer version when online (nothing about you is sent; never in the last 7 days before a filing is due; nothing is installed)</source>
        <translation>Buscar una versión más nueva cuando haya conexión (no se envía nada sobre usted; nunca en los últimos 7 días antes de una fecha límite; no se instala nada)</translation>
    </message>
    <message>
        <source>Check for a newer version</source>
        <translation>Buscar una versión más nueva</translation>
    </message>
    <message>
        <source>Filing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itemization threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Public counter</source>
        <translation>Mostrador público</translation>
    </message>
    <message>
        <source>Counter mode: a clean start for each visitor, nothing of one visitor left for the next</source>
        <translation>Modo mostrador: un inicio limpio para cada visitante, nada de un visitante queda para el siguiente</translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation>Modo mostrador</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras minutos sin uso</translation>
    </message>
    <message>
        <source>Visitors find their committee by name or ID (the list of committees is hidden), File &gt; Next visitor puts the last one away, and the window locks after the minutes above without use; Continue then needs the staff PIN (or the password of the user signed in). E-filing passwords are never saved. Used from the next start (or start with --counter).</source>
        <translation>Los visitantes buscan su comité por nombre o número (la lista de comités está oculta), Archivo &gt; Siguiente visitante cierra la visita anterior, y la ventana se bloquea tras los minutos de arriba sin uso; para Continuar hace falta entonces el PIN del personal (o la contraseña del usuario que inició sesión). Las contraseñas de presentación electrónica nunca se guardan. Se usa a partir del próximo inicio (o al iniciar con --counter).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Set the staff PIN...</source>
        <translation>Fijar el PIN del personal...</translation>
    </message>
    <message>
        <source>Set or change the staff PIN</source>
        <translation>Fijar o cambiar el PIN del personal</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <source>Change the staff PIN...</source>
        <translation>Cambiar el PIN del personal...</translation>
    </message>
    <message>
        <source>Set: the lock&apos;s Continue asks for it (kept only as a hash in the data file, shared by every counter using it).</source>
        <translation>Fijado: el botón Continuar del bloqueo lo pide (se guarda solo como hash en el archivo de datos, compartido por cada mostrador que lo usa).</translation>
    </message>
    <message>
        <source>Not set: the lock offers only Next visitor.</source>
        <translation>Sin fijar: el bloqueo ofrece solo Siguiente visitante.</translation>
    </message>
    <message>
        <source>Counter mode is on and no staff PIN is set, so a locked counter cannot continue a visit: set the PIN here.</source>
        <translation>El modo mostrador está activado y no hay PIN del personal, así que un mostrador bloqueado no puede continuar una visita: fije el PIN aquí.</translation>
    </message>
    <message>
        <source>(On this data file the password of the user signed in at the counter also unlocks it.)</source>
        <translation>(En este archivo de datos también lo desbloquea la contraseña del usuario que inició sesión en el mostrador.)</translation>
    </message>
    <message>
        <source>The staff PIN is set.</source>
        <translation>El PIN del personal está fijado.</translation>
    </message>
    <message>
        <source>E-filing password</source>
        <translation type="unfinished">Contraseña de presentación electrónica</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Contraseña</translation>
    </message>
    <message>
        <source>Counter mode: the e-filing password is never saved on this computer; it is asked each time you send.</source>
        <translation>Modo mostrador: la contraseña de presentación electrónica nunca se guarda en esta computadora; se pide cada vez que envía.</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be saved here: {why}. It is asked each time you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({why}); the password is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the file in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the filer ID and the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was saved for this filer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problema</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, for a contact entered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New; may be {who} (confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, then Read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rows with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip or include row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected rows out of the import (or take them back in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip every row with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that the selected row&apos;s contributor is a contact entered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (double-click a cell to fix it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importar</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished">Todos los archivos</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation type="unfinished">Leyendo {name}...</translation>
    </message>
    <message>
        <source>Not read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: headers on row {header_row}, {rows} rows. What each column holds ({source}); change any that is wrong, then &apos;Read the rows with these columns&apos;. It is remembered for files laid out the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What column {header} holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns changed: press &apos;Read the rows with these columns&apos; to see the rows as they will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has no contact entered before to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} row(s) will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were imported before and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} totals line(s) ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new was found: all {n} row(s) were imported before. Importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} row(s) have problems (in red): fix them (double-click the cell) or skip them to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} row(s) are dated outside this statement&apos;s period (they belong on another statement; the check will say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contributor(s) may be people entered before (in yellow): &apos;Same person as...&apos; links them; otherwise each is a new contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported; nothing was changed. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>What this is</source>
        <translation>Qué es esto</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <source>See the backups...</source>
        <translation>Ver las copias de seguridad...</translation>
    </message>
    <message>
        <source>See the backups</source>
        <translation>Ver las copias de seguridad</translation>
    </message>
    <message>
        <source>List them, or put one back (File &gt; Backups)</source>
        <translation>Verlas, o restaurar una (Archivo &gt; Copias de seguridad)</translation>
    </message>
    <message>
        <source>Create your committee</source>
        <translation>Crear su comité</translation>
    </message>
    <message>
        <source>Its name, ID, address and treasurer: printed on every cover page and checked as you type.</source>
        <translation>Su nombre, número, dirección y tesorero: se imprimen en cada portada y se revisan mientras escribe.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>A sample city council campaign with two Form 460s (every schedule) and a Form 497, to look around. It is added to this data file as a committee of its own.</source>
        <translation>Una campaña de ejemplo para el concejo municipal con dos Formularios 460 (todos los anexos) y un Formulario 497, para explorar. Se añade a este archivo de datos como un comité aparte.</translation>
    </message>
    <message>
        <source>Import .CAL files</source>
        <translation>Importar archivos .CAL</translation>
    </message>
    <message>
        <source>Statements filed with other software: choose their folder; they are imported in date order (File &gt; Import earlier statements).</source>
        <translation>Declaraciones presentadas con otro programa: elija su carpeta; se importan en orden de fecha (Archivo &gt; Importar declaraciones anteriores).</translation>
    </message>
    <message>
        <source>Import a hand-off bundle</source>
        <translation>Importar un paquete de entrega</translation>
    </message>
    <message>
        <source>The file the previous treasurer saved with File &gt; Hand off committee: everything about the committee.</source>
        <translation>El archivo que el tesorero anterior guardó con Archivo &gt; Entregar el comité: todo lo del comité.</translation>
    </message>
    <message>
        <source>Start a statement</source>
        <translation>Empezar una declaración</translation>
    </message>
    <message>
        <source>Choose the form and period; the filing calendar says which one is due next (Ctrl+Shift+N).</source>
        <translation>Elija el formulario y el período; el calendario de presentación indica cuál vence primero (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>See the filing calendar</source>
        <translation>Ver el calendario de presentación</translation>
    </message>
    <message>
        <source>What this committee files this year, with due dates (Ctrl+Shift+L).</source>
        <translation>Lo que este comité presenta este año, con las fechas límite (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Import a .CAL file</source>
        <translation>Importar un archivo .CAL</translation>
    </message>
    <message>
        <source>One statement filed with other software (Ctrl+I).</source>
        <translation>Una declaración presentada con otro programa (Ctrl+I).</translation>
    </message>
    <message>
        <source>Check the committee profile</source>
        <translation>Revisar el perfil del comité</translation>
    </message>
    <message>
        <source>Name, address, treasurer and filing officer, printed on every cover page (Ctrl+Shift+P).</source>
        <translation>Nombre, dirección, tesorero y funcionario de registro, impresos en cada portada (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Welcome to calaccess-desktop</source>
        <translation>Bienvenido a calaccess-desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prepare California campaign statements on this computer: enter contributions and payments, check them against the FPPC&apos;s rules as you type, print them, and file them with the Secretary of State or your city or county clerk. Nothing leaves this computer until you file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How do you want to begin?&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prepare las declaraciones de campaña de California en esta computadora: registre contribuciones y pagos, revíselos con las reglas de la FPPC mientras escribe, imprímalos y preséntelos ante la Secretaría de Estado o ante el secretario de su ciudad o condado. Nada sale de esta computadora hasta que usted presente.&lt;/p&gt;&lt;p&gt;&lt;b&gt;¿Cómo quiere empezar?&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>Choose a committee</source>
        <translation>Elija un comité</translation>
    </message>
    <message>
        <source>&lt;p&gt;Find your committee by its name or ID, or begin a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Busque su comité por su nombre o número, o empiece uno nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a committee on the left (type part of its name or ID to find it; Ctrl+K switches), or begin another one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija un comité a la izquierda (escriba parte de su nombre o número para encontrarlo; Ctrl+K cambia de comité), o empiece otro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This committee has no statement yet. &lt;b&gt;Start one&lt;/b&gt;: the filing calendar says which form and period come next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este comité todavía no tiene declaraciones. &lt;b&gt;Empiece una&lt;/b&gt;: el calendario de presentación indica qué formulario y qué período siguen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No statement is open. Choose one of the committee&apos;s statements on the left (double-click, or Enter), or start the next one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ninguna declaración abierta. Elija una de las declaraciones del comité a la izquierda (doble clic, o Intro), o empiece la siguiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data.&lt;/b&gt; Every committee and statement is kept in one file on this computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Settings (Ctrl+,) chooses another file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sus datos.&lt;/b&gt; Cada comité y cada declaración se guardan en un solo archivo en esta computadora:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Configuración (Ctrl+,) elige otro archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; is kept on the database server &lt;code&gt;{server}&lt;/code&gt;; it is backed up with the server&apos;s own tools (pg_dump), not by this app.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sus datos&lt;/b&gt; se guardan en el servidor de base de datos &lt;code&gt;{server}&lt;/code&gt;; sus copias de seguridad se hacen con las herramientas del servidor (pg_dump), no con esta aplicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Backups&lt;/b&gt; are made on their own: a checked copy goes into &lt;code&gt;{folder}&lt;/code&gt; {after} minutes after your first change (at most once an hour), and before every import, amendment or restore. The last {last} are kept, then the newest of each day for {days} days and of each month for {months} months. That folder is on this computer: to outlast a lost or broken computer, also save a copy elsewhere now and then (File &amp;gt; Back up data file, to a USB stick or another disk).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Las copias de seguridad&lt;/b&gt; se hacen solas: una copia verificada se guarda en &lt;code&gt;{folder}&lt;/code&gt; {after} minutos después de su primer cambio (como máximo una vez por hora), y antes de cada importación, enmienda o restauración. Se conservan las últimas {last}, luego la más reciente de cada día durante {days} días y de cada mes durante {months} meses. Esa carpeta está en esta computadora: para no perderlo todo si la computadora se pierde o se daña, guarde también de vez en cuando una copia en otro lugar (Archivo &amp;gt; Hacer copia de seguridad, en una memoria USB u otro disco).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>&lt;h2&gt;No statement open&lt;/h2&gt;&lt;p&gt;Choose a committee and one of its statements on the left, or start one: &lt;b&gt;File &amp;gt; New statement&lt;/b&gt; (Ctrl+Shift+N).&lt;/p&gt;&lt;p&gt;New here? Create your committee first: &lt;b&gt;File &amp;gt; New committee&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No hay ninguna declaración abierta&lt;/h2&gt;&lt;p&gt;Elija un comité y una de sus declaraciones a la izquierda, o empiece una: &lt;b&gt;Archivo &amp;gt; Nueva declaración&lt;/b&gt; (Ctrl+Shift+N).&lt;/p&gt;&lt;p&gt;¿Es nuevo aquí? Primero cree su comité: &lt;b&gt;Archivo &amp;gt; Nuevo comité&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No statement open</source>
        <translation>No hay ninguna declaración abierta</translation>
    </message>
    <message>
        <source>Statement status</source>
        <translation>Estado de la declaración</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Statement pages</source>
        <translation>Páginas de la declaración</translation>
    </message>
    <message>
        <source>Pages of the statement</source>
        <translation>Páginas de la declaración</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Cover page: period, committee, signature</source>
        <translation>Portada: período, comité, firma</translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation>Página de resumen</translation>
    </message>
    <message>
        <source>Summary page (computed)</source>
        <translation>Página de resumen (calculada)</translation>
    </message>
    <message>
        <source>Changes since filed</source>
        <translation>Cambios desde la presentación</translation>
    </message>
    <message>
        <source>What this amendment changes from the report it amends</source>
        <translation>Lo que esta enmienda cambia del informe que enmienda</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <source>imported from a .CAL file</source>
        <translation>importada de un archivo .CAL</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>This statement is filed and cannot change. To correct it, use Statement &gt; Amend filed statement; the original stays as filed.</source>
        <translation>Esta declaración ya se presentó y no puede cambiar. Para corregirla, use Declaración &gt; Enmendar una declaración presentada; la original queda como se presentó.</translation>
    </message>
    <message>
        <source>Ready to file. Next: print it (Ctrl+P) or file it with {officer}.</source>
        <translation>Lista para presentar. Ahora: imprímala (Ctrl+P) o preséntela ante {officer}.</translation>
    </message>
    <message>
        <source>This is an amendment: correct what was wrong on its pages, then look at Changes since filed to see exactly what re-filing it changes.</source>
        <translation>Esta es una enmienda: corrija lo que estaba mal en sus páginas y luego mire Cambios desde la presentación para ver exactamente qué cambia al volver a presentarla.</translation>
    </message>
    <message>
        <source>Enter each item on its tab, then check the statement (F5).</source>
        <translation>Registre cada partida en su pestaña y luego revise la declaración (F5).</translation>
    </message>
    <message>
        <source>Also file: {forms}.</source>
        <translation>Presente también: {forms}.</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <source> (late)</source>
        <translation> (atrasada)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation>, vence el {day}</translation>
    </message>
</context>
<context>
    <name>SubjectBox</name>
    <message>
        <source>Candidate or measure</source>
        <translation>Candidato o medida</translation>
    </message>
    <message>
        <source>Save candidate or measure</source>
        <translation>Guardar candidato o medida</translation>
    </message>
    <message>
        <source>Save the candidate or measure of this report</source>
        <translation>Guardar el candidato o la medida de este informe</translation>
    </message>
    <message>
        <source>Candidate or measure message</source>
        <translation>Mensaje sobre el candidato o la medida</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The candidate or measure could not be saved.</source>
        <translation>No se pudo guardar el candidato o la medida.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Schedule subtotal</source>
        <translation>Subtotal del anexo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Año calendario</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>The summary page is computed from your entries and updates as you type them. Column A is this period; column B is the calendar year.</source>
        <translation>La página de resumen se calcula con sus registros y se actualiza mientras los escribe. La columna A es este período; la columna B es el año calendario.</translation>
    </message>
    <message>
        <source>Ending cash balance</source>
        <translation>Saldo final de efectivo</translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation>Página de resumen</translation>
    </message>
    <message>
        <source>Schedule subtotals</source>
        <translation>Subtotales de los anexos</translation>
    </message>
    <message>
        <source>Ending cash balance (line 16): {cash}    Total contributions this period (line 5): {received}    Total expenditures (line 11): {spent}</source>
        <translation>Saldo final de efectivo (línea 16): {cash}    Total de contribuciones este período (línea 5): {received}    Total de gastos (línea 11): {spent}</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>Logged in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Log in as another &amp;user...</source>
        <translation>Iniciar sesión como otro &amp;usuario...</translation>
    </message>
    <message>
        <source>Log in first: this data file has users.</source>
        <translation>Primero inicie sesión: este archivo de datos tiene usuarios.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>_DelayedProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not do that</source>
        <translation>No se pudo hacer</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Data file not opened</source>
        <translation>No se abrió el archivo de datos</translation>
    </message>
    <message>
        <source>The window could not open</source>
        <translation>No se pudo abrir la ventana</translation>
    </message>
    <message>
        <source>The data file chosen in Settings could not be opened:
{file}

{why}

The default data file is open instead; choose another file in Settings.</source>
        <translation>No se pudo abrir el archivo de datos elegido en Configuración:
{file}

{why}

En su lugar está abierto el archivo de datos predeterminado; elija otro archivo en Configuración.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Contributions received</source>
        <translation>Contribuciones recibidas</translation>
    </message>
    <message>
        <source>Expenditures made</source>
        <translation>Gastos realizados</translation>
    </message>
    <message>
        <source>Current cash statement</source>
        <translation>Estado actual de efectivo</translation>
    </message>
    <message>
        <source>Cash equivalents and outstanding debts</source>
        <translation>Equivalentes de efectivo y deudas pendientes</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>Acepta</translation>
    </message>
    <message>
        <source>Account number (last 4 digits)</source>
        <translation>Número de cuenta (últimos 4 dígitos)</translation>
    </message>
    <message>
        <source>Accrued expenses (unpaid bills)</source>
        <translation>Gastos acumulados (cuentas sin pagar)</translation>
    </message>
    <message>
        <source>Accrued expenses incurred this period</source>
        <translation>Gastos acumulados contraídos este período</translation>
    </message>
    <message>
        <source>Accrued expenses paid this period</source>
        <translation>Gastos acumulados pagados este período</translation>
    </message>
    <message>
        <source>Agency of the office (Form 501)</source>
        <translation>Agencia del cargo (Formulario 501)</translation>
    </message>
    <message>
        <source>Agent or contractor</source>
        <translation>Agente o contratista</translation>
    </message>
    <message>
        <source>Agent or independent contractor</source>
        <translation>Agente o contratista independiente</translation>
    </message>
    <message>
        <source>Agent payments</source>
        <translation>Pagos de agentes</translation>
    </message>
    <message>
        <source>Agent&apos;s or contractor&apos;s first name</source>
        <translation>Nombre del agente o contratista</translation>
    </message>
    <message>
        <source>Agent&apos;s or contractor&apos;s last name or company</source>
        <translation>Apellido o empresa del agente o contratista</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Enmendada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount guaranteed this period</source>
        <translation>Cantidad garantizada este período</translation>
    </message>
    <message>
        <source>Amount lent this period</source>
        <translation>Cantidad prestada este período</translation>
    </message>
    <message>
        <source>Amount paid this period</source>
        <translation>Cantidad pagada este período</translation>
    </message>
    <message>
        <source>Amount received this period</source>
        <translation>Cantidad recibida este período</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <source>Assembly District</source>
        <translation>Distrito de la Asamblea</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Tasador</translation>
    </message>
    <message>
        <source>Assistant treasurer (optional)</source>
        <translation>Tesorero adjunto (opcional)</translation>
    </message>
    <message>
        <source>Assistant treasurer ZIP code</source>
        <translation>Código postal del tesorero adjunto</translation>
    </message>
    <message>
        <source>Assistant treasurer address line 2</source>
        <translation>Dirección del tesorero adjunto, línea 2</translation>
    </message>
    <message>
        <source>Assistant treasurer city</source>
        <translation>Ciudad del tesorero adjunto</translation>
    </message>
    <message>
        <source>Assistant treasurer first name</source>
        <translation>Nombre del tesorero adjunto</translation>
    </message>
    <message>
        <source>Assistant treasurer last name</source>
        <translation>Apellido del tesorero adjunto</translation>
    </message>
    <message>
        <source>Assistant treasurer phone</source>
        <translation>Teléfono del tesorero adjunto</translation>
    </message>
    <message>
        <source>Assistant treasurer state</source>
        <translation>Estado del tesorero adjunto</translation>
    </message>
    <message>
        <source>Assistant treasurer street address</source>
        <translation>Dirección del tesorero adjunto</translation>
    </message>
    <message>
        <source>Attorney General</source>
        <translation>Procurador General</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance at the end of the period</source>
        <translation>Saldo al final del período</translation>
    </message>
    <message>
        <source>Balance at the start of the period</source>
        <translation>Saldo al inicio del período</translation>
    </message>
    <message>
        <source>Balance outstanding</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Saldo adeudado</translation>
    </message>
    <message>
        <source>Balance owed to us</source>
        <translation>Saldo que nos deben</translation>
    </message>
    <message>
        <source>Ballot measure committee</source>
        <translation>Comité de medida electoral</translation>
    </message>
    <message>
        <source>Ballot measure name</source>
        <translation>Nombre de la medida electoral</translation>
    </message>
    <message>
        <source>Ballot measure&apos;s jurisdiction</source>
        <translation>Jurisdicción de la medida electoral</translation>
    </message>
    <message>
        <source>Ballot measure&apos;s name</source>
        <translation>Nombre de la medida electoral</translation>
    </message>
    <message>
        <source>Ballot measure&apos;s number or letter</source>
        <translation>Número o letra de la medida electoral</translation>
    </message>
    <message>
        <source>Bank ZIP code</source>
        <translation>Código postal del banco</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Bank account number (printed on Form 410 only)</source>
        <translation>Número de cuenta bancaria (solo se imprime en el Formulario 410)</translation>
    </message>
    <message>
        <source>Bank address line 2</source>
        <translation>Dirección del banco, línea 2</translation>
    </message>
    <message>
        <source>Bank city</source>
        <translation>Ciudad del banco</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nombre del banco</translation>
    </message>
    <message>
        <source>Bank phone</source>
        <translation>Teléfono del banco</translation>
    </message>
    <message>
        <source>Bank state</source>
        <translation>Estado del banco</translation>
    </message>
    <message>
        <source>Bank street address</source>
        <translation>Dirección del banco</translation>
    </message>
    <message>
        <source>Beginning cash balance</source>
        <translation>Saldo inicial de efectivo</translation>
    </message>
    <message>
        <source>Board of Education</source>
        <translation>Junta de Educación</translation>
    </message>
    <message>
        <source>Board of Equalization District</source>
        <translation>Distrito de la Junta de Igualación</translation>
    </message>
    <message>
        <source>Board of Equalization Member</source>
        <translation>Miembro de la Junta de Igualación</translation>
    </message>
    <message>
        <source>Board of Supervisors</source>
        <translation>Junta de Supervisores</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Prestatario</translation>
    </message>
    <message>
        <source>Borrower is self-employed</source>
        <translation>El prestatario trabaja por cuenta propia</translation>
    </message>
    <message>
        <source>Borrower&apos;s ZIP code</source>
        <translation>Código postal del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s address line 2</source>
        <translation>Dirección del prestatario, línea 2</translation>
    </message>
    <message>
        <source>Borrower&apos;s city</source>
        <translation>Ciudad del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s employer</source>
        <translation>Empleador del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s first name</source>
        <translation>Nombre del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s last name or organization</source>
        <translation>Apellido u organización del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s occupation</source>
        <translation>Ocupación del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s state</source>
        <translation>Estado del prestatario</translation>
    </message>
    <message>
        <source>Borrower&apos;s street address</source>
        <translation>Dirección del prestatario</translation>
    </message>
    <message>
        <source>Candidate ZIP code</source>
        <translation>Código postal del candidato</translation>
    </message>
    <message>
        <source>Candidate address line 2</source>
        <translation>Dirección del candidato, línea 2</translation>
    </message>
    <message>
        <source>Candidate city</source>
        <translation>Ciudad del candidato</translation>
    </message>
    <message>
        <source>Candidate first name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>Candidate last name</source>
        <translation>Apellido del candidato</translation>
    </message>
    <message>
        <source>Candidate or ballot measure</source>
        <translation>Candidato o medida electoral</translation>
    </message>
    <message>
        <source>Candidate or measure</source>
        <translation>Candidato o medida</translation>
    </message>
    <message>
        <source>Candidate or officeholder</source>
        <translation>Candidato o funcionario electo</translation>
    </message>
    <message>
        <source>Candidate state</source>
        <translation>Estado del candidato</translation>
    </message>
    <message>
        <source>Candidate street address</source>
        <translation>Dirección del candidato</translation>
    </message>
    <message>
        <source>Candidate&apos;s first name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>Candidate&apos;s name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>Candidate&apos;s party (blank: nonpartisan office)</source>
        <translation>Partido del candidato (en blanco: cargo no partidista)</translation>
    </message>
    <message>
        <source>Cash equivalents</source>
        <translation>Equivalentes de efectivo</translation>
    </message>
    <message>
        <source>Cash payments</source>
        <translation>Pagos en efectivo</translation>
    </message>
    <message>
        <source>Cash receipts</source>
        <translation>Ingresos en efectivo</translation>
    </message>
    <message>
        <source>Check number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>City Attorney</source>
        <translation>Abogado de la Ciudad</translation>
    </message>
    <message>
        <source>City Council Member</source>
        <translation>Miembro del Concejo Municipal</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Committee ID number (from the SOS)</source>
        <translation>Número de identificación del comité (de la Secretaría de Estado)</translation>
    </message>
    <message>
        <source>Committee ID number (if a committee)</source>
        <translation>Número de identificación del comité (si es un comité)</translation>
    </message>
    <message>
        <source>Committee ZIP code</source>
        <translation>Código postal del comité</translation>
    </message>
    <message>
        <source>Committee address line 2</source>
        <translation>Dirección del comité, línea 2</translation>
    </message>
    <message>
        <source>Committee city</source>
        <translation>Ciudad del comité</translation>
    </message>
    <message>
        <source>Committee controlled by a candidate or officeholder</source>
        <translation>Comité controlado por un candidato o funcionario electo</translation>
    </message>
    <message>
        <source>Committee email</source>
        <translation>Correo electrónico del comité</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>Nombre del comité</translation>
    </message>
    <message>
        <source>Committee phone</source>
        <translation>Teléfono del comité</translation>
    </message>
    <message>
        <source>Committee state</source>
        <translation>Estado del comité</translation>
    </message>
    <message>
        <source>Committee street address</source>
        <translation>Dirección del comité</translation>
    </message>
    <message>
        <source>Committee: a PAC, or a candidate&apos;s or ballot measure committee</source>
        <translation>Comité: un PAC, o el comité de un candidato o de una medida electoral</translation>
    </message>
    <message>
        <source>Community College Board</source>
        <translation>Junta de Colegios Comunitarios</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Contribution made</source>
        <translation>Contribución realizada</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Contributions made</source>
        <translation>Contribuciones realizadas</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contribuyente</translation>
    </message>
    <message>
        <source>Contributor is self-employed</source>
        <translation>El contribuyente trabaja por cuenta propia</translation>
    </message>
    <message>
        <source>Contributor&apos;s ZIP code</source>
        <translation>Código postal del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s address line 2</source>
        <translation>Dirección del contribuyente, línea 2</translation>
    </message>
    <message>
        <source>Contributor&apos;s city</source>
        <translation>Ciudad del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s employer</source>
        <translation>Empleador del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s first name</source>
        <translation>Nombre del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s last name or organization</source>
        <translation>Apellido u organización del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s occupation</source>
        <translation>Ocupación del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s state</source>
        <translation>Estado del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s street address</source>
        <translation>Dirección del contribuyente</translation>
    </message>
    <message>
        <source>Contributor&apos;s suffix (Jr.)</source>
        <translation>Sufijo del contribuyente (Jr.)</translation>
    </message>
    <message>
        <source>Contributor&apos;s title (Mr., Dr.)</source>
        <translation>Tratamiento del contribuyente (Sr., Dr.)</translation>
    </message>
    <message>
        <source>Controlled by a candidate or officeholder</source>
        <translation>Controlado por un candidato o funcionario electo</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>County Counsel</source>
        <translation>Asesor Jurídico del Condado</translation>
    </message>
    <message>
        <source>County Supervisor</source>
        <translation>Supervisor del Condado</translation>
    </message>
    <message>
        <source>County of domicile</source>
        <translation>Condado de domicilio</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Acreedor</translation>
    </message>
    <message>
        <source>Creditor&apos;s ZIP code</source>
        <translation>Código postal del acreedor</translation>
    </message>
    <message>
        <source>Creditor&apos;s address line 2</source>
        <translation>Dirección del acreedor, línea 2</translation>
    </message>
    <message>
        <source>Creditor&apos;s city</source>
        <translation>Ciudad del acreedor</translation>
    </message>
    <message>
        <source>Creditor&apos;s first name</source>
        <translation>Nombre del acreedor</translation>
    </message>
    <message>
        <source>Creditor&apos;s last name or organization</source>
        <translation>Apellido u organización del acreedor</translation>
    </message>
    <message>
        <source>Creditor&apos;s state</source>
        <translation>Estado del acreedor</translation>
    </message>
    <message>
        <source>Creditor&apos;s street address</source>
        <translation>Dirección del acreedor</translation>
    </message>
    <message>
        <source>Cumulative to date</source>
        <translation>Acumulado a la fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date due</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>Fecha en que se hizo</translation>
    </message>
    <message>
        <source>Date of loan</source>
        <translation>Fecha del préstamo</translation>
    </message>
    <message>
        <source>Date of the contribution</source>
        <translation>Fecha de la contribución</translation>
    </message>
    <message>
        <source>Date of the election</source>
        <translation>Fecha de la elección</translation>
    </message>
    <message>
        <source>Date of the loan</source>
        <translation>Fecha del préstamo</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Date qualified as a committee (MM/DD/YYYY)</source>
        <translation>Fecha en que calificó como comité (MM/DD/AAAA)</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recibo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Description of activity (general purpose committee)</source>
        <translation>Descripción de la actividad (comité de propósito general)</translation>
    </message>
    <message>
        <source>Description of the office</source>
        <translation>Descripción del cargo</translation>
    </message>
    <message>
        <source>District Attorney</source>
        <translation>Fiscal de Distrito</translation>
    </message>
    <message>
        <source>District number</source>
        <translation>Número de distrito</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Due within 24 hours inside the 90 days before the election (even on a weekend just before it), else within 10 business days.</source>
        <translation>Vence dentro de las 24 horas en los 90 días antes de la elección (incluso en un fin de semana justo antes), si no dentro de 10 días hábiles.</translation>
    </message>
    <message>
        <source>ENDING CASH BALANCE</source>
        <translation>SALDO FINAL DE EFECTIVO</translation>
    </message>
    <message>
        <source>Elections the committee takes part in (dates, e.g. 2026-06-02, 2026-11-03)</source>
        <translation>Elecciones en las que participa el comité (fechas, p. ej., 2026-06-02, 2026-11-03)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Enter contributions on Schedule A and payments on Schedule E; the summary updates as you go. When done, check the statement (F5) and mark it ready to file.</source>
        <translation>Registre las contribuciones en el Anexo A y los pagos en el Anexo E; el resumen se actualiza a medida que avanza. Al terminar, revise la declaración (F5) y márquela como lista para presentar.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Everything on a Form 497 is reported again on the next Form 460 (or 450).</source>
        <translation>Todo lo del Formulario 497 se declara otra vez en el siguiente Formulario 460 (o 450).</translation>
    </message>
    <message>
        <source>Expense code</source>
        <translation>Código de gasto</translation>
    </message>
    <message>
        <source>Expense type</source>
        <translation>Tipo de gasto</translation>
    </message>
    <message>
        <source>Fair market value</source>
        <translation>Valor justo de mercado</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Filer is a</source>
        <translation>El declarante es</translation>
    </message>
    <message>
        <source>For others</source>
        <translation>Para otros</translation>
    </message>
    <message>
        <source>Forgiven Loan</source>
        <translation>Préstamo condonado</translation>
    </message>
    <message>
        <source>Forgiven this period</source>
        <translation>Condonado este período</translation>
    </message>
    <message>
        <source>Form 460 - Recipient Committee Campaign Statement</source>
        <translation>Formulario 460 - Declaración de campaña del comité receptor</translation>
    </message>
    <message>
        <source>Form 470 Supplement: date $2,000 was received or spent (MM/DD/YYYY)</source>
        <translation>Suplemento del Formulario 470: fecha en que se recibieron o gastaron $2,000 (MM/DD/AAAA)</translation>
    </message>
    <message>
        <source>Form 497 - 24-Hour/10-Day Contribution Report</source>
        <translation>Formulario 497 - Informe de contribuciones de 24 horas/10 días</translation>
    </message>
    <message>
        <source>Form 501: date the candidate signed (MM/DD/YYYY)</source>
        <translation>Formulario 501: fecha en que firmó el candidato (MM/DD/AAAA)</translation>
    </message>
    <message>
        <source>Form 501: place signed (city, state)</source>
        <translation>Formulario 501: lugar de la firma (ciudad, estado)</translation>
    </message>
    <message>
        <source>Form 501: will not raise or spend $2,000 or more this year</source>
        <translation>Formulario 501: no recaudará ni gastará $2,000 o más este año</translation>
    </message>
    <message>
        <source>General purpose committee (a PAC, party or small contributor committee)</source>
        <translation>Comité de propósito general (un PAC, un partido o un comité de pequeños contribuyentes)</translation>
    </message>
    <message>
        <source>Governor</source>
        <translation>Gobernador</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Guaranteed this period</source>
        <translation>Garantizado este período</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Garante</translation>
    </message>
    <message>
        <source>Guarantor is self-employed</source>
        <translation>El garante trabaja por cuenta propia</translation>
    </message>
    <message>
        <source>Guarantor&apos;s ZIP code</source>
        <translation>Código postal del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s address line 2</source>
        <translation>Dirección del garante, línea 2</translation>
    </message>
    <message>
        <source>Guarantor&apos;s city</source>
        <translation>Ciudad del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s employer</source>
        <translation>Empleador del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s first name</source>
        <translation>Nombre del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s last name or organization</source>
        <translation>Apellido u organización del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s occupation</source>
        <translation>Ocupación del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s state</source>
        <translation>Estado del garante</translation>
    </message>
    <message>
        <source>Guarantor&apos;s street address</source>
        <translation>Dirección del garante</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Held: check the filing officer&apos;s site</source>
        <translation>Retenida: consulte el sitio del funcionario de registro</translation>
    </message>
    <message>
        <source>Increase to cash</source>
        <translation>Aumento de efectivo</translation>
    </message>
    <message>
        <source>Individual (a person, including the candidate)</source>
        <translation>Individuo (una persona, incluido el candidato)</translation>
    </message>
    <message>
        <source>Insurance Commissioner</source>
        <translation>Comisionado de Seguros</translation>
    </message>
    <message>
        <source>Interest paid on loans received</source>
        <translation>Intereses pagados por préstamos recibidos</translation>
    </message>
    <message>
        <source>Interest paid this period</source>
        <translation>Intereses pagados este período</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Tasa de interés</translation>
    </message>
    <message>
        <source>Interest received on loans made</source>
        <translation>Intereses recibidos por préstamos otorgados</translation>
    </message>
    <message>
        <source>Interest received this period</source>
        <translation>Intereses recibidos este período</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s ZIP code</source>
        <translation>Código postal del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s city</source>
        <translation>Ciudad del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s employer</source>
        <translation>Empleador del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s first name</source>
        <translation>Nombre del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s last name or organization</source>
        <translation>Apellido u organización del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s occupation</source>
        <translation>Ocupación del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s state</source>
        <translation>Estado del intermediario</translation>
    </message>
    <message>
        <source>Intermediary&apos;s street address</source>
        <translation>Dirección del intermediario</translation>
    </message>
    <message>
        <source>Itemized</source>
        <translation>Detallada</translation>
    </message>
    <message>
        <source>Itemized contributions and independent expenditures</source>
        <translation>Contribuciones y gastos independientes detallados</translation>
    </message>
    <message>
        <source>Itemized increases to cash</source>
        <translation>Aumentos de efectivo detallados</translation>
    </message>
    <message>
        <source>Itemized monetary contributions</source>
        <translation>Contribuciones monetarias detalladas</translation>
    </message>
    <message>
        <source>Itemized nonmonetary contributions</source>
        <translation>Contribuciones no monetarias detalladas</translation>
    </message>
    <message>
        <source>Itemized payments</source>
        <translation>Pagos detallados</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Jurisdiction name</source>
        <translation>Nombre de la jurisdicción</translation>
    </message>
    <message>
        <source>Jurisdiction of the office</source>
        <translation>Jurisdicción del cargo</translation>
    </message>
    <message>
        <source>Jurisdiction where active (county)</source>
        <translation>Jurisdicción donde actúa (condado)</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Prestamista</translation>
    </message>
    <message>
        <source>Lender is self-employed</source>
        <translation>El prestamista trabaja por cuenta propia</translation>
    </message>
    <message>
        <source>Lender&apos;s ZIP code</source>
        <translation>Código postal del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s address line 2</source>
        <translation>Dirección del prestamista, línea 2</translation>
    </message>
    <message>
        <source>Lender&apos;s city</source>
        <translation>Ciudad del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s employer</source>
        <translation>Empleador del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s first name</source>
        <translation>Nombre del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s last name or organization</source>
        <translation>Apellido u organización del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s name</source>
        <translation>Nombre del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s occupation</source>
        <translation>Ocupación del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s state</source>
        <translation>Estado del prestamista</translation>
    </message>
    <message>
        <source>Lender&apos;s street address</source>
        <translation>Dirección del prestamista</translation>
    </message>
    <message>
        <source>Lent this period</source>
        <translation>Prestado este período</translation>
    </message>
    <message>
        <source>Level of activity (general purpose committee)</source>
        <translation>Nivel de actividad (comité de propósito general)</translation>
    </message>
    <message>
        <source>Lieutenant Governor</source>
        <translation>Vicegobernador</translation>
    </message>
    <message>
        <source>List contributions received on Part 1 and contributions made on Part 2; each is reported again on the next Form 460.</source>
        <translation>Anote las contribuciones recibidas en la parte 1 y las contribuciones realizadas en la parte 2; cada una se declara otra vez en el siguiente Formulario 460.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <source>Loan guarantees received</source>
        <translation>Garantías de préstamo recibidas</translation>
    </message>
    <message>
        <source>Loan guarantors</source>
        <translation>Garantes de préstamos</translation>
    </message>
    <message>
        <source>Loan payments received this period</source>
        <translation>Pagos de préstamos recibidos este período</translation>
    </message>
    <message>
        <source>Loans made</source>
        <translation>Préstamos otorgados</translation>
    </message>
    <message>
        <source>Loans made this period</source>
        <translation>Préstamos otorgados este período</translation>
    </message>
    <message>
        <source>Loans paid or forgiven this period</source>
        <translation>Préstamos pagados o condonados este período</translation>
    </message>
    <message>
        <source>Loans received</source>
        <translation>Préstamos recibidos</translation>
    </message>
    <message>
        <source>Loans received this period</source>
        <translation>Préstamos recibidos este período</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Local Controller</source>
        <translation>Contralor Local</translation>
    </message>
    <message>
        <source>Local Treasurer</source>
        <translation>Tesorero Local</translation>
    </message>
    <message>
        <source>Mailing ZIP code</source>
        <translation>Código postal de correo</translation>
    </message>
    <message>
        <source>Mailing address (if different)</source>
        <translation>Dirección de correo (si es distinta)</translation>
    </message>
    <message>
        <source>Mailing address line 2</source>
        <translation>Dirección de correo, línea 2</translation>
    </message>
    <message>
        <source>Mailing city</source>
        <translation>Ciudad de correo</translation>
    </message>
    <message>
        <source>Mailing state</source>
        <translation>Estado de correo</translation>
    </message>
    <message>
        <source>Mailing street address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Major donor or independent expenditure committee</source>
        <translation>Comité de donante mayor o de gastos independientes</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Alcalde</translation>
    </message>
    <message>
        <source>Measure jurisdiction</source>
        <translation>Jurisdicción de la medida</translation>
    </message>
    <message>
        <source>Measure number or letter</source>
        <translation>Número o letra de la medida</translation>
    </message>
    <message>
        <source>Memo entry only (not counted)</source>
        <translation>Solo registro informativo (no se suma)</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texto informativo</translation>
    </message>
    <message>
        <source>Miscellaneous increases to cash</source>
        <translation>Aumentos diversos de efectivo</translation>
    </message>
    <message>
        <source>Monetary contribution</source>
        <translation>Contribución monetaria</translation>
    </message>
    <message>
        <source>Monetary contributions</source>
        <translation>Contribuciones monetarias</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más datos</translation>
    </message>
    <message>
        <source>Name of the jurisdiction</source>
        <translation>Nombre de la jurisdicción</translation>
    </message>
    <message>
        <source>Net change this period</source>
        <translation>Cambio neto este período</translation>
    </message>
    <message>
        <source>New amount owed this period</source>
        <translation>Nueva cantidad adeudada este período</translation>
    </message>
    <message>
        <source>New this period</source>
        <translation>Nuevo este período</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Non-monetary contribution</source>
        <translation>Contribución no monetaria</translation>
    </message>
    <message>
        <source>Nonmonetary</source>
        <translation>No monetarias</translation>
    </message>
    <message>
        <source>Nonmonetary adjustment</source>
        <translation>Ajuste no monetario</translation>
    </message>
    <message>
        <source>Nonmonetary contributions</source>
        <translation>Contribuciones no monetarias</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office (if Other)</source>
        <translation>Cargo (si es Otro)</translation>
    </message>
    <message>
        <source>Office sought or held</source>
        <translation>Cargo al que aspira o que ocupa</translation>
    </message>
    <message>
        <source>Officer (of a sponsored committee)</source>
        <translation>Funcionario (de un comité patrocinado)</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Original amount of the loan</source>
        <translation>Cantidad original del préstamo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other cash</source>
        <translation>Otro efectivo</translation>
    </message>
    <message>
        <source>Other: a business, union, association or other organization</source>
        <translation>Otro: una empresa, sindicato, asociación u otra organización</translation>
    </message>
    <message>
        <source>Outstanding debts</source>
        <translation>Deudas pendientes</translation>
    </message>
    <message>
        <source>Owed at end</source>
        <translation>Adeudado al final</translation>
    </message>
    <message>
        <source>Owed at start</source>
        <translation>Adeudado al inicio</translation>
    </message>
    <message>
        <source>Owed at the end of the period</source>
        <translation>Adeudado al final del período</translation>
    </message>
    <message>
        <source>Owed at the start of the period</source>
        <translation>Adeudado al inicio del período</translation>
    </message>
    <message>
        <source>Owed to</source>
        <translation>Adeudado a</translation>
    </message>
    <message>
        <source>Paid this period</source>
        <translation>Pagado este período</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>Part 1 - Contributions Received</source>
        <translation>Parte 1 - Contribuciones recibidas</translation>
    </message>
    <message>
        <source>Part 2 - Contributions Made</source>
        <translation>Parte 2 - Contribuciones realizadas</translation>
    </message>
    <message>
        <source>Part of transaction (Tran ID)</source>
        <translation>Parte de la transacción (Tran ID)</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s ZIP code</source>
        <translation>Código postal del beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s address line 2</source>
        <translation>Dirección del beneficiario, línea 2</translation>
    </message>
    <message>
        <source>Payee&apos;s city</source>
        <translation>Ciudad del beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s first name</source>
        <translation>Nombre del beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s last name or organization</source>
        <translation>Apellido u organización del beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s state</source>
        <translation>Estado del beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s street address</source>
        <translation>Dirección del beneficiario</translation>
    </message>
    <message>
        <source>Payee&apos;s suffix (Jr.)</source>
        <translation>Sufijo del beneficiario (Jr.)</translation>
    </message>
    <message>
        <source>Payee&apos;s title (Mr., Dr.)</source>
        <translation>Tratamiento del beneficiario (Sr., Dr.)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Pagos realizados</translation>
    </message>
    <message>
        <source>Planning Commissioner</source>
        <translation>Comisionado de Planificación</translation>
    </message>
    <message>
        <source>Political party</source>
        <translation>Partido político</translation>
    </message>
    <message>
        <source>Pre-election</source>
        <translation>Preelectoral</translation>
    </message>
    <message>
        <source>Primarily formed for one candidate or officeholder</source>
        <translation>De formación principal para un candidato o funcionario electo</translation>
    </message>
    <message>
        <source>Principal officer (Form 410)</source>
        <translation>Funcionario principal (Formulario 410)</translation>
    </message>
    <message>
        <source>Principal officer ZIP code</source>
        <translation>Código postal del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer address line 2</source>
        <translation>Dirección del funcionario principal, línea 2</translation>
    </message>
    <message>
        <source>Principal officer city</source>
        <translation>Ciudad del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer first name</source>
        <translation>Nombre del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer last name</source>
        <translation>Apellido del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer phone</source>
        <translation>Teléfono del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer state</source>
        <translation>Estado del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer street address</source>
        <translation>Dirección del funcionario principal</translation>
    </message>
    <message>
        <source>Principal officer title</source>
        <translation>Cargo del funcionario principal</translation>
    </message>
    <message>
        <source>Proponent (of a ballot measure)</source>
        <translation>Proponente (de una medida electoral)</translation>
    </message>
    <message>
        <source>Public Defender</source>
        <translation>Defensor Público</translation>
    </message>
    <message>
        <source>Public Employees Retirement System</source>
        <translation>Sistema de Jubilación de Empleados Públicos</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>En cola para enviar</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Lista para presentar</translation>
    </message>
    <message>
        <source>Recall committee?</source>
        <translation>¿Comité de revocación?</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>Received this period</source>
        <translation>Recibido este período</translation>
    </message>
    <message>
        <source>Received through (date range)</source>
        <translation>Recibido durante (intervalo de fechas)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Recipient committee (most committees, including PACs)</source>
        <translation>Comité receptor (la mayoría de los comités, incluidos los PAC)</translation>
    </message>
    <message>
        <source>Recipient committee (same as COM: a PAC or candidate committee)</source>
        <translation>Comité receptor (igual que COM: un PAC o un comité de candidato)</translation>
    </message>
    <message>
        <source>Recipient&apos;s ZIP code</source>
        <translation>Código postal del receptor</translation>
    </message>
    <message>
        <source>Recipient&apos;s address line 2</source>
        <translation>Dirección del receptor, línea 2</translation>
    </message>
    <message>
        <source>Recipient&apos;s city</source>
        <translation>Ciudad del receptor</translation>
    </message>
    <message>
        <source>Recipient&apos;s first name</source>
        <translation>Nombre del receptor</translation>
    </message>
    <message>
        <source>Recipient&apos;s last name or organization</source>
        <translation>Apellido u organización del receptor</translation>
    </message>
    <message>
        <source>Recipient&apos;s state</source>
        <translation>Estado del receptor</translation>
    </message>
    <message>
        <source>Recipient&apos;s street address</source>
        <translation>Dirección del receptor</translation>
    </message>
    <message>
        <source>Registration (Form 410) and candidate (Form 501)</source>
        <translation>Inscripción (Formulario 410) y candidato (Formulario 501)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Rechaza</translation>
    </message>
    <message>
        <source>Repaid this period</source>
        <translation>Reembolsado este período</translation>
    </message>
    <message>
        <source>Reported on schedule (E or F)</source>
        <translation>Declarado en el anexo (E o F)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>SUBTOTAL CASH CONTRIBUTIONS</source>
        <translation>SUBTOTAL DE CONTRIBUCIONES EN EFECTIVO</translation>
    </message>
    <message>
        <source>SUBTOTAL CASH PAYMENTS</source>
        <translation>SUBTOTAL DE PAGOS EN EFECTIVO</translation>
    </message>
    <message>
        <source>Schedule A - Monetary Contributions Received</source>
        <translation>Anexo A - Contribuciones monetarias recibidas</translation>
    </message>
    <message>
        <source>Schedule B Part 1 - Loans Received</source>
        <translation>Anexo B, parte 1 - Préstamos recibidos</translation>
    </message>
    <message>
        <source>Schedule B Part 2 - Loan Guarantors</source>
        <translation>Anexo B, parte 2 - Garantes de préstamos</translation>
    </message>
    <message>
        <source>Schedule C - Nonmonetary Contributions Received</source>
        <translation>Anexo C - Contribuciones no monetarias recibidas</translation>
    </message>
    <message>
        <source>Schedule D - Summary of Expenditures Supporting/Opposing Other Candidates, Measures and Committees</source>
        <translation>Anexo D - Resumen de gastos a favor o en contra de otros candidatos, medidas y comités</translation>
    </message>
    <message>
        <source>Schedule E - Payments Made</source>
        <translation>Anexo E - Pagos realizados</translation>
    </message>
    <message>
        <source>Schedule F - Accrued Expenses (Unpaid Bills)</source>
        <translation>Anexo F - Gastos acumulados (cuentas sin pagar)</translation>
    </message>
    <message>
        <source>Schedule G - Payments Made by an Agent or Independent Contractor</source>
        <translation>Anexo G - Pagos realizados por un agente o contratista independiente</translation>
    </message>
    <message>
        <source>Schedule H - Loans Made to Others</source>
        <translation>Anexo H - Préstamos otorgados a otros</translation>
    </message>
    <message>
        <source>Schedule I - Miscellaneous Increases to Cash</source>
        <translation>Anexo I - Aumentos diversos de efectivo</translation>
    </message>
    <message>
        <source>Secretary of State</source>
        <translation>Secretario de Estado</translation>
    </message>
    <message>
        <source>Semi-annual</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <source>Senate District</source>
        <translation>Distrito del Senado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sheriff-Coroner</source>
        <translation>Alguacil-Médico Forense</translation>
    </message>
    <message>
        <source>Signed at (city, state)</source>
        <translation>Firmado en (ciudad, estado)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Signer&apos;s first name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signer&apos;s last name</source>
        <translation>Apellido del firmante</translation>
    </message>
    <message>
        <source>Signer&apos;s role</source>
        <translation>Función del firmante</translation>
    </message>
    <message>
        <source>Small contributor committee</source>
        <translation>Comité de pequeños contribuyentes</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Al que aspira</translation>
    </message>
    <message>
        <source>Sought-or-held box (S or H)</source>
        <translation>Casilla de cargo al que aspira u ocupado (S o H)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source&apos;s ZIP code</source>
        <translation>Código postal de la fuente</translation>
    </message>
    <message>
        <source>Source&apos;s address line 2</source>
        <translation>Dirección de la fuente, línea 2</translation>
    </message>
    <message>
        <source>Source&apos;s city</source>
        <translation>Ciudad de la fuente</translation>
    </message>
    <message>
        <source>Source&apos;s first name</source>
        <translation>Nombre de la fuente</translation>
    </message>
    <message>
        <source>Source&apos;s last name or organization</source>
        <translation>Apellido u organización de la fuente</translation>
    </message>
    <message>
        <source>Source&apos;s state</source>
        <translation>Estado de la fuente</translation>
    </message>
    <message>
        <source>Source&apos;s street address</source>
        <translation>Dirección de la fuente</translation>
    </message>
    <message>
        <source>Special kind of receipt</source>
        <translation>Tipo especial de ingreso</translation>
    </message>
    <message>
        <source>Special odd-year</source>
        <translation>Especial de año impar</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Sponsor (Form 410, sponsored committees)</source>
        <translation>Patrocinador (Formulario 410, comités patrocinados)</translation>
    </message>
    <message>
        <source>Sponsor ZIP code</source>
        <translation>Código postal del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor address line 2</source>
        <translation>Dirección del patrocinador, línea 2</translation>
    </message>
    <message>
        <source>Sponsor city</source>
        <translation>Ciudad del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor name</source>
        <translation>Nombre del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor phone</source>
        <translation>Teléfono del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor state</source>
        <translation>Estado del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor street address</source>
        <translation>Dirección del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor&apos;s industry group or affiliation</source>
        <translation>Sector o afiliación del patrocinador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estatal</translation>
    </message>
    <message>
        <source>State Appellate Court Justice</source>
        <translation>Magistrado del Tribunal de Apelación del Estado</translation>
    </message>
    <message>
        <source>State Assembly Person</source>
        <translation>Asambleísta Estatal</translation>
    </message>
    <message>
        <source>State Controller</source>
        <translation>Contralor del Estado</translation>
    </message>
    <message>
        <source>State Senator</source>
        <translation>Senador Estatal</translation>
    </message>
    <message>
        <source>State Treasurer</source>
        <translation>Tesorero del Estado</translation>
    </message>
    <message>
        <source>State candidate election committee?</source>
        <translation>¿Comité electoral de un candidato estatal?</translation>
    </message>
    <message>
        <source>State committees e-file it with the Secretary of State; local committees file it with their filing officer (not by regular mail).</source>
        <translation>Los comités estatales lo presentan por vía electrónica ante la Secretaría de Estado; los comités locales lo presentan ante su funcionario de registro (no por correo ordinario).</translation>
    </message>
    <message>
        <source>Statewide</source>
        <translation>Estatal</translation>
    </message>
    <message>
        <source>Superintendent of Public Instruction</source>
        <translation>Superintendente de Instrucción Pública</translation>
    </message>
    <message>
        <source>Superior Court Judge</source>
        <translation>Juez del Tribunal Superior</translation>
    </message>
    <message>
        <source>Supplemental pre-election</source>
        <translation>Preelectoral suplementaria</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Support or oppose</source>
        <translation>A favor o en contra</translation>
    </message>
    <message>
        <source>Support or oppose the measure</source>
        <translation>A favor o en contra de la medida</translation>
    </message>
    <message>
        <source>Support/oppose</source>
        <translation>A favor/en contra</translation>
    </message>
    <message>
        <source>Supreme Court Justice</source>
        <translation>Magistrado de la Corte Suprema</translation>
    </message>
    <message>
        <source>T.V. or cable airtime and production costs</source>
        <translation>Tiempo en televisión o cable y costos de producción</translation>
    </message>
    <message>
        <source>TOTAL CONTRIBUTIONS RECEIVED</source>
        <translation>TOTAL DE CONTRIBUCIONES RECIBIDAS</translation>
    </message>
    <message>
        <source>TOTAL EXPENDITURES MADE</source>
        <translation>TOTAL DE GASTOS REALIZADOS</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Terminación</translation>
    </message>
    <message>
        <source>Third Party Repayment</source>
        <translation>Reembolso de terceros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total miscellaneous increases to cash</source>
        <translation>Total de aumentos diversos de efectivo</translation>
    </message>
    <message>
        <source>Total monetary contributions</source>
        <translation>Total de contribuciones monetarias</translation>
    </message>
    <message>
        <source>Total nonmonetary contributions</source>
        <translation>Total de contribuciones no monetarias</translation>
    </message>
    <message>
        <source>Total payments made</source>
        <translation>Total de pagos realizados</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de transacción</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Tesorero</translation>
    </message>
    <message>
        <source>Treasurer ZIP code</source>
        <translation>Código postal del tesorero</translation>
    </message>
    <message>
        <source>Treasurer address line 2</source>
        <translation>Dirección del tesorero, línea 2</translation>
    </message>
    <message>
        <source>Treasurer city</source>
        <translation>Ciudad del tesorero</translation>
    </message>
    <message>
        <source>Treasurer email</source>
        <translation>Correo electrónico del tesorero</translation>
    </message>
    <message>
        <source>Treasurer first name</source>
        <translation>Nombre del tesorero</translation>
    </message>
    <message>
        <source>Treasurer last name</source>
        <translation>Apellido del tesorero</translation>
    </message>
    <message>
        <source>Treasurer or assistant treasurer</source>
        <translation>Tesorero o tesorero adjunto</translation>
    </message>
    <message>
        <source>Treasurer phone</source>
        <translation>Teléfono del tesorero</translation>
    </message>
    <message>
        <source>Treasurer state</source>
        <translation>Estado del tesorero</translation>
    </message>
    <message>
        <source>Treasurer street address</source>
        <translation>Dirección del tesorero</translation>
    </message>
    <message>
        <source>Type of borrower</source>
        <translation>Tipo de prestatario</translation>
    </message>
    <message>
        <source>Type of committee</source>
        <translation>Tipo de comité</translation>
    </message>
    <message>
        <source>Type of contributor</source>
        <translation>Tipo de contribuyente</translation>
    </message>
    <message>
        <source>Type of creditor</source>
        <translation>Tipo de acreedor</translation>
    </message>
    <message>
        <source>Type of guarantor</source>
        <translation>Tipo de garante</translation>
    </message>
    <message>
        <source>Type of lender</source>
        <translation>Tipo de prestamista</translation>
    </message>
    <message>
        <source>Type of payee</source>
        <translation>Tipo de beneficiario</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Tipo de receptor</translation>
    </message>
    <message>
        <source>Type of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Unitemized contributions and independent expenditures</source>
        <translation>Contribuciones y gastos independientes no detallados</translation>
    </message>
    <message>
        <source>Unitemized increases to cash</source>
        <translation>Aumentos de efectivo no detallados</translation>
    </message>
    <message>
        <source>Unitemized monetary contributions</source>
        <translation>Contribuciones monetarias no detalladas</translation>
    </message>
    <message>
        <source>Unitemized nonmonetary contributions</source>
        <translation>Contribuciones no monetarias no detalladas</translation>
    </message>
    <message>
        <source>Unitemized payments</source>
        <translation>Pagos no detallados</translation>
    </message>
    <message>
        <source>Unpaid bills</source>
        <translation>Cuentas sin pagar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Voluntary expenditure ceiling (state legislative and statewide candidates)</source>
        <translation>Límite voluntario de gastos (candidatos legislativos estatales y estatales)</translation>
    </message>
    <message>
        <source>Waiting for the signers</source>
        <translation>Esperando a los firmantes</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>Lo que se dio</translation>
    </message>
    <message>
        <source>Who signs, and when</source>
        <translation>Quién firma, y cuándo</translation>
    </message>
    <message>
        <source>Year of the candidate&apos;s election (YYYY)</source>
        <translation>Año de la elección del candidato (AAAA)</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En el año</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>campaign consultants</source>
        <translation>consultores de campaña</translation>
    </message>
    <message>
        <source>campaign literature and mailings</source>
        <translation>material impreso y envíos por correo de la campaña</translation>
    </message>
    <message>
        <source>campaign paraphernalia/miscellaneous</source>
        <translation>artículos de campaña/varios</translation>
    </message>
    <message>
        <source>campaign workers salaries</source>
        <translation>sueldos del personal de campaña</translation>
    </message>
    <message>
        <source>candidate filing/ballot fees</source>
        <translation>cuotas de inscripción del candidato/de la boleta</translation>
    </message>
    <message>
        <source>candidate travel, lodging and meals</source>
        <translation>viajes, alojamiento y comidas del candidato</translation>
    </message>
    <message>
        <source>civic donations</source>
        <translation>donaciones cívicas</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>contribution (if nonmonetary, explain)</source>
        <translation>contribución (si no es monetaria, explíquela)</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>fundraising events</source>
        <translation>eventos de recaudación de fondos</translation>
    </message>
    <message>
        <source>increase to cash</source>
        <translation>aumento de efectivo</translation>
    </message>
    <message>
        <source>independent expenditure supporting/opposing others</source>
        <translation>gasto independiente a favor o en contra de otros</translation>
    </message>
    <message>
        <source>independent expenditure supporting/opposing others (explain)</source>
        <translation>gasto independiente a favor o en contra de otros (explíquelo)</translation>
    </message>
    <message>
        <source>information technology costs</source>
        <translation>costos de tecnología de la información</translation>
    </message>
    <message>
        <source>information technology costs (Internet, e-mail)</source>
        <translation>costos de tecnología de la información (Internet, correo electrónico)</translation>
    </message>
    <message>
        <source>late contribution</source>
        <translation>contribución tardía</translation>
    </message>
    <message>
        <source>late contribution made</source>
        <translation>contribución tardía realizada</translation>
    </message>
    <message>
        <source>legal defense</source>
        <translation>defensa legal</translation>
    </message>
    <message>
        <source>loan guarantee</source>
        <translation>garantía de préstamo</translation>
    </message>
    <message>
        <source>loan made</source>
        <translation>préstamo otorgado</translation>
    </message>
    <message>
        <source>loan received</source>
        <translation>préstamo recibido</translation>
    </message>
    <message>
        <source>meetings and appearances</source>
        <translation>reuniones y apariciones</translation>
    </message>
    <message>
        <source>member communications</source>
        <translation>comunicaciones a los miembros</translation>
    </message>
    <message>
        <source>memo text</source>
        <translation>texto informativo</translation>
    </message>
    <message>
        <source>nonmonetary contribution</source>
        <translation>contribución no monetaria</translation>
    </message>
    <message>
        <source>office expenses</source>
        <translation>gastos de oficina</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>payment by an agent</source>
        <translation>pago de un agente</translation>
    </message>
    <message>
        <source>payment for others</source>
        <translation>pago para otros</translation>
    </message>
    <message>
        <source>petition circulating</source>
        <translation>circulación de peticiones</translation>
    </message>
    <message>
        <source>phone banks</source>
        <translation>centros de llamadas</translation>
    </message>
    <message>
        <source>polling and survey research</source>
        <translation>encuestas y sondeos</translation>
    </message>
    <message>
        <source>postage, delivery and messenger services</source>
        <translation>franqueo, entrega y mensajería</translation>
    </message>
    <message>
        <source>print ads</source>
        <translation>anuncios impresos</translation>
    </message>
    <message>
        <source>professional services</source>
        <translation>servicios profesionales</translation>
    </message>
    <message>
        <source>professional services (legal, accounting)</source>
        <translation>servicios profesionales (legales, contables)</translation>
    </message>
    <message>
        <source>radio airtime and production costs</source>
        <translation>tiempo en radio y costos de producción</translation>
    </message>
    <message>
        <source>returned contributions</source>
        <translation>contribuciones devueltas</translation>
    </message>
    <message>
        <source>staff/spouse travel, lodging and meals</source>
        <translation>viajes, alojamiento y comidas del personal/cónyuge</translation>
    </message>
    <message>
        <source>the Alameda County Registrar of Voters</source>
        <translation>el Registro de Votantes del Condado de Alameda</translation>
    </message>
    <message>
        <source>the City Clerk of Fresno</source>
        <translation>la Secretaría Municipal de Fresno</translation>
    </message>
    <message>
        <source>the City Clerk of Long Beach</source>
        <translation>la Secretaría Municipal de Long Beach</translation>
    </message>
    <message>
        <source>the City Clerk of Oakland</source>
        <translation>la Secretaría Municipal de Oakland</translation>
    </message>
    <message>
        <source>the City Clerk of Sacramento</source>
        <translation>la Secretaría Municipal de Sacramento</translation>
    </message>
    <message>
        <source>the City Clerk of San Diego</source>
        <translation>la Secretaría Municipal de San Diego</translation>
    </message>
    <message>
        <source>the City Clerk of San Jose</source>
        <translation>la Secretaría Municipal de San José</translation>
    </message>
    <message>
        <source>the Los Angeles City Ethics Commission</source>
        <translation>la Comisión de Ética de la Ciudad de Los Ángeles</translation>
    </message>
    <message>
        <source>the Los Angeles County Registrar-Recorder/County Clerk</source>
        <translation>la Oficina del Registrador-Archivista/Secretario del Condado de Los Ángeles</translation>
    </message>
    <message>
        <source>the Practice City Clerk</source>
        <translation>la Secretaría Municipal de Práctica</translation>
    </message>
    <message>
        <source>the Practice County Registrar of Voters</source>
        <translation>el Registro de Votantes del Condado de Práctica</translation>
    </message>
    <message>
        <source>the Practice Town Clerk</source>
        <translation>la Secretaría del Pueblo de Práctica</translation>
    </message>
    <message>
        <source>the Sacramento County Voter Registration and Elections</source>
        <translation>la Oficina de Registro de Votantes y Elecciones del Condado de Sacramento</translation>
    </message>
    <message>
        <source>the San Diego County Registrar of Voters</source>
        <translation>el Registro de Votantes del Condado de San Diego</translation>
    </message>
    <message>
        <source>the San Francisco Ethics Commission</source>
        <translation>la Comisión de Ética de San Francisco</translation>
    </message>
    <message>
        <source>the Secretary of State</source>
        <translation>la Secretaría de Estado</translation>
    </message>
    <message>
        <source>the balance at the start of the period, plus the amount received or lent this period, minus what was repaid and forgiven</source>
        <translation>el saldo al inicio del período, más la cantidad recibida o prestada este período, menos lo reembolsado y condonado</translation>
    </message>
    <message>
        <source>transfer between committees of the same candidate/sponsor</source>
        <translation>transferencia entre comités del mismo candidato/patrocinador</translation>
    </message>
    <message>
        <source>unpaid bill</source>
        <translation>cuenta sin pagar</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>verificación</translation>
    </message>
    <message>
        <source>voter registration</source>
        <translation>inscripción de votantes</translation>
    </message>
    <message>
        <source>what was owed at the start of the period, plus what was newly owed, minus what was paid</source>
        <translation>lo adeudado al inicio del período, más lo nuevo adeudado, menos lo pagado</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Findings and printed forms stay in English, as the FPPC&apos;s forms are.</source>
        <translation>Las observaciones y los formularios impresos quedan en inglés, como los formularios de la FPPC.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>election {day}</source>
        <translation>elección del {day}</translation>
    </message>
    <message>
        <source>(amendment {n})</source>
        <translation>(enmienda {n})</translation>
    </message>
    <message>
        <source>First pre-election statement</source>
        <translation>Primera declaración preelectoral</translation>
    </message>
    <message>
        <source>Second pre-election statement</source>
        <translation>Segunda declaración preelectoral</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>Declaración trimestral</translation>
    </message>
    <message>
        <source>Semi-annual statement</source>
        <translation>Declaración semestral</translation>
    </message>
    <message>
        <source>Pre-election statement</source>
        <translation>Declaración preelectoral</translation>
    </message>
    <message>
        <source>Special odd-year statement</source>
        <translation>Declaración especial de año impar</translation>
    </message>
    <message>
        <source>Supplemental pre-election statement</source>
        <translation>Declaración preelectoral suplementaria</translation>
    </message>
    <message>
        <source>24-hour late contribution reports</source>
        <translation>Informes de 24 horas de contribuciones tardías</translation>
    </message>
    <message>
        <source>24-hour late independent expenditure reports</source>
        <translation>Informes de 24 horas de gastos independientes tardíos</translation>
    </message>
    <message>
        <source>{what} ({form}): from {start} through {end}, each one due within 24 hours</source>
        <translation>{what} ({form}): del {start} al {end}, cada uno dentro de las 24 horas</translation>
    </message>
    <message>
        <source>{kind} ({form})</source>
        <translation>{kind} ({form})</translation>
    </message>
    <message>
        <source>for the {day} election</source>
        <translation>para la elección del {day}</translation>
    </message>
    <message>
        <source>was due {day}</source>
        <translation>venció el {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
</context>
</TS>
