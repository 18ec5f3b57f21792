	<h1>
	Programm
</h1>

<?php
	include("includes/newsletter.php");
	printCalendar("desktop");
?>

<p>Wir besprechen in drei Tagen 4 Workshopthemen. Jedes der Themen wird neunstündig (drei mal drei Stunden) behandelt - zwei Themen werden Samstag und Sonntagvormittag behandelt, die beiden anderen Sonntagnachmittag und Pfingsmontag.</p>
<p> </p>

<p>Das Haus ist geöffnet von <b>18.05.</b> bis <b>22.05.18</b></p>
<ol>
	<li>Die ersten beiden Workshops gehen parallel von <b>19.05., 11 Uhr</b> bis <b>20.05., 14 Uhr</b></li>
	<li>Die letzten beiden Workshops gehen parallel von <b>20.05., 17 Uhr</b> bis <b>21.05., 20 Uhr</b></li>
</ol>

<h2>19.-20. Mai</h2>
<table>
	<tbody>
		<tr>
			<td>
				<h3 class="obertitel">Bedingungsloses Grundeinkommen</h3>
				<p>Samstag von 11:00 Uhr bis 14:00 Uhr<br />
					sowie von 17:00 Uhr bis 20:00 Uhr,<br />
					und Sonntag von 11:00 Uhr bis 14:00 Uhr.</p>
				<a title="Ankündiger zum Workshop 'Bedingungsloses Grundeinkommen'" href="?workshop=bge">Einführungstext</a>
			</td>
			<td>
				<h3 class="obertitel">Über die Freiheit zum Demonstrieren</h3>
				<h4 class="untertitel">oder: Warum mündet die Wahrnehmung dieses Grundrechts regelmäßig in eine Gewaltdebatte?</h4>
				<p>Samstag von 11:00 Uhr bis 14:00 Uhr<br />
					sowie von 17:00 Uhr bis 20:00 Uhr,<br />
					und Sonntag von 11:00 Uhr bis 14:00 Uhr.</p>
				<a title="Ankündiger zum Workshop 'Über die Freiheit zum Demonstrieren'" href="?workshop=demonstrationsfreiheit">Einführungstext</a>
			</td>
		</tr>
	</tbody>
</table>
<p> </p>
<h2>20.-21. Mai</h2>
<table>
	<tbody>
		<tr>
			<td>
				<h3 class="obertitel">Klimawandel und Energiewende</h3>
				<p>Sonntag von 17:00 Uhr bis 20:00 Uhr,<br />
					und Pfingstmontag von 11:00 Uhr bis 14:00 Uhr<br />
					sowie von 17:00 Uhr bis 20:00 Uhr.</p>
				<a title="Ankündiger zum Workshop 'Klimawandel und Energiewende'" href="?workshop=klima">Einführungstext</a>
			</td>
			<td>
				<h3 class="obertitel">Kritik – wie geht das?</h3>
				<h4 class="untertitel">Eine Auseinandersetzung mit üblichen Formen des Kritisierens</h4>
				<p>Sonntag von 17:00 Uhr bis 20:00 Uhr,<br />
					und Pfingstmontag von 11:00 Uhr bis 14:00 Uhr<br />
					sowie von 17:00 Uhr bis 20:00 Uhr.</p>
				<a title="Ankündiger zum Workshop 'Kritik – wie geht das?'" href="?workshop=kritik">Einführungstext</a>
			</td>
		</tr>
	</tbody>
</table>
<?php
	printCalendar("mobile");
?>
