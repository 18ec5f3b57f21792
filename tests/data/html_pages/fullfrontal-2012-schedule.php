<article id="schedule">
  <h2><span>Schedule</span></h2>

  <div class="schedule-container">
  <div class="schedule-half">
    <ol class="schedule">
      
      <li class="schedule-heading">
        <h3>Morning</h3>
      <li>

      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T09:00" datetime="2012-11-09T09:00">09:00</time> &mdash;
          <time class="dtend" title="2012-11-09T09:40" datetime="2012-11-09T09:40">09:40</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">Registration</span>
      </li>
      
      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T09:40" datetime="2012-11-09T09:40">09:40</time> &mdash;
          <time class="dtend" title="2012-11-09T09:50" datetime="2012-11-09T09:50">09:50</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">Opening Remarks</span>
      </li>
      
      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T09:50" datetime="2012-11-09T09:50">09:50</time> &mdash;
          <time class="dtend" title="2012-11-09T10:30" datetime="2012-11-09T10:30">10:30</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/james#james" class="pullout summary">All you need is &lt;body/&gt;</a>
      </li>
      
      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T10:30" datetime="2012-11-09T10:30">10:30</time> &mdash;
          <time class="dtend" title="2012-11-09T11:10" datetime="2012-11-09T11:10">11:10</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/john#john" class="pullout summary">Is HTML relevent in the era of web apps?</a>
      </li>
      
      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T11:10" datetime="2012-11-09T11:10">11:10</time> &mdash;
          <time class="dtend" title="2012-11-09T11:40" datetime="2012-11-09T11:40">11:40</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">Break (30mins)</span>
      </li>

    </ol>
      
    <ol class="schedule">

      <li class="schedule-heading">
        <h3>Midday</h3>
      <li>

      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T11:40" datetime="2012-11-09T11:40">11:40</time> &mdash;
          <time class="dtend" title="2012-11-09T12:20" datetime="2012-11-09T12:20">12:20</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/andrew#andrew" class="pullout summary">Offline Rules</a>
      </li>
      
      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T12:20" datetime="2012-11-09T12:20">12:20</time> &mdash;
          <time class="dtend" title="2012-11-09T13:00" datetime="2012-11-09T13:00">13:00</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/anna#anna" class="pullout summary">Exploring the game console browser landscape</a>
      </li>
      
      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T13:00" datetime="2012-11-09T13:00">13:00</time> &mdash;
          <time class="dtend" title="2012-11-09T14:30" datetime="2012-11-09T14:30">14:30</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">Lunch (90mins)</span>
      </li>

    </ol>
  </div>

  <div class="schedule-half">
    <ol class="schedule">

      <li class="schedule-heading">
        <h3>Afternoon</h3>
      <li>

      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T14:30" datetime="2012-11-09T14:30">14:30</time> &mdash;
          <time class="dtend" title="2012-11-09T15:10" datetime="2012-11-09T15:10">15:10</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/paul#paul" class="pullout summary">Building Web Apps of the future. Tomorrow, today and yesterday.</a>
      </li>
      
      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T15:10" datetime="2012-11-09T15:10">15:10</time> &mdash;
          <time class="dtend" title="2012-11-09T15:50" datetime="2012-11-09T15:50">15:50</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/rebecca#rebecca" class="pullout summary">Writing Testable JavaScript</a>
      </li>
      
      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T15:50" datetime="2012-11-09T15:50">15:50</time> &mdash;
          <time class="dtend" title="2012-11-09T16:20" datetime="2012-11-09T16:20">16:20</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">Break (30mins)</span>
      </li>

    </ol>
      
    <ol class="schedule">

      <li class="schedule-heading">
        <h3>Evening</h3>
      <li>

      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T16:20" datetime="2012-11-09T16:20">16:20</time> &mdash;
          <time class="dtend" title="2012-11-09T17:00" datetime="2012-11-09T17:00">17:00</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/steven#steven" class="pullout summary">Making things with Maths</a>
      </li>
      
      <li class="vevent talk">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T17:00" datetime="2012-11-09T17:00">17:00</time> &mdash;
          <time class="dtend" title="2012-11-09T17:40" datetime="2012-11-09T17:40">17:40</time>
          <span class="next">Up Next</span>
        </span>
        <a href="/speaker/chris#chris" class="pullout summary">Tales of Suckage and Awesomeness</a>
      </li>

      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T17:40" datetime="2012-11-09T17:40">17:40</time> &mdash;
          <time class="dtend" title="2012-11-09T18:00" datetime="2012-11-09T18:00">18:00</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">Closing Remarks</span>
      </li>

      <li class="vevent">
        <div class="done">Finished</div>
        <span class="time">
          <time class="dtstart" title="2012-11-09T19:00" datetime="2012-11-09T19:00">19:00</time> &mdash;
          <time class="dtend" title="2012-11-09T23:59" datetime="2012-11-09T23:59">Late</time>
          <span class="next">Up Next</span>
        </span>
        <span class="summary">After Party</span>
      </li>

    </ol>
  </div>
  </div>

</article>
