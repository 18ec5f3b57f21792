<?php $ingles = false ?>

<?php include('../site/header.php') ?>

<div class="view conferencias">
	<div class="section1 o-h">
		<div class="table relative">
			<div class="title">
				Conferencias
			</div>
			<div class="columns o-h">
				<div class="column">
					<div class="day center-flex">
						Martes 26 Mayo
					</div>
					<div class="block center-flex">
						Visita Mina-Cierre de proyecto
					</div>
					<div class="block center-flex">
						Visita inicio de Proyecto Minero
					</div>
					<div class="block center-flex">
						registro <br><br>
						16:00 - 19:00 hrs.
					</div>
				</div>
				<div class="column">
					<div class="day center-flex">
						Miércoles 27 Mayo
					</div>
					<div class="block center-flex">
						Registro <br><br>
						08:00 - 09:00 hrs.
					</div>
					<div class="block center-flex">
						Inauguración <br><br>
						09:00 - 10:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Magistral <br><br>
						10:00 - 12:00 hrs.
					</div>
					<div class="block cb center-flex">
						Conferencia Técnica <br><br>
						12:00 - 13:00 hrs.
					</div>
					<div class="block cb center-flex">
						Receso <br><br>
						13:00 - 14:00 hrs.
					</div>
					<div class="block cb center-flex">
						Conferencia Técnica <br><br>
						14:00 - 15:00 hrs.
					</div>
					<div class="block cb center-flex">
						Conferencia Técnica <br><br>
						15:00 - 16:00 hrs.
					</div>
					<div class="block cb center-flex">
						Coctel de Bienvenida <br><br>
						16:00 hrs.
					</div>
				</div>
				<div class="column">
					<div class="day center-flex">
						Jueves 28 Mayo
					</div>
					<div class="block center-flex">
						Conferencia Técnica <br><br>
						09:00 - 10:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Magistral <br><br>
						10:00 - 12:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Técnica <br><br>
						12:00 - 13:00 hrs.
					</div>
					<div class="block center-flex">
						Receso <br><br>
						13:00 - 14:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Técnica <br><br>
						14:00 - 15:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Técnica <br><br>
						15:00 - 16:00 hrs.
					</div>
					<div class="block center-flex">
						Evento Cultural <br><br>
						17:00 - 19:00 hrs.
					</div>
					<div class="block center-flex">
						Cena de Clausura <br><br>
						20:00 hrs.
					</div>
				</div>
				<div class="column">
					<div class="day center-flex">
						Viernes 29 Mayo
					</div>
					<div class="block center-flex">
						Conferencia Técnica <br><br>
						09:00 - 10:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Magistral <br><br>
						10:00 - 12:00 hrs.
					</div>
					<div class="block center-flex">
						Conferencia Técnica <br><br>
						12:00 - 13:00 hrs.
					</div>
					<div class="block center-flex">
						Ceremonia de Clausura <br><br>
						13:00 - 14:00 hrs.
					</div>
					<div class="block center-flex">
						Evento Cultural <br><br>
						14:00 - 15:00 hrs.
					</div>
				</div>
				<div class="column">
					<div class="day center-flex">
						Sábado 30 Mayo
					</div>
					<div class="block center-flex">
						Torneo de Golf Inscripción <br><br>
						08:00 hrs. Inicio 09:00 hrs.
					</div>
					<div class="block center-flex">
						Torneo de Pesca Inscripción <br><br>
						08:00 hrs. Inicio 09:00 hrs.
					</div>
				</div>
			</div>
		</div>
	</div>
</div>

<?php include('../site/footer.php') ?>