<?php $page = "schedule"; ?>

<?php include 'head.php'; include 'nav.php'; ?>

<br/>

<h3>Schedule</h3>

<h4>Before the Workshop</h4>

<p>[What will happen before the workshop.]</p>

<h4>At the Workshop</h4>

<table border="0" cellpadding="0" cellspacing="0" width="100%">
  <tr>
    <td width="100px" valign="top"><strong>09:00&ndash;09:15</strong></td>
    <td>Welcome. Organizers present workshop goals and agenda.</td>
  </tr>
  <tr>
    <td valign="top"><strong>09:15&ndash;09:30</strong></td>
    <td>Organizers summarize position papers.</td>
  </tr>
  <tr>
    <td valign="top"><strong>09:30&ndash;10:30</strong></td>
    <td>Participants introduce themselves and summarize their positions. 3 minutes per person.</td>
  </tr>
  <tr>
    <td valign="top"><strong>10:30&ndash;11:00</strong></td>
    <td>Coffee break. Participants for affinity groups.</td>
  </tr>
  <tr>
    <td valign="top"><strong>11:00&ndash;13:15</strong></td>
    <td>[etc.]</td>
  </tr>
  <tr>
    <td valign="top"><strong>13:00&ndash;14:00</strong></td>
    <td>Lunch.</td>
  </tr>
  <tr>
    <td valign="top"><strong>14:00&ndash;15:00</strong></td>
    <td>[etc.]</td>
  </tr>
  <tr>
    <td valign="top"><strong>15:00&ndash;16:45</strong></td>
    <td>[etc.]</td>
  </tr>
  <tr>
    <td valign="top"><strong>16:45&ndash;17:00</strong></td>
    <td>Participants commit to post-workshop activities.</td>
  </tr>
</table>

<br/>

<h4>After the Workshop</h4>

<p>[What will happen after the workshop.]</p>

<?php include 'foot.php'; ?>