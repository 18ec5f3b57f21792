<div class="row">
    <div class="column grid_12">
        <h2>Programme</h2>
    </div>
</div>
<div class="row">
    <div class="column grid_6 secondNavigation">
        <a href="/programme">Friday</a>
        <a class="active" href="/programme/saturday">Saturday</a>
        <br><br>
        
    </div>
    <div class="column grid_6">
        <a class="button" href="/tickets">Get Your Ticket</a>
    </div>
</div>

<div class="row">
  <div class="grid_12">
    <h3>Unconference</h3>
    The Unconference consists of sessions proposed and scheduled by attendees during the intro session. So on this Saturday all participants are encouraged to actively contribute. You can introduce your topic in one or two sentences during the intro session, if people are interested in it you will get a slot. We all have something to say about our experiences. There will be fifteen 45 minutes slots available for participants to present or facilitate a session. Looking forward to all suggestions!
  </div>
</div>

<div id="programme">
    <div class="row">
        <div class="column grid_2">
            09.00 - 10.00
        </div>
        <div class="column grid_10 break">
            Propose your topic and choose the ones your are interested in
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
            10.00 - 11.00
        </div>
        <div class="column grid_10">
            …
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
            11.00 - 12.00
        </div>
        <div class="column grid_10">
            …
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
            12.00 - 13.30
        </div>
        <div class="column grid_10 break">
            Lunch (included in the ticket)
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
            13.30 - 14.30
        </div>
        <div class="column grid_10">
            …
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
           14.30 - 15.30
        </div>
        <div class="column grid_10">
            …
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
            15.30 - 16.00
        </div>
        <div class="column grid_10 break">
            Coffee Break
        </div>
    </div>

    <div class="row">
        <div class="column grid_2">
            16.00 -17.00
        </div>
        <div class="column grid_10">
            …
        </div>
    </div>
</div>

<br><br>
<?php use_helper('Text') ?>
