<?php include("web/header.php")?>

<h1>Programme</h1>

<p>
The detailed programme will be announced soon.
In the meantime, have a look at the abstracts of the 
<a href="invited.php">invited talks</a> and the list of
<a href="accepted.php">accepted papers</a>.
Below you can find an overview of the overall schedule;
which contributed paper is to be presented when is yet 
to be decided.
</p>

<p>
<table cellpadding="0">
<tr><td><b>Registration:</b> from Wednesday 08:15</td><td>&nbsp;&nbsp;&nbsp;</td>
    <td><b>Social Dinner:</b> Thursday 20:00 (<a href="dinner.php">details</a>)</td></tr>
<tr><td><b>Welcome:</b> Wednesday 08:50-09:00</td></tr>
</table>
</p>

<p>
<table border="1" cellpadding="3" color="">

<tr><td width="20%">Time</td><td width="20%"><b>Wednesday</b></td>
    <td width="20%"><b>Thursday</b></td><td width="20%"><b>Friday</b></td>
    <td width="20%">Time</td></tr>

<tr><td>09:00-09:50</td><td>Francesca Rossi</td><td>Noam Nisan</td><td>Boi Faltings</td><td>09:00-09:50</td></tr>

<tr><td>09:50-10:00</td><td>short break</td><td>short break</td><td>short break</td><td>09:50-10:00</td></tr>

<tr><td>10:00-11:00</td><td>3 talks</td><td>3 talks</td><td>3 talks</td><td>10:00-11:00</td></tr>

<tr><td>11:00-11:30</td><td>coffee break</td><td>coffee break</td><td>coffee break</td><td>11:00-11:30</td></tr>

<tr><td>11:30-12:30</td><td>3 talks</td><td>3 talks</td><td>3 talks</td><td>11:30-12:30</td></tr>

<tr><td>12:30-14:00</td><td>lunch</td><td>lunch</td><td>lunch</td><td>12:30-14:00</td></tr>

<tr><td rowspan=5>14:00-14:50</td><td rowspan=5>Harrie de Swart</td><td rowspan=5>Steven Brams</td>
  <td rowspan=8 valign="top">4 talks</td> <td rowspan=8 valign="top">14:00-15:20</td></tr>
<tr></tr>
<tr></tr>
<tr></tr>
<tr></tr>

<tr><td>14:50-15:00</td><td>short break</td><td>short break</td></tr>
<tr><td rowspan=6 valign="top">15:00-16:00</td><td rowspan=6 valign="top">3 talks</td><td rowspan=6 valign="top">3 talks</td></tr>
<tr></tr>
<tr><td rowspan=3>coffee break</td><td rowspan=3>15:20-15:50</td></tr>
<tr></tr>
<tr></tr>
<tr><td rowspan=6 valign="top">4 talks</td><td rowspan=6 valign="top">15:50-17:10</td></tr>

<tr><td rowspan=3>16:00-16:30</td><td rowspan=3>coffee break</td><td rowspan=3>coffee break</td></tr>
<tr></tr>
<tr></tr>

<tr><td rowspan=6>16:30-17:30</td><td rowspan=6>3 talks</td><td rowspan=6>3 talks</td></tr>
<tr></tr>
<tr></tr>
<tr></tr>
<tr><td rowspan=2></td><td rowspan=2></td></tr>

</table>
</p>



<?php include("web/footer-1.php")?>
<?php echo date ("l, d-M-Y H:i:s T", getlastmod())?>
<?php include("web/footer-2.php")?>

