<!DOCTYPE html>
<html>
<head>
	<title>Open Source Conference | Strona główna</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
	<meta name="keywords" content="Open Source Conference">
	<meta name="description" content="Open Source Conference">
	<meta name="viewport" content="width=1000, maximum-scale=2.0, user-scalable=yes">
	<link href="../css/normalize.css" rel="stylesheet" media="all">
	<link href="../css/index.css" rel="stylesheet" media="screen" type="text/css">
</head>
<body>
<?php
require('head.php');
?>
	<div id="content">
           <div class="sponsors">
                    <p>Afterparty odbędzie się w Cafe Popularna 15. marca o 20:00.</p>
                    <p>Proszę, potwierdź, że się zjawisz <a href="https://www.facebook.com/events/585874061440900/">na Facebooku</a> lub wyślij maila do organizatora: <a href="mailto:gstlt@szluug.org">gstlt@szluug.org</a>. Dziękujemy.</p>
            </div>
		<article class="index">

			<div class="left">
				<h2>Dzień 1 (piątek, 2013-03-15) - wykłady po angielsku</h2>
				<ul>

                                        <li>
						<p><b>09:15</b> - Otwarcie konferencji</p>
        					<p>Grzegorz Adamowicz - Wiceprezes Szczecińskiej Grupy Użytkowników Uniksa i Linuksa</p>
                                                <p>Katarzyna Witkowska - Menadżer ds. rozwoju Technoparku Pomerania </p>
                                        </li>
                                        <li>
						<p><b>09:30 - 10:15</b></p>
						<p>Otwarto źródłowy system kontroli treści klasy enterprise - Alfresco - <a href="speakers.php#joanna-muras">Joanna Muras</a></p>
					</li>
					<li>
						<p><b>10:30 - 11:45</b></p>
						<p>W głąb bezpieczeństwa Androida - przegląd Świata Droida - <a href="speakers.php#jennifer-gabriel">Jennifer Gabriel</a></p>
					</li>
					<li>
						<p><b>12:00 - 13:30</b></p>
						<p>Przerwa obiadowa</p>
					</li>
					<li>
						<p><b>13:45 - 14:30</b></p>
						<p>Moodle jako przykład projektu Open Source który odniósł sukces - <a href="speakers.php#tomasz-muras">Tomasz Muras</a></p>
					</li>
                                        <li>
						<p><b>14:45 - 15:30</b></p>
						<p>Jak rozwijać się kiedy Twoim partnerem jest gigant - owocna kooperacja między małym projektem Open Source i multi milionowym ośrodkiem badawczym
                                                    - <a href="speakers.php#alexander-morlang">Alexander Morlang</a></p>
					</li>
				</ul>
			</div>
			<div class="right">
				<h2>Dzień 2 (sobota, 2013-03-16) - wykłady po polsku</h2>
				<ul>
					<li>
						<p><b>09:30 - 10:15</b></p>
						<p>Technologie Open Source w Windows Azure - <a href="speakers.php#tomasz-wisniewski">Tomasz Wiśniewski</a></p>
					</li>
					<li>
						<p><b>10:30 - 11:15</b></p>
						<p>Sklepy z aplikacjami (<q>App Store</q>) - polityki licencyjne a świat Open Source - <a href="speakers.php#rafal-malujda">Rafał Malujda</a></p>
					</li>
					<li>
						<p><b>11:30 - 12:15</b></p>
						<p>Blogosfera społecznościowa - <a href="speakers.php#michal-wozniak">Michał <q>rysiek</q> Woźniak</a></p>
					</li>
					<li>
						<p><b>12:15 - 13:30</b></p>
						<p>Przerwa obiadowa</p>
					</li>
                                        <li>
						<p><b>13:45 - 14:30</b></p>
						<p>Wolna Kultura od kuchni - <a href="speakers.php#marcin-karpezo">Marcin Karpezo</a></p>
					</li>
					<li>
						<p><b>14:45 - 15:30</b></p>
						<p>Dlaczego zamknięte nie jest bezpieczne? - Krótko o teorii lockpickingu - <a href="speakers.php#piotr-bulinski">Piotr Buliński</a></p>
					</li>
                                </ul>
			</div>

		</article>
		<div class="sponsors">
                    <p>Uwaga! Organizatorzy zastrzegają sobie prawo do zmiany agendy z powodów organizacyjnych.</p>
                    <p>Wstęp na konferencję jest wolny.</p>
                </div>
	</div>

<?php
require('foot.php');
?>