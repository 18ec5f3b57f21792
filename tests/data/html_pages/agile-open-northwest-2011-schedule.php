<?php
  include ( "header.php" );
?>

        <p id="title">Schedule</p>
		
        <table class="schedule" cellspacing=0 cellpadding=5 border=1>
          <tr>
            <th colspan=2>Tuesday, February 8</th>
          </tr>
          <tr>
            <td>8:00 am - 8:45 am</td>
            <td>Registration and Continental Breakfast</td>
          </tr>
          <tr>
            <td>8:45 am - 9:20 am</td>
            <td>Welcome and Opening Session Plenary</td>
          </tr>
          <tr>
            <td>9:30 am - 10:45 am </td>
            <td>Session T-1</td>
          </tr>
	  <tr>
            <td>11:00 am - 12:15 pm</td>
            <td>Session T-2</td>
          </tr>
	  <tr>
	    <td>12:00 pm - 12:30 pm</td>
	    <td>Pick up lunch boxes</td>
	  </tr>
          <tr>
            <td>12:30 pm - 1:45 pm</td>
            <td>Session T-3</td>
          </tr>
          <tr>
            <td>2:00 pm - 3:15 pm</td>
            <td>Session T-4 - Afternoon Beverages</td>
          </tr>
          <tr>
            <td>3:30 pm - 4:45 pm</td>
            <td>Session T-5</td>
          </tr>
          <tr>
            <td>5:00 pm - 5:45 pm</td>
            <td>Evening News &amp; Daily Reports Plenary</td>
          </tr>
          <tr>
            <td>5:45 pm - 7:00 pm</td>
            <td>Reception hosted by (Your Company Name Here)<br>
		Food and Beverage Provided. No Host Bar.</td>
          </tr>
          <tr>
            <td>7:00 pm - 8:15 pm</td>
            <td>Night Owl Session T-6</td>
          </tr>
          <tr>
            <td>8:30 pm - 9:45 pm</td>
            <td>Night Owl Session T-7</td>
          </tr>
          <tr>
            <th colspan=2>Wednesday, February 9</th>
          </tr>
          <tr>
            <td>8:00 am - 9:00 am</td>
            <td>Early Bird Session W-8<br>
		Continental Breakfast available</td>
          </tr>
          <tr>
            <td>9:00 am - 9:30 am</td>
            <td>Morning Announcements Plenary - New Sessions</td>
          </tr>
          <tr>
            <td>9:30 am - 10:45 am</td>
            <td>Session W-9</td>
          </tr>
          <tr>
            <td>11:00 am - 12:15 pm</td>
            <td>Session W-10</td>
          </tr>
	  <tr>
	    <td>12:00 pm - 12:30 pm</td>
	    <td>Pick up lunch boxes</td>
	  </tr>
          <tr>
            <td>12:30 pm - 1:45 pm</td>
            <td>Session W-11</td>
          </tr>
          <tr>
            <td>2:00 pm - 3:15 pm</td>
            <td>Session W-12 - Afternoon Beverages</td>
          </tr>
          <tr>
            <td>3:30 pm - 4:30 pm</td>
            <td>Integration &amp; Moving Forward - Plenary Session</td>
          </tr>
          <tr>
            <td>4:30 pm - 5:00 pm</td>
            <td>Evening News &amp; Conference Closing Session - Plenary</td>
          </tr>
        </table>
        <?php
  include ( "footer.php" );
?>
