<?php 

$this->title = Yii::$app->name . " | Provisional Program";
$this->params['breadcrumbs'][] = $this->title;
?>

<h1>Provisional Program</h1>
<ul class="nav nav-tabs">
	<li class="active"><a href="#day1" data-toggle="tab" aria-expanded="true">Day 1</a></li>
	<li><a href="#day2" data-toggle="tab" aria-expanded="true">Day 2</a></li>
	<li><a href="#day3" data-toggle="tab" aria-expanded="true">Day 3</a></li>
</ul>
<div id="myTabContent" class="tab-content">
	<div class="tab-pane fade active in" id="day1">
		<h3>Day 1 | April 12, 2018 (Thursday)</h3>
		<table class="table">
			<tr>
				<th><strong>09:00-11:30 AM</strong></th>
				<td colspan="2">PRE-CONFERENCE WORKSHOP ON DESIGN THINKING</td>
			</tr>
			<tr>
				<th><strong>01:00-02:00 PM</strong></th>
				<td colspan="2">
					<ul>
						<li>Registration / Check-in</li>
						<li>Invocation and National Anthem</li>
						<li>Presentation of Participants</li>
					</ul>
				</td>
			</tr>
			<tr>
				<th rowspan="2"><strong>02:00-02:45 PM</strong></th>
				<td>
					Welcome Address
				</td>
				<td>
					<strong>Engr. Liberato Lupot, Jr. </strong><br>
					Dean, College of Engineering and Technology <br>
					University of Bohol
					
				</td>
			</tr>
			<tr>
				<td>Regional Convention Overview</td>
				<td>
					<strong>Norma Apao</strong><br>
					Convention Chair
				</td>
			</tr>
			<tr>
				<th rowspan="2">02:45-03:30 PM</th>
				<td>Keynote Message</td>
				<td>
					<strong>Mr. Frederick Amores</strong><br>
					Department of Information &amp; Communications <br>
					Technology - Western Visayas
				</td>
			</tr>
			<tr>
				<td colspan="2">Awarding of Certificate of Appreciation</td>
			</tr>
			<tr>
				<th>03:30-03:45 PM</th>
				<td colspan="2">Nutrition Break</td>
			</tr>
			<tr>
				<th rowspan="2">03:45-05:00 PM</th>
				<td>Plenary Talk 1: <strong>ITE Curriculum Update and Bridging Program</strong></td>
				<td>
					<strong>Prof. Cherry Lyn Sta. Romana</strong><br>
					Member, CHED Technical Committee
				</td>
			</tr>
			<tr>
				<td colspan="2">Awarding of Certificate of Appreciation</td>
			</tr>
			<tr>
				<th>06:00-10:00 PM</th>
				<td colspan="2">
					<strong>Fellowship Night / Dinner / PSITE-7 Got Talent</strong>
				</td>
			</tr>
		</table>
	</div>
	<div class="tab-pane fade" id="day2">
		<h3>Day 2 | April 13, 2018 (Friday)</h3>
		<table class="table">
			<tr>
				<th>06:30-08:00 AM</th>
				<td colspan="2">
					Breakfast
				</td>
			</tr>
			<tr>
				<th>08:00-08:15 AM</th>
				<td colspan="2">
					Registration <br>
					Recap of the Prvious Day's Activities
				</td>
			</tr>
			<tr>
				<th>08:30-09:30 AM</th>
				<td>Plenary Talk 2: <strong>Dealing with Millenials</strong></td>
				<td><strong>Ms. Karina Mae Uy</strong></td>
			</tr>
			<tr>
				<th>09:30-09:45 AM</th>
				<td colspan="2">Nutrition Break</td>
			</tr>
			<tr>
				<th>09:45-11:00 AM</th>
				<td>Plenary Talk 3: <strong>Harnessing Games Technology<br>for Educational Transformation</strong></td>
				<td>
					<strong>Mr. Khail Santia</strong><br>
					Co-founder and Game Developer, Moocho Brains
				</td>
			</tr>
			<tr>
				<th>11:00-11:30 AM</th>
				<td colspan="2">
					Presentation of Official List of Candidates <br>
					(Short message by the candidates)<br>
					Start of Election (Ends at 5:00 PM)
				</td>
			</tr>
			<tr>
				<th>11:30 AM-01:00PM</th>
				<td colspan="2">Lunch</td>
			</tr>
			<tr>
				<th>01:00-03:45 PM</th>
				<td>Plenary Talk 4: <strong>Teaching in the 21<sup>st</sup> Century</strong></td>
				<td>
					<strong>Dr. Mardy Verano</strong><br>
					EduStudio
				</td>
			</tr>
			<tr>
				<th>03:45-04:00 PM</th>
				<td colspan="2">
					Snacks
				</td>
			</tr>
			<tr>
				<th>04:00-05:30 PM</th>
				<td colspan="2"><strong>Team Building Activity by the Beach</strong></td>
			</tr>
			<tr>
				<th>06:00-08:00 PM</th>
				<td colspan="2">Dinner</td>
			</tr>
		</table>
	</div>
	<div class="tab-pane fade" id="day3">
		<h3>Day 3 | April 14, 2018 (Saturday)</h3>
		<table class="table">
			<tr>
				<th>06:30-08:00 AM</th>
				<td colspan="2">Breakfast</td>
			</tr>
			<tr>
				<th>08:00-08:15 AM</th>
				<td colspan="2">Recap of the Previous Day's Activities</td>
			</tr>
			<tr>
				<th>08:15-09:15 AM</th>
				<td>Plenary Talk 5: <strong>Artificial Intelligence</strong></td>
				<td>
					<strong>Mr. Arvin Yason</strong><br>
					Managing Director, Accenture
				</td>
			</tr>
			<tr>
				<th>09:15-09:30</th>
				<td colspan="2">Nutrition Break</td>
			</tr>
			<tr class="active">
				<td>&nbsp;</td>
				<th colspan="2">Research Presentations..</th>
			</tr>
			<tr class="active">
				<th>09:30-09:45 AM</th>
				<td>
					<strong>Paper1: Automatic Recognition of Music Emotion based on <br>Song Lyrics using Multinomial Naive Bayes</strong>
				</td>
				<td><strong>Eric Maglo</strong><br>USJ-R</td>
			</tr>
			<tr class="active">
				<th>09:45-10:00 AM</th>
				<td>
					<strong>
						Paper 2: Incorporating a Rule-based Pattern Recognition Approach <br>
						for Document Structure Classification
					</strong>
				</td>
				<td><strong>John Leeroy Gadiane</strong><br>USJ-R</td>
			</tr>
			<tr class="active">
				<th>10:00-10:15 AM</th>
				<td><strong>Paper 3: (Silliman)</strong></td>
				<td>-</td>
			</tr>
			<tr class="active">
				<th>10:15-10:30 AM</th>
				<td><strong>Paper 4: (Bohol)</strong></td>
				<td>-</td>
			</tr>
			<tr class="active">
				<th>10:30-10:45 AM</th>
				<td><strong>Paper 5: (Bohol)</strong></td>
				<td>-</td>
			</tr>
			<tr class="info">
				<th>10:45-11:45</th>
				<td colspan="2">
					<strong>Organizational Matters</strong><br>
					<ul>
						<li>President's Report</li>
						<li>Treasurer's Report</li>
					</ul>
					Recognition of Outgoing Officers <br>
					Presentation of the new Line-up of Officers
				</td>
			</tr>
			<tr>
				<th>11:45-12:00</th>
				<td colspan="2">Lunch</td>
			</tr>
			<tr>
				<th>12:00</th>
				<td colspan="2">Checkout</td>
			</tr>
		</table>
	</div>
</div>
<hr>
<br><br>