<?php include("header.php") ?>	

	<title>

		VIII CONGRESO INTERNACIONAL DE 

		INMUNOLOGIA

	</title>

	<meta name="description" content="VIII congreso internacional de inmunologia y II congreso de alergias,asma e inmunologia pediátrica en el perú">

    <meta name="keywords" content="VIII, congreso, internacional,inmunologia,perú,peru,Internacional,Congreso,Inmunologia,alergia,II,asma,pediatria">

	<meta property="og:title" content="VIII, congreso, internacional,inmunologia,perú,peru,Internacional,Congreso,Inmunologia,alergia,II,asma,pediatria">

	<meta property="og:type" content="website" > 

	<meta property="og:url" content="http://www.congresospi-uaai.com/programa.php" > 

	<meta property="og:site_name" content="programa.php" >





</head>

<body>

 		<div class="row s12">

 		<?php include("menu.php") ?>

    	

    	<div class="inicio col l10 m12 s12 padding-none">

    		<div class="col s12 padding-none"> 

    			<div class="franja">



				  	<h1>VIII CONGRESO INTERNACIONAL DE <br>

				  	INMUNOLOGIA</h1>

				  	<h2>II Congreso De Alergias, Asma e Inmunologia Pediátrica</h2>

				  	<!--<hr class="star-primary">-->



				</div>    

		    	<section id="ponentes" class="contacto">
		    		  <ul class="collapsible" data-collapsible="accordion">
					    <li class="">
					      <div class="collapsible-header  active	"><h2 style="font-size:2rem; margin:0; padding:1rem 0;">Programa  28 de Setiembre del 2016</h2></div>
					      <div class="collapsible-body"> 
					    	<table class="centered highlight bordered responsive-table">
						        <thead>
						          <tr>
						              <th style="width:25%"  data-field="turno" width="20%">TURNO</th>
						              <th style="width:25%"  data-field="a">SALA A</th>
						              <th style="width:25%"  data-field="b">SALA B</th>
						              <th style="width:25%" data-field="c">SALA C</th>
						          </tr>
						        </thead>

						        <tbody>
						          <tr class="yellow">
						            <td rowspan="2">MAÑANA</td>
						            <td colspan="3">Salas Mediterraneo A, B, C</td>
						          </tr>
						          <tr class="yellow">
						            <td colspan="3">Curso de Inmunología Básica</td>
						          </tr>
						          <tr>
						            <td>08:30 am - 09:10 am</td>
						            <td colspan="3">Células y Órganos en el Sistema Inmune: <br><b>Dr: David Male (UK)</b></td>
						          </tr>
						          <tr>
						            <td>09:10 am - 09:50 am</td>
						            <td colspan="3">Inmunidad Innata e Inflamación: <br><b>Dr: David Male (UK)</b></td>
						          </tr>
						          <tr>
						            <td>09:50 am - 10:30 am</td>
						            <td colspan="3">Células T y moléculas MHC: <br><b>Dr: David Male (UK)</b></td>
						          </tr>
						          <tr>
						            <td>10:30am - 10:45 am</td>
						            <td colspan="3">Preguntas</td>
						          </tr>
						          <tr class="blue">
						            <td>10:45 am - 11:15 am</td>
						            <td colspan="3">Coffee break</td>
						          </tr>
						          <tr>
						            <td>11:15 am - 11:55 pm</td>
						            <td colspan="3">Presentación antigénica y activación celular: <br><b>Dr: David Male (UK)</b></td>
						          </tr>
						          <tr>
						            <td>11:55 pm - 12:35 pm</td>
						            <td colspan="3">Células T citóxicas e inmunidad mediada por células: <br><b>Dr: David Male (UK)</b></td>
						          </tr>
						          <tr>
						            <td>12:35 pm - 12:50 pm</td>
						            <td colspan="3">Preguntas</td>
						          </tr>
						          <tr class="blue">
						            <td>12:50 pm - 1:50 pm</td>
						            <td colspan="3">Refrigerio</td>
						          </tr>
						          <tr>
						            <td>1:50 pm - 2:30 pm</td>
						            <td colspan="3">Anticuerpos en Inmunoregulación: <br><b>Dr David Male (UK)</b></td>
						          </tr>
						          <tr>
						            <td>2:30 pm - 2:45 pm</td>
						            <td colspan="3">Preguntas</td>
						          </tr> 
						          <tr>
						            <td>2:45 pm - 3:00 pm</td>
						            <td colspan="3"></td>
						          </tr> 
						          <tr class="yellow">
						            <td>TARDE</td>
						            <td>SALA A</td>
						            <td>SALA B</td>
						            <td>SALA C</td>
						          </tr>
						          <tr>
						          	<td></td>
						          	<td><br><b>Inmunología y Cáncer</b></td>
						          	<td><br><b>Inmunología y Trasplante</b></td>
						          	<td><br><b>Alergias Respiratorias I</b></td>
						          </tr> 
						          <tr>
						          	<td>03:00 pm - 03:30 pm</td>
						          	<td>Visión general de la interacción entre el sistema inmune y las células neoplásicas.</td>
						          	<td>Inmunología de transplantes: De las Moléculas a la Intervención Terapéutica. Dr. Jhan Arturo (COL)</td>
						          	<td>Asma en menores de 5 años: Difícil de diagnosticar y de tratar? Dr. José Antonio Castro (Chile)	</td>
						          </tr>
						          <tr>
						          	<td>03:30 pm - 04:00 pm</td>
						          	<td>Regulación Molecular de la anergia de linfocitos T. Dr. Thomas Gajewski (USA)</td>
						          	<td>Mecanismos que mantienen la tolerancia en el Trasplante. Dra. María Alegre (USA)	</td>
						          	<td>Pruebas de Función Pulmonar en menores de 5 Años: Oscilometría. Dra. Laura Gochicoa-Rangel (MEX)	</td>
						          </tr>
						          <tr>
						          	<td>04:00 pm - 04:30 pm</td>
						          	<td>Estrategias de Inmunoterapia aplicada a tumores sólidos: evidencias actuales. Dr. Diego Venegas (PER)	</td>
						          	<td>Trasplantes de Precursores Hematopoyéticos en el Perú. Dr. Iván Fernández (PER)</td>
						          	<td>Origen de la limitación al flujo aéreo y su proyección a la adultez. Dr. Luis Torres Bouscoulet (MEX)</td>
						          </tr>
						          <tr>
						          	<td>04:30 pm-05:00pm</td>
						          	<td>Impacto de la Microbiota en la inmunidad antitumoral y eficacia de la Inmunoterapia. Dr. Thomas Gajewski (USA)</td>
						          	<td>Factores ambientales que afectan el rechazo del trasplante. Dra. Marìa Alegre (USA)</td>
						          	<td>Pruebas diagnósticas de alergia en Pediatría. Dr. Adnan Custovic (UK)	</td>
						          </tr>
						          <tr class="blue">
						          	<td>05:00 pm - 05: 30 pm</td>
						          	<td colspan="3">Coffe Break</td> 
						          </tr>
						          <tr>
						          	<td>05: 30 pm - 6:30 pm</td>
						          	<td colspan="3">Sesión Plenaria: Cáncer e Inmunidad Inmunoterapia de Cáncer contra los mecanismos de resistencia del microambiente del tumor <br><b>Dr. Thomas Gajewski (USA)</b><br>Forzando FNkB de las cèlulas T promueve el control de tumores <br><b>Dra. Marìa Alegre (USA)</b></td>
						          </tr> 
						          <tr>
						          	<td>06:30 pm - 07:30 pm</td>
						          	<td colspan="3">Ceremonia de Inauguración- Conferencia Inaugural Interacción medio ambiente, genes y desarrollo de asma y alergias <br><b>Dr. Adnan Custovic (UK)</b></td>
						          </tr>	
						          <tr class="red">
						          	<td>7:30 PM</td>
						          	<td colspan="3">SHOW</td>
						          </tr>	
						        </tbody>
						    </table>
					      </div>
					    </li>
					    <li>
					      <div class="collapsible-header"><h2 style="font-size:2rem; margin:0; padding:1rem 0;">Programa 29 de Setiembre del 2016</h2></div>
					      <div class="collapsible-body"> 
						   	<table class="centered highlight bordered responsive-table">
						        <thead>
						          <tr>
						              <th data-field="turno" width="20%">Turno</th>
						              <th data-field="a">SALA A</th>
						              <th data-field="b">SALA B</th>
						              <th data-field="c">SALA C</th>
						          </tr>
						        </thead>

						        <tbody>
						          <tr class="yellow">
						            <td >MAÑANA</td>
						            <td colspan="3"></td> 
						          </tr>
						          <tr>
						            <td>08:00 am - 09:00 am</td>
						            <td colspan="3">Sesión Plenaria Alergias Respiratorias: Fenotipos en asma en la niñez y adolescencia: desde el descubrimiento de los endotipos al tratamiento estratificado <br><b>Dr. Adnan Custovic (UK)</b><br> Asma Severa en Niños: Hacia dónde vamos? <br><b>Dr. Adnan Custovic (UK)</b></td> 
						          </tr>
						          <tr>
						            <td>09:00 am - 09:15 am</td>
						            <td colspan="3"></td> 
						          </tr>
						          <tr class="yellow">
						            <td ></td>
						            <td >Sala A</td> 
						            <td >Sala B</td> 
						            <td >Sala C</td> 
						          </tr>
						          <tr> 
						            <td></td>
						            <td ><br><b>Inmunología Aplicada I</b></td> 
						            <td ><br><b>Alergias Alimentarias I</b></td> 
						            <td ><br><b>Alergias Respiratorias II</b></td> 
						          </tr>
						          <tr>
						            <td>09:15 am - 09:40 am</td>
						            <td>Otras aplicaciones clínicas de Citometría de Flujo en Inmunología. <br><b>Dra. Zullim Chumbiriza (PER)</b></td>
						          	<td>Alergias Alimentarias: Una perspectiva desde sus presentaciones clínicas. <br><b>Dr. César Galván (PER)</b></td>
						          	<td>Rinitis Alérgica de dfícil manejo: Nuevas estrategias para un viejo problema. <br><b>Dr. José Mori (PER)</b></td>
						          </tr> 
						          <tr>
						          	<td>09:40 am - 10:10 am</td>
						          	<td> nmunomoduladores en plantas nativas en el Perú.<br><b>Dra. Libertad Alzamora (PER)</b>	</td>
						          	<td>Métodos diagnósticos en Alergias Alimentarias IgE mediadas. Cuánto ha cambiado en los últimos 10 años? <br><b>Dr. Wayne Schreffler (USA)</b>	</td>
						          	<td>Factores de riesgo en asma infantil: Qué dice la evidencia? <br><b>Dr. José Castro Rodríguez (Chile)</b></td>
						          </tr>
						          <tr>
						          	<td>10:10 am - 10:25 am</td>
						          	<td colspan="3">Preguntas</td>	
						          </tr>
						          <tr class="blue">
						          	<td>10:25 am - 10:55 am</td>
						          	<td colspan="3">Coffee Break</td> 
						          </tr> 
						          <tr>
						          	<td>10:55 am - 11:25 am</td>
						          	<td>Utilidad clínica del Test de Activación de basófilos en el diagnóstico y monitorización de la enfermedades alérgicas. <br><b>Dr. Wayne Schreffler (USA)</b>	</td>
						          	<td>Fisiopatología y presentaciones clínicas de FPIES and FPIAP. <br><b>Dra. Julie Wang (USA)</b>	</td>
						          	<td>Obesidad y Asma: Rol de las Adipokinas? <br><b>Dr. Lany Rosenwasser (USA)</b>	</td>
						          </tr>
						          <tr>
						          	<td>11:25 am - 11:55 am</td>
						          	<td>La molécula CD1d y Células NKT: Amigos o enemigos? <br><b>Dr. Victor Arrunátegui (PER)</b></td>
						          	<td>Métodos diagnósticos en Alergias Alimentarias No IgE mediadas. Cuán cerca o lejos nos encontramos? <br><b>Dr. Christophe Dupont (FRA)</b>	</td>
						          	<td>Control ambiental: Cuál es su rol en el manejo del Asma? <br><b>Dr. Adnan Custovic (UK)</b>	</td>
						          </tr>
						          <tr>
						          	<td>11:55 pm - 12:10 pm</td>
						          	<td colspan="3">Preguntas	</td>
						          </tr>
						          <tr>
						          	<td>12:10 pm - 12:25 pm</td>
						          	<td colspan="3">	</td>
						          </tr>
						          <tr>
						          	<td rowspan="2">12:25 pm - 01:25 pm</td>
						          	<td colspan="2">Salas A y B</td>
						          	<td>Sala C </td> 
						          </tr>
						          <tr> 
						          	<td colspan="2">Symposium: Mead Johnson Nutrition</td>
						          	<td></td> 
						          </tr>
						          <tr class="blue">
						          	<td>01:25 pm - 02:10 pm</td>
						          	<td colspan="3">Refrigerio</td>
						          </tr>
						          <tr class="yellow">
						          	<td>TARDE</td>
						          	<td>Sala A</td>
						          	<td>Sala B</td>
						          	<td>Sala C</td>
						          </tr>
						          <tr>
						          	<td>02:10 pm - 02:40 pm</td>
						          	<td colspan="3">Sesión Plenaria Alergia a las proteínas de leche de vaca: Lo que dicen las guías vs lo que hacemos día a día <br><b>Dr. Christophee Dupont (Francia)</b></td>
						          </tr>
						          <tr>
						          	<td>02:40pm - 03:10pm</td>
						          	<td colspan="3">Es posible predecir la severidad de las alergias alimentarias? <br><b>Dra. Julie Wang (USA)</b></td>
						          </tr>
						          <tr>
						          	<td></td>
						          	<td><b>Inmunología de las Mucosa</b></td>
						          	<td><b>Alergias Alimentarias II</b></td>
						          	<td><b>Hipersensibilidad a Medicamentos</b></td>
						          </tr>
						          <tr>
						          	<td>03:25 pm - 03:55 pm</td>
						          	<td>Microbiota, Inmunidad y Tolerancia Inmune. <br><b>Dr. Jhan Arturo (COL)</b></td>
						          	<td>Mecanismos en eccema y alergias alimentarias. Cuál es la conexión? <br><b>Dr. Raif Geha (USA)</b></td>
						          	<td>Nomenclatura, clasificación y mecanismos de hipersensibilidad a medicamentos. <br><b>Dr. Enrique Cachay (PER)</b></td>
						          </tr> 
						          <tr>
						          	<td>03:55 pm - 04:25 pm</td>
						          	<td>Impacto de los Nutraceúticos y Alimentos funcionales sobre la salud y el sistema inmune. <br><b>Dr. Iván Best (PER)</b> 	</td>
						          	<td>Esofagitis Eosinofílica: Una puesta al día. <br><b>Dr. Christophe Dupont (FRA)	</b></td>
						          	<td>Intolerancia a los AINEs: Un problema de salud pública. <br><b>Dr. Ricardo Cardona (COL)</b>	</td>
						          </tr>
						          <tr>
						          	<td>04:25 pm - 04:55 pm</td>
						          	<td>Efectos de las vitaminas, micronutrientes en el sistema inmune. <br><b>Dra. Gisela Alva (PER)</b>	</td>
						          	<td>Aspectos Nutricionales y dietas en alergia alimentaria. <br><b>Dr. Juan Rivera (PER)</b>	</td>
						          	<td>Hipersensibilidad a Medicamentos: diagnòstico y manejo en reacciones tempranas y tardìas. <br><b>Dra. Mariana Castells (USA)<b>	</td>
						          </tr>
						          <tr>
						          	<td>04:55 pm - 05:25 pm</td>
						          	<td colspan="3">Preguntas	</td>
						          </tr>
						          <tr class="green">
						          	<td>5:25 pm -5:55 pm</td>
						          	<td colspan="3">Coffee break</td>
						          </tr>
						          <tr>
						          	<td>5:55 pm - 6:25 pm</td>
						          	<td>Microbioma y enfermedades alérgicas. <br><b>Dr.Lany Rosenwaser (USA)</b></td>
						          	<td>Nuevas perspectivas en el manejo de las Alergias Alimentarias. <br><b>Dra. Julie Wang (USA)</b></td>
						          	<td>Test de Activación de Basófilos en Hipersensibilidad a Medicamentos. <br><b>Dr. Edgar Matos (PER)</b></td>
						          </tr>
						          <tr>
						          	<td>6:25pm - 6:40pm</td>
						          	<td colspan="3"></td>
						          </tr>
						          <tr>
						          	<td>6:40 pm - 7:25 pm</td>
						          	<td colspan="2">Symposium Pfizer</td>
						          	<td>Desensibilizacion a quimioteràpicos y monoclonales. <br><b>Dra. Mariana Castells (USA)</b></td>
						          </tr>
						         
						        </tbody>
						    </table>
					      </div>
					    </li>
					    <li>
					      <div class="collapsible-header"><h2 style="font-size:2rem; margin:0; padding:1rem 0;">Programa 30 de Setiembre del 2016</h2></div>
					      <div class="collapsible-body"> 
						    <table class="centered highlight bordered responsive-table">
						        <thead>
						          <tr>
						              <th data-field="turno" width="20%">Turno</th>
						              <th data-field="a">SALA A</th>
						              <th data-field="b">SALA B</th>
						              <th data-field="c">SALA C</th>
						          </tr>
						        </thead>

						        <tbody>
						          <tr class="yellow">
						            <td>MAÑANA</td>
						            <td colspan="3"></td>
						          </tr>
						          <tr>
						            <td rowspan="2">08:00 am - 09:00 am</td>
						            <td colspan="3">Sesión Plenaria Inmunodeficiencias Primarias: Nuevas aproximaciones al diagnóstico de las Inmunodeficiencias Primarias <br><b>Dr. Raif Geha (USA)</b> </td>
						          </tr>
						          <tr> 
						            <td colspan="3">Deficiencia de DOCK8, deficencias de WASP e inmunodeficiencias relacionadas <br><b>Dr. Raif Geha (USA)</b>	</td>
						          </tr>
						          <tr>
						            <td rowspan="2">09:00am - 09:15am</td>
						            <td>Sala A	</td>
						            <td>Sala B	</td>
						            <td>Sala C	</td>
						          </tr>
						          <tr> 
						            <td><b>Infectología e Inmunidad</b></td>
						            <td><b>Inmunodeficiencias Primarias</b></td>
						            <td><b>Urticaria, Dermatitis Atópica, Anafilaxia</b></td>
						          </tr>
						          <tr> 
						            <td>09:15 am - 09:40 am</td>
						            <td>Tuberculosis y Sistema Inmune. <br><b>Dr. Rubén Huamán (PER)</b>	</td>
						            <td>Situación actual de las Inmunodeficiencias Primarias en el Perú. <br><b>Dr. Wilmer Córdova (PER)</b></td>
						            <td>Estrategias terapéuticas en disfunción de barrera de piel en dermatitis atópicas. <br><b>Dra. Rosalía Ballona (PER)</b></td>
						          </tr>
						          <tr>
						            <td>09:40 am - 10:10 am</td>
						            <td>Angiogénesis y ruptura de barrera hematoencefálica en la neurocisticercosis. <br><b>Dra: Manuela Verástegui (PER)</b></td>
						            <td>Pruebas de laboratorio en IDP. <br><b>Dr. Leopoldo Santos Argumedo (MEX)</b>	</td>
						            <td>Urticaria y Angioedema: Nuevas aproximaciones y tratamiento. <br><b>Dra. Mariana Castells (ESP-USA)	</b></td>
						          </tr>
						          <tr>
						            <td>10:10 am - 10:25 am</td>
						            <td colspan="3">Preguntas	</td>
						          </tr>
						          <tr class="blue">
						            <td>10:25 am - 10:55 am</td>
						            <td colspan="3">Coffee break	</td>
						          </tr>
						          <tr>
						            <td>10:55 am - 11:25 am</td>
						            <td>Malaria: Nuevas vacunas. <br><b>Dr. Christian Baldeviano (PER)</b></td>
						            <td>Micobacteriosis Atípica. <br><b>Dr. Juan Carlos Aldave (PER)</b>	</td>
						            <td>Anafilaxia inducida por alergenos vs desórdenes del mastocito. <br><b>Dra. Mariana Castells (ESP-USA)	</b></td>
						          </tr>
						          <tr>
						            <td>11:25 am - 11:55 am</td>
						            <td>Infección por VIH y Sistema Inmune. <br><b>Dr. José Hidalgo (PER)</b>	</td>
						            <td>Manejo Integral de las Inmunodeficiencias Primarias. <br><b>Dr. José Luis Franco (COL)</b></td>
						            <td>Alergia a Picadura de insectos. <br><b>Dr. Juan Carlos Aldave (PER)</b>	</td>
						          </tr>
						          <tr>
						            <td>11:55 am - 12:10 pm</td>
						            <td colspan="3">Preguntas	</td>
						          </tr>
						          <tr>
						            <td>12:10pm - 12:25pm</td>
						            <td colspan="3"></td>
						          </tr> 
						          <tr>
						            <td rowspan="2">12:25 pm - 1:25 pm</td>
						            <td colspan="2">Salas A y B			</td>
						            <td>Sala C	</td> 	
						          </tr>
						          <tr>
						            <td colspan="2">Symposium Biotoscana: Gamaglobulina Humana en el tratamiento de las Inmunodeficiencias Primarias <br><b>Dr. José Luis Franco (PER)</b></td> 
						          	<td></td>
						          </tr>
						          <tr>
						          	<td>1:25pm - 2:25 pm</td>
						            <td colspan="3">ymposium Glaxo: Uso de ICS/LABA en el control del Asma infantil. <br><b>Dr. Rafael Reaño (PER)</b></td> 
						          </tr>
						          <tr class="blue">
						            <td>11:55 am - 12:10 pm</td>
						            <td colspan="3">Refrigerio	</td>
						          </tr>
						          <tr class="yellow">
						            <td>TARDE</td>
						            <td>Sala A	</td>
						            <td>Sala B	</td>
						            <td>Sala C	</td>
						          </tr>
						          <tr>
						            <td>3:00 pm - 3:30 pm</td>
						            <td colspan="3">Sesión Plenaria Inmunoterapia Alergénica: Mecanismos, Eficacia y Seguridad. <br><b>Dr. Iván Cherrez (ECU)</b>	</td>
						          </tr>
						          <tr>
						            <td>3:30pm - 3:45pm</td>
						            <td colspan="3"></td>
						          </tr>
						          <tr>
						            <td></td>
						            <td><b>Inmunología Aplicada II</b>	</td>
						            <td><b>Autoinmunidad</b></td>
						            <td> <b>Inmunoterapia alergénica</b>	</td>
						          </tr>
						          <tr>
						            <td>3:45 pm - 4:15 pm</td>
						            <td>E=mDC2: Programando el potencial terapeútico de células dendríticas por modulación de suministro de energía. <br><b>Dr Alexis Kalergis (Chile)</b>	</td>
						            <td>Mecanismos de Autoinmunidad en Enfermedades Reumatológicas. <br><b>Dr: José Aguilar (PER)</b> 	</td>
						            <td>Inmunoterapia alergénica subcutánea vs sublingual. <br><b>Dr: Iván Cherrez (ECU) </b>	</td>
						          </tr>
						          <tr>
						            <td>4:15 pm - 4:45 pm</td>
						            <td> Interferencia en la sinapsis inmunológica y neurológica como mecanismo de virulencia de VSR. Implicancias en el diseño de vacunas. <br><b>Dr. Alexis Kalergis (Chile) </b>	</td>
						            <td>Avances en la Inmunomodulación de Enfermedades Autoinmunes con terapia Celular. <br><b>Dr. Jhan Arturo (COL)</b>	</td>
						            <td>Monitorización de síntomas y marcadores en pacientes en Inmunoterapia alergénica. <br><b>Dr. Ricardo Cardona (COL)</b>	</td>
						          </tr>
						          <tr>
						            <td>4:45 pm - 5:15 pm</td>
						            <td>Polarización de macrófagos M1/M2: Estudios, mecanismos de acción y blancos terapeúticos. <br><b>Dr. Iván Lozada (PER)</b></td>
						            <td>Mecanismos Etiopatogénicos de Enfermedades Autoinmunes. <br><b>Dr. José Luis Aguilar (PER)</b>	</td>
						            <td>Una mirada al futuro en Inmunoterapia alergénica. <br><b>Dr. José Gereda (PER)</b></td>
						          </tr>
						          <tr>
						            <td>5:15 pm - 5:30 pm</td>
						            <td colspan="3">Preguntas	</td>
						          </tr>
						          <tr class="green">
						            <td>5:30 pm - 6:00 pm</td>
						            <td colspan="3">Coffee break	</td>
						          </tr>
						          <tr>
						            <td>6:00 pm - 7:40 pm</td>
						            <td colspan="3" >Sesión Plenaria Terapia Biológica: Conceptos y Experiencia en Perú <br>1. La Experiencia en Reumatología<br><b>Dr. José Proaño.</b><br>2. La Experiencia en Oncología <br><b>Dr. Luis Mas. </b> <br> 3. La Experiencia en Gastroenterología <br><b>Dr. Eduardo Monge.</b><br>4. La Experiencia en Alergología <br><b>Dr.César Galván.</b></td> 
						          </tr>
						          <tr>
						            <td>7:40pm</td>
						            <td colspan="3"><b>CEREMONIA DE CLAUSURA</b></td> 
						          </tr> 
						        </tbody>
						    </table>
					      </div>
					    </li>
					  </ul>


		    			
					    
		    			<br>

		    			<br> 

		    			<div style="text-align:center;margin:3rem 0;">

		    				<a href="document/programa.pdf" target="_blank" class="btn waves waves-effect ">Descargar Programa</a>

		    			</div>

		    			<br>

		    			<br>

 



				        

				    </div>

		    		 

		    	</section> 

<?php  include("footer.php") ?>