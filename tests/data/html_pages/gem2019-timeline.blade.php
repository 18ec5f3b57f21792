<section id="program" class="vc_row wpb_row vc_row-fluid">
    <div class="container">
      <div class="wpb_column vc_column_container vc_col-sm-12">
        <div class="vc_column-inner ">
          <div class="wpb_wrapper">
            <div class="custom-header">
              <h2 class="" style="color:#ffffff;">  LỊCH TRÌNH</h2>
            </div>
          </div>
        </div>
      </div>
      <div class="wpb_column vc_column_container vc_col-sm-12">
        <div class="vc_column-inner ">
          <div class="wpb_wrapper">
            <ul id="myTab" role="tablist">
              <li role="presentation" class="active"><a class="button button-small button-line-light" href="#day-29"
                  id="day-29-tab" role="tab" data-toggle="tab" aria-controls="day-29"
                  aria-expanded="true">29-08-2019</a></li>
            </ul>
            <div id="myTabDate" class="tab-content ">
              <div role="tabpanel" class="tab-pane fade in active" id="day-29" aria-labelledby="day-29-tab">
                <div id="accordion-day-29" class="panel-group" role="tablist" aria-multiselectable="true">
                  <ul id="tabRoom-day-29" class="nav nav-tabs" role="roomlist">
                    <li class="active "><a href="#CR-day-29" id="CR-day-29-tab" role="tab" data-toggle="tab"
                        aria-controls="CR" aria-expanded="true">Vòng I</a></li>
                    <li class=" "><a href="#A-day-29" id="A-day-29-tab" role="tab" data-toggle="tab" aria-controls="A"
                        aria-expanded="true">Vòng II</a></li>
                    <li class=" "><a href="#B-day-29" id="B-day-29-tab" role="tab" data-toggle="tab" aria-controls="B"
                        aria-expanded="true">Vòng III</a></li>
                  </ul>
                  <div id="myTabContent-day-29" class="tab-content ">
                    <div role="tabpanel" class="tab-pane fade in active" id="CR-day-29"
                      aria-labelledby="CR-day-29-tab">
                      <div id="accordion-CR-day-29" class="panel-group" role="roomlist" aria-multiselectable="true">
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4095">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">9:00 - 9:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4095"
                                    aria-expanded="true" aria-controls="4095">Da Nang Government Welcome Remarks</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4095" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4095">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4096">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">9:10 - 9:20</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4096"
                                    aria-expanded="true" aria-controls="4096">Deputy Minister Remarks</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4096" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4096">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4097">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">9:20 - 9:40</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4097"
                                    aria-expanded="true" aria-controls="4097">Keynote: Ambassador of Israel in
                                    Vietnam</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4097" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4097">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4098">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">9:40 - 9:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4098"
                                    aria-expanded="true" aria-controls="4098">Ambassador of Ireland in Vietnam</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4098" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4098">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4099">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">9:50 - 10:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4099"
                                    aria-expanded="true" aria-controls="4099">Panel discussion: Startup Capitals:
                                    Beyond the dollars</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4099" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4099">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Vu Kim Hanh (BSA), Phan Hoang Lan (NATEC),
                                    Thang Le (VTFood), Nguyen Tuan Anh (Grab Vietnam)</p>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Moderator:</h4>
                                  <p class="speaker-name uppercase small">Bung Tran</p>
                                </div>
                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4100">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">10:30 - 11:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4100"
                                    aria-expanded="true" aria-controls="4100">White Hat/Black Art: The Mysterious
                                    Practice of Investing in Startups</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4100" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4100">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Jan Lederman (Valhalla Private Capital,
                                    Canada)</p>
                                </div>
                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4101">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:10 - 11:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4101"
                                    aria-expanded="true" aria-controls="4101">The inside story of raising seed</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4101" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4101">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Omri Toppol (North First Ventures, Israel)
                                  </p>
                                </div>
                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4102">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:50 – 12:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4102"
                                    aria-expanded="true" aria-controls="4102">How did I fall in love with the Israeli
                                    entrepreneurship eco-system</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4102" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4102">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Tair Kowalsky (SigmaLabs/HAC, Israel)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4103">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">12:30 -13:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4103"
                                    aria-expanded="true" aria-controls="4103">Break</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4103" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4103">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4104">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">13:30 - 13:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4104"
                                    aria-expanded="true" aria-controls="4104">Vietnam Startup Investment Insight</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4104" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4104">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Bobby Liu (Topica Founder Institute)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4105">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">13:50 - 14:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4105"
                                    aria-expanded="true" aria-controls="4105">Fireside Chat: Impact Investing: The
                                    opportunity of a lifetime or an impossible dream?</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4105" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4105">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Shuyin Tang (Patamar Capital) & Quynh Anh
                                    Nguyen (Swiss EP)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4106">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">14:10 - 14:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4106"
                                    aria-expanded="true" aria-controls="4106">Fireside Chat: Pathways for Vietnamese
                                    startups going regional</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4106" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4106">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Saikit Ng (Captii Ventures) & Ryu Hirota
                                    (Spiral Ventures)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4107">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">14:50 – 15:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4107"
                                    aria-expanded="true" aria-controls="4107">Tips for submitting a successfull Google
                                    Cloud startup credit application</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4107" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4107">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Joe Ruelle (Google Singapore)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4108">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">15:10 - 15:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4108"
                                    aria-expanded="true" aria-controls="4108">Break &#8211; prepare for pitching
                                    stage</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4108" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4108">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4109">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">15:30 - 17:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-CR-4109"
                                    aria-expanded="true" aria-controls="4109">SURF Pitching Competition 2018</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-CR-4109" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-CR-4109">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                      </div>
                    </div>
                    <div role="tabpanel" class="tab-pane fade in " id="A-day-29" aria-labelledby="A-day-29-tab">
                      <div id="accordion-A-day-29" class="panel-group" role="roomlist" aria-multiselectable="true">
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4112">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:10 - 11:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4112"
                                    aria-expanded="true" aria-controls="4112">Instant AI</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4112" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4112">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Joe Ruelle (Google Singapore)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4113">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:30 - 11:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4113"
                                    aria-expanded="true" aria-controls="4113">How to build AI chatbot for
                                    hospitality</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4113" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4113">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Kim Cuong Pham (cohost.ai)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4114">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:50 – 12:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4114"
                                    aria-expanded="true" aria-controls="4114">Panel Discussion: Building a strong and
                                    sustainable AI ecosystem</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4114" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4114">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Kim Cuong Pham (cohost.ai), Hung Bui (Google
                                    DeepMind)</p>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Moderator:</h4>
                                  <p class="speaker-name uppercase small">Bui Hai An (O2 Financial)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4115">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">12:30 -13:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4115"
                                    aria-expanded="true" aria-controls="4115">Break</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4115" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4115">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4116">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">13:30 - 13:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4116"
                                    aria-expanded="true" aria-controls="4116">Fireside Chat: Fireside Chat: Blockchain
                                    Untangled and Stories Untold</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4116" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4116">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Nicole Nguyen (IBL) &. Long Vuong
                                    (Tomochain)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4117">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">13:50 - 14:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4117"
                                    aria-expanded="true" aria-controls="4117">Workshop: Crypto 101</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4117" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4117">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Hai Ho (triip.me)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4118">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">14:10 - 14:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4118"
                                    aria-expanded="true" aria-controls="4118">Is Viet Nam past the Finance 2.0
                                    ‘Tipping Point’?</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4118" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4118">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Dominic Mellor (MBI)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4119">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">14:30 - 14:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4119"
                                    aria-expanded="true" aria-controls="4119">Transforming Smart Cities to Innovation
                                    Engines</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4119" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4119">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Jukka Viitanen (The Hub Concept)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4120">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">14:50 – 15:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-A-4120"
                                    aria-expanded="true" aria-controls="4120">Panel Discussion: Urban problem solvers
                                    and their bottom up solutions</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-A-4120" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-A-4120">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Tri Nguyen (Mimosatek), David Pong
                                    (WaterROAM)</p>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Moderator:</h4>
                                  <p class="speaker-name uppercase small">Hai Ho (Save the Ocean)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                      </div>
                    </div>
                    <div role="tabpanel" class="tab-pane fade in " id="B-day-29" aria-labelledby="B-day-29-tab">
                      <div id="accordion-B-day-29" class="panel-group" role="roomlist" aria-multiselectable="true">
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4121">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">10:50 – 11:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4121"
                                    aria-expanded="true" aria-controls="4121">Startup based on local resources</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4121" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4121">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Nguyễn Phi Vân (Retail & Franchise Asia)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4122">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:10 - 11:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4122"
                                    aria-expanded="true" aria-controls="4122">Vietnamese entrepreneurship in
                                    agriculture sector within the context of South East Asian market</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4122" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4122">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Vu Kim Hanh (BSA)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4123">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">11:30 - 12:10</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4123"
                                    aria-expanded="true" aria-controls="4123">Panel discussion: Building a community
                                    beyond a creative space</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4123" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4123">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Sarah Kuhlemann (Hub Hoi An), Vitto
                                    Christaldi (Hubub Bali), Linh Hoang (CirCO)</p>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Moderator:</h4>
                                  <p class="speaker-name uppercase small">Bung Tran (Da Nang Coworking Space)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4124">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">12:10 - 12:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4124"
                                    aria-expanded="true" aria-controls="4124">Fireside chat: Empowering Girls through
                                    coding</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4124" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4124">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Annie Reynoids & Tara O’Grady (Girls Who
                                    Code)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4125">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">12:30 -13:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4125"
                                    aria-expanded="true" aria-controls="4125">Break</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4125" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4125">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4126">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">13:30 - 13:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4126"
                                    aria-expanded="true" aria-controls="4126">Personal Sustainability</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4126" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4126">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Vitto Christaldi (Hubud Bali)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4127">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">13:50 - 14:50</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4127"
                                    aria-expanded="true" aria-controls="4127">SURFING through startups&#8217;
                                    challenges: how to recruit and maintain talents</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4127" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4127">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Vu Nguyet Anh (Rudicaf), Nguyen Quynh Anh
                                    (Swiss EP), Nguyen Phi Van (Retail & Franchise Asia), Trinh Thi Hong (Minh Hong
                                    Bio), Do Le Kim Hue (Tara)</p>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Moderator:</h4>
                                  <p class="speaker-name uppercase small">Tu Thu Hien (MBI)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                        <div class="panel panel-default">
                          <div class="panel-heading" role="tab" id="heading-4128">
                            <div class="row">
                              <div class="col-lg-1 col-md-1 col-sm-1">
                                <p class="date">14:50 – 15:30</p>
                              </div>
                              <div class="col-lg-11 col-md-11 col-sm-11">
                                <h4 class="panel-title">
                                  <a data-toggle="collapse" data-parent="#accordion" href="#desc-B-4128"
                                    aria-expanded="true" aria-controls="4128">Intellectual Asset and Intetellectual
                                    Property Registration</a>
                                </h4>
                              </div>
                            </div>
                          </div>
                          <div id="desc-B-4128" class="panel-collapse collapse" role="tabpanel"
                            aria-labelledby="desc-B-4128">
                            <div class="panel-body">
                              <div class="row">
                                <div class="col-lg-12 col-md-12 col-sm-10">
                                  <div class="col-lg-10 col-md-10 col-sm-10">
                                    <div class="small"></div>
                                  </div>
                                  <h4
                                    style="font-family: 'Open Sans'; font-size: 16px; letter-spacing: 1px;margin-bottom: 0; color: #fff !important;">
                                    Speakers:</h4>
                                  <p class="speaker-name uppercase small">Ngo Phuong Tra (NOIP of Vietnam), Tran
                                    Truyen Tien (Tivaki)</p>
                                </div>

                              </div>
                            </div>
                          </div>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="custom-header">
                <h4 class="" style="color:#ffffff;">Venue Map 2018</h4>
              </div>
              <div class="wpb_gallery wpb_content_element vc_clearfix">
                <div class="wpb_wrapper">
                  <div class="wpb_gallery_slides wpb_image_grid" data-interval="3">
                    <ul class="wpb_image_grid_ul">
                      <li class="isotope-item"><a class="prettyphoto"
                          href="wp-content/uploads/2015/06/Layout_English-2-1024x678.jpg"
                          data-rel="prettyPhoto[rel-4128-1366]"><img class=""
                            src="frontend/wp-content/uploads/2015/06/Layout_English-2-200x100.jpg" width="200"
                            height="100" alt="Layout_English 2" title="Layout_English 2" /></a></li>
                    </ul>
                  </div>
                </div>
              </div>
              <div class="wpb_text_column wpb_content_element ">
                <div class="wpb_wrapper">
                  <p><a href="http://bit.ly/surfhandbook18" target="_blank" rel="noopener">DOWNLOAD HANDBOOK 2018</a>
                  </p>

                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
  </section>