<div class='mainContent'>
	<h2 id='tituloContent'>Horarios del Congreso</h2>
	<p>
		<ul id='dia1'>
			D&iacute;a 1
			<li>
				<table class='tableSesion'>
					<tr>
						<th>9:00 - 11:00</th>
					</tr>
					<tr>
						<th rowspan='3'>Ing. Software</th>
						<td><a href='sesion.php?sec=horarios&pon=magiles'>Metodologias agiles, M. Noguera</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=ifml'>IFML, M. Cabrera</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=prince2'>Prince2, M.J. Rodriguez</a></td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>11:00 - 11:30</th><td>Pausa-cafe</td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>11:30 - 13:30</th>
					</tr>
					<tr>
						<th rowspan='3'>Inf. Gr&aacute;fica</th>
						<td><a href='sesion.php?sec=horarios&pon=visrea'>Visualizacion y Realismo, C. Ure&ntilde;a</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=digi3d'>Digitalizacion 3D, F.J. Merelo</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=reaume'>Realidad Aumentada, J. Revelles</a></td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>13:30 - 15:00</th><td>Comida</td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>11:30 - 13:30</th>
					</tr>
					<tr>
						<th rowspan='3'>Bases de Datos</th>
						<td><a href='sesion.php?sec=horarios&pon=bdmdim'>B.D. Multidimensionales, E. Garvi</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=bdoo'>B.D. orientadas a objetos, J. Samos</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=bddis'>B.D. distribuidas, C. Delgado</a></td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>17:00 - 17:30</th><td>Pausa-Cafe</td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>17:30 - 19:30</th>
					</tr>
					<tr>
						<th rowspan='3'>Compiladores</th>
						<td><a href='sesion.php?sec=horarios&pon=prolen'>Procesadores de lenguajes, J. Revelles</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=traduc'>Traductores, R. Lopez-Cozar</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=prohab'>Procesamiento del habla, Z. Callejas</a></td>
					</tr>
				</table>
			</li>
		</ul>
		<br/>
		<ul id='dia2'>
			D&iacute;a 2
			<li>
				<table class='tableSesion'>
					<tr>
						<th>9:00 - 11:00</th>
					</tr>
					<tr>
						<th rowspan='3'>Sistemas Operativos</th>
						<td><a href='sesion.php?sec=horarios&pon=swind'>Sistemas Windows, A. Leon</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=slinx'>Sistemas Unix/Linux, P. Paderewski</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=siosmac'>Sistemas iOS/Mac, R. Montes</a></td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>11:00 - 11:30</th><td>Pausa-cafe</td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>11:30 - 13:30</th>
					</tr>
					<tr>
						<th rowspan='3'>Sistemas Complejos</th>
						<td><a href='sesion.php?sec=horarios&pon=propar'>Programacion paralela, J.M. Mantas</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=sisdis'>Sistemas distribuidos, J.L. Garrido</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=sistr'>Sistemas en tiempo real, J.A. Holgado</a></td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>13:30 - 15:00</th><td>Comida</td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>11:30 - 13:30</th>
					</tr>
					<tr>
						<th rowspan='3'>Interfaces de usuario</th>
						<td><a href='sesion.php?sec=horarios&pon=inthap'>Interaccion Haptica, F. Soler</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=wereab'>Wereables, M. Cabrera</a></td>
					</tr>
					<tr>
						<td><a href='sesion.php?sec=horarios&pon=reavir'>Realidad virtual, J. Flores</a></td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>17:00 - 17:30</th><td>Pausa-Cafe</td>
					</tr>
				</table>
			</li>
			<li>
				<table class='tableSesion'>
					<tr>
						<th>17:30 - 19:30</th>
					</tr>
					<tr>
						<th rowspan='3'>Trabajos fin de grado</th>
						<td>Mesa redonda y sesion de posters</td>
					</tr>
				</table>
			</li>
		</ul>
	</p>
</div>
<!-- para las cajas con enlaces -->";
<?php include 'estructura/boxes.php'; ?>
<br class='clearfloat' />