<h1>Conference Overview</h1>

    The table below gives a quick overview of the conference
    format, various sessions, breaks and social
    events. More details will be added when the abstract
    submission and decisions are made. Note that the
    conference finish midday Friday.

    <table class="table table-hover">
<thead>
  <tr>
    <th>Time</th>
    <th>Tuesday</th>
    <th>Wednesday</th>
    <th>Thursday</th>
    <th>Friday</th>		   
  </tr>
</thead>
<tbody>
  <tr>
  </tr>
  <tr>
    <td>09.00-10.00</td><td rowspan="4"><br><br>Morning
    Tutorials <br>incl. coffee and<br>lunch breaks</td>
    <td>Invited talk</td><td>Invited talk</td><td>Invited talk</td>
  </tr>
  <tr>
    <td>10.00-10.30</td>
    <td colspan="3" style="text-align: center;"><i>Coffee break (with fruit)</i></td>
  </tr>
  <tr>
    <td>10.30-12.00</td><td>Contributed talks</td><td>Contributed talks</td><td>Sponsor talks</td>
  </tr>
  <tr>
    <td>12.00-13.00</td>
    <td colspan="2" style="text-align: center;"><i>Lunch break (standing buffet)</i></td><td>Invited talk</td>
  <tr>
    <td>13.00-14.30</td><td rowspan="4"><br><br>Afternoon
    Tutorials<br>incl. coffee break</td>
    <td>Contributed talks</td><td>Contributed talks</td>
    <td style="border-bottom: 1px solid #ddd;"><i>Grab 'n go lunch</i></td>
  </tr>		
  <tr>
    <td>14.30-15.00</td>
    <td colspan="2" style="text-align: center;"><i>Coffee break (with cake)</i></td>
  </tr>
  <tr>
    <td>15.00-16.00</td><td>Invited talk</td><td>Invited talk</td>
  </tr>
  <tr>
    <td>16.00-17.30</td><td>Contributed talks</td><td>Contributed talks</td>
  </tr>		
  <tr><td colspan="4">&nbsp;</td></tr>
  <tr><td>Evening</td><td>Welcome
  reception</td><td>Poster session and
  mixer</td><td>Conference dinner</td>
  </tbody>
</table>
