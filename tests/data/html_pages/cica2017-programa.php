<br>
<div class="container">
	<ol class="breadcrumb">
		<li><a href="index">Inicio</a></li>
		<li class="active">Programa</li>
	</ol>
	<div class="panel panel-default">
		<div class="panel-body">
			<div class="row">
    				<div class="col-sm-2 text-left  wow fadeInUp animated ">
		    	         <img src="<?php echo URL.'public/img/cica2017.png'; ?>" alt="" width="65%" height="65%" class="img img-responsive  img-header"> 
				    </div>
    				<div class="sol-sm-10 text-center  wow fadeInUp animated ">
      					<h3>PROGRAMA GENERAL DE ACTIVIDADES</h3>	        
				    </div>
			</div> <!-- .row -->
    <div class="row">
      <div class="col-sm-12">
    	<div class="col-sm-12 text-center wow fadeInUp animated ">
			<h4 class="text-muted">MIERCOLES 27 DE SEPTIEMBRE DEL 2017</h4>	        
		</div><br>
		<div id="table-jueves"  class="col-sm-12 ">
			<div class="table-responsive">
			<table class="table table-hover">
			<thead>
				<tr class="active">
				<th class="text-center">Lugar</th>
				<th class="text-center">Horario</th>
				<th class="text-center">Actividad</th>
				</tr>
			</thead>
			<tbody>
				<tr>
					<td>Lobby Auditorio/Oficina de registro</td>
					<td class="text-center">8:30 - 10:00 hrs</td>
					<td class="text-center">Registro de participantes</td>
				</tr>
				<tr>
					<td>Auditorio</td>
					<td class="text-center">10:00 - 11:30 hrs.</td>
					<td class="text-center">Ceremonia de inauguraci&oacute;n</td>
				</tr>
				<tr>
					<td>Auditorio</td>
					<td class="text-center">11:30 - 12:30 hrs.</td>
					<td class="text-center">Conferencia magistral</td>
				</tr>
				<tr>
					<td>Centro de convenciones</td>
					<td class="text-center">12:30 - 14:00 hrs.</td>
					<td class="text-center">Presentaci&oacute;n de ponencias en mesas de trabajo<br><br>Presentaci&oacute;n de posters</td>
				</tr>

				<tr>
					<td>Explanada del centro de convenciones</td>
					<td class="text-center">14:00 - 15:00 hrs.</td>
					<td class="text-center">Comida</td>
				</tr>
				<tr>
					<td>Centro de convenciones</td>
					<td class="text-center">15:00 - 16:00 hrs.</td>
					<td class="text-center">Presentaci&oacute;n de ponencias en mesas de trabajo<br><br>Premiaci&oacute;n de concurso de posters</td>
				</tr>
				<tr>
					<td>Centro de convenciones</td>
					<td class="text-center">16:45 - 18:00 hrs.</td>
					<td class="text-center">Talleres <sup>*</sup></td>
				</tr>
				<tr>
					<td colspan=2 class="text-center">A partir de las 21:00 hrs.</td>
					<td class="text-center">Evento cultural</td>
				</tr>
			</tbody>
			</table>
			</div>
		</div><!-- #tabla-jueves -->
    	<div class="col-sm-12 text-center wow fadeInUp animated">
			<h4 class="text-muted">JUEVES 28 DE SEPTIEMBRE DEL 2017</h4>	        
		</div><br>
		<div id="table-viernes" class="col-sm-12">
			<div class="table-responsive">
			<table class="table table-hover">
			<thead>
				<tr class="active">
				<th class="text-center">Lugar</th>
				<th class="text-center">Horario</th>
				<th class="text-center">Actividad</th>
				</tr>
			</thead>
			<tbody>
				<tr>
					<td class="text-left">Registro</td>
					<td class="text-center">9:00 - 9:30 hrs.</td>
					<td class="text-center">Registro de participantes</td>
				</tr>
				<tr>
					<td>Centro de convenciones</td>
					<td class="text-center">9:00 - 12:00 hrs.</td>
					<td class="text-center">Presentaci&oacute;n de ponencias en mesas de trabajo</td>
				</tr>
				<tr>
					<td>Centro de convenciones</td>
					<td class="text-center">12:00 - 12:15 hrs. </td>
					<td class="text-center">Receso</td>
				</tr>
				<tr>
					<td>Centro de convenciones</td>
					<td class="text-center">12:15 - 15:15 hrs. </td>
					<td class="text-center">Presentaci&oacute;n de ponenes en mesas de trabajo</td>
				</tr>

			</tbody>
			</table>
			<h4 class="text-muted"><sup>*</sup> Cupo limitado a 30 participantes por taller.</h4>
			</div> <!-- .tabla-responsive -->
		</div><!-- #tabla-viernes-->		
	</div>
</div>			
		</div> <!-- panel-body -->
	</div> <!-- .panel -->
</div>