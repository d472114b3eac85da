import type { GuideBook } from "../content";

export const es: GuideBook = {
  know: {
    title: "Saber cuándo se prepara una visita",
    summary:
      "Una visita a un país empieza con una carta, a menudo años antes de que llegue el experto o la experta. Aprenda a leer el historial de solicitudes, recordatorios y respuestas para actuar a tiempo.",
    sections: [
      {
        heading: "Cómo avanza una visita",
        paragraphs: [
          "Una visita a un país es una misión oficial de un titular de mandato (un Relator Especial, un Experto Independiente o un Grupo de Trabajo) a un Estado. Suele durar entre 5 y 10 días, a veces más. Cada mandato realiza solo dos o tres visitas al año, por lo que los expertos eligen sus países con cuidado.",
          "Cada visita tiene una historia hecha de cartas y hechos con fecha. El experto solicita una visita al Estado. El Estado puede responder, aceptar, rechazar o no decir nada. Si acepta, ambas partes acuerdan las fechas. La visita todavía puede aplazarse o cancelarse. Luego se realiza y concluye, y meses después se publica un informe.",
          "Cuanto antes sepa en qué punto está una visita, más tiempo tendrá para actuar: pedir una respuesta, preparar información y planificar cómo las personas podrán hablar con el experto de forma segura.",
        ],
      },
      {
        heading: "Leer el historial de cartas",
        paragraphs: [
          "Visitdesk muestra cada visita como una lista de cartas y hechos con fecha, tal como los registra la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH). Lea las entradas de la más antigua a la más reciente. La última indica la situación actual.",
        ],
        tips: [
          "Solicitada: el experto ha pedido al Estado una visita, a veces proponiendo fechas.",
          "Recordatorio: el experto vuelve a pedirla. Un nuevo titular también puede recordar al Estado la solicitud hecha por su predecesor.",
          "Invitación: el Estado invitó al experto por iniciativa propia. Una invitación que responde a una solicitud equivale a aceptarla.",
          "Acuse de recibo: el Estado solo confirma que recibió la carta. No es un sí.",
          "Aceptada: un sí en principio. Aún hay que acordar las fechas, y una visita aceptada puede esperar mucho tiempo.",
          "Rechazada, aplazada, cancelada: un no, un retraso de las fechas acordadas o el fin de una visita prevista. Una visita aplazada suele necesitar nueva presión para volver a programarse.",
        ],
      },
      {
        heading: "Por qué importa la antigüedad de una solicitud",
        paragraphs: [
          "Una solicitud puede quedar pendiente durante muchos años. El silencio no es un rechazo formal, pero un silencio largo dice mucho. Los recordatorios muestran que el experto sigue queriendo venir.",
          "Visitdesk muestra cuánto tiempo lleva pendiente cada solicitud y cuántos recordatorios se han enviado. Así tiene un dato simple y verificable para su labor de incidencia, por ejemplo: la solicitud lleva seis años esperando, con tres recordatorios y sin respuesta.",
        ],
        tips: [
          "Antes de citar la antigüedad de una solicitud, compruebe la fecha y la fuente de la última entrada.",
          "Nuestros datos pueden estar incompletos. Si conoce una carta que falta, comuníquelo a quienes gestionan su Visitdesk e indique la fuente.",
          "Compare varios mandatos: muchas solicitudes sin respuesta dirigidas al mismo Estado muestran una pauta, no un simple descuido.",
        ],
      },
      {
        heading: "Las invitaciones permanentes y sus límites",
        paragraphs: [
          "Una invitación permanente es el compromiso público de un Estado de aceptar las visitas de todos los mandatos temáticos. Unos 129 Estados tenían una en 2022. Es un argumento útil, porque el Gobierno ya ha dicho que sí en principio.",
          "Pero una invitación permanente no cubre los mandatos de país y no sustituye el acuerdo sobre cada visita y sus fechas. Muchas solicitudes dirigidas a Estados con invitación permanente siguen sin respuesta durante años.",
        ],
        tips: [
          "No suponga que una invitación permanente significa que la visita se hará pronto.",
          "Las solicitudes pendientes ante un Estado con invitación permanente son un argumento fuerte: el Estado no cumple su propia promesa.",
          "Si Visitdesk no indica que su Estado tiene una invitación permanente, significa que no lo sabemos, no que no exista. Vea la página sobre nuestras fuentes de datos.",
        ],
      },
      {
        heading: "Seguir un país o un mandato",
        paragraphs: [
          "La información sobre las visitas está dispersa y a menudo llega tarde. Cuando sigue un país en Visitdesk, recibe un aviso cada vez que se registra una nueva solicitud, un recordatorio, una respuesta o una fecha.",
          "También puede seguir los mandatos más cercanos a su trabajo. Un grupo que trabaja sobre la detención puede seguir el mandato sobre la tortura; un grupo que trabaja sobre la tierra puede seguir los mandatos sobre la alimentación y la vivienda. Así verá adónde van esos expertos y cómo trabajan.",
        ],
        tips: [
          "Siga su propio país y a sus vecinos: las visitas en una misma región suelen tratar temas parecidos.",
          "Comparta los avisos con su coalición, para que un solo grupo no cargue con toda la vigilancia.",
          "En cuanto una visita se acepte o se fijen fechas, empiece a prepararse: el tiempo antes de una visita suele ser corto.",
        ],
      },
    ],
  },

  obtain: {
    title: "Ayudar a conseguir una visita",
    summary:
      "Los expertos eligen adónde ir entre muchos países, y el Gobierno debe dar su acuerdo. Usted puede influir en ambos lados: dar al experto buenas razones para pedir la visita y presionar a su Gobierno para que diga que sí.",
    sections: [
      {
        heading: "Quién decide",
        paragraphs: [
          "El titular de mandato decide a qué Estados pedir una visita. Con solo dos o tres visitas al año, cada experto tiene que elegir. Una información clara y fiable de la sociedad civil puede hacer que un país suba en esa lista.",
          "El Estado decide si acepta y cuándo. La sociedad civil también puede actuar aquí, pidiendo al Gobierno, en público y en privado, que responda a las solicitudes y acuerde fechas.",
          "Antes de escribir a nadie, consulte el historial de cartas. Si ya hay una solicitud pendiente, su tarea principal es presionar al Gobierno y decir al experto que la visita sigue siendo necesaria.",
        ],
      },
      {
        heading: "Escribir a un mandato: presentar sus argumentos",
        paragraphs: [
          "Escriba una carta breve: dos o tres páginas, con el material más extenso en anexos. Explique tres cosas. Por qué ahora: una nueva ley, unas elecciones, una crisis, un nuevo Gobierno que quizá esté abierto al cambio, o una situación que empeora. Las pruebas: hechos concretos con fechas, lugares y fuentes, que muestren una pauta y no un solo caso. Lo que una visita podría cambiar: en qué decisiones, instituciones o debates públicos podrían influir las recomendaciones del experto, y quién dentro del Estado podría utilizarlas.",
          "Use el canal de contacto oficial del mandato publicado por el ACNUDH. Nunca adivine una dirección de correo electrónico. Cuando Visitdesk conoce la dirección de un mandato, indica qué grado de certeza tenemos sobre ella.",
        ],
        tips: [
          "Empiece con un resumen de un párrafo: el experto lee muchas cartas.",
          "Relacione sus temas con los temas y el trabajo anterior del mandato.",
          "Mencione las recomendaciones del Examen Periódico Universal (EPU) o de los órganos de tratados que aún no se han aplicado.",
          "Indique si ya hay una solicitud de visita pendiente y desde cuándo.",
          "Diga quiénes son y qué otros grupos apoyan la carta.",
          "No nombre a víctimas ni a testigos salvo que lo hayan aceptado y sea realmente necesario.",
        ],
      },
      {
        heading: "Presionar al Gobierno",
        paragraphs: [
          "Pida a su Gobierno que responda a las solicitudes pendientes, que acuerde fechas o que curse una invitación permanente. Use sus propias palabras. En el Examen Periódico Universal, los Estados reciben a menudo recomendaciones de cooperar con los Procedimientos Especiales, aceptar las solicitudes de visita pendientes o cursar una invitación permanente. Después, el Estado indica si apoya cada recomendación o si solo toma nota de ella. Una recomendación apoyada es un compromiso que usted puede citar.",
          "Los Estados que aspiran a un puesto en el Consejo de Derechos Humanos suelen asumir compromisos públicos. A menudo prometen cooperar con los Procedimientos Especiales, y también puede citarlos.",
        ],
        tips: [
          "Cite la recomendación exacta del EPU y la respuesta del Estado.",
          "Muestre la antigüedad de cada solicitud pendiente y el número de recordatorios.",
          "Pida un paso concreto, como una respuesta con fechas propuestas, no solo buena voluntad.",
          "Pida a parlamentarios que planteen la cuestión y cuente con su institución nacional de derechos humanos.",
          "Informe a embajadas amigas para que lo planteen ante el Gobierno o en el próximo EPU.",
        ],
      },
      {
        heading: "Cartas colectivas de coalición",
        paragraphs: [
          "Una carta firmada por muchos grupos muestra que la necesidad se comparte entre regiones y temas. Al Gobierno le resulta más difícil ignorarla, y le indica al experto que una visita encontraría aliados sobre el terreno.",
          "Una carta colectiva requiere buena organización. Acuerden una persona responsable de la redacción, un texto cerrado y un plazo claro. Confirme cada firma con la propia organización antes de publicar.",
        ],
        tips: [
          "Cierre el texto antes de reunir firmas, para que nadie firme una versión que luego cambie.",
          "Permita que los grupos en riesgo apoyen la carta sin que su nombre aparezca en público.",
          "Recuerde que una lista de firmantes publicada queda pública para siempre.",
          "Envíe la carta final con la lista de firmantes y guarde una copia con la fecha de envío.",
        ],
      },
      {
        heading: "Pensar primero en la seguridad",
        paragraphs: [
          "Algunas autoridades ven la petición de una visita de la ONU como un acto hostil. Antes de hacerla pública, piense en quién podría quedar expuesto, sobre todo los grupos pequeños, los grupos de fuera de la capital y los activistas a título individual. A veces una carta discreta al experto es más prudente que una campaña pública.",
          "Quienes cooperan con la ONU sufren a veces represalias, y el Secretario General de la ONU informa cada año sobre estos casos. Si usted o sus aliados reciben amenazas por su trabajo con la ONU, informe al titular de mandato.",
        ],
      },
      {
        heading: "Cuando una visita oficial es poco probable",
        paragraphs: [
          "Si el Gobierno guarda silencio durante años, considere invitar al experto a una conferencia o a un evento. No dará lugar a un informe oficial, pero puede crear relaciones y abrir el camino a una invitación oficial. Vea la página sobre visitas no oficiales.",
        ],
      },
    ],
  },

  before: {
    title: "Prepararse antes de la visita",
    summary:
      "Una vez acordada la visita, el experto prepara su programa y busca información. Envíe a tiempo información precisa y bien documentada, proteja a las personas que se mencionan y dé a conocer la visita.",
    sections: [
      {
        heading: "Convocatorias de aportaciones y plazos",
        paragraphs: [
          "Antes de una visita, el experto suele publicar una convocatoria de aportaciones: algunas preguntas, un plazo y a veces un límite de palabras. El plazo suele vencer semanas antes de la visita, mientras se prepara el programa. Una aportación tardía quizá se lea, pero tiene menos posibilidades de influir en adónde va el experto y con quién se reúne.",
          "Visitdesk muestra las convocatorias de aportaciones y sus plazos para los países y mandatos que usted sigue.",
        ],
        tips: [
          "Calcule hacia atrás desde el plazo y fije su propio plazo una semana antes.",
          "Responda a las preguntas formuladas, en el orden en que se formulan.",
          "Respete el límite de palabras. Ponga el material adicional en anexos.",
          "Compruebe qué idiomas se aceptan. Si debe escribir en otro idioma, añada un breve resumen en uno que el experto lea.",
        ],
      },
      {
        heading: "Estructurar una buena aportación",
        paragraphs: [
          "Una estructura clara ayuda a un experto con poco tiempo. Empiece con un resumen de una página. Después dé un breve contexto y presente sus principales preocupaciones. Para cada una, exponga los hechos, las pruebas y lo que las autoridades han hecho o han dejado de hacer. Termine con recomendaciones al experto.",
          "Una buena prueba es concreta: fechas, lugares, cifras con su fuente, leyes, sentencias y documentos oficiales. Distinga claramente lo que ustedes mismos vieron de lo que otros les contaron. Pocos casos sólidos valen más que muchos casos débiles.",
          "Sus recomendaciones pueden pedir al experto que visite ciertos lugares (una cárcel, una región, un campamento), que se reúna con ciertas personas o autoridades, y que haga recomendaciones concretas al Gobierno. Sea preciso: quién debe hacer qué y en qué plazo.",
        ],
        tips: [
          "Use títulos y párrafos numerados para que el experto pueda citarlos.",
          "Indique la fuente de cada cifra.",
          "Proponga lugares fuera de la capital que el experto debería conocer.",
          "Relacione sus peticiones con recomendaciones anteriores del EPU o de los órganos de tratados.",
        ],
      },
      {
        heading: "Confidencialidad, parte por parte",
        paragraphs: [
          "No todas las partes de una aportación necesitan la misma protección. Su análisis de una ley puede ser público. El relato detallado de la detención de una persona puede ser solo para el experto. Las aportaciones a las convocatorias suelen publicarse en línea salvo que se pida lo contrario, así que indique con claridad qué puede publicarse y qué no.",
          "Visitdesk le permite asignar a cada parte de una aportación su propio nivel de confidencialidad, para que lo que debe seguir siendo privado siga siéndolo.",
        ],
        tips: [
          "Marque las partes confidenciales al principio de cada una, no solo en una nota de presentación.",
          "Guarde los nombres y los datos de contacto en un anexo separado y protegido.",
          "Elimine los datos ocultos de archivos y fotos, como autor, lugar y fecha.",
          "Use el canal más seguro del que disponga y, si puede, no envíe archivos delicados por correo electrónico corriente.",
        ],
      },
      {
        heading: "Consentimiento informado de las personas mencionadas",
        paragraphs: [
          "Antes de nombrar a alguien o de contar su historia, pregúntele. Explíquele en su idioma quién lo leerá, si podría publicarse o plantearse al Gobierno, qué riesgos puede suponer, y que puede decir que no o cambiar de opinión más adelante.",
          "El consentimiento para un uso no es consentimiento para todos los usos. Anote lo que cada persona aceptó, cuándo y ante quién. Tenga especial cuidado con los niños y niñas, las personas detenidas y quienes puedan sufrir presiones de otros.",
        ],
        tips: [
          "Si alguien no quiere ser nombrado, quite todo detalle que permita identificarlo: pueblo, oficio, fechas exactas, lazos familiares.",
          "Recuerde que una historia puede identificar a una persona incluso sin su nombre.",
          "Guarde los registros de consentimiento en un lugar seguro: contienen precisamente los nombres que quiere proteger.",
        ],
      },
      {
        heading: "Aportaciones conjuntas de coalición",
        paragraphs: [
          "Una aportación conjunta ahorra tiempo al experto y ofrece una visión común. Repartan el trabajo por temas, nombren a una persona para la edición final y acuerden un mismo formato para las pruebas y las recomendaciones. Asegúrense de incluir a grupos de fuera de la capital, asociaciones de víctimas y organizaciones pequeñas, no solo a las más grandes.",
          "Cada miembro decide si su nombre aparece. Un grupo en riesgo puede contribuir sin figurar en la lista.",
        ],
      },
      {
        heading: "Dar a conocer la visita",
        paragraphs: [
          "Muchas personas afectadas nunca se enteran a tiempo de una visita. Difunda las fechas, la convocatoria de aportaciones y la forma de contactar con el experto entre grupos locales, líderes comunitarios y periodistas. Traduzca lo esencial a los idiomas locales.",
          "Pero no publique quién piensa reunirse con el experto, ni dónde ni cuándo. Esos detalles pueden exponer a las personas a presiones incluso antes de que llegue el experto.",
        ],
        tips: [
          "Anuncie la visita, no las reuniones.",
          "Use radios locales y redes comunitarias, no solo las redes sociales.",
          "Explique cómo contactar con su coalición de forma segura a quienes quieran ser escuchados.",
        ],
      },
    ],
  },

  during: {
    title: "Durante la visita",
    summary:
      "El experto tiene solo unos días y muchas personas a las que escuchar. Coordínese con otros grupos para que se oigan las voces más importantes, reúnase de forma segura y siga lo que el experto dice al final.",
    sections: [
      {
        heading: "Cómo se organizan las reuniones",
        paragraphs: [
          "Un funcionario del ACNUDH, el oficial encargado de la visita, coordina el programa. Las reuniones con la sociedad civil se organizan a través de esa persona. El programa está lleno: reuniones con ministerios, el parlamento, el poder judicial, la institución nacional de derechos humanos y los organismos de la ONU, visitas a lugares como cárceles y viajes fuera de la capital. El tiempo para la sociedad civil es limitado.",
          "Envíe su solicitud de reunión pronto, por el canal oficial del mandato. Sea breve y claro.",
        ],
        tips: [
          "Diga quiénes son, a quién representan y cuál es el tema.",
          "Resuma sus tres mensajes principales en pocas líneas.",
          "Indique dónde podrían reunirse y si necesitan interpretación u otro apoyo, como un acceso sin escalones.",
          "Avise si las personas que asistirían corren algún riesgo particular.",
          "Designe una sola persona de contacto y esté dispuesto a cambiar la hora o el lugar.",
        ],
      },
      {
        heading: "Coordinarse para que se oigan muchas voces",
        paragraphs: [
          "Cuando cada grupo pide su propia reunión, normalmente se quedan con el tiempo los más grandes y conocidos. Funciona mejor cuando las ONG nacionales se coordinan: una lista común de grupos y temas, y un único punto de contacto con el oficial encargado de la visita.",
          "Dé prioridad a quienes rara vez se escuchan: grupos de fuera de la capital, las personas más afectadas, las asociaciones de víctimas y las personas en riesgo. Los espacios de reunión son escasos, así que repártalos con justicia. Acuerden de antemano criterios claros, equilibren temas y regiones, y expliquen las decisiones a todos.",
          "Visitdesk ayuda a las coaliciones a reunir las solicitudes de reunión en un solo lugar y a repartir los espacios disponibles.",
        ],
        tips: [
          "Una sola persona por organización en una reunión conjunta.",
          "Las organizaciones grandes pueden ceder su tiempo a grupos más pequeños o más afectados.",
          "Lleve una lista de quién pidió reunirse y quién fue escuchado, para hacerlo mejor la próxima vez.",
        ],
      },
      {
        heading: "Reuniones temáticas en grupo",
        paragraphs: [
          "Los expertos suelen reunirse con varias organizaciones a la vez sobre un mismo tema. Acuerden de antemano quién dice qué, para no repetirse. Cada persona tiene unos minutos: un dato clave, un caso (con consentimiento), una recomendación.",
          "Lleve un breve resumen escrito con sus datos de contacto para el equipo del experto. Deje tiempo para las preguntas del experto: a menudo son lo más útil.",
        ],
      },
      {
        heading: "Reuniones privadas para personas en riesgo",
        paragraphs: [
          "Algunas personas no pueden ser vistas con el experto: víctimas, testigos, familiares de personas detenidas, activistas bajo vigilancia. Pida una reunión privada al oficial encargado de la visita y explique el motivo sin dar más detalles de los necesarios.",
          "Elija un lugar y un momento discretos. Piense en los desplazamientos, los teléfonos y en quién sabe de la reunión. Volver a contar su historia puede ser doloroso para una víctima: ofrézcale que la acompañe una persona de confianza.",
        ],
        tips: [
          "Ni fotos, ni publicaciones en redes sociales, ni listas públicas de participantes.",
          "Acuerden de antemano qué dirán los participantes si alguien les pregunta por la reunión.",
          "Asegúrese de que cada persona sepa cómo denunciar amenazas después de la reunión.",
        ],
      },
      {
        heading: "Los términos de referencia le protegen",
        paragraphs: [
          "En cada visita, el Estado debe garantizar los términos de referencia. Incluyen la libertad de circulación y de investigación, el acceso a los lugares de detención, el contacto confidencial y sin supervisión con testigos, víctimas, ONG y otras personas particulares, y la garantía de que nadie que se reúna con el experto sufrirá represalias.",
          "Si funcionarios intentan asistir a su reunión, si nota vigilancia o si alguien recibe amenazas, avise de inmediato al equipo del experto y anote lo ocurrido, con fechas. Las represalias también pueden llegar después de que el experto se vaya. El Secretario General de la ONU informa cada año sobre las represalias.",
        ],
      },
      {
        heading: "La declaración de fin de visita",
        paragraphs: [
          "El último día, el experto suele dar una conferencia de prensa y publicar una declaración de fin de visita con sus conclusiones preliminares. Es el momento de mayor atención pública.",
          "Léala pronto y compárela con sus preocupaciones. No es el informe final, que llega meses después, pero ya puede utilizarla.",
        ],
        tips: [
          "Prepare de antemano una breve reacción para los medios y adáptela ese mismo día.",
          "Cite las palabras exactas de la declaración en sus idiomas locales.",
          "Anote lo que falta: puede señalárselo al experto antes de que se redacte el informe.",
        ],
      },
    ],
  },

  after: {
    title: "Después de la visita: usar el informe",
    summary:
      "El informe llega meses después y se presenta al Consejo de Derechos Humanos. Sus recomendaciones son herramientas: úselas en su labor de incidencia, haga el seguimiento de lo que se cumple y llévelas al EPU y a los órganos de tratados.",
    sections: [
      {
        heading: "Cuándo y cómo llega el informe",
        paragraphs: [
          "El informe se publica entre unas semanas y más de un año después de la visita; en los casos que hemos visto, entre 7 y 21 meses. Es una adición al informe anual del mandato y lleva una signatura como A/HRC/52/39/Add.1: un documento del Consejo de Derechos Humanos para el período de sesiones 52, documento 39, adición 1. Antes de 2006, las signaturas empiezan por E/CN.4, de la antigua Comisión de Derechos Humanos.",
          "Las observaciones del Estado sobre el informe pueden publicarse en otra adición. Ese documento no es el informe de la visita, pero léalo también: muestra lo que el Gobierno acepta y lo que discute.",
          "El informe se presenta en un período de sesiones del Consejo (de febrero a abril, de junio a julio y de septiembre a octubre) en un diálogo interactivo. Las ONG pueden hacer declaraciones y organizar actos paralelos. Las declaraciones orales suelen hacerlas organizaciones reconocidas como entidades consultivas del ECOSOC; las demás a menudo se asocian con una de ellas.",
        ],
      },
      {
        heading: "Leer las recomendaciones",
        paragraphs: [
          "El último capítulo, conclusiones y recomendaciones, contiene párrafos numerados. A menudo un párrafo empieza con una frase como: el Relator Especial recomienda al Gobierno que, seguida de apartados con letras (a), (b), (c). Las recomendaciones pueden agruparse por tema o por destinatario: Gobierno, parlamento, poder judicial, institución nacional de derechos humanos, sociedad civil, comunidad internacional u organismos de la ONU.",
          "La referencia estable de una recomendación es su número de párrafo y su letra, por ejemplo 85(b). Los capítulos anteriores pueden usar el verbo recomendar sin formular una recomendación: solo cuenta el capítulo final.",
        ],
        tips: [
          "Cite con precisión: párrafo 85(b) del documento A/HRC/52/39/Add.1.",
          "Elija unas pocas recomendaciones prioritarias en lugar de todas.",
          "Para cada una, indique la institución responsable.",
          "Traduzca las recomendaciones clave a los idiomas locales y difúndalas ampliamente.",
        ],
      },
      {
        heading: "Seguir la aplicación con pruebas",
        paragraphs: [
          "Para cada recomendación que siga, anote su estado de aplicación (sin iniciar, parcial, completa o situación agravada) y las pruebas: una nueva ley, una partida presupuestaria, un decreto, una sentencia, datos. Indique la fecha y la fuente de cada prueba.",
          "Sea honesto con los avances parciales. Un registro creíble es más útil que uno severo. Visitdesk le permite registrar el estado de aplicación de cada recomendación con sus pruebas y compartirlo con su coalición.",
        ],
        tips: [
          "Un anuncio no es una aplicación: busque el acto, el dinero y el resultado.",
          "Revise el estado antes de cada plazo del EPU o de un órgano de tratados.",
          "Anote quién comprobó las pruebas y cuándo.",
        ],
      },
      {
        heading: "El seguimiento con el experto",
        paragraphs: [
          "Los expertos pueden enviar cuestionarios de seguimiento, publicar informes de seguimiento o realizar una nueva visita. Envíeles con regularidad breves actualizaciones sobre lo que ha cambiado, con pruebas. Infórmeles enseguida de cualquier represalia contra personas que participaron en la visita.",
          "El Índice Universal de los Derechos Humanos del ACNUDH recoge las recomendaciones de los Procedimientos Especiales junto a las del EPU y los órganos de tratados, con sus temas y los grupos afectados. Le ayuda a encontrar todas las recomendaciones sobre una misma cuestión.",
        ],
      },
      {
        heading: "Alimentar el EPU y los órganos de tratados",
        paragraphs: [
          "Las recomendaciones de una visita ganan fuerza cuando otros mecanismos las repiten. Úselas en sus contribuciones de partes interesadas al EPU y en sus informes alternativos a los órganos de tratados. Pida a Estados amigos que las conviertan en recomendaciones del EPU.",
          "Cuando varios mecanismos dicen lo mismo, al Gobierno le cuesta más ignorarlo, y su labor de incidencia resulta más fácil de explicar.",
        ],
      },
      {
        heading: "La seguridad después de la visita",
        paragraphs: [
          "Las represalias no terminan cuando el experto se va. Manténgase en contacto con las personas que se reunieron con él o le dieron información, sobre todo fuera de la capital. Cuando se publique el informe, compruebe que nada en él permita identificar a alguien que pidió el anonimato, y avise de inmediato al equipo del experto si es así.",
          "Comunique cualquier amenaza o ataque relacionado con la visita al titular de mandato y al ACNUDH, con fechas y detalles, si la persona afectada está de acuerdo.",
        ],
      },
    ],
  },

  unofficial: {
    title: "Visitas no oficiales",
    summary:
      "Cuando una visita oficial no es posible o aún no se ha aceptado, una ONG o una universidad puede invitar a un titular de mandato a una conferencia o a un evento. No da lugar a un informe oficial, pero genera conocimiento y relaciones.",
    sections: [
      {
        heading: "Qué es una visita no oficial",
        paragraphs: [
          "Una visita no oficial se produce cuando una organización (una ONG, una coalición o una universidad) invita a un titular de mandato a una conferencia, una formación, una charla pública o una consulta. El experto acude por invitación de esa organización, no del Estado.",
          "No es una misión oficial. El Gobierno no ha acordado un programa, y los términos de referencia que protegen las visitas oficiales no se aplican formalmente.",
        ],
      },
      {
        heading: "Lo que puede aportar y sus límites",
        paragraphs: [
          "Una visita no oficial puede aportar mucho. El experto conoce la situación de primera mano, se reúne con grupos que de otro modo no vería y puede hablar en público. Algunas autoridades pueden aceptar reunirse con él. Se crean relaciones, y puede abrirse el camino hacia una invitación oficial.",
          "Pero tiene límites. No hay informe oficial al Consejo de Derechos Humanos ni recomendaciones formales. El experto no tiene acceso garantizado a las autoridades ni a los lugares de detención. También puede medir con cuidado sus palabras en público, ya que no está en misión oficial.",
        ],
        tips: [
          "Deje claro a aliados y medios que no se trata de una visita oficial.",
          "No prometa a los participantes que el experto informará sobre su caso.",
          "Guarde constancia de lo que el experto dijo en público: podrá citarlo más adelante.",
        ],
      },
      {
        heading: "Quién paga y cómo organizarse",
        paragraphs: [
          "Los titulares de mandato no reciben sueldo por su trabajo, y la ONU no suele financiar viajes no oficiales. Normalmente la organización anfitriona paga el viaje, los visados, el alojamiento, la interpretación y las necesidades de accesibilidad. Diga claramente quién paga y no ponga condiciones: el experto debe mantener su independencia y evitará todo lo que parezca un favor.",
          "Las agendas de los expertos se llenan con meses de antelación. Invite pronto, con un objetivo claro, un proyecto de programa y las principales personas con las que se reuniría.",
        ],
        tips: [
          "Comunique abiertamente al experto las fuentes de financiación.",
          "Prevea un programa equilibrado, no centrado solo en los temas de su organización.",
          "Reserve tiempo para grupos de fuera de la capital y para las personas afectadas.",
          "Acuerden de antemano qué será público y qué no.",
        ],
      },
      {
        heading: "Preparar el camino hacia una visita oficial",
        paragraphs: [
          "Aproveche el evento para tender puentes. Invite a autoridades a intervenir o asistir, y ofrezca organizar una reunión entre el experto y el ministerio competente. Una buena experiencia puede hacer que el Gobierno esté más dispuesto a cursar una invitación oficial.",
          "Después del evento, escriba al Gobierno pidiéndole que invite oficialmente al experto o que acepte la solicitud pendiente, y mantenga al experto informado de lo que cambie.",
        ],
      },
      {
        heading: "Seguridad sin garantías formales",
        paragraphs: [
          "Como los términos de referencia no se aplican formalmente, los participantes tienen menos protección. Celebre los debates delicados a puerta cerrada, no publique listas de participantes y evite fotografiar a personas en riesgo. Elija lugares a los que se pueda acudir sin llamar la atención.",
          "Si alguien recibe amenazas después del evento, informe al titular de mandato. Las represalias por cooperar con la ONU son motivo de preocupación, tanto si la visita fue oficial como si no.",
        ],
      },
    ],
  },

  sources: {
    title: "De dónde vienen nuestros datos",
    summary:
      "Visitdesk parte de datos de referencia reunidos de fuentes públicas. Cada dato indica su origen y nuestro grado de certeza, y los datos pueden sustituirse por una importación de una fuente autorizada.",
    sections: [
      {
        heading: "Los mandatos",
        paragraphs: [
          "Nuestra lista recoge los 60 mandatos de los Procedimientos Especiales existentes a finales de 2024: 46 mandatos temáticos y 14 mandatos de país. Para cada uno damos el título oficial, el tipo (Relator Especial, Experto Independiente o Grupo de Trabajo), el año de creación y la resolución que lo creó. Los cambios de 2025 aún no se han comprobado.",
          "Los títulos en francés y en español están completos, pero algunos aún no se han verificado. Los titulares actuales y las direcciones de contacto a menudo son desconocidos o no verificados. Indicamos nuestro grado de certeza para cada uno, y nunca inventamos una dirección.",
        ],
      },
      {
        heading: "Los países y la pertenencia a la ONU",
        paragraphs: [
          "Los nombres de países y los códigos ISO proceden de paquetes de software mantenidos (i18n-iso-countries y world-countries), no de una lista hecha a mano, de modo que siguen los cambios oficiales y existen en varios idiomas.",
          "La pertenencia a la ONU se registra junto a ellos: 193 Estados Miembros y 2 Estados observadores, la Santa Sede y el Estado de Palestina.",
        ],
      },
      {
        heading: "Las invitaciones permanentes",
        paragraphs: [
          "Unos 129 Estados tenían una invitación permanente en 2022. Nuestra lista recoge 97. Para la mayoría, la fecha en que se cursó la invitación es desconocida. Solo damos una fecha exacta cuando una fuente la indica. A veces solo podemos decir que un Estado tenía una invitación en una fecha determinada o antes, según una fuente fechada.",
          "Cada entrada indica su fuente y un nivel de confianza. «corpus» significa que la respalda una fuente pública fechada. «recall-unverified» significa que aún no se ha comprobado. Un Estado que no figura en nuestra lista tiene un estado desconocido: no significa que no tenga invitación.",
        ],
        tips: [
          "Antes de usar una invitación permanente en su labor de incidencia, mire su fuente y su nivel de confianza.",
          "No afirme que un Estado no tiene invitación permanente solo porque falte en nuestra lista.",
          "Si conoce la fecha en que su Estado cursó la invitación, compártala con su fuente: la mayoría de las fechas aún faltan.",
        ],
      },
      {
        heading: "Visitas e informes",
        paragraphs: [
          "Nuestros datos iniciales sobre visitas son una muestra de visitas reales, no el historial completo. Una visita que falta quizá simplemente no se ha registrado aún: consulte las fuentes oficiales antes de sacar conclusiones de una ausencia.",
        ],
      },
      {
        heading: "Sustituir nuestros datos",
        paragraphs: [
          "Todos estos datos de referencia pueden sustituirse por una importación desde una fuente autorizada, como los propios registros del ACNUDH, cuando la plataforma tenga acceso a la red. Quienes gestionan su Visitdesk deciden cuándo hacerlo.",
          "Si encuentra un error, comuníqueselo e indique la fuente. Cada corrección con fuente hace los datos más fiables para todos.",
        ],
      },
    ],
  },
};
