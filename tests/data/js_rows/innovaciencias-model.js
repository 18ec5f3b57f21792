var actividades = [
    {
        nombre: "Presentación de la actividad del grupo de Proyectos Interdisciplinares", 
        grupo: "Grupo 9 (2022/23)",
        fecha: "2023-02-01",
        horaInicio: "12:00",
        horaFin: "13:00",
        lugar: "Seminario 2 de Matemáticas",
        descripcion: "",
    },

    {
        nombre: "Reunión inicial del Equipo", 
        grupo: "GENERAL",
        fecha: "2023-02-06",
        horaInicio: "11:00",
        horaFin: "12:00",
        lugar: "Aula B01",
        descripcion: ""
    },

    {
        nombre: "¿Evaluamos lo que realmente importa? Diseño e implementación de evaluación auténtica en la enseñanza de Ciencia e Ingeniería", 
        grupo: "Grupo 8 (2022/23)",
        ponente: "Prof. María Romero González (Universidad de Queen Mary de Londres)",
        fecha: "2023-02-16",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "Sala de Audiovisuales",
        descripcion: `La evaluación auténtica ofrece a los estudiantes oportunidades para aprender a través de experiencias relevantes a la 
            futura vida profesional proporcionando un espacio para la práctica de competencias necesarias para los graduandos. En 
            las áreas de Ciencia e Ingeniería, la evaluación autentica permite la evaluación de habilidades cognitivas de orden 
            superior con las que el estudiante debe construir conocimiento en un marco que requiere ejercer el juicio evaluativo. 
            En esta charla exploraremos las ventajas y barreras del uso de evaluación autentica en la enseñanza de Ciencia e 
            Ingeniería. Si bien la creación y la gestión de las tareas de evaluación auténticas pueden requerir mucho tiempo y 
            recursos, veremos como diseñar e implementar la evaluación autentica a través de un estudio de caso en Ciencia y uno 
            en Ingeniería.  Por último, examinaremos los beneficios en términos de mejora de aprendizaje y desarrollo de 
            empleabilidad, investigación y desarrollo personal de los estudiantes y la necesidad de enfocar la evaluación de 
            conocimiento en educación superior en lo que realmente es relevante para el futuro de los graduandos.`
    },

    {
        nombre: "Propuestas sobre docencia y su calidad en la UGR", 
        grupo: "GENERAL",
        ponente: "Pedro Mercado Pacheco, ex-vicerrector de Política Institucional y Planificación",
        fecha: "2023-02-16",
        horaInicio: "17:00",
        horaFin: "18:00",
        lugar: "Aula B01",
        descripcion: `En el actual marco de candidaturas a Rector, los candidatos están confeccionando el programa electoral con las propuestas 
            de diferentes sectores. Es interesante que los componentes del equipo Innova Ciencias compartan sus inquietudes, propuestas u opiniones 
            desde nuestras Facultades y Escuelas para mejorar el futuro de la Universidad.`
    },

    {
        nombre: "Innovación docente interdisciplinar a través del patrimonio histórico-artístico y, porqué no, divulgación.", 
        grupo: "Grupo 9 (2022/23)",
        ponente: " Prof. José Juan Castro Torres (Departamento de Óptica, UGR)",
        fecha: "2023-02-23",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "Aula A11",
        descripcion: `En esta charla se hablará de un proyecto de innovación docente de carácter interdisciplinar (PID 13-38 y su renovación, 15-39), 
            ya finalizado, en el que se unen la fotografía estereoscópica (a través del Grado en Óptica y Optometría) y el patrimonio 
            histórico-artístico (a través de la Arquitectura, la Historia del Arte, la Historia del Derecho y las Bellas Artes). En este PID 
            alumnos de diversos grados de la Universidad de Granada llevaron a cabo un trabajo colaborativo mediante la formación de grupos 
            interdisciplinares estudiando y visitando un edificio o conjunto histórico-artístico de la ciudad de Granada, abordándolo desde 
            diferentes disciplinas y usando la fotografía estereoscópica como nexo de unión entre dicho patrimonio y las distintas  disciplinas. 
            También se mostrarán resultados de otras colaboraciones en las que se usa la fotografía estereoscópica para divulgar ciencia, pero 
            también patrimonio. Para más información del Proyecto de Innovación Docente (libro sobre el proyecto que contiene anaglifos de Granada):
            <a href="http://hdl.handle.net/10481/53864" target="_blank">http://hdl.handle.net/10481/53864</a>`
    },

    {
        nombre: "Experiencias de aprendizaje colaborativo internacional en el contexto de ARQUS", 
        grupo: "Grupo 2 (2022/23)",
        ponente: "Pedro Real Luna y Salvador Morales Ruano",
        fecha: "2023-04-18",
        horaInicio: "11:00",
        horaFin: "12:30",
        lugar: "Aula C11",
        descripcion: "Ponencia sobre experiencias de aprendizaje colaborativo internacional, y posterior debate"
    },

    {
        nombre: "Sesión Markdown", 
        grupo: "GENERAL",
        ponente: "Pedro A. García Sánchez, Francisco Gómez",
        fecha: "2023-05-04",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula-Inf 007",
        descripcion: `Introducción a markdown. Algunos ejemplos de conversión con pandoc. Transparencias con marp. Cómo usar markdown en Prado y en GitHub.
        
        Podéis llevar vuestro portátil, pero no es necesario. Os recomiendo instalar vscode (gratuito microsoft).`
    },

    {
        nombre: "Evaluación del desempeño docente del profesorado mediante el Docentia-UGR", 
        grupo: "Grupo 8 (2022/23)",
        ponente: "Teresa Pozo, David Guerrero y Diego Pablo Ruiz. UCIP",
        fecha: "2023-06-06",
        horaInicio: "12:30",
        horaFin: "13:30",
        lugar: "Aula A12",
        descripcion: `En la charla se presentará el modelo Docentia-UGR y la aplicación informática puesta en marcha por la universidad para la evaluación del profesorado. Se realizará con un enfoque práctico, presentando el modelo vigente, qué tipo de méritos se valoran, y cómo se utiliza la aplicación informática.`
    },

    {
        nombre: "Consejos y experiencia en la aplicación de un escape room en la docencia universitaria", 
        grupo: "Grupo 7 (2022/23)",
        ponente: "Jose Luis Gómez Urquiza",
        fecha: "2023-06-13",
        horaInicio: "15:00",
        horaFin: "16:00",
        lugar: "Online: https://meet.google.com/rvi-oocm-cny",
        descripcion: `Se expondrán experiencias y aprendizajes tras varios años realizando escape rooms como método de evaluación docente en la universidad así como las necesidades de material y planificación.`
    },

    {
        nombre: "Experiencias con Talleres y H5P en PRADO", 
        grupo: "Grupo 3 (2022/23)",
        ponente: "Sonia Rodríguez, Pedro A. García, Eloisa Ramos y María Hernández",
        fecha: "2023-06-26",
        horaInicio: "10:00",
        horaFin: "11:15",
        lugar: "Aula A23",
        salaOnline: "https://meet.google.com/vbp-zbzf-byc",
        descripcion: `Presentación de una gran variedad de aplicaciones H5P y Talleres en PRADO en el ámbito docente. Ventajas y desventajas de dichas aplicaciones según el campo de conocimiento donde se aplican.`
    },

    {
        nombre: "Introducción a la programación y diseño web", 
        grupo: "GENERAL",
        ponente: "Juan Antonio Villegas",
        fecha: "2023-06-26",
        horaInicio: "11:30",
        horaFin: "12:15",
        lugar: "Aula A25",
        salaOnline: "https://meet.google.com/vbp-zbzf-byc",
        descripcion: `Breve introducción a los principales conceptos, analogías y diferencias del diseño y la programación web, con énfasis en esta última. Se hablará también sobre el desarrollo y las herramientas utilizadas en la creación de la web del grupo Innovaciencias.`
    },

    {
        nombre: "Confección de materiales accesibles, perteneciente al taller de Acción Tutorial y Metodología accesible a Estudiantes universitarios con discapacidad y otras Necesidades Específicas de Apoyo Educativo (NEAE).", 
        grupo: "Formación Inicial",
        ponente: "M. Asunción Arrufat Pérez de Zafra, Departamento de Traducción e Interpretación y anteriormente Personal de Apoyo Técnico a la Investigación del Secretariado para la Inclusión del Vicerrectorado de Igualdad, Inclusión y Sostenibilidad.",
        fecha: "2024-03-22",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula Info-09",
        descripcion:"Acercamiento a los conceptos básicos sobre accesibilidad digital de manera práctica, aprendiendo a elaborar documentos de texto y presentaciones de diapositivas accesibles para todos los estudiantes.  "
    },

    {
        nombre: "Cómo evitar el plagio en los trabajos de los alumnos, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Esther Viseras Alarcón, Departamento de Genética",
        fecha: "2024-04-09",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula Info-09",
        descripcion: "Concepto de plagio, características y modo de utilización de la herramienta de control de plagio Turnitin a través de PRADO. Simulación de envío de documentos plagiados para practicar con el programa."
    },

    {
        nombre: "Varias experiencias en la universidad. Mesa redonda, perteneciente al taller de Acción Tutorial y Metodología accesible a Estudiantes universitarios con discapacidad y otras Necesidades Específicas de Apoyo Educativo (NEAE).", 
        grupo: "Formación Inicial",
        ponente: "Silvia Muñoz Fernández, trabajadora social del Servicio de Asistencia Estudiantil del Vicerrectorado de Estudiantes y varios estudiantes con NEAE",
        fecha: "2024-04-12",
        horaInicio: "09:30",
        horaFin: "12:00",
        lugar: "Aula B1",
        descripcion: "Tras una exposición del procedimiento de atención en la UGR al estudiantado que presenta NEAE, una representación de estudiantes de nuestra universidad con distintos tipos de discapacidad y necesidades específicas contarán en primera persona su experiencia, sus dificultades, la percepción que tienen sobre la actitud del profesorado y la forma en que necesitarían ser tratados por el mismo para facilitar su adaptación."
    },

    {
        nombre: "Procedimiento de atención a los estudiantes con NEAE en los Grados, perteneciente al taller de Acción Tutorial y Metodología accesible a Estudiantes universitarios con discapacidad y otras Necesidades Específicas de Apoyo Educativo (NEAE).", 
        grupo: "Formación Inicial",
        ponente: "Mohamed Abdelaziz Mohamed, Departamento de Genética, coordinador NEAE del grado en Biología y miembro de la Comisión de Inclusión de la Facultad de Ciencias y tutor de varios estudiantes con NEAE.",
        fecha: "2024-04-15",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A-20",
        descripcion: "Utilizando su experiencia como coordinador y tutor NEAE en el Grado de Biología, el ponente nos explicará los protocolos seguidos en el centro de estudio para asegurar la atención correcta a los estudiantes con discapacidad y NEAE."
    },

    {
        nombre: "La acción tutorial en la universidad; diseño de una estrategia de orientación académica y profesional para los estudiantes del grado en Biología, perteneciente al taller de Acción Tutorial y Metodología accesible a Estudiantes universitarios con discapacidad y otras Necesidades Específicas de Apoyo Educativo (NEAE).", 
        grupo: "Formación Inicial",
        ponente: "Cristina Trenzado Romero, Departamento de Biología Celular y responsable del Plan de Acción Tutorial del Grado de Biología.",
        fecha: "2023-04-17",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A-10",
        descripcion: "Objetivos planteados y metodología utilizada en el Plan de Acción Tutorial de Biología: Para la formación a estudiantes, programación de actividades presenciales adaptadas a cada curso con el fin de facilitar el acceso a las fuentes de información con las que cuenta la Universidad de Granada. Diseño de una herramienta digital, de aplicación práctica, que favorezca los canales de comunicación entre profesorado y estudiantes permitiendo al estudiante hacer una selección personalizada de contenidos e incorporando herramientas que fomenten su aprendizaje y desarrollo profesional."
    },
    {
        nombre: "Mesa redonda sobre problemas y dudas en docencia en general, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Emilia M. Guadix Escobar, Diego P. Ruiz Padillo, Pedro García Fernández y Esther Viseras Alarcón",
        fecha: "2024-04-26",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula de Audiovisuales",
        descripcion: "Se dedicará a que los profesores noveles puedan expresar sus dudas o comentar sus problemas en el curso de la docencia a cualquier nivel que hayan impartido hasta la fecha o las incertidumbres sobre su futura actuación docente."
    },

    {
        nombre: "Planificación de materias, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación inicial",
        ponente: "Emilia M. Guadix Escobar, Departamento de Ingeniería Química",
        fecha: "2024-04-24",
        horaInicio: "12:00",
        horaFin: "14:0",
        lugar: "Aula A-10",
        descripcion: "Se tratará de responder a las preguntas: ¿Qué y dónde enseñar?; ¿a quién, cómo y cuándo enseñar?; ¿qué, cómo y cuándo evaluar?, teniendo en cuenta el contexto de la asignatura, sus descriptores y competencias. Diseño de temas y temporalización. Importancia de la acción tutorial en el proceso de aprendizaje."
    },

    {
        nombre: "Metodologías activas, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Emilia M. Guadix Escobar, Departamento de Ingeniería Química",
        fecha: "2024-04-30",
        horaInicio: "12:00",
        horaFin: "14:30",
        lugar: "Aula Aula de Audiovisuales",
        descripcion: "En las metodologías activas se concibe el aprendizaje como un proceso constructivo e integrador donde el alumno participa y no es un mero receptor de información. Para ello, el profesor puede utilizar distintas estrategias como desarrollo de un proyecto, estudio de casos, resolución de problemas, cambio de escenarios, etc."
    },

    {
        nombre: "Herramientas y técnicas de evaluación de materias basadas en competencias, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Diego P. Ruiz Padillo, Departamento de Física Aplicada",
        fecha: "2024-05-03",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula de Audiovisuales",
        descripcion: "La evaluación de las materias debe hacerse de forma que esté alineada con las metodologías docentes empleadas y las competencias de las materias. Se busca definir un marco global sobre cómo diseñar una evaluación sistemática de las competencias de las materias, además de analizar y proponer varias técnicas e instrumentos de evaluación, con especial énfasis en las rúbricas."
    },

    {
        nombre: "Ética de la profesión docente, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Emilia M. Guadix Escobar, Departamento de Ingeniería Química",
        fecha: "2024-05-02",
        horaInicio: "11:00",
        horaFin: "14:00",
        lugar: "Aula de Audiovisuales",
        descripcion: "Se debatirá sobre el significado de comportamiento ético para un docente, partiendo de los conceptos ya establecidos de moral, ética y conciencia moral. Aspectos claves y comportamientos asociados a la ética en la profesión docente, tanto en la transmisión de conocimientos como en la evaluación del estudiantado en diferentes metodologías y escenarios."
    },

    {
        nombre: "Innovación y curriculum docente en Ciencias y Técnicas, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Diego P. Ruiz Padillo, Departamento de Física Aplicada",
        fecha: "2024-05-09",
        horaInicio: "12:00",
        horaFin: "14:30",
        lugar: "Aula de Audiovisuales",
        descripcion: "Se revisarán las diversas convocatorias de innovación docente que la UGR pone en marcha y las oportunidades que se ofrecen de generar méritos que puedan mejorar el curriculum y la formación docente del profesorado. Se proporcionarán consejos sobre cómo preparar una propuesta de innovación docente."
    },

    {
        nombre: "De la clase magistral a la clase invertida: cómo cuándo y por qué, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación Inicial",
        ponente: "Esther Viseras Alarcón, Departamento de Genética",
        fecha: "2024-05-14",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula de Audiovisuales",
        descripcion: "La clase magistral: abordaje, preparación y desarrollo. Manejo de clases numerosas: estrategias generales, el clima de clase, trato a los estudiantes. Alternativas a la clase magistral: técnicas, ventajas e inconvenientes. Retroalimentación: tipos y funciones de las preguntas en clase."
    },

    {
        nombre: "Evaluación de la docencia en el profesorado universitario, perteneciente al taller de Metodología y Planificación Docente.", 
        grupo: "Formación Inicial",
        ponente: "Diego P. Ruiz Padillo, Departamento de Física Aplicada",
        fecha: "2024-05-16",
        horaInicio: "12:00",
        horaFin: "14:30",
        lugar: "Aula de Audiovisuales",
        descripcion: "Variables que se valoran dentro del programa Docentia de la UGR, y evidencias en las que se sustenta la evaluación de la calidad de la docencia del profesorado. Estudio y reflexión sobre el proceso de acreditación de cuerpos docentes del profesorado y la cumplimentación de méritos necesarios para ello."
    },

    {
        nombre: "Cuerpo y voz: dos instrumentos al servicio de la docencia, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación inicial",
        ponente: "Alicia Sierra Gómez",
        fecha: "2024-04-03",
        horaInicio: "09:30",
        horaFin: "11:00",
        lugar: "Aula de Audiovisuales",
        descripcion: "Técnicas de comunicación, lenguajes verbal y no verbal, vocalización y proyección de voz; herramientas de PNL en el ámbito docente."
    },

    {
        nombre: "Expresión corporal y transmisión de conocimientos, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación inicial",
        ponente: "Alicia Sierra Gómez",
        fecha: "2024-04-04",
        horaInicio: "09:30",
        horaFin: "11:00",
        lugar: "Aula de Audiovisuales",
        descripcion: "Herramientas teatrales en el ámbito docente."
    },

    {
        nombre: "Recursos motivacionales, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación inicial",
        ponente: "Esther Viseras Alarcón, Departamento de Genética.",
        fecha: "2024-05-21",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Sala de Juntas",
        descripcion: "Factores que influyen en la motivación, trabajo colaborativo, prevención y resolución de conflictos."
    },

    {
        nombre: "Diseño de recursos interactivos de apoyo a la docencia, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación inicial",
        ponente: "Pedro García Fernández, Departamento de Electrónica y Tecnología de Computadores",
        fecha: "2024-05-13",
        horaInicio: "10:30",
        horaFin: "13:00",
        lugar: "Aula InfO-09",
        descripcion: "Creación de contenidos digitales interactivos de calidad, manejo de eXeLearning."
    },

    {
        nombre: "Creación de materiales docentes con H5P, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación inicial",
        ponente: "Pedro García Fernández, Departamento de Electrónica y Tecnología de Computadores",
        fecha: "2024-06-17",
        horaInicio: "10:30",
        horaFin: "13:00",
        lugar: "Aula InfO-09",
        descripcion: "Introducción a nuestros noveles en el uso de la herramienta."
    },

    {
        nombre: "Creación de vídeos docentes con Kaltura, perteneciente al taller de Herramientas de Gestión del Aula.", 
        grupo: "Formación inicial",
        ponente: "Pedro García Fernández, Departamento de Electrónica y Tecnología de Computadores",
        fecha: "2024-06-20",
        horaInicio: "10:30",
        horaFin: "13:00",
        lugar: "Aula InfO-09",
        descripcion: "Breve introducción al uso de la herramienta."
    },

    {
        nombre: "Herramientas para la elaboración rápida de materiales docentes, perteneciente al taller de Aportaciones Formativas de Profesores Noveles.", 
        grupo: "Formación inicial",
        ponente: "Juan Antonio Villegas Recio,  Departamento de Matemática Aplicada",
        fecha: "2024-06-14",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula A-10",
        descripcion: "Introducción a utilidades y lenguajes informáticos de fácil aplicación para la docencia."
    },
    {
        nombre: "Desarrollo de Proyectos interdisciplinares en Ciencias", 
        grupo: "Grupo 8 (2024/25)",
        ponente: "María José Granados, Departamento de Física Aplicada",
        fecha: "2024-10-25",
        horaInicio: "10:20",
        horaFin: "12:30",
        lugar: "Sala de Exposiciones",
        descripcion: "Jornada Inaugural del curso Desarrollo de Proyectos interdisciplinares en Ciencias (III ed.)"
    },
    {
        nombre: "Markdown para creación de material docente", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Pedro A. García Sánchez, Departemento de Álgebra",
        fecha: "2024-11-13",
        horaInicio: "10:30",
        horaFin: "12:30",
        lugar: "Aula Inf-O-05",
        descripcion: "Sesión de formación PID 24-117 (CREPAL): Markdown para creación de material docente."
    },
    {
        nombre: "Presentación del programa del equipo docente de formación inicial.", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Esther Viseras Alarcón, Departamento de Genética",
        fecha: "2024-11-26",
        horaInicio: "13:00",
        horaFin: "14:00",
        lugar: "Aula Audiovisuales",
        descripcion: "Presentación del plan formativo, plan de trabajo y otros aspectos relacionados con el equipo docente de formación inicial."
    },
    {
        nombre: "Reunión inicial", 
        grupo: "Grupo 7 (2024/25)",
        ponente: "María Hernández Valladares",
        fecha: "2025-01-09",
        horaInicio: "10:00",
        horaFin: "11:00",
        lugar: "Aula A10",
        descripcion: "Reunión inicial del grupo de trabajo Inclusión, diversidad y sostenibilidad."
    },
    {
        nombre: "Reunión inicial", 
        grupo: "Grupo 1 (2024/25)",
        ponente: "F. David Carmona López ",
        fecha: "2024-12-20",
        horaInicio: "10:00",
        horaFin: "12:00",
        lugar: "Aula A10",
        descripcion: "Reunión inicial del grupo de trabajo Gamificación, Escape room educativa."
    },
    {
        nombre: "La gamificación en la docencia universitaria", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "F. David Carmona López ",
        fecha: "2025-01-10",
        horaInicio: "10:00",
        horaFin: "13:00",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 1.e del equipo de formación inicial"
    },
    {
        nombre: "Diseño de recursos interactivos de apoyo a la docencia", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Pedro García Fernández",
        fecha: "2025-01-13",
        horaInicio: "11:00",
        horaFin: "14:00",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 1.d del equipo de formación inicial"
    },
    {
        nombre: "Innovación y curriculum docente en Ciencias y Técnicas", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Diego P. Ruiz Padillo",
        fecha: "2025-01-23",
        horaInicio: "11:30",
        horaFin: "14:30",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 1.b del equipo de formación inicial"
    },
    {
        nombre: "Procedimiento de atención a los estudiantes con NEAE en los grados", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Mohamed Abdelaziz",
        fecha: "2025-01-27",
        horaInicio: "11:00",
        horaFin: "13:00",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 2.a del equipo de formación inicial"
    },
    {
        nombre: "La Acción Tutorial en la Universidad; diseño de una estrategia de orientación académica y profesional para los estudiantes del grado en Biología", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Cristina Trenzado",
        fecha: "2025-01-31",
        horaInicio: "09:00",
        horaFin: "11:00",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 2.d del equipo de formación inicial"
    },
    {
        nombre: "Confección de materiales accesibles", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "M. Asunción Arrufat Pérez de Zafra",
        fecha: "2025-02-11",
        horaInicio: "11:00",
        horaFin: "14:00",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 2.c del equipo de formación inicial"
    },
    {
        nombre: "Planificación de materias, potenciando las metodologías activas", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Emilia M. Guadix Escobar",
        fecha: "2025-02-12",
        horaInicio: "11:00",
        horaFin: "14:00",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 1.a del equipo de formación inicial"
    },
    {
        nombre: "Manejo de clases, recursos motivacionales y aprendizaje cooperativo", 
        grupo: "Formación Inicial (2024/25)",
        ponente: "Esther Viseras Alarcón",
        fecha: "2025-02-14",
        horaInicio: "09:30",
        horaFin: "12:30",
        lugar: "Aula de Medios Audiovisuales",
        descripcion: "Sesión 1.c del equipo de formación inicial"
    },
    {
        nombre: "Introducción a LaTeX", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Francisco Torralbo Torralbo, Departamento de Geometría y Topología",
        fecha: "2025-01-13",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula 10",
        descripcion: "Primeros pasos y creación de documentos básicos en LaTeX"
    },
    {
        nombre: "Fórmulas matemáticas, químicas, y bibliografía en LaTeX", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Jerónimo Alaminos Prats, Departamento de Análisis Matemático",
        fecha: "2025-01-15",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula 10",
        descripcion: "Fórmulas, entornos matemáticos, fórmulas químicas en LaTeX; bibliografía"
    },
    {
        nombre: "Introducción a gráficos y presentaciones en LaTeX", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Óscar Sánchez Romero, Departamento de Matemática Aplicada",
        fecha: "2025-01-20",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula 10",
        descripcion: "Primeros pasos con gráficas en LaTeX; presentaciones con beamer"
    },
    {
        nombre: "Gráficos avanzados y pósteres en LaTeX", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Óscar Sánchez, Departamento de Matemática Aplicada, Jerónimo Alaminos, Análisis Matemático",
        fecha: "2025-01-22",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula 10",
        descripcion: "Gráficos avanzados en LaTeX, elaboración de un póster en LaTeX"
    },
    {
        nombre: "Exportar e interactuar con otros formatos y entornos colaborativos para trabajar con LaTeX", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Pedro A. García Sánchez, Departamento de Álgebra",
        fecha: "2025-01-27",
        horaInicio: "09:00",
        horaFin: "12:00",
        lugar: "Aula 10",
        descripcion: "Exportar e importar documentos en LaTeX a otros formatos. Uso de entornos colaborativos y para publicación de contenidos."
    },
    {
        nombre: "Reunión inicial", 
        grupo: "Grupo 5 (2024/25)",
        ponente: "Marcos Moleón Paiz",
        fecha: "2025-01-21",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A05",
        descripcion: "Reunión inicial del grupo de trabajo Aula Invertida"
    },
    {
        nombre: "Reunión inicial", 
        grupo: "Grupo 10 (2024/25)",
        ponente: "Ana P. Millán Vidal",
        fecha: "2025-01-31",
        horaInicio: "11:00",
        horaFin: "13:00",
        lugar: "Aula A15",
        descripcion: "Reunión inicial del grupo de trabajo Inteligencia Artificial Generativa"
    },
    {
        nombre: "Innovación docente, mediante gamificación y escape room, en áreas de ciencias e ingenierías", 
        grupo: "Grupo 1 (2024/25)",
        ponente: "Isaac Pérez López",
        fecha: "2025-02-27",
        horaInicio: "16:30",
        horaFin: "18:30",
        lugar: "Aula A20",
        descripcion: "Isaac es Director del Secretariado de Innovación e Implicación Social y nos hablará sobre experiencias de gamificación y escape room en docencia"
    },
    {
        nombre: "Uso y aplicaciones de ChatGPT en docencia", 
        grupo: "Grupo 10 (2024/25)",
        ponente: "José López Molina (Departamento de Física Aplicada)",
        fecha: "2025-03-04",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "Aula A22",
        descripcion: "Charla sobre el uso de ChatGPT en docencia, dentro del grupo de trabajo Inteligencia Artificial Generativa de InnovaCiencias"
    },
    {
        nombre: "Blender: el software todoterreno", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Francisco Manuel Gómez Campos, Departamento de Electrónica y Tecnología de los Computadores",
        fecha: "2025-03-07",
        horaInicio: "11:30",
        horaFin: "13:30",
        lugar: "Sala Bibliomaker (Biblioteca Facultad de Ciencias)",
        descripcion: "Si te interesa el 3D y sus numerosas aplicaciones (modelado, animación, impresión...), en esta charla podrás conocer las posibilidades que tiene Blender, un software de modelado 3D de código abierto ampliamente reconocido en ámbitos académicos y profesionales. Participa en esta actividad y conoce las posibilidades que tiene este software tan potente. "
    },
    {
        nombre: "Descubriendo las Metodologías Activas", 
        grupo: "Grupo 3 (2024/25)",
        ponente: "Vanesa Mª Gámiz Sánchez. Departamento de Didáctica y Organización y  Directora del Secretariado De Formación Online del Vicerrectorado de Transformación Digital",
        fecha: "2025-03-10",
        horaInicio: "12:30",
        horaFin: "14:00",
        lugar: "Aula A22",
        descripcion: "Primera sesión del grupo de metodologías activas"
    },
    {
        nombre: "Manos a la obra con Blender", 
        grupo: "Grupo 6 (2024/25)",
        ponente: "Francisco Manuel Gómez Campos, Departamento de Electrónica y Tecnología de los Computadores",
        fecha: "2025-03-28",
        horaInicio: "11:30",
        horaFin: "13:30",
        lugar: "Aula-Inf O05",
        descripcion: "En esta sesión los participantes tendrán la oportunidad de practicar con Blender. Trabajaremos la interfaz del programa y conceptos básicos sobre modelado, animación y materiales. El objetivo es que los asistentes se animen a aprender mucho más para poder usarlo con propósitos docentes."
    },
    {
        nombre: "Metodologías para grupos grandes", 
        grupo: "Grupo 2 (2024/25)",
        ponente: "Clotilde Martínez Álvarez",
        fecha: "2025-02-21",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A21",
        descripcion: "Primera sesión del grupo de trabajo Metodología para grupos grandes."
    },
    {
        nombre: "Practicando en el aula metodologías para grupos grandes", 
        grupo: "Grupo 2 (2024/25)",
        ponente: "Clotilde Martínez Álvarez",
        fecha: "2025-03-14",
        horaInicio: "12:30",
        horaFin: "14:00",
        lugar: "Aula A21",
        descripcion: "Segunda reunión del grupo de trabajo Metodología para grupos grandes. Tras la realización de una primera actividad en el aula se hará una puesta en común de los resultados y conclusiones. Se estudiarán posibles actividades futuras."
    },
    {
        nombre: "Actualizaciones de los planes de trabajo", 
        grupo: "Grupo 7 (2024/25)",
        ponente: "María Hernández Valladares",
        fecha: "2025-03-18",
        horaInicio: "13:00",
        horaFin: "14:30",
        lugar: "Aula A10",
        descripcion: "Actualizaciones de los planes de trabajo y estrategias de los 7 grupos temáticos del Grupo 7 - Inclusión, diversidad y sostenibilidad."
    },
    {
        nombre: "Arqus para docentes", 
        grupo: "Grupo 9 (2024/25)",
        ponente: "Guadalupe Soriano Barabino, Directora de Arqus UGR ",
        fecha: "2025-03-14",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "Salón de Grados",
        descripcion: "La Alianza Universitaria Europea Arqus reúne a las universidades de Breslavia, Granada, Graz, Leipzig, Lyon 1, Maynooth, Miño, Padua y Vilna. Su principal ambición es la de actuar conjuntamente como un laboratorio de aprendizaje institucional desde el que avanzar en el diseño, la comprobación y la aplicación de un modelo innovador de cooperación interuniversitaria profunda. Durante su intervención, la coordinadora local de Arqus presentará la estructura y las principales líneas de acción de la Alianza y destacará las oportunidades que brinda a nuestra institución y, en particular, a su personal docente."
    },
    {
        nombre: "Conectando las matemáticas y el diseño industrial: experiencias de aprendizaje interdisciplinar y colaborativo en el diseño de productos", 
        grupo: "Grupo 8 (2024/25)",
        ponente: "Ester Pérez Sinusía, Universidad de Zaragoza",
        fecha: "2025-04-04",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "En línea",
        descripcion: "Esta charla presenta diversas experiencias de aprendizaje interdisciplinar y colaborativo en el Grado en Ingeniería en Diseño Industrial y Desarrollo de Producto de la Universidad de Zaragoza, llevadas a cabo durante el primer semestre del primer curso de la titulación, en las que participa la asignatura de Matemáticas I. En estas experiencias, se integran conocimientos de distintas áreas del diseño industrial y matemáticas a través de actividades y proyectos que fomentan el trabajo en equipo, la innovación, la transversalidad y la resolución de problemas de diseño industrial. La actividad permite además el trabajo coordinado de las competencias transversales del semestre y el uso de TIC en el aprendizaje."
    }
    ,
    {
        nombre: "Uso de técnicas de inteligencia artificial para generar resúmenes de apuntes",
        grupo: "Formación Inicial",
        ponente: "Javier Martínez López",
        fecha: "2025-03-24",
        horaInicio: "10:00",
        horaFin: "11:00",
        lugar: "Aula Inf O03",
        descripcion:""
    },
    {
        nombre: "Implementación de congresos y seminarios científicos como estrategia docente para la concienciación del problema de la resistencia antibiótica",
        grupo: "Formación Inicial",
        ponente: " Miguel Ángel Ruiz Fresneda",
        fecha: "2025-04-01",
        horaInicio: "10:30",
        horaFin: "11:30",
        lugar: "Aula Audiovisuales",
        descripcion:""
    },
    {
        nombre: "Mesa redonda con los profesores mentores para que los noveles compartan sus dudas y dificultades generales no contempladas en el resto de sesiones formativas",
        grupo: "Formación Inicial",
        ponente: "",
        fecha: "2025-04-08",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula Audiovisuales",
        descripcion:""
    },
    {
        nombre: "Presentación del protocolo de atención a los estudiantes NEAE en la universidad de Granada",
        grupo: "Formación Inicial",
        ponente: "",
        fecha: "2025-04-11",
        horaInicio: "10:00",
        horaFin: "11:00",
        lugar: "Aula B1",
        descripcion:""
    },
    {
        nombre: "Mesa redonda con estudiantes NEAE de varios grados de la UGR",
        grupo: "Formación Inicial",
        ponente: "",
        fecha: "2025-04-11",
        horaInicio: "11:00",
        horaFin: "13:00",
        lugar: "Aula B1",
        descripcion:""
    },
    {
        nombre: "Tips sobre comunicación visual en la docencia",
        grupo: "Formación Inicial",
        ponente: "Rodrigo J. Gonçalves",
        fecha: "2025-05-05",
        horaInicio: "10:00",
        horaFin: "11:00",
        lugar: "Aula Audiovisuales",
        descripcion:""
    },
    {
        nombre: "Herramientas para la elaboración rápida de materiales docentes",
        grupo: "Formación Inicial",
        ponente: " Juan Antonio Villegas Recio",
        fecha: "2025-06-03",
        horaInicio: "09:30",
        horaFin: "12:30",
        lugar: "Aula A20",
        descripcion:""
    },
    {
        nombre: "Mis estudIAntes usan IA", 
        grupo: "Grupo 10 (2024/25)",
        ponente: "Rafael Vázquez Conejo (Departamento de Óptica)",
        fecha: "2025-04-01",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "Aula B01",
        descripcion: "La charla aborda el impacto creciente de la inteligencia artificial en la educación universitaria. Se explorará cómo los estudiantes ya utilizan herramientas de IA, tanto para potenciar su aprendizaje como para evitar el esfuerzo y cómo los docentes debemos adaptarnos a este nuevo escenario. La charla también tratará cuestiones éticas, de privacidad y cómo gestionar el uso de la IA en el aula de manera responsable y productiva. Finalmente, se ofrecerán estrategias para integrar la IA de forma creativa y eficiente en la enseñanza universitaria."
    },
    {
        nombre: "Recomendaciones para el uso responsable de la inteligencia artificial", 
        grupo: "Grupo 10 (2024/25)",
        ponente: "Rocío Romero, Subdirectora de investigación, transferencia y docencia del Centro de Investigación Tecnologías de Información y Comunicaciones",
        fecha: "2025-04-24",
        horaInicio: "12:00",
        horaFin: "13:30",
        lugar: "Aula A15",
        descripcion: "La inteligencia artificial (IA) está actualmente en boca de todos. Muchos creen saber como usarla, otros tantos como funciona, pero muy pocos son realmente conscientes de lo que implica su uso dentro de la UGR. En esta charla analizaremos las reflexiones y aportaciones de más de 100 miembros de la comunidad universitaria sobre el uso responsable de la IA. Discutiremos las principales preguntas y preocupaciones sobre el uso de la IA en el ámbito académico y sus implicaciones éticas. Abordaremos temas como el sesgo algorítmico, la accesibilidad, la privacidad, la transparencia, la veracidad, la autonomía, la creatividad, y la responsabilidad en el uso de la IA. Esta charla proporcionará una visión integral y práctica sobre cómo la Universidad de Granada puede avanzar en la utilización responsable de la IA, aprovechando sus oportunidades y mitigando sus riesgos."
    },
    {
        nombre: "Microcredenciales: Propuestas de formación para el empleo y la especialización", 
        grupo: "Grupo 9 (2024/25)",
        ponente: "Ana María García Campaña, Vicerrectora de Posgrado y Formación Permanente",
        fecha: "2025-04-25",
        horaInicio: "09:00",
        horaFin: "11:00",
        lugar: "Salón de Grados",
        descripcion: "Sesión informativa sobre microbredenciales en la que intervendrán Ana María García Campaña (Vicerrectora de Posgrado y Formación Permanente), Vanessa Martos (Directora de Formación Permanente), Emilia Guadix (Directora de Títulos Propios)."
    },
    {
        nombre: "El cryptex como herramienta en gamificación", 
        grupo: "Grupos 1 y 6 (2024/25)",
        ponente: "Desirée Romero Molina  y Francisco Manuel Gómez Campos",
        fecha: "2025-04-29",
        horaInicio: "19:00",
        horaFin: "20:30",
        lugar: "Sala Alfonso Guiraum del Departamento de Estadística (planta 1 del Edificio de Matemáticas)",
        descripcion: "Un cryptex es un cilindro con un mecanismo de combinación que protege un compartimento secreto en su interior. Solo se puede abrir alineando correctamente una serie de letras o símbolos en el orden correcto, como una cerradura de combinación. Es posible fabricar un cryptex con una impresora 3D pero, además, usando herramientas como Blender 3D, es posible adaptar el mecanismo para que sirva como un elemento de gamificación dentro de cualquier asignatura o materia. En la sesión veremos las bases del cryptex y cómo puede adaptarse el modelo 3D para propósitos docentes."
    },    
    {
        nombre: "Reunión final del grupo de trabajo Aula Invertida", 
        grupo: "Grupo 5 (2024/25)",
        ponente: "Marcos Moleón Paiz",
        fecha: "2025-06-02",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A05",
        descripcion: "En esta reunión, se expondrán diversas experiencias en la aplicación de la metodología docente denominada 'aula invertida' y se delinearán algunas recomendaciones e ideas para su futura aplicación por parte del profesorado de áreas técnicas y de ciencias."
    },
    {
        nombre: "Pautas para mejorar la orientación y tutoría del profesorado. Recursos para el estudiantado.",
        grupo: "Formación Inicial",
        ponente: "Sagrario López Ortega",
        fecha: "2025-06-02",
        horaInicio: "09:30",
        horaFin: "11:30",
        lugar: "Salónd de Grados",
        descripcion: "Sagario López Ortega pertenece a la Unidad de Orientación Académica del Vicerrectorado de Estudiantes y Vida Universitaria."
    },
    {
        nombre: "Jornadas de Proyectos de Innovación Docente de la Facultad de Ciencias",
        grupo: "Grupo 11 (2024/25)",
        ponente: "Varios ponentes",
        fecha: "2025-06-23",
        horaInicio: "09:00",
        horaFin: "14:30",
        lugar: "A25",
        descripcion: "Exposición e intercambio de experiencias de innovación docente en la Facultad de Ciencias."
    },    
    {
        nombre: "Reunión final del grupo de metodologías activas", 
        grupo: "Grupo 3 (2024/25)",
        ponente: "M. Dolores Martínez Aires",
        fecha: "2025-06-09",
        horaInicio: "09:30",
        horaFin: "11:30",
        lugar: "Aula A26",
        descripcion: "En esta reunión, se expondrán los distintos trabajos y experiencias realizadas en este grupo de trabajo."
    },
    {
        nombre: "Sesión Docentia",
        grupo: "Grupo 9 (2024/25)",
        ponente: "Diego P. Ruiz Padillo y José Antonio Herrera Cervera",
        fecha: "2025-06-27",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A25",
        descripcion: "En esta sesión se va mostrar el marco del programa Docentia y su génesis, y la implementación que se ha realizado en la Universidad de Granada para la evaluación docente del profesorado. Se mostrará la forma de trabajar de la  Comisión de Evaluación Docentia, que es una Comisión técnica encargada de llevar a cabo la valoración de cada una de las variables en las que se concretan las dimensiones del modelo de evaluación, contrastando las evidencias aportadas por los distintos agentes implicados, emitiendo el correspondiente informe final de evaluación y que será la encargada de responder a las solicitudes de revisión que puedan producirse."
    },
    {
        nombre: "Using generative AI to give feedback on formal proofs", 
        grupo: "Grupo 10 (2024/25)",
        ponente: "Marie-Amélie Lawn (Imperial College London, UK)",
        fecha: "2025-10-31",
        horaInicio: "12:30",
        horaFin: "13:30",
        lugar: "En línea (pueden solicitar enlace al coordinador)",
        descripcion: "Can large language models improve feedback on undergraduate proof writing without lowering standards? I present a practical way to guide an LLM so its comments are focused, consistent, and aligned with course aims—while academic judgement stays with the instructor. In a pilot with first-year work, this approach surfaced common misconceptions early and shortened feedback cycles. I’ll outline the idea, note what helped and what failed, and discuss where AI can responsibly sit alongside human marking."
    },
    {
        nombre: "Reunión final del grupo de creación de material docente", 
        grupo: "Grupo 4 (2025/26)",
        ponente: "Miembros del grupo",
        fecha: "2026-06-09",
        horaInicio: "12:00",
        horaFin: "14:00",
        lugar: "Aula A15",
        descripcion: "Presentación de los trabajos realizados en el grupo de creación de material docente, con especial atención a las herramientas y recursos que se han mostrado en las distintas sesiones formativas."
    }
    /*
    // Plantilla para próximas actividades
    // No olvidar poner la coma después de la última actividad publicada
    {
        nombre: "Markdown para creación de material docente", 
        grupo: "Grupo X",
        ponente: "",
        fecha: "yyyy-mm-dd",
        horaInicio: "HH:MM",
        horaFin: "HH:MM",
        lugar: "Aula 999",
        descripcion: "<descripcion>"
    }

    */

]

export { actividades }
